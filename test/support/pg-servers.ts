/**
 * Real `guarantor serve` processes on one PostgreSQL (DATABASE_URL), an API token that works on
 * all of them, and stopping/starting the throwaway PostgreSQL under them — for the load test and
 * the fault tests. PostgreSQL tests skip with a printed reason when it is not installed, and fail
 * under CI=true (CI installs it).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPgBin, startPg, type ThrowawayPg } from '../../scripts/pg-throwaway.mjs';
import { BIN } from './server-process';

export const PG_PASSWORD = 'load and fault checks 2026 passphrase';

/** True when the PostgreSQL tests can run; prints why not, and throws under CI=true. */
export function postgresAvailable(what: string): boolean {
  if (findPgBin()) return true;
  const why = `${what}: PostgreSQL is not installed (apt-get install -y postgresql)`;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${why}`);
  process.stderr.write(`skip: ${why}\n`);
  return false;
}

/** A throwaway cluster, or an error (never null) when the binaries exist. */
export async function throwawayPg(): Promise<ThrowawayPg> {
  const pg = await startPg();
  if (!pg) throw new Error('PostgreSQL binaries not found');
  return pg;
}

function asPostgresUser(bin: string, args: string[]) {
  const isRoot = process.getuid?.() === 0;
  const r = spawnSync(isRoot ? 'runuser' : bin, isRoot ? ['-u', 'postgres', '--', bin, ...args] : args, {
    encoding: 'utf8',
    timeout: 90_000,
  });
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')}: ${r.stderr || r.stdout}`);
}

/** Stops the cluster (`fast` ends sessions cleanly, `immediate` is a crash without shutdown checkpoint). */
export function stopCluster(pg: ThrowawayPg, mode: 'fast' | 'immediate' = 'fast') {
  asPostgresUser(join(pg.bin, 'pg_ctl'), ['-D', pg.data, '-m', mode, '-w', 'stop']);
}

/** Starts it again on the same port with the options scripts/pg-throwaway.mjs used. */
export function startCluster(pg: ThrowawayPg) {
  asPostgresUser(join(pg.bin, 'pg_ctl'), [
    '-D',
    pg.data,
    '-l',
    join(pg.dir, 'log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${pg.port} -k ${pg.dir} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200`,
    'start',
  ]);
}

export interface PgServer {
  proc: ChildProcess;
  url: string;
  port: number;
  output: () => string;
  dataDir: string;
}

/** Starts `guarantor serve` on DATABASE_URL and waits until it listens. */
export async function startPgServer(databaseUrl: string, port: number): Promise<PgServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'guarantor-pgserver-'));
  let out = '';
  const proc = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      GUARANTOR_DATA: dataDir,
      PORT: String(port),
      GUARANTOR_NO_DEMO: '1',
      GUARANTOR_LOG: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (d) => (out += d));
  proc.stderr?.on('data', (d) => (out += d));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}:\n${out}`);
    if (out.includes('is listening on'))
      return { proc, url: `http://127.0.0.1:${port}`, port, output: () => out, dataDir };
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error(`server did not start in time:\n${out}`);
}

export async function stopPgServer(s: PgServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (s.proc.exitCode === null && s.proc.signalCode === null) {
    const done = new Promise((r) => s.proc.once('exit', r));
    s.proc.kill(signal);
    await done;
  }
  rmSync(s.dataDir, { recursive: true, force: true });
}

/** The CLI on DATABASE_URL (it opens the database in-process: there is no owning server). */
export function pgCli(databaseUrl: string, args: string[]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'guarantor-pgcli-'));
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        GUARANTOR_DATA: dataDir,
        GUARANTOR_LOG: 'warn',
        GUARANTOR_PASSWORD: PG_PASSWORD,
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * A secretariat user (made with the CLI) and a write-scoped API token from one sign-in: the
 * Authorization header for every server on this database.
 */
export async function pgAuthorization(databaseUrl: string, serverUrl: string): Promise<string> {
  const email = `load-${Date.now()}@test.invalid`;
  const add = pgCli(databaseUrl, [
    'users',
    'add',
    '--email',
    email,
    '--name',
    'Load and faults',
    '--role',
    'secretariat',
  ]);
  if (add.status !== 0) throw new Error(`users add: ${add.stderr}`);
  const signIn = await fetch(`${serverUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PG_PASSWORD }),
  });
  if (signIn.status !== 200) throw new Error(`sign-in: ${signIn.status} ${await signIn.text()}`);
  const me = (await signIn.json()) as { csrfToken: string };
  const cookie = String(signIn.headers.get('set-cookie')).split(';')[0] ?? '';
  const tok = await fetch(`${serverUrl}/api/auth/tokens`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'load and faults', scope: 'write' }),
  });
  if (tok.status !== 201) throw new Error(`token: ${tok.status} ${await tok.text()}`);
  return `Bearer ${((await tok.json()) as { token: string }).token}`;
}

/** The parties the load and fault writes name (GB guarantees, UA benefits). */
export async function seedParties(serverUrl: string, authorization: string): Promise<void> {
  for (const [code, name] of [
    ['GB', 'United Kingdom'],
    ['UA', 'Ukraine'],
  ]) {
    const r = await fetch(`${serverUrl}/api/parties/${code}`, {
      method: 'PUT',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ name, kind: 'state', gdpEur: 3.3e12 }),
    });
    if (r.status !== 200) throw new Error(`party ${code}: ${r.status} ${await r.text()}`);
  }
}

/** Every commitment reference the server lists (all pages). */
export async function listedRefs(serverUrl: string, authorization: string): Promise<Set<string>> {
  const refs = new Set<string>();
  for (let page = 1; ; page++) {
    const r = await fetch(`${serverUrl}/api/commitments?pageSize=200&page=${page}&sort=ref`, {
      headers: { authorization },
    });
    if (r.status !== 200) throw new Error(`list: ${r.status} ${await r.text()}`);
    const body = (await r.json()) as { items: { ref: string }[] };
    for (const c of body.items) refs.add(c.ref);
    if (body.items.length < 200) break;
  }
  return refs;
}
