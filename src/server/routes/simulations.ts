import { z } from 'zod';
import { SimulationJob, SimulationStart } from '../../contracts/activation';
import { Problem } from '../../contracts/common';
import type { Actor } from '../../core/access/actor';
import { simulationInput } from '../../core/activation/simulation-input';
import { AppError, notFound } from '../../core/errors';
import type { AppContext } from '../context';
import { createSimulationRunner } from '../live/simulation-runner';
import { streamEvents } from './activation';
import type { App } from './types';

const tags = ['activation'];
const Params = z.strictObject({ id: z.uuid() });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** A job is its starter's: it ran over what they may read. */
function owner(actor: Actor): string {
  if (actor.kind === 'anonymous') throw new AppError('unauthenticated', 'sign in first');
  return actor.userId;
}

export function simulationRoutes(app: App, ctx: AppContext) {
  const runner = createSimulationRunner({
    jobs: ctx.store.jobs,
    events: ctx.events,
    clock: ctx.clock,
    ...(ctx.instanceId ? { runnerId: ctx.instanceId } : {}),
  });
  app.addHook('onClose', async () => runner.close());
  const find = async (id: string, actor: Actor) => {
    const job = await runner.get(id, owner(actor));
    if (!job) throw notFound('simulation');
    return job;
  };

  app.post('/api/simulations', {
    schema: {
      tags,
      summary:
        '"If attacked again, what can we count on by day N?": start a Monte Carlo simulation over the commitments the caller may read; poll it or follow its events',
      body: SimulationStart,
      response: { 202: SimulationJob, ...errors, 429: Problem },
    },
    handler: async (req, reply) => {
      const input = await simulationInput({ actor: req.actor }, ctx);
      const job = await runner.start({
        owner: owner(req.actor),
        input: { ...input, options: req.body },
        options: req.body as Record<string, unknown>,
      });
      return reply.code(202).header('location', `/api/simulations/${job.id}`).send(job);
    },
  });
  app.get('/api/simulations/:id', {
    schema: {
      tags,
      summary:
        'A simulation: status, progress and, when done, the bands and the commitments that most often fail',
      params: Params,
      response: { 200: SimulationJob, ...errors },
    },
    handler: (req) => find(req.params.id, req.actor),
  });
  app.post('/api/simulations/:id/cancel', {
    schema: {
      tags,
      summary: 'Stop a simulation that is waiting or running',
      params: Params,
      response: { 200: SimulationJob, ...errors },
    },
    handler: async (req) => {
      const r = await runner.cancel(req.params.id, owner(req.actor));
      if (!r) throw notFound('simulation');
      if (!r.cancelled)
        throw new AppError('conflict', `the simulation is ${r.job.status}`, [
          { path: 'status', message: r.job.status },
        ]);
      return r.job;
    },
  });
  app.get('/api/simulations/:id/events', {
    schema: { tags, summary: "Server-sent events: a simulation's progress and status", params: Params },
    handler: async (req, reply) => {
      const job = await find(req.params.id, req.actor);
      streamEvents(req, reply, ctx.events, `simulation:${job.id}`, {
        type: 'status',
        data: { ...job, result: null },
      });
    },
  });
}
