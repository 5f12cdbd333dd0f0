import { z } from 'zod';
import { Problem } from '../../contracts/common';
import {
  Incident,
  IncidentAggregateQuery,
  IncidentAggregates,
  IncidentCreate,
  IncidentImportResult,
  IncidentPage,
  IncidentQuery,
  IncidentStatusChange,
} from '../../contracts/incident';
import { LIMITS } from '../../contracts/limits';
import { authorize } from '../../core/access/policy';
import { AppError } from '../../core/errors';
import { aggregateIncidents } from '../../core/incidents/aggregate-incidents';
import { changeIncidentStatus } from '../../core/incidents/change-incident-status';
import { readIncident } from '../../core/incidents/get-incident';
import { importIncidents } from '../../core/incidents/import-incidents';
import { listIncidents } from '../../core/incidents/list-incidents';
import { recordIncident } from '../../core/incidents/record-incident';
import { parseCsv } from '../../platform/sheets';
import type { AppContext } from '../context';
import type { App } from './types';

const tags = ['incidents'];
const Params = z.strictObject({ id: z.string().min(1).max(80).describe('Incident id (UUID) or reference') });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export function incidentRoutes(app: App, ctx: AppContext) {
  // the commitments' import may have registered the CSV parser already (one per app)
  if (!app.hasContentTypeParser('text/csv'))
    app.addContentTypeParser(
      'text/csv',
      { parseAs: 'string', bodyLimit: LIMITS.importBytes },
      (_r, body, done) => done(null, body),
    );

  app.get('/api/incidents', {
    schema: {
      tags,
      summary: 'Incident reports, newest first',
      querystring: IncidentQuery,
      response: { 200: IncidentPage, ...errors },
    },
    handler: (req) => listIncidents({ query: req.query, actor: req.actor }, ctx.store),
  });
  app.get('/api/incidents/aggregates', {
    schema: {
      tags,
      summary:
        'Counts per day or per region (Kyiv days) against a baseline period; rejected reports left out',
      querystring: IncidentAggregateQuery,
      response: { 200: IncidentAggregates, ...errors },
    },
    handler: (req) => aggregateIncidents({ query: req.query, actor: req.actor }, ctx.store),
  });
  app.get('/api/incidents/:id', {
    schema: { tags, summary: 'One incident report', params: Params, response: { 200: Incident, ...errors } },
    handler: (req) => readIncident({ id: req.params.id, actor: req.actor }, ctx.store),
  });
  app.post('/api/incidents', {
    schema: {
      tags,
      summary: 'Record an incident report (monitor, secretariat)',
      body: IncidentCreate,
      response: { 201: Incident, ...errors },
    },
    handler: async (req, reply) => {
      const i = await recordIncident({ input: req.body, actor: req.actor }, ctx);
      return reply.code(201).header('location', `/api/incidents/${i.id}`).send(i);
    },
  });
  app.post('/api/incidents/import', {
    bodyLimit: LIMITS.importBytes,
    schema: {
      tags,
      summary:
        'Import incident reports from a JSON array or CSV (text/csv; columns in docs/incidents.md); all rows or none',
      response: { 200: IncidentImportResult, ...errors },
    },
    handler: async (req) => {
      // before the file is read: a caller who may not import learns nothing about its contents
      authorize(req.actor, 'incident.import');
      const ct = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
      if (ct === 'text/csv')
        return importIncidents(
          { file: { format: 'csv', rows: parseCsv(req.body as string) }, actor: req.actor },
          ctx,
        );
      if (ct === 'application/json') {
        if (!Array.isArray(req.body))
          throw new AppError('bad_request', 'send a JSON array of incidents', [
            { path: 'body', message: 'not an array' },
          ]);
        return importIncidents({ file: { format: 'json', items: req.body }, actor: req.actor }, ctx);
      }
      throw new AppError('unsupported_media_type', 'send text/csv or application/json', [
        { path: 'content-type', message: ct || 'missing' },
      ]);
    },
  });
  app.patch('/api/incidents/:id/status', {
    schema: {
      tags,
      summary: 'Move a report along reported → corroborated → verified, or reject it (monitor, secretariat)',
      params: Params,
      body: IncidentStatusChange,
      response: { 200: Incident, ...errors },
    },
    handler: (req) => changeIncidentStatus({ id: req.params.id, change: req.body, actor: req.actor }, ctx),
  });
}
