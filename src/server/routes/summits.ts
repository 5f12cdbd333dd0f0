/** Summits: invitations and replies, agenda, decisions, action items, and the .ics export. */
import { z } from 'zod';
import { Problem, Uuid } from '../../contracts/common';
import {
  ActionItem,
  ActionItemCreate,
  ActionItemPatch,
  AgendaItemCreate,
  DecisionCreate,
  InvitationCreate,
  InvitationResult,
  ReplyCreate,
  SummitCreate,
  SummitKey,
  SummitSaved,
  SummitSummary,
  SummitUpdate,
  SummitView,
} from '../../contracts/summit';
import { addActionItem } from '../../core/summits/add-action-item';
import { addAgendaItem } from '../../core/summits/add-agenda-item';
import { createSummit } from '../../core/summits/create-summit';
import { getSummit } from '../../core/summits/get-summit';
import { inviteParties } from '../../core/summits/invite-parties';
import { listSummits } from '../../core/summits/list-summits';
import { recordDecision } from '../../core/summits/record-decision';
import { replyToInvitation } from '../../core/summits/reply-to-invitation';
import { setActionItemDone } from '../../core/summits/set-action-item-done';
import { summitCalendar } from '../../core/summits/summit-calendar';
import { updateSummit } from '../../core/summits/update-summit';
import type { AppContext } from '../context';
import type { App } from './types';

const tags = ['summits'];
const Params = z.strictObject({ id: SummitKey });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const Created = z.object({ id: z.string() }).describe('The record created (all its fields)');
const saved = (s: { id: string; slug: string; title: string; version: number; updatedAt: string }) => ({
  id: s.id,
  slug: s.slug,
  title: s.title,
  version: s.version,
  updatedAt: s.updatedAt,
});

export function summitRoutes(app: App, ctx: AppContext) {
  const read = { repos: ctx.store, clock: ctx.clock };
  app.get('/api/summits', {
    schema: { tags, summary: 'Summits, latest first', response: { 200: z.array(SummitSummary), ...errors } },
    handler: (req) => listSummits({ actor: req.actor }, read),
  });
  app.post('/api/summits', {
    schema: {
      tags,
      summary: 'Create a summit (secretariat)',
      body: SummitCreate,
      response: { 201: SummitSaved, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(saved(await createSummit({ input: req.body, actor: req.actor }, ctx))),
  });
  app.get('/api/summits/:id', {
    schema: {
      tags,
      summary:
        'A summit (by id or slug) with invitations, replies, agenda, decisions, action items and memos',
      params: Params,
      response: { 200: SummitView, ...errors },
    },
    handler: (req) => getSummit({ key: req.params.id, actor: req.actor }, read),
  });
  app.patch('/api/summits/:id', {
    schema: {
      tags,
      summary: 'Change a summit, naming the version the change is based on (secretariat)',
      params: Params,
      body: SummitUpdate,
      response: { 200: SummitSaved, ...errors },
    },
    handler: async (req) =>
      saved(await updateSummit({ key: req.params.id, input: req.body, actor: req.actor }, ctx)),
  });
  app.post('/api/summits/:id/invitations', {
    schema: {
      tags,
      summary: 'Invite parties (secretariat)',
      params: Params,
      body: InvitationCreate,
      response: { 200: InvitationResult, ...errors },
    },
    handler: (req) => inviteParties({ key: req.params.id, parties: req.body.parties, actor: req.actor }, ctx),
  });
  app.post('/api/summits/:id/replies', {
    schema: {
      tags,
      summary:
        "An invited party's reply: attending, level, in person or online (its delegation, or the secretariat)",
      params: Params,
      body: ReplyCreate,
      response: { 201: Created, ...errors },
    },
    handler: async (req, reply) => {
      const r = await replyToInvitation({ key: req.params.id, input: req.body, actor: req.actor }, ctx);
      return reply.code(201).send({ id: r.party, ...r });
    },
  });
  app.post('/api/summits/:id/agenda', {
    schema: {
      tags,
      summary: 'Add an agenda item (secretariat)',
      params: Params,
      body: AgendaItemCreate,
      response: { 201: Created, ...errors },
    },
    handler: async (req, reply) =>
      reply
        .code(201)
        .send(await addAgendaItem({ key: req.params.id, input: req.body, actor: req.actor }, ctx)),
  });
  app.post('/api/summits/:id/decisions', {
    schema: {
      tags,
      summary: 'Record a decision and the commitments agreed (secretariat)',
      params: Params,
      body: DecisionCreate,
      response: { 201: Created, ...errors },
    },
    handler: async (req, reply) =>
      reply
        .code(201)
        .send(await recordDecision({ key: req.params.id, input: req.body, actor: req.actor }, ctx)),
  });
  app.post('/api/summits/:id/action-items', {
    schema: {
      tags,
      summary: 'Add an action item with owner and deadline (secretariat)',
      params: Params,
      body: ActionItemCreate,
      response: { 201: Created, ...errors },
    },
    handler: async (req, reply) =>
      reply
        .code(201)
        .send(await addActionItem({ key: req.params.id, input: req.body, actor: req.actor }, ctx)),
  });
  app.patch('/api/summits/:id/action-items/:itemId', {
    schema: {
      tags,
      summary: 'Mark an action item done, or open again (secretariat)',
      params: z.strictObject({ id: SummitKey, itemId: Uuid }),
      body: ActionItemPatch,
      response: { 200: ActionItem, ...errors },
    },
    handler: (req) =>
      setActionItemDone(
        { key: req.params.id, itemId: req.params.itemId, done: req.body.done, actor: req.actor },
        ctx,
      ),
  });
  app.get('/api/summits/:id/calendar.ics', {
    schema: { tags, summary: 'The summit as an iCalendar file (RFC 5545)', params: Params },
    handler: async (req, reply) => {
      const c = await summitCalendar({ key: req.params.id, actor: req.actor }, read);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${c.filename}"`)
        .send(c.ics);
    },
  });
}
