import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openPglite } from './open-database';

it('the embedded database vacuums and analyses itself once enough writes have committed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'guarantor-vacuum-'));
  const db = await openPglite(dir, { everyMs: 50, minWrites: 3 });
  try {
    await db.query('CREATE TABLE t (id int PRIMARY KEY, v text)');
    await db.query("INSERT INTO t SELECT g, 'x' FROM generate_series(1, 500) g");
    for (let i = 0; i < 3; i++) await db.transaction((tx) => tx.query("UPDATE t SET v = v || 'y'"));
    const stats = () =>
      db.query<{ n_dead_tup: number; analyzed: boolean }>(
        "SELECT n_dead_tup::int, (last_analyze IS NOT NULL) AS analyzed FROM pg_stat_user_tables WHERE relname = 't'",
      );
    await expect
      .poll(async () => (await stats())[0], { timeout: 5000, interval: 50 })
      .toMatchObject({
        n_dead_tup: 0,
        analyzed: true,
      });
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
