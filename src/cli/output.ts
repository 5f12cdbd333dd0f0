/** stdout carries data (table, json, csv); logs and progress go to stderr. */
import { stringify } from 'csv-stringify/sync';
import type { ErrorCode } from '../core/errors';

export type Format = 'table' | 'json' | 'csv';

export const EXIT_CODES: Record<ErrorCode, number> = {
  bad_request: 2,
  validation: 3,
  unauthenticated: 4,
  forbidden: 4,
  not_found: 5,
  conflict: 6,
  invalid_transition: 3,
  rate_limited: 7,
  payload_too_large: 3,
  unsupported_media_type: 3,
  unavailable: 8,
  disk_full: 10,
  internal: 1,
};

export function print(data: unknown, format: Format, columns?: string[]) {
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    return;
  }
  const rows = (Array.isArray(data) ? data : [data]) as Record<string, unknown>[];
  const cols = columns ?? Object.keys(rows[0] ?? {});
  const cell = (v: unknown) =>
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (format === 'csv') {
    process.stdout.write(
      stringify(
        rows.map((r) => cols.map((c) => cell(r[c]))),
        { header: true, columns: cols },
      ),
    );
    return;
  }
  const widths = cols.map((c) => Math.min(60, Math.max(c.length, ...rows.map((r) => cell(r[c]).length))));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => (v.length > widths[i]! ? `${v.slice(0, widths[i]! - 1)}…` : v.padEnd(widths[i]!)))
      .join('  ');
  process.stdout.write(`${line(cols)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const r of rows) process.stdout.write(`${line(cols.map((c) => cell(r[c])))}\n`);
}

export const log = (msg: string) => process.stderr.write(`${msg}\n`);

export function progress(done: number, total: number, what: string) {
  const pct = total ? Math.round((done / total) * 100) : 100;
  process.stderr.write(`\r${what}: ${done}/${total} (${pct}%)${done === total ? '\n' : ''}`);
}
