import { z } from 'zod';
import { Problem } from '../../contracts/common';
import { PressureCreate, PressureMeasure, PressureQuery, PressureUpdate } from '../../contracts/pressure';
import { createMeasure } from '../../core/pressure/create-measure';
import { listMeasures } from '../../core/pressure/list-measures';
import { updateMeasure } from '../../core/pressure/update-measure';
import type { AppContext } from '../context';
import type { App } from './types';

const tags = ['pressure track'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export function pressureRoutes(app: App, ctx: AppContext) {
  app.get('/api/pressure', {
    schema: {
      tags,
      summary: 'Pressure measures with their condition, supporters and status',
      querystring: PressureQuery,
      response: { 200: z.array(PressureMeasure), ...errors },
    },
    handler: (req) => listMeasures({ query: req.query, actor: req.actor }, ctx.store),
  });
  app.post('/api/pressure', {
    schema: {
      tags,
      summary: 'Add a measure (secretariat)',
      body: PressureCreate,
      response: { 201: PressureMeasure, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await createMeasure({ input: req.body, actor: req.actor }, ctx)),
  });
  app.patch('/api/pressure/:id', {
    schema: {
      tags,
      summary: 'Change a measure: its status (along the allowed moves) or its fields (secretariat)',
      params: z.strictObject({ id: z.uuid('must be a UUID') }),
      body: PressureUpdate,
      response: { 200: PressureMeasure, ...errors },
    },
    handler: (req) => updateMeasure({ id: req.params.id, patch: req.body, actor: req.actor }, ctx),
  });
}
