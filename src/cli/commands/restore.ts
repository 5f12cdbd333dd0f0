import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../config';
import { AppError } from '../../core/errors';
import { readLock } from '../../store/lock';
import { migrate } from '../../store/migrate';
import { openPglite, restorePglite } from '../../store/open-database';
import { log } from '../output';

/** Replaces the embedded database with a backup tarball; the previous data is moved aside. */
export async function restoreBackup(config: Config, file: string): Promise<void> {
  if (config.databaseUrl)
    throw new AppError('bad_request', 'restore is for the embedded database; on PostgreSQL use pg_restore');
  const owner = readLock(config.dataDir);
  if (owner)
    throw new AppError('conflict', `stop the server first (process ${owner.pid} owns ${config.dataDir})`);
  if (!existsSync(file)) throw new AppError('not_found', `no file ${file}`);
  const pgDir = join(config.dataDir, 'pg');
  const aside = `${pgDir}.before-restore-${Date.now()}`;
  if (existsSync(pgDir)) renameSync(pgDir, aside);
  await restorePglite(config.dataDir, new Blob([readFileSync(file)]));
  const db = await openPglite(config.dataDir);
  try {
    await migrate(db);
    const [r] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM commitment');
    log(
      `restored ${file}: ${r?.n ?? 0} commitments${existsSync(aside) ? `; the previous data is in ${aside}` : ''}`,
    );
  } finally {
    await db.close();
  }
}
