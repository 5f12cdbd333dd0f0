import { randomBytes } from 'node:crypto';
import type { Config } from '../config';
import { backfillAnalyses } from '../core/commitments/analyze-commitment';
import { systemClock } from '../core/ports';
import { argon2Hasher } from '../platform/password';
import { createStore } from '../store/create-store';
import { migrate } from '../store/migrate';
import { openDatabase } from '../store/open-database';
import type { AppContext } from './context';

/** Opens (and migrates) the database named by the configuration, and wraps it for the app. */
export async function openContext(
  config: Config,
  opts: { localSecret?: boolean } = {},
): Promise<AppContext & { close(): Promise<void> }> {
  const db = await openDatabase(config);
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  const store = createStore(db);
  await backfillAnalyses(store);
  return {
    db,
    store,
    clock: systemClock,
    hasher: argon2Hasher,
    config,
    localSecret: opts.localSecret ? randomBytes(32).toString('base64url') : null,
    close: () => db.close(),
  };
}
