import { randomUUID } from 'node:crypto';
import type { WhatIf } from '../../contracts/forcegen';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { AppError, notFound } from '../errors';
import type { Clock, Events, ForceGenRepo, PlanRecord, PlanRunner, Store } from '../ports';
import { canReadConference } from './read-scenario';

/**
 * Asks for a plan of the scenario's current version (optionally a what-if variant compared with
 * the base); it is solved in the background and its progress published. Throws `not_found`,
 * `forbidden`.
 */
export async function requestPlan(
  opts: { scenarioId: string; whatIf?: WhatIf | undefined; actor: Actor },
  deps: { store: Store; clock: Clock; runner: PlanRunner; events: Events },
): Promise<PlanRecord> {
  authorize(opts.actor, 'forcegen.solve');
  const s = await deps.store.forcegen.getScenario(opts.scenarioId);
  if (!s) throw notFound('scenario');
  const plan: PlanRecord = {
    id: randomUUID(),
    scenarioId: s.id,
    scenarioVersion: s.version,
    whatIf: opts.whatIf ?? null,
    status: 'queued',
    progress: null,
    result: null,
    comparison: null,
    error: null,
    createdAt: deps.clock.now().toISOString(),
    createdBy: opts.actor.kind === 'user' ? opts.actor.userId : null,
    finishedAt: null,
  };
  await deps.store.forcegen.insertPlan(plan);
  deps.events.publish(`forcegen:${s.id}`, { type: 'plan', data: { id: plan.id, status: plan.status } });
  deps.runner.start(plan.id);
  return plan;
}

export async function getPlan(
  opts: { id: string; actor: Actor },
  deps: { forcegen: ForceGenRepo },
): Promise<PlanRecord> {
  canReadConference(opts.actor);
  const p = await deps.forcegen.getPlan(opts.id);
  if (!p) throw notFound('plan');
  return p;
}

export async function cancelPlan(
  opts: { id: string; actor: Actor },
  deps: { forcegen: ForceGenRepo; runner: PlanRunner },
): Promise<PlanRecord> {
  authorize(opts.actor, 'forcegen.solve');
  const p = await deps.forcegen.getPlan(opts.id);
  if (!p) throw notFound('plan');
  if (p.status !== 'queued' && p.status !== 'running')
    throw new AppError('conflict', `the plan is ${p.status}`, [{ path: 'status', message: p.status }]);
  deps.runner.cancel(p.id);
  return p;
}
