/**
 * This server among several on one PostgreSQL: a row in `server_instance` whose `seen_at` it
 * renews every few seconds (by the database's clock). Each beat also marks failed the plans and
 * simulations whose server has not been seen for `deadAfterSeconds` (it stopped or crashed, so
 * they will not finish), tells their open screens, and drops large live events older than a few
 * minutes. Stopping removes the row, so the others fail its leftovers at their next beat.
 */
import type { Clock, JobRepo } from '../../core/ports';
import type { EventHub } from './event-hub';
import type { RelayLog } from './pg-relay';

export const INTERRUPTED = 'interrupted: the server stopped while running it';

export interface Instance {
  id: string;
  stop(): Promise<void>;
}

/** Fails what stopped servers left, and tells the open screens; returns how many. */
export async function failOrphans(
  deps: { jobs: JobRepo; events: EventHub; clock: Clock },
  aliveWithinSeconds: number | null,
): Promise<number> {
  const { plans, simulations } = await deps.jobs.failOrphans(
    INTERRUPTED,
    deps.clock.now().toISOString(),
    aliveWithinSeconds,
  );
  for (const p of plans)
    deps.events.publish(`forcegen:${p.scenarioId}`, {
      type: 'plan',
      data: { id: p.id, status: 'failed', error: INTERRUPTED },
    });
  for (const id of simulations)
    deps.events.publish(`simulation:${id}`, { type: 'done', data: { id, status: 'failed' } });
  return plans.length + simulations.length;
}

export async function startInstance(deps: {
  id: string;
  jobs: JobRepo;
  events: EventHub;
  clock: Clock;
  log?: RelayLog;
  heartbeatMs?: number;
  deadAfterSeconds?: number;
}): Promise<Instance> {
  const log = deps.log ?? { warn: (m: string) => process.stderr.write(`${m}\n`) };
  const heartbeatMs = deps.heartbeatMs ?? 5_000;
  const deadAfter = deps.deadAfterSeconds ?? 30;
  await deps.jobs.registerInstance(deps.id);
  await failOrphans(deps, deadAfter);
  let failing = false;
  let beat: Promise<void> | null = null;
  const tick = async () => {
    try {
      await deps.jobs.heartbeat(deps.id);
      await failOrphans(deps, deadAfter);
      await deps.jobs.pruneLiveEvents(300);
      if (failing) log.warn('server heartbeat: the database answers again');
      failing = false;
    } catch (e) {
      if (!failing) log.warn(`server heartbeat failed (will retry): ${(e as Error).message}`);
      failing = true;
    }
  };
  const timer = setInterval(() => {
    beat ??= tick().finally(() => {
      beat = null;
    });
  }, heartbeatMs);
  timer.unref();
  return {
    id: deps.id,
    async stop() {
      clearInterval(timer);
      await beat;
      await deps.jobs.removeInstance(deps.id).catch(() => {});
    },
  };
}
