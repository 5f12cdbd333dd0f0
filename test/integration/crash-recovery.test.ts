/**
 * Reliability of the embedded database, with real processes: SIGKILL during a stream of writes,
 * a restart with no manual step, every acknowledged write present, the audit chain intact; and
 * a direct SQL change to one audit row named by `guarantor audit verify`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/store/open-database';
import { sampleCommitment } from '../support/fixtures';
import { cli, freePort, type ServerProcess, startServer, stopServer } from '../support/server-process';

const dataDir = mkdtempSync(join(tmpdir(), 'guarantor-crash-'));
let server: ServerProcess | undefined;

afterAll(async () => {
  if (server) await stopServer(server, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const json = (s: ServerProcess) => ({ ...s.auth, 'content-type': 'application/json' });

describe('crash recovery on PGlite', () => {
  const acknowledged: string[] = [];

  it('keeps every acknowledged write across kill -9 and restarts by itself', async () => {
    const port = await freePort();
    server = await startServer(dataDir, port);
    for (const [code, name] of [
      ['GB', 'United Kingdom'],
      ['UA', 'Ukraine'],
    ]) {
      const r = await fetch(`${server.url}/api/parties/${code}`, {
        method: 'PUT',
        headers: json(server),
        body: JSON.stringify({ name, kind: 'state' }),
      });
      expect(r.status).toBe(200);
    }
    const s = server;
    let stop = false;
    let n = 0;
    const writer = async () => {
      while (!stop) {
        const ref = `CRASH-${n++}`;
        try {
          const body = sampleCommitment({ ref, terms: { money: { amount: 3e9, currency: 'EUR' } } });
          const r = await fetch(`${s.url}/api/commitments`, {
            method: 'POST',
            headers: json(s),
            body: JSON.stringify(body),
          });
          if (r.status === 201) acknowledged.push(ref);
          else throw new Error(`write refused: ${r.status} ${await r.text()}`);
        } catch (e) {
          if ((e as Error).message.startsWith('write refused')) throw e;
          return; // the server died mid-request: not acknowledged
        }
      }
    };
    const writers = [writer(), writer(), writer(), writer()];
    const failed = Promise.all(writers).then(
      () => null,
      (e: Error) => e,
    );
    while (acknowledged.length < 60) {
      const e = await Promise.race([failed, new Promise((r) => setTimeout(r, 20))]);
      if (e instanceof Error) throw e;
    }
    await stopServer(s, 'SIGKILL');
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    // no manual step: the same command starts again on the same directory
    server = await startServer(dataDir, port);
    const listed = new Set<string>();
    for (let page = 1; ; page++) {
      const r = await fetch(`${server.url}/api/commitments?pageSize=200&page=${page}&sort=ref`, {
        headers: server.auth,
      });
      const body = (await r.json()) as { items: { ref: string }[] };
      for (const c of body.items) listed.add(c.ref);
      if (body.items.length < 200) break;
    }
    const lost = acknowledged.filter((ref) => !listed.has(ref));
    expect(lost).toEqual([]);
    const verify = await fetch(`${server.url}/api/audit/verify`, { method: 'POST', headers: server.auth });
    expect(await verify.json()).toMatchObject({ ok: true, firstBreak: null });
    // two real server starts on a shared 2-core machine: allow for a slow one
  }, 180_000);

  it('audit verify (CLI, through the running server) reports an intact chain', () => {
    const r = cli(dataDir, ['audit', 'verify']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('audit chain intact');
  });

  it('audit verify names the audit row changed directly in SQL', async () => {
    await stopServer(server!);
    server = undefined;
    const db = await openPglite(dataDir);
    await db.query(`UPDATE audit_log SET actor_label = 'someone else' WHERE seq = 7`);
    await db.close();
    const r = cli(dataDir, ['audit', 'verify']);
    expect(r.status).toBe(9);
    expect(r.stderr).toContain('BROKEN at entry 7');
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: false,
      firstBreak: { seq: 7, reason: 'hash_mismatch' },
    });
  });
});
