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
  const runner = createSimulationRunner({ events: ctx.events, clock: ctx.clock });
  app.addHook('onClose', async () => runner.close());
  const find = (id: string, actor: Actor) => {
    const job = runner.get(id, owner(actor));
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
      const job = runner.start({
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
    handler: (req) => {
      const job = find(req.params.id, req.actor);
      if (!runner.cancel(job.id, owner(req.actor)))
        throw new AppError('conflict', `the simulation is ${job.status}`, [
          { path: 'status', message: job.status },
        ]);
      return runner.get(job.id, owner(req.actor)) ?? job;
    },
  });
  app.get('/api/simulations/:id/events', {
    schema: { tags, summary: "Server-sent events: a simulation's progress and status", params: Params },
    handler: async (req, reply) => {
      const job = find(req.params.id, req.actor);
      streamEvents(req, reply, ctx.events, `simulation:${job.id}`, {
        type: 'status',
        data: { ...job, result: null },
      });
    },
  });
}
