import { randomBytes, randomUUID } from 'node:crypto';
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
import { failOrphans, type Instance, startInstance } from './live/instance';
import { type PgRelay, startPgRelay } from './live/pg-relay';
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
  const events = new EventHub();
  const instanceId = randomUUID();
  // Plans and simulations left waiting or running by a server that stopped will not finish. On
  // PGlite this process is the only server; on PostgreSQL, other servers may be running theirs:
  // only those of servers not seen for a while are failed, and live events go to all servers
  // through LISTEN/NOTIFY (docs/scale-out.md).
  let relay: PgRelay | null = null;
  let instance: Instance | null = null;
  if (db.kind === 'postgres' && config.databaseUrl) {
    relay = startPgRelay({ url: config.databaseUrl, hub: events, jobs: store.jobs, origin: instanceId });
    await relay.ready;
    instance = await startInstance({ id: instanceId, jobs: store.jobs, events, clock: systemClock });
  } else {
    await failOrphans({ jobs: store.jobs, events, clock: systemClock }, null);
  }
  const runner = createPlanRunner({ store, clock: systemClock, events, runnerId: instanceId });
  return {
    db,
    store,
    events,
    runner,
    instanceId,
    clock: systemClock,
    hasher: argon2Hasher,
    config,
    localSecret: opts.localSecret ? randomBytes(32).toString('base64url') : null,
    close: async () => {
      await runner.close();
      await instance?.stop();
      await relay?.close();
      await shutdownForceGenSolver();
      await db.close();
    },
  };
}
