import { randomUUID } from 'node:crypto';
import { CommitmentCreate, type CommitmentCreateParsed } from '../../contracts/commitment';
import { LIMITS } from '../../contracts/limits';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { AppError, type FieldIssue } from '../errors';
import type { Clock, Store } from '../ports';
import { fromRow, type SheetRow } from './columns';
import { insertCommitments } from './register-commitment';

/** Sheet rows are numbered as a spreadsheet shows them: the header is row 1. */
const rowNo = (i: number) => i + 2;

/**
 * Imports sheet rows as new commitments: all or nothing. Every row is validated first and every
 * bad row reported with its number and field; only a clean file is written, in one transaction.
 * Throws `validation` (bad rows), `forbidden`, `conflict` (a ref taken).
 */
export async function importCommitments(
  opts: { rows: SheetRow[]; actor: Actor; onProgress?: (done: number, total: number) => void },
  deps: { store: Store; clock: Clock },
): Promise<{ imported: number; refs: string[] }> {
  authorize(opts.actor, 'commitment.import');
  if (opts.rows.length > LIMITS.importRows) {
    throw new AppError('validation', `at most ${LIMITS.importRows} rows per import`, [
      { path: 'rows', message: `${opts.rows.length} rows` },
    ]);
  }
  const issues: FieldIssue[] = [];
  const parsed: CommitmentCreateParsed[] = [];
  const seen = new Map<string, number>();
  opts.rows.forEach((row, i) => {
    const { body, errors } = fromRow(row);
    for (const e of errors) issues.push({ path: `row ${rowNo(i)}: ${e.path}`, message: e.message });
    const r = CommitmentCreate.safeParse(body);
    if (!r.success) {
      for (const e of r.error.issues)
        issues.push({ path: `row ${rowNo(i)}: ${e.path.join('.') || '(row)'}`, message: e.message });
      return;
    }
    if (r.data.ref) {
      const first = seen.get(r.data.ref);
      if (first !== undefined)
        issues.push({ path: `row ${rowNo(i)}: ref`, message: `${r.data.ref} is also on row ${first}` });
      seen.set(r.data.ref, rowNo(i));
    }
    parsed.push(r.data);
  });
  if (issues.length)
    throw new AppError(
      'validation',
      `${new Set(issues.map((x) => x.path.split(':')[0])).size} row(s) have errors; nothing was imported`,
      issues,
    );

  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const written = await insertCommitments({
      items: parsed.map((input) => ({ input, actor: opts.actor })),
      now,
      repos,
      clock: deps.clock,
      newId: randomUUID,
      changeNote: 'registered',
      ...(opts.onProgress ? { onBuilt: opts.onProgress } : {}),
    });
    const refs: string[] = [];
    for (const [i, r] of written.entries()) {
      if (r.ok) {
        refs.push(r.value.ref);
        continue;
      }
      // all or nothing: the first failing row ends the transaction, and nothing is written
      const e = r.error;
      throw new AppError(
        e.code,
        `row ${rowNo(i)}: ${e.message}; nothing was imported`,
        e.issues.map((x) => ({ ...x, path: `row ${rowNo(i)}: ${x.path}` })),
      );
    }
    return { imported: refs.length, refs };
  });
}
