import { z } from 'zod';
import { Problem } from '../../../contracts/common';
import {
  OfferSubmit,
  PlanRequest,
  PlanView,
  ScenarioId,
  ScenarioSave,
  ScenarioSummary,
  ScenarioView,
} from '../../../contracts/conference';
import { addOffer } from '../../../core/conference/add-offer';
import { getScenario, listScenarios, scenarioSummary } from '../../../core/conference/read-scenario';
import { cancelPlan, getPlan, requestPlan } from '../../../core/conference/request-plan';
import { saveScenario } from '../../../core/conference/save-scenario';
import type { AppContext } from '../../context';
import type { App } from '../types';

const tags = ['force generation'];
const Params = z.strictObject({ id: ScenarioId });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export function forcegenRoutes(app: App, ctx: AppContext) {
  app.get('/api/forcegen/scenarios', {
    schema: {
      tags,
      summary: 'Force-generation scenarios (sourcing conferences)',
      response: { 200: z.array(ScenarioSummary), 401: Problem, 403: Problem },
    },
    handler: (req) => listScenarios({ actor: req.actor }, ctx.store),
  });
  app.get('/api/forcegen/scenarios/:id', {
    schema: {
      tags,
      summary:
        'A scenario (statement of requirements, offers, nations), at its current or an earlier version',
      params: Params,
      querystring: z.strictObject({ version: z.coerce.number().int().positive().optional() }),
      response: { 200: ScenarioView, ...errors },
    },
    handler: (req) =>
      getScenario({ id: req.params.id, version: req.query.version, actor: req.actor }, ctx.store),
  });
  app.put('/api/forcegen/scenarios/:id', {
    schema: {
      tags,
      summary: 'Create or change a scenario (planner, secretariat)',
      params: Params,
      body: ScenarioSave,
      response: { 200: ScenarioSummary, ...errors },
    },
    handler: async (req) => {
      const s = await saveScenario({ id: req.params.id, ...req.body, actor: req.actor }, ctx);
      return scenarioSummary(s);
    },
  });
  app.post('/api/forcegen/scenarios/:id/offers', {
    schema: {
      tags,
      summary: 'A national offer arrives (a delegation offers its own units)',
      params: Params,
      body: OfferSubmit,
      response: { 201: ScenarioSummary, ...errors },
    },
    handler: async (req, reply) =>
      reply
        .code(201)
        .send(
          scenarioSummary(
            await addOffer(
              { scenarioId: req.params.id, offer: req.body.offer, note: req.body.note, actor: req.actor },
              ctx,
            ),
          ),
        ),
  });
  app.get('/api/forcegen/scenarios/:id/plans', {
    schema: {
      tags,
      summary: 'Plans solved from this scenario, newest first (without their full results)',
      params: Params,
      response: { 200: z.array(PlanView), ...errors },
    },
    handler: async (req) => {
      await getScenario({ id: req.params.id, actor: req.actor }, ctx.store);
      return ctx.store.forcegen.listPlans(req.params.id, 50);
    },
  });
  app.post('/api/forcegen/scenarios/:id/plans', {
    schema: {
      tags,
      summary:
        'Solve the current version (optionally a what-if, compared with the base); poll the plan or follow the events',
      params: Params,
      body: PlanRequest,
      response: { 202: PlanView, ...errors },
    },
    handler: async (req, reply) =>
      reply
        .code(202)
        .send(
          await requestPlan({ scenarioId: req.params.id, whatIf: req.body.whatIf, actor: req.actor }, ctx),
        ),
  });
  app.get('/api/forcegen/plans/:id', {
    schema: {
      tags,
      summary: 'A plan: status, progress, allocation, gaps, burden sharing, comparison',
      params: z.strictObject({ id: z.uuid() }),
      response: { 200: PlanView, ...errors },
    },
    handler: (req) => getPlan({ id: req.params.id, actor: req.actor }, ctx.store),
  });
  app.post('/api/forcegen/plans/:id/cancel', {
    schema: {
      tags,
      summary: 'Stop solving; the best plan found so far is kept',
      params: z.strictObject({ id: z.uuid() }),
      response: { 200: PlanView, ...errors },
    },
    handler: (req) =>
      cancelPlan(
        { id: req.params.id, actor: req.actor },
        { forcegen: ctx.store.forcegen, runner: ctx.runner },
      ),
  });
  app.get('/api/forcegen/scenarios/:id/events', {
    schema: {
      tags,
      summary: 'Server-sent events: offers arriving, new versions, plan progress',
      params: Params,
    },
    handler: async (req, reply) => {
      await getScenario({ id: req.params.id, actor: req.actor }, ctx.store);
      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      reply.raw.write(': connected\n\n');
      const off = ctx.events.subscribe(`forcegen:${req.params.id}`, (e) =>
        reply.raw.write(`event: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`),
      );
      const ping = setInterval(() => reply.raw.write(': ping\n\n'), 15_000);
      req.raw.on('close', () => {
        clearInterval(ping);
        off();
      });
    },
  });
}
