import { z } from 'zod';
import { Problem } from '../../contracts/common';
import {
  TimelineArticle,
  TimelineConfirmRequest,
  TimelineEvent,
  TimelineEventCreate,
  TimelineImportResult,
  TimelineQuery,
} from '../../contracts/timeline';
import { addEvent, listEvents } from '../../core/timeline/events';
import { confirmImport, previewImport } from '../../core/timeline/import-article';
import type { AppContext } from '../context';
import type { App } from './types';

const tags = ['timeline'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 413: Problem, 422: Problem };

export function timelineRoutes(app: App, ctx: AppContext) {
  app.get('/api/timeline', {
    schema: {
      tags,
      summary: 'Dated events, oldest first, by party, pillar and date range',
      querystring: TimelineQuery,
      response: { 200: z.array(TimelineEvent), ...errors },
    },
    handler: (req) => listEvents({ query: req.query, actor: req.actor }, ctx.store),
  });
  app.post('/api/timeline', {
    schema: {
      tags,
      summary: 'Add an event (secretariat)',
      body: TimelineEventCreate,
      response: { 201: TimelineEvent, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await addEvent({ input: req.body, actor: req.actor }, ctx)),
  });
  app.post('/api/timeline/import', {
    schema: {
      tags,
      summary:
        "An article's dated events, to confirm: dates in Russian, Ukrainian and English, the year inferred where omitted (writes nothing)",
      body: TimelineArticle,
      response: { 200: TimelineImportResult, ...errors },
    },
    handler: (req) => previewImport({ article: req.body, actor: req.actor }),
  });
  app.post('/api/timeline/import/confirm', {
    schema: {
      tags,
      summary: 'Store the chosen candidates of an article as events, all or none (secretariat)',
      body: TimelineConfirmRequest,
      response: { 201: z.array(TimelineEvent), ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await confirmImport({ request: req.body, actor: req.actor }, ctx)),
  });
}
