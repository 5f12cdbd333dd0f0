/**
 * The load benchmark's short form (bench/load.bench.ts runs it for 60 s): 50 concurrent clients
 * for ~8 s of mixed reads and writes against one server on PGlite, and against two servers on
 * one PostgreSQL with the clients split between them. No transport error, no 5xx, no refused
 * write (latency is measured by the benchmark, not asserted here: CI machines vary).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ThrowawayPg } from '../../scripts/pg-throwaway.mjs';
import { stopPg } from '../../scripts/pg-throwaway.mjs';
import { mixedLoad } from '../support/mixed-load';
import {
  listedRefs,
  type PgServer,
  pgAuthorization,
  postgresAvailable,
  seedParties,
  startPgServer,
  stopPgServer,
  throwawayPg,
} from '../support/pg-servers';
import { freePort, type ServerProcess, startServer, stopServer } from '../support/server-process';

const CLIENTS = 50;
const DURATION_MS = 8_000;

describe('load: 50 clients of mixed reads and writes', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('one server on PGlite: no error, no 5xx, every acknowledged create listed', {
    timeout: 120_000,
  }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'guarantor-load-'));
    const server: ServerProcess = await startServer(dataDir, await freePort());
    cleanups.push(async () => {
      await stopServer(server);
      rmSync(dataDir, { recursive: true, force: true });
    });
    const authorization = `Local ${readFileSync(join(dataDir, 'cli.secret'), 'utf8').trim()}`;
    await seedParties(server.url, authorization);
    const r = await mixedLoad({
      targets: [{ url: server.url, authorization }],
      clients: CLIENTS,
      durationMs: DURATION_MS,
      label: 'LOADT-PGL',
    });
    process.stderr.write(
      `load on PGlite: ${r.requests} requests, ${r.rps}/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} errors, ${r.non2xx} non-2xx\n`,
    );
    expect(r.samples).toEqual([]);
    expect(r.errors).toBe(0);
    expect(r.status5xx).toBe(0);
    expect(r.non2xx).toBe(0);
    expect(r.byOp.create.count).toBeGreaterThan(0);
    expect(r.byOp.edit.count).toBeGreaterThan(0);
    const listed = await listedRefs(server.url, authorization);
    expect(r.created.filter((ref) => !listed.has(ref))).toEqual([]);
  });

  it('two servers on one PostgreSQL: no error, no 5xx, each sees the other’s writes', {
    timeout: 180_000,
  }, async () => {
    if (!postgresAvailable('load test on PostgreSQL')) return;
    const pg: ThrowawayPg = await throwawayPg();
    cleanups.push(() => stopPg(pg));
    const [a, b] = await Promise.all([
      startPgServer(pg.url, await freePort()),
      freePort().then((p) => startPgServer(pg.url, p)),
    ]);
    const servers = [a, b] as PgServer[];
    cleanups.push(async () => {
      await Promise.all(servers.map((s) => stopPgServer(s)));
    });
    const authorization = await pgAuthorization(pg.url, a.url);
    await seedParties(a.url, authorization);
    const r = await mixedLoad({
      targets: servers.map((s) => ({ url: s.url, authorization })),
      clients: CLIENTS,
      durationMs: DURATION_MS,
      label: 'LOADT-PG',
    });
    process.stderr.write(
      `load on 2 servers + PostgreSQL: ${r.requests} requests, ${r.rps}/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} errors, ${r.non2xx} non-2xx\n`,
    );
    expect(r.samples).toEqual([]);
    expect(r.errors).toBe(0);
    expect(r.status5xx).toBe(0);
    expect(r.non2xx).toBe(0);
    // one database behind both: what clients of A created, B lists, and the other way round
    for (const s of servers) {
      const listed = await listedRefs(s.url, authorization);
      expect(r.created.filter((ref) => !listed.has(ref))).toEqual([]);
    }
  });
});
