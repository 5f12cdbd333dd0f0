import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ActivationDeterminationInput,
  ActivationItemView,
  ActivationMark,
  ActivationPlanView,
  ActivationReliability,
  DeterminationVerification,
  DeterminationView,
} from '../../contracts/activation';
import { Problem } from '../../contracts/common';
import { markItem } from '../../core/activation/mark-item';
import {
  getActivationPlan,
  listDeterminations,
  listReliability,
  verifyDetermination,
} from '../../core/activation/read-activation';
import { recordDetermination } from '../../core/activation/record-determination';
import type { AppContext } from '../context';
import type { EventHub } from '../live/event-hub';
import type { App } from './types';

const tags = ['activation'];
const Params = z.strictObject({ id: z.uuid() });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export function activationRoutes(app: App, ctx: AppContext) {
  app.get('/api/determinations', {
    schema: {
      tags,
      summary: 'Trigger determinations, newest first, with the states of their plans now',
      response: { 200: z.array(DeterminationView), 401: Problem, 403: Problem },
    },
    handler: (req) => listDeterminations({ actor: req.actor }, ctx),
  });
  app.post('/api/determinations', {
    schema: {
      tags,
      summary:
        'Record a determination (the Special Commission): signed, audited, and it fires the activation plan',
      body: ActivationDeterminationInput,
      response: { 201: ActivationPlanView, ...errors },
    },
    handler: async (req, reply) => {
      const plan = await recordDetermination({ input: req.body, actor: req.actor }, ctx);
      return reply.code(201).header('location', `/api/determinations/${plan.determination.id}`).send(plan);
    },
  });
  app.get('/api/determinations/:id', {
    schema: {
      tags,
      summary: 'A determination with its activation plan (the items of the commitments the caller may read)',
      params: Params,
      response: { 200: ActivationPlanView, ...errors },
    },
    handler: (req) => getActivationPlan({ id: req.params.id, actor: req.actor }, ctx),
  });
  app.get('/api/determinations/:id/verify', {
    schema: {
      tags,
      summary: "Check the determination's Ed25519 signature, and its plan as fired, against the rows now",
      params: Params,
      response: { 200: DeterminationVerification, ...errors },
    },
    handler: (req) => verifyDetermination({ id: req.params.id, actor: req.actor }, ctx),
  });
  app.get('/api/determinations/:id/events', {
    schema: { tags, summary: 'Server-sent events: items marked on this activation board', params: Params },
    handler: async (req, reply) => {
      await getActivationPlan({ id: req.params.id, actor: req.actor }, ctx);
      streamEvents(req, reply, ctx.events, `activation:${req.params.id}`);
    },
  });
  app.patch('/api/activation/items/:id', {
    schema: {
      tags,
      summary:
        "Mark an activated commitment honoured (with evidence) or declined: the guarantor's delegation, or the secretariat",
      params: Params,
      body: ActivationMark,
      response: { 200: ActivationItemView, ...errors },
    },
    handler: (req) => markItem({ itemId: req.params.id, mark: req.body, actor: req.actor }, ctx),
  });
  app.get('/api/reliability', {
    schema: {
      tags,
      summary: "Every guarantor's reliability record from all activation plans (items the caller may read)",
      response: { 200: z.array(ActivationReliability), 401: Problem, 403: Problem },
    },
    handler: (req) => listReliability({ actor: req.actor }, ctx),
  });
}

/**
 * Streams a topic's events as server-sent events until the client goes; `first` is written at
 * once (the state so far, so a late subscriber misses nothing).
 */
export function streamEvents(
  req: FastifyRequest,
  reply: FastifyReply,
  events: EventHub,
  topic: string,
  first?: { type: string; data: unknown },
) {
  reply.hijack();
  reply.raw.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  const send = (e: { type: string; data: unknown }) =>
    reply.raw.write(`event: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`);
  reply.raw.write(': connected\n\n');
  if (first) send(first);
  const off = events.subscribe(topic, send);
  const ping = setInterval(() => reply.raw.write(': ping\n\n'), 15_000);
  req.raw.on('close', () => {
    clearInterval(ping);
    off();
  });
}
