/**
 * Issue 2's figures: list throughput against a bare Fastify route (same machine, same run, same
 * page size), and commitment creation (with version and audit entry) per second, on PGlite and
 * on PostgreSQL when it is installed. Servers run as child processes; load is on loopback only.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startPg, stopPg } from '../scripts/pg-throwaway.mjs';
import { freePort } from '../test/support/server-process';
import { kill, load, spawnAndWait } from './support/load';
import { type BenchOptions, type BenchResult, result } from './types';

const BIN = join(import.meta.dirname, '..', 'bin', 'guarantor.mjs');

const commitment = (ref: string) =>
  JSON.stringify({
    ref,
    guarantor: 'GB',
    pillar: 'long_term_support',
    kind: 'finance',
    title: `Benchmark commitment ${ref}`,
    text: 'The United Kingdom will provide £2.5 billion of military support to Ukraine in 2024.',
    lang: 'en',
    legalForm: 'executive_agreement',
    classification: 'public',
    announcedOn: '2024-01-12',
    terms: {
      money: { amount: 2.5e9, currency: 'GBP', eurPerUnit: 1.18, rateDate: '2024-12-31' },
      durationMonths: 120,
    },
    sources: [{ title: 'Benchmark (illustrative)' }],
  });

async function analyze(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

async function measure(
  kind: 'pglite' | 'postgres',
  opts: BenchOptions,
  databaseUrl?: string,
): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), `guarantor-bench-${kind}-`));
  const port = await freePort();
  const env: Record<string, string> = {
    GUARANTOR_DATA: dataDir,
    PORT: String(port),
    GUARANTOR_NO_DEMO: '1',
    GUARANTOR_LOG: 'warn',
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const server = await spawnAndWait([BIN, 'serve'], env);
  const url = `http://127.0.0.1:${port}`;
  try {
    // PostgreSQL servers take API tokens; the embedded one also accepts its local secret
    const auth = await authHeader(url, dataDir, databaseUrl);
    const json = { ...auth, 'content-type': 'application/json' };
    for (const [code, name] of [
      ['GB', 'United Kingdom'],
      ['UA', 'Ukraine'],
    ]) {
      const r = await fetch(`${url}/api/parties/${code}`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify({ name, kind: 'state', gdpEur: 3.3e12 }),
      });
      if (r.status !== 200) throw new Error(`party: ${r.status} ${await r.text()}`);
    }
    const creates = opts.quick ? 300 : 2000;
    let n = 0;
    const created = await load({
      url: `${url}/api/commitments`,
      method: 'POST',
      headers: json,
      amount: creates,
      connections: 8,
      requests: [{ setupRequest: (req) => ({ ...req, body: commitment(`BENCH-${kind}-${n++}`) }) }],
    });
    if (created.errors || created.non2xx)
      throw new Error(`create: ${created.errors} errors, ${created.non2xx} non-2xx`);

    // a running PostgreSQL's autovacuum analyses a table within a minute of such growth; this
    // run lists at once, so it analyses first, or the planner would work from an empty table
    if (databaseUrl) await analyze(databaseUrl);
    const duration = opts.quick ? 3 : 10;
    const listUrl = `${url}/api/commitments?pageSize=50&sort=updatedAt`;
    const page = await (await fetch(listUrl, { headers: auth })).text();
    const listed = await load({ url: listUrl, headers: auth, duration });
    if (listed.errors || listed.non2xx)
      throw new Error(`list: ${listed.errors} errors, ${listed.non2xx} non-2xx`);

    const barePort = await freePort();
    const bare = await spawnAndWait(
      ['--import', 'tsx', join(import.meta.dirname, 'support', 'bare-server.ts')],
      { PORT: String(barePort), BARE_BODY: page },
    );
    const baseline = await load({ url: `http://127.0.0.1:${barePort}/bare`, duration });
    await kill(bare);

    // three rounds, the median reported: a WAL checkpoint or a GC pause in one round moves it a lot
    const rounds: number[] = [];
    for (let r = 0; r < 3; r++)
      rounds.push(await createsPerSecond(url, json, `${kind}-${r}`, opts.quick ? 200 : 1000));
    const sorted = [...rounds].sort((a, b) => a - b);
    const createRate = sorted[1]!;
    return [
      result({
        name: `register.list_rps.${kind}`,
        value: Math.round(listed.rps),
        unit: 'req/s',
        baseline: Math.round(baseline.rps),
        target: kind === 'pglite' ? 1000 : null,
        note: `GET a page of 50 of ${creates} commitments${databaseUrl ? ' (after ANALYZE, as autovacuum would)' : ''}, 10 connections, p99 ${listed.p99} ms; baseline: bare Fastify route returning the same ${page.length}-byte body`,
      }),
      result({
        name: `register.create_per_s.${kind}`,
        value: Math.round(createRate),
        unit: 'commitments/s',
        baseline: null,
        target: kind === 'pglite' ? 300 : null,
        note: `median of 3 rounds (${rounds.map((x) => Math.round(x)).join(', ')}/s): POST with validation, EUR normalisation, concreteness analysis, version row and hash-chained audit entry, each in a transaction shared with the requests that arrived with it (group commit), 8 connections`,
      }),
    ];
  } finally {
    await kill(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Creates per second over 8 concurrent keep-alive connections, timed to the millisecond (autocannon's
 * `amount` mode ends on a whole-second tick, which quantised this figure).
 */
async function createsPerSecond(
  url: string,
  headers: Record<string, string>,
  kind: string,
  count: number,
): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const r = await fetch(`${url}/api/commitments`, {
        method: 'POST',
        headers,
        body: commitment(`RATE-${kind}-${i}`),
      });
      await r.arrayBuffer();
      if (r.status !== 201) throw new Error(`create: HTTP ${r.status}`);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 8 }, worker));
  return count / ((performance.now() - t0) / 1000);
}

async function authHeader(
  url: string,
  dataDir: string,
  databaseUrl?: string,
): Promise<Record<string, string>> {
  if (!databaseUrl)
    return { authorization: `Local ${readFileSync(join(dataDir, 'cli.secret'), 'utf8').trim()}` };
  // on PostgreSQL: a secretariat user and a write token, made through the CLI's direct path
  const { spawnSync } = await import('node:child_process');
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    GUARANTOR_PASSWORD: 'benchmark password 2026',
    GUARANTOR_LOG: 'warn',
  };
  spawnSync(
    process.execPath,
    [BIN, 'users', 'add', '--email', 'bench@bench.invalid', '--name', 'Bench', '--role', 'secretariat'],
    { env },
  );
  const signIn = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@bench.invalid', password: 'benchmark password 2026' }),
  });
  const me = (await signIn.json()) as { csrfToken: string };
  const cookie = String(signIn.headers.get('set-cookie')).split(';')[0]!;
  const tok = await fetch(`${url}/api/auth/tokens`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench', scope: 'write' }),
  });
  return { authorization: `Bearer ${((await tok.json()) as { token: string }).token}` };
}

export async function run(opts: BenchOptions): Promise<BenchResult[]> {
  const out = await measure('pglite', opts);
  const pg = process.env.BENCH_DATABASE_URL ? null : await startPg().catch(() => null);
  const url = process.env.BENCH_DATABASE_URL ?? pg?.url;
  if (!url) {
    process.stderr.write('  skip: PostgreSQL is not installed; register figures on PGlite only\n');
    return out;
  }
  try {
    out.push(...(await measure('postgres', opts, url)));
  } finally {
    stopPg(pg);
  }
  return out;
}
