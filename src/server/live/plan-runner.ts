/**
 * Solves requested plans in the background: HiGHS in a worker thread (never on the event loop),
 * progress saved (at most every 500 ms) and published, cancellation keeps the best plan found.
 */
import type { Clock, Events, PlanRunner, Store } from '../../core/ports';
import { ScenarioInvalidError, solveForceGeneration, solveWhatIf } from '../../solver';

export function createPlanRunner(deps: {
  store: Store;
  clock: Clock;
  events: Events;
  timeLimitSeconds?: number;
}): PlanRunner {
  const running = new Map<string, AbortController>();
  const run = async (planId: string, ac: AbortController) => {
    const repo = deps.store.forcegen;
    const plan = await repo.getPlan(planId);
    if (!plan) return;
    const topic = `forcegen:${plan.scenarioId}`;
    const tell = (data: unknown) => deps.events.publish(topic, { type: 'plan', data });
    const scenario = await repo.scenarioAt(plan.scenarioId, plan.scenarioVersion);
    if (!scenario) return;
    await repo.updatePlan(planId, { status: 'running' });
    tell({ id: planId, status: 'running' });
    let last = 0;
    let stage = 'coverage';
    const options = {
      timeLimitSeconds: deps.timeLimitSeconds ?? 30,
      signal: ac.signal,
      onStage: (s: { stage: string; status: string; objective: number; bound: number; timeMs: number }) => {
        stage = s.stage;
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
        void repo.updatePlan(planId, { progress }).catch(() => {});
        tell({ id: planId, status: 'running', progress });
      },
    };
    try {
      if (plan.whatIf) {
        const r = await solveWhatIf(scenario, plan.whatIf, options);
        await repo.updatePlan(planId, {
          status: ac.signal.aborted ? 'cancelled' : 'done',
          result: r.variant,
          comparison: r.comparison,
          finishedAt: deps.clock.now().toISOString(),
        });
      } else {
        const result = await solveForceGeneration(scenario, options);
        await repo.updatePlan(planId, {
          status: ac.signal.aborted ? 'cancelled' : 'done',
          result,
          finishedAt: deps.clock.now().toISOString(),
        });
      }
      tell({ id: planId, status: ac.signal.aborted ? 'cancelled' : 'done' });
    } catch (e) {
      const message =
        e instanceof ScenarioInvalidError ? e.message : `the solver failed: ${(e as Error).message}`;
      await repo
        .updatePlan(planId, {
          status: ac.signal.aborted ? 'cancelled' : 'failed',
          error: message,
          finishedAt: deps.clock.now().toISOString(),
        })
        .catch(() => {});
      tell({ id: planId, status: 'failed', error: message });
    }
  };
  return {
    start(planId) {
      const ac = new AbortController();
      running.set(planId, ac);
      void run(planId, ac).finally(() => running.delete(planId));
    },
    cancel(planId) {
      const ac = running.get(planId);
      ac?.abort();
      return Boolean(ac);
    },
  };
}
