/**
 * Scale-out (docs/scale-out.md): two real `guarantor serve` processes on one PostgreSQL. A
 * session opened on A works on B, and signing out on A ends it on B; an event published on A
 * reaches a server-sent-events subscriber on B; a plan started on A is read with its progress
 * and cancelled through B; a simulation started on A is followed on B to the same result as one
 * run on B. Runs where PostgreSQL is installed (TEST_DATABASE_URL, or a throwaway cluster);
 * under CI=true it must run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPgBin, startPg, stopPg, type ThrowawayPg } from '../../scripts/pg-throwaway.mjs';
import { CommitmentCreate } from '../../src/contracts/commitment';
import { registerCommitment } from '../../src/core/commitments/register-commitment';
import { generateScenario } from '../../src/core/forcegen';
import { createStore } from '../../src/store/create-store';
import { migrate } from '../../src/store/migrate';
import { openPostgres } from '../../src/store/open-database';
import { PASSWORD, SYSTEM, sampleCommitment, seedBasics } from '../support/fixtures';
import { BIN, freePort } from '../support/server-process';

const ci = process.env.CI === 'true';
const available = Boolean(process.env.TEST_DATABASE_URL) || findPgBin() !== null;

interface Server {
  name: string;
  proc: ChildProcess;
  url: string;
  output: () => string;
}

async function startServer(name: string, databaseUrl: string, dataDir: string): Promise<Server> {
  const port = await freePort();
  let out = '';
  const proc = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      GUARANTOR_DATA: join(dataDir, name),
      PORT: String(port),
      HOST: '127.0.0.1',
      GUARANTOR_NO_DEMO: '1',
      GUARANTOR_LOG: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (d) => (out += d));
  proc.stderr?.on('data', (d) => (out += d));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server ${name} exited with ${proc.exitCode}:\n${out}`);
    if (out.includes('is listening on'))
      return { name, proc, url: `http://127.0.0.1:${port}`, output: () => out };
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error(`server ${name} did not start in time:\n${out}`);
}

async function stopServer(s: Server | undefined): Promise<void> {
  if (!s || s.proc.exitCode !== null || s.proc.signalCode !== null) return;
  const exited = new Promise((r) => s.proc.once('exit', r));
  s.proc.kill('SIGTERM');
  const t = setTimeout(() => s.proc.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(t);
}

interface Session {
  cookie: string;
  csrf: string;
}

async function signIn(server: Server, key: string): Promise<Session> {
  const r = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${key}@test.invalid`, password: PASSWORD }),
  });
  if (r.status !== 200) throw new Error(`sign-in as ${key} failed: ${r.status} ${await r.text()}`);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: ((await r.json()) as { csrfToken: string }).csrfToken };
}

async function call(server: Server, s: Session, method: string, path: string, body?: unknown) {
  const r = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      cookie: s.cookie,
      ...(method === 'GET' ? {} : { 'x-csrf-token': s.csrf }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await r.text();
  return { status: r.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function until<T>(what: string, ms: number, probe: () => Promise<T | null | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown = null;
  while (Date.now() < deadline) {
    const v = await probe();
    if (v !== null && v !== undefined) return v;
    last = v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

const screens: { close(): void }[] = [];

/** A server-sent-events subscriber: the events heard so far. */
function follow(server: Server, s: Session, path: string) {
  const ac = new AbortController();
  const events: { type: string; data: Record<string, unknown> }[] = [];
  let connected: () => void = () => {};
  const ready = new Promise<void>((r) => {
    connected = r;
  });
  const reading = (async () => {
    const r = await fetch(`${server.url}${path}`, { headers: { cookie: s.cookie }, signal: ac.signal });
    if (r.status !== 200 || !r.body) throw new Error(`events: ${r.status} ${await r.text()}`);
    const reader = r.body.getReader();
    const decoder = new TextDecoder();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buf += decoder.decode(value, { stream: true });
      for (let i = buf.indexOf('\n\n'); i >= 0; i = buf.indexOf('\n\n')) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (block.startsWith(': connected')) connected();
        const type = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (type && data) events.push({ type, data: JSON.parse(data) as Record<string, unknown> });
      }
    }
  })().catch((e: unknown) => {
    // a stream that ends early shows as a missing event (the waits name it)
    events.push({ type: 'stream-error', data: { message: String(e) } });
  });
  const screen = { events, ready, reading, close: () => ac.abort() };
  screens.push(screen);
  return screen;
}

if (!available && ci)
  describe('scale-out', () => {
    it('runs under CI', () => {
      throw new Error('CI=true but PostgreSQL is not installed: the scale-out test must run in CI');
    });
  });

