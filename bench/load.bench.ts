/**
 * Issue 8's load test: 50 concurrent clients for 60 s (10 s with --quick) of mixed reads and
 * writes — 30 % list, 25 % get, 15 % search, 10 % dashboard totals, 10 % creates, 10 % edits
 * naming the version — against (a) one server on PGlite and (b) two servers on one PostgreSQL,
 * the clients split between them. Loopback only; clients, servers and PostgreSQL share the
 * machine. Targets: 0 errors, 0 non-2xx, p99 ≤ 200 ms.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPg, stopPg } from '../scripts/pg-throwaway.mjs';
import { type LoadTarget, type MixedLoadResult, mixedLoad } from '../test/support/mixed-load';
import { pgAuthorization, seedParties, startPgServer, stopPgServer } from '../test/support/pg-servers';
import { freePort, startServer, stopServer } from '../test/support/server-process';
import { type BenchOptions, type BenchResult, result } from './types';

const CLIENTS = 50;

function rows(kind: string, setup: string, r: MixedLoadResult, load: number): BenchResult[] {
  const ops = Object.entries(r.byOp)
    .map(([op, f]) => `${op} ${f.count} (p99 ${f.p99} ms)`)
    .join(', ');
  // the machine is shared: its load average when the run started says how much CPU it had
  const what = `${setup}, ${CLIENTS} clients for ${Math.round(r.seconds)} s (load average ${load.toFixed(1)} at start)`;
  return [
    result({
      name: `load.rps.${kind}`,
      value: r.rps,
      unit: 'req/s',
      baseline: null,
      target: null,
      note: `${what}: ${r.requests} requests — ${ops}`,
    }),
    result({
      name: `load.p50_ms.${kind}`,
      value: r.p50,
      unit: 'ms',
      baseline: null,
      target: null,
      note: what,
    }),
    result({
      name: `load.p99_ms.${kind}`,
      value: r.p99,
      unit: 'ms',
      baseline: null,
      target: 200,
      higherIsBetter: false,
      note: `${what}; p90 ${r.p90} ms, max ${r.max} ms`,
    }),
    result({
      name: `load.errors.${kind}`,
      value: r.errors,
      unit: 'requests',
      baseline: null,
      target: 0,
      higherIsBetter: false,
      note: `${what}: no answer (connection error or over 10 s)${r.errors ? `; e.g. ${r.samples[0]}` : ''}`,
    }),
    result({
      name: `load.non2xx.${kind}`,
      value: r.non2xx,
      unit: 'requests',
      baseline: null,
      target: 0,
      higherIsBetter: false,
      note: `${what}: ${r.status5xx} of them 5xx${r.non2xx ? `; e.g. ${r.samples[0]}` : ''}`,
    }),
  ];
}

async function onPglite(durationMs: number): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'guarantor-bench-load-'));
  const server = await startServer(dataDir, await freePort());
  try {
    const authorization = `Local ${readFileSync(join(dataDir, 'cli.secret'), 'utf8').trim()}`;
    await seedParties(server.url, authorization);
    const load = loadavg()[0] ?? 0;
    const r = await mixedLoad({
      targets: [{ url: server.url, authorization }],
      clients: CLIENTS,
      durationMs,
      label: 'BLOAD-PGL',
    });
    return rows('pglite', 'one server on PGlite', r, load);
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onPostgres(url: string, durationMs: number): Promise<BenchResult[]> {
  const servers = await Promise.all([
    freePort().then((p) => startPgServer(url, p)),
    freePort().then((p) => startPgServer(url, p)),
  ]);
  try {
    const [first] = servers;
    if (!first) throw new Error('no server');
    const authorization = await pgAuthorization(url, first.url);
    await seedParties(first.url, authorization);
    const targets: LoadTarget[] = servers.map((s) => ({ url: s.url, authorization }));
    const load = loadavg()[0] ?? 0;
    const r = await mixedLoad({ targets, clients: CLIENTS, durationMs, label: `BLOAD-PG-${Date.now()}` });
    return rows('postgres_2x', 'two servers on one PostgreSQL', r, load);
  } finally {
    await Promise.all(servers.map((s) => stopPgServer(s)));
  }
}

export async function run(opts: BenchOptions): Promise<BenchResult[]> {
  const durationMs = opts.quick ? 10_000 : 60_000;
  const out = await onPglite(durationMs);
  const pg = process.env.BENCH_DATABASE_URL ? null : await startPg().catch(() => null);
  const url = process.env.BENCH_DATABASE_URL ?? pg?.url;
  if (!url) {
    process.stderr.write('  skip: PostgreSQL is not installed; load figures on PGlite only\n');
    return out;
  }
  try {
    out.push(...(await onPostgres(url, durationMs)));
  } finally {
    stopPg(pg);
  }
  return out;
}
