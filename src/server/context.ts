import type { Config } from '../config';
import type { Clock, PasswordHasher, PlanRunner, Store } from '../core/ports';
import type { Database } from '../store/db';
import type { EventHub } from './live/event-hub';

/** What every route gets: the store, the clock, the password hasher, the configuration. */
export interface AppContext {
  db: Database & { dumpDataDir?: () => Promise<Blob> };
  store: Store;
  clock: Clock;
  hasher: PasswordHasher;
  config: Config;
  events: EventHub;
  runner: PlanRunner;
  /** Secret that the local CLI presents (Authorization: Local …) when this server owns the data. */
  localSecret: string | null;
  /** This server's id among several on one PostgreSQL (server_instance); names who runs a job. */
  instanceId?: string;
}