describe.skipIf(!available)('scale-out: two servers on one PostgreSQL', () => {
  let pg: ThrowawayPg | null = null;
  let dropDatabase: (() => Promise<void>) | null = null;
  let a: Server | undefined;
  let b: Server | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'guarantor-scale-out-'));
  let databaseUrl = '';

  beforeAll(async () => {
    let url: string;
    if (process.env.TEST_DATABASE_URL) {
      const name = `scale_out_${randomBytes(5).toString('hex')}`;
      const admin = await openPostgres(process.env.TEST_DATABASE_URL, 1);
      await admin.query(`CREATE DATABASE ${name}`);
      const u = new URL(process.env.TEST_DATABASE_URL);
      u.pathname = `/${name}`;
      url = u.toString();
      dropDatabase = async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
      };
    } else {
      pg = await startPg();
      if (!pg) throw new Error('PostgreSQL did not start');
      url = pg.url;
    }
    databaseUrl = url;
    // users, parties and a few commitments, written before the servers start
    const db = await openPostgres(url, 2);
    await migrate(db);
    const store = createStore(db);
    await seedBasics(store);
    const deps = { store, clock: { now: () => new Date() } };
    for (const [i, g] of ['GB', 'FR', 'DE', 'GB', 'FR', 'EU'].entries())
      await registerCommitment(
        {
          input: CommitmentCreate.parse(
            sampleCommitment({
              ref: `SO-${i}`,
              guarantor: g,
              pillar: i % 2 ? 'renewed_attack' : 'long_term_support',
              status: 'in_force',
              trigger: { kind: 'renewed_attack' },
              terms: { responseTimeHours: 24 * (i + 1), money: { amount: 1e8 * (i + 1), currency: 'GBP' } },
            }),
          ),
          actor: SYSTEM,
        },
        deps,
      );
    await db.close();
    [a, b] = await Promise.all([startServer('A', url, dataDir), startServer('B', url, dataDir)]);
  }, 240_000);

  afterAll(async () => {
    for (const s of screens) s.close();
    await Promise.all([stopServer(a), stopServer(b)]);
    await dropDatabase?.().catch(() => {});
    stopPg(pg);
    if (pg) rmSync(pg.dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const servers = () => {
    if (!a || !b) throw new Error('the servers did not start');
    return { a, b };
  };

  it('a session opened on A works on B; signing out on A ends it on B', async () => {
    const { a, b } = servers();
    const s = await signIn(a, 'secretariat');
    const me = await call(b, s, 'GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email: 'secretariat@test.invalid', role: 'secretariat' });
    expect(me.body.csrfToken).toBe(s.csrf);
    // a write through B with the session (and its CSRF token) from A
    const party = await call(b, s, 'PUT', '/api/parties/PL', { name: 'Poland', kind: 'state' });
    expect(party.status, JSON.stringify(party.body)).toBe(200);
    const out = await call(a, s, 'POST', '/api/auth/sign-out');
    expect(out.status).toBe(204);
    const after = await call(b, s, 'GET', '/api/auth/me');
    expect(after.body.user).toBeNull();
    const refused = await call(b, s, 'PUT', '/api/parties/PL', { name: 'Poland', kind: 'state' });
    expect(refused.status).toBe(401);
  });

  it('an offer added through A reaches an open screen on B within seconds', async () => {
    const { a, b } = servers();
    const planner = await signIn(a, 'planner');
    const gb = await signIn(a, 'gb');
    const scenario = generateScenario({ nations: 35, lines: 200, offers: 1500, seed: 8 });
    expect(scenario.nations.map((n) => n.id)).toContain('GB');
    const saved = await call(a, planner, 'PUT', '/api/forcegen/scenarios/scale-out', {
      name: 'Scale-out test conference',
      scenario,
      illustrative: true,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const screen = follow(b, gb, '/api/forcegen/scenarios/scale-out/events');
    await screen.ready;
    const base = scenario.offers[0]!;
    const sent = Date.now();
    const r = await call(a, gb, 'POST', '/api/forcegen/scenarios/scale-out/offers', {
      offer: { ...base, id: 'SCALE-OUT-GB-1', nation: 'GB', unit: 'Offered through server A' },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const heard = await until('the offer event on B', 5_000, async () =>
      screen.events.find((e) => e.type === 'offer' && e.data.offer === 'SCALE-OUT-GB-1'),
    );
    expect(heard.data).toMatchObject({ id: 'scale-out', nation: 'GB', unit: 'Offered through server A' });
    expect(Date.now() - sent).toBeLessThan(5_000);
    screen.close();
  });

  it('when the LISTEN connections drop, the servers listen again and events flow', async () => {
    const { a, b } = servers();
    const gb = await signIn(a, 'gb');
    const screen = follow(b, gb, '/api/forcegen/scenarios/scale-out/events');
    await screen.ready;
    const admin = await openPostgres(databaseUrl, 1);
    try {
      const killed = await admin.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity
         WHERE datname = current_database() AND query = 'LISTEN guarantor_events' AND pid <> pg_backend_pid()`,
      );
      expect(killed.length).toBe(2);
      await admin.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS t(pid)', [
        killed.map((k) => k.pid),
      ]);
    } finally {
      await admin.close();
    }
    await until('the resync event on B', 10_000, async () => screen.events.find((e) => e.type === 'resync'));
    const base = generateScenario({ nations: 35, lines: 200, offers: 1500, seed: 8 }).offers[1]!;
    const r = await call(a, gb, 'POST', '/api/forcegen/scenarios/scale-out/offers', {
      offer: { ...base, id: 'SCALE-OUT-GB-2', nation: 'GB', unit: 'After the reconnect' },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    await until('the offer event on B after the reconnect', 5_000, async () =>
      screen.events.find((e) => e.type === 'offer' && e.data.offer === 'SCALE-OUT-GB-2'),
    );
    screen.close();
  });

  it('a plan started on A is read with its progress and cancelled through B', async () => {
    const { a, b } = servers();
    const onA = await signIn(a, 'planner');
    const onB = await signIn(b, 'planner');
    const screen = follow(b, onB, '/api/forcegen/scenarios/scale-out/events');
    await screen.ready;
    const started = await call(a, onA, 'POST', '/api/forcegen/scenarios/scale-out/plans', {});
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const id = String(started.body.id);
    const running = await until('the plan running with progress, read on B', 60_000, async () => {
      const p = await call(b, onB, 'GET', `/api/forcegen/plans/${id}`);
      expect(p.status).toBe(200);
      if (p.body.status !== 'queued' && p.body.status !== 'running')
        throw new Error(`the plan ended before it could be cancelled: ${JSON.stringify(p.body)}`);
      return p.body.status === 'running' && p.body.progress ? p.body : null;
    });
    expect(running.progress).toMatchObject({ stage: expect.any(String), seconds: expect.any(Number) });
    // the solving server's events reach B too
    await until('plan events on B', 5_000, async () =>
      screen.events.find((e) => e.type === 'plan' && e.data.id === id && e.data.status === 'running'),
    );
    const cancel = await call(b, onB, 'POST', `/api/forcegen/plans/${id}/cancel`);
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200);
    const ended = await until('the plan cancelled, read on B', 30_000, async () => {
      const p = await call(b, onB, 'GET', `/api/forcegen/plans/${id}`);
      return p.body.status === 'queued' || p.body.status === 'running' ? null : p.body;
    });
    expect(ended.status).toBe('cancelled');
    await until('the cancelled event on B', 5_000, async () =>
      screen.events.find((e) => e.type === 'plan' && e.data.id === id && e.data.status === 'cancelled'),
    );
    screen.close();
  }, 120_000);

  it('a simulation started on A is followed on B to the same result as one run on B', async () => {
    const { a, b } = servers();
    const ua = await signIn(a, 'ua');
    const options = { runs: 6000, seed: 11, horizonDays: 60, chunkRuns: 250, workers: 1 };
    const run = async (start: Server, poll: Server) => {
      const r = await call(start, ua, 'POST', '/api/simulations', options);
      expect(r.status, JSON.stringify(r.body)).toBe(202);
      const id = String(r.body.id);
      return until(`simulation ${id} on ${poll.name}`, 90_000, async () => {
        const j = await call(poll, ua, 'GET', `/api/simulations/${id}`);
        expect(j.status).toBe(200);
        return j.body.status === 'queued' || j.body.status === 'running' ? null : j.body;
      });
    };
    const fromA = await run(a, b);
    const fromB = await run(b, b);
    expect(fromA.status).toBe('done');
    expect(fromB.status).toBe('done');
    expect(fromA.progress).toEqual({ chunksDone: 24, chunks: 24, runsDone: 6000 });
    expect(fromA.result).toEqual(fromB.result);
    expect((fromA.result as { commitments: number }).commitments).toBeGreaterThan(0);
    // another caller does not see it on either server
    const gb = await signIn(a, 'gb');
    expect((await call(b, gb, 'GET', `/api/simulations/${String(fromA.id)}`)).status).toBe(404);

    // one started on A and cancelled through B
    const long = await call(a, ua, 'POST', '/api/simulations', {
      runs: 100_000,
      chunkRuns: 100,
      horizonDays: 365,
      workers: 1,
    });
    expect(long.status).toBe(202);
    const id = String(long.body.id);
    await until('the simulation running on A', 30_000, async () => {
      const j = await call(b, ua, 'GET', `/api/simulations/${id}`);
      return j.body.status === 'running' ? j.body : null;
    });
    const c = await call(b, ua, 'POST', `/api/simulations/${id}/cancel`);
    expect(c.status, JSON.stringify(c.body)).toBe(200);
    const ended = await until('the simulation cancelled', 30_000, async () => {
      const j = await call(a, ua, 'GET', `/api/simulations/${id}`);
      return j.body.status === 'queued' || j.body.status === 'running' ? null : j.body;
    });
    expect(ended.status).toBe('cancelled');
    expect((await call(b, ua, 'POST', `/api/simulations/${id}/cancel`)).status).toBe(409);
  }, 240_000);
});
