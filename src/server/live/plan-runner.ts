/**
 * Solves requested plans in the background: HiGHS in a worker thread (never on the event loop),
 * progress saved (at most every 500 ms) and published, cancellation keeps the best plan found.
 *
 * Across servers (docs/scale-out.md): the server that accepted the request solves it and names
 * itself on the row; any server reads the plan and its progress from the row. A cancel through
 * another server sets a flag on the row and publishes on `jobs:cancel`; the solving server hears
 * it (or, should the notification be lost, sees the flag within `cancelPollMs`) and stops the
 * worker.
 */
import { randomUUID } from 'node:crypto';
import type { Clock, PlanRunner, Store } from '../../core/ports';
import { ScenarioInvalidError, solveForceGeneration, solveWhatIf } from '../../solver';
import type { EventHub } from './event-hub';
import { INTERRUPTED } from './instance';

/** Internal topic: cancel requests for plans and simulations, heard by every server's runners. */
export const CANCEL_TOPIC = 'jobs:cancel';

export interface ServerPlanRunner extends PlanRunner {
  /** true: it was solving here and is stopped; false: the request went to the other servers. */
  cancel(planId: string): boolean;
  /** Stops every plan solving here; they end as failed (interrupted), the best plan kept. */
  close(): Promise<void>;
}

export function createPlanRunner(deps: {
  store: Store;
  clock: Clock;
  events: EventHub;
  timeLimitSeconds?: number;
  /** This server's id (server_instance); a fresh one when not given. */
  runnerId?: string;
  cancelPollMs?: number;
}): ServerPlanRunner {
  const runnerId = deps.runnerId ?? randomUUID();
  const running = new Map<string, { ac: AbortController; done: Promise<void> }>();
  let stopping = false;

  const run = async (planId: string, ac: AbortController) => {
    const repo = deps.store.forcegen;
    const plan = await repo.getPlan(planId);
    if (!plan) return;
    const topic = `forcegen:${plan.scenarioId}`;
    const tell = (data: unknown) => deps.events.publish(topic, { type: 'plan', data });
    const claim = await deps.store.jobs.claimPlan(planId, runnerId);
    if (claim?.cancelRequested) {
      await repo.updatePlan(planId, { status: 'cancelled', finishedAt: deps.clock.now().toISOString() });
      tell({ id: planId, status: 'cancelled' });
      return;
    }
    const scenario = await repo.scenarioAt(plan.scenarioId, plan.scenarioVersion);
    if (!scenario) return;
    const t0 = Date.now();
    let stage = 'coverage';
    // the row carries the progress, for whichever server is asked
    await repo.updatePlan(planId, { status: 'running', progress: { stage, seconds: 0 } });
    tell({ id: planId, status: 'running' });
    let last = 0;
    const save = (progress: { stage: string; objective?: number; bound?: number; seconds: number }) =>
      void repo.updatePlan(planId, { progress }).catch(() => {});
    const options = {
      timeLimitSeconds: deps.timeLimitSeconds ?? 30,
      signal: ac.signal,
      onStage: (s: { stage: string; status: string; objective: number; bound: number; timeMs: number }) => {
        stage = s.stage;
        save({
          stage: s.stage,
          ...(Number.isFinite(s.objective) ? { objective: s.objective } : {}),
          ...(Number.isFinite(s.bound) ? { bound: s.bound } : {}),
          seconds: (Date.now() - t0) / 1000,
        });
        tell({
          id: planId,
          status: 'running',
          stage: { stage: s.stage, status: s.status, objective: s.objective, bound: s.bound, ms: s.timeMs },
        });
      },
      onProgress: (p: { objective: number; bound: number; seconds: number }) => {
        const now = Date.now();
        if (now - last < 500) return;
        last = now;
        const progress = { stage, objective: p.objective, bound: p.bound, seconds: p.seconds };
        save(progress);
        tell({ id: planId, status: 'running', progress });
      },
    };
    const ended = () => (stopping ? 'failed' : ac.signal.aborted ? 'cancelled' : 'done');
    try {
      if (plan.whatIf) {
        const r = await solveWhatIf(scenario, plan.whatIf, options);
        const status = ended();
        await repo.updatePlan(planId, {
          status,
          result: r.variant,
          comparison: r.comparison,
          ...(status === 'failed' ? { error: INTERRUPTED } : {}),
          finishedAt: deps.clock.now().toISOString(),
        });
        tell({ id: planId, status });
      } else {
        const result = await solveForceGeneration(scenario, options);
        const status = ended();
        await repo.updatePlan(planId, {
          status,
          result,
          ...(status === 'failed' ? { error: INTERRUPTED } : {}),
          finishedAt: deps.clock.now().toISOString(),
        });
        tell({ id: planId, status });
      }
    } catch (e) {
      const message = stopping
        ? INTERRUPTED
        : e instanceof ScenarioInvalidError
          ? e.message
          : `the solver failed: ${(e as Error).message}`;
      const status = stopping || !ac.signal.aborted ? 'failed' : 'cancelled';
      await repo
        .updatePlan(planId, { status, error: message, finishedAt: deps.clock.now().toISOString() })
        .catch(() => {});
      tell({ id: planId, status, error: message });
    }
  };

  const abortHere = (planId: string) => {
    const r = running.get(planId);
    r?.ac.abort();
    return Boolean(r);
  };
  // a cancel asked for through another server
  const off = deps.events.subscribe(CANCEL_TOPIC, (e) => {
    const id = (e.data as { id?: unknown } | null)?.id;
    if (e.type === 'plan' && typeof id === 'string') abortHere(id);
  });
  // … and should that notification be lost, the flag on the row
  const poll = setInterval(() => {
    if (running.size === 0) return;
    deps.store.jobs
      .cancelRequested({ plans: [...running.keys()], simulations: [] })
      .then((r) => {
        for (const id of r.plans) abortHere(id);
      })
      .catch(() => {});
  }, deps.cancelPollMs ?? 2_000);
  poll.unref();

  return {
    start(planId) {
      const ac = new AbortController();
      const done = run(planId, ac)
        .catch(() => {})
        .finally(() => running.delete(planId));
      running.set(planId, { ac, done });
    },
    cancel(planId) {
      if (abortHere(planId)) return true;
      void deps.store.jobs
        .requestPlanCancel(planId, deps.clock.now().toISOString())
        .then((flagged) => {
          if (flagged) deps.events.publish(CANCEL_TOPIC, { type: 'plan', data: { id: planId } });
        })
        .catch(() => {});
      return false;
    },
    async close() {
      stopping = true;
      off();
      clearInterval(poll);
      const all = [...running.values()];
      for (const r of all) r.ac.abort();
      await Promise.race([
        Promise.all(all.map((r) => r.done)),
        new Promise((r) => setTimeout(r, 10_000).unref()),
      ]);
    },
  };
}
