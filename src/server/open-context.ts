import { randomBytes } from 'node:crypto';
import type { Config } from '../config';
import { backfillAnalyses } from '../core/commitments/analyze-commitment';
import { systemClock } from '../core/ports';
import { argon2Hasher } from '../platform/password';
import { shutdownForceGenSolver } from '../solver';
import { createStore } from '../store/create-store';
import { migrate } from '../store/migrate';
import { openDatabase } from '../store/open-database';
import type { AppContext } from './context';
import { EventHub } from './live/event-hub';
import { createPlanRunner } from './live/plan-runner';

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
  // a plan that was being solved when the last server stopped will not finish
  await store.forcegen.failUnfinishedPlans(
    'interrupted: the server stopped while solving',
    new Date().toISOString(),
  );
  const events = new EventHub();
  return {
    db,
    store,
    events,
    runner: createPlanRunner({ store, clock: systemClock, events }),
    clock: systemClock,
    hasher: argon2Hasher,
    config,
    localSecret: opts.localSecret ? randomBytes(32).toString('base64url') : null,
    close: async () => {
      await shutdownForceGenSolver();
      await db.close();
    },
  };
}
