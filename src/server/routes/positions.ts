import { z } from 'zod';
import { Problem } from '../../contracts/common';
import {
  AlignmentMatrix,
  AlignmentMovement,
  AlignmentQuery,
  Issue,
  IssueCreate,
  MovementQuery,
  Position,
  PositionCreate,
  PositionQuery,
} from '../../contracts/positions';
import {
  alignmentAt,
  alignmentMovementAt,
  listIssues,
  listPositions,
} from '../../core/positions/read-positions';
import { recordPosition } from '../../core/positions/record-position';
import { saveIssue } from '../../core/positions/save-issue';
import type { AppContext } from '../context';
import type { App } from './types';

const tags = ['negotiation positions'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 422: Problem };

export function positionRoutes(app: App, ctx: AppContext) {
  app.get('/api/issues', {
    schema: {
      tags,
      summary: 'The open issues of the negotiation',
      response: { 200: z.array(Issue), ...errors },
    },
    handler: (req) => listIssues({ actor: req.actor }, ctx.store),
  });
  app.post('/api/issues', {
    schema: {
      tags,
      summary: 'Add an open issue, or reword one with the same slug (secretariat)',
      body: IssueCreate,
      response: { 200: Issue, ...errors },
    },
    handler: (req) => saveIssue({ input: req.body, actor: req.actor }, ctx),
  });
  app.get('/api/positions', {
    schema: {
      tags,
      summary: 'Positions by issue, party and date, newest first',
      querystring: PositionQuery,
      response: { 200: z.array(Position), ...errors },
    },
    handler: (req) => listPositions({ query: req.query, actor: req.actor }, ctx.store),
  });
  app.post('/api/positions', {
    schema: {
      tags,
      summary: "Record a party's position on an issue as of a date (a delegation: its own party's)",
      body: PositionCreate,
      response: { 201: Position, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await recordPosition({ input: req.body, actor: req.actor }, ctx)),
  });
  app.get('/api/positions/alignment', {
    schema: {
      tags,
      summary: 'The alignment matrix at a date: per issue × party the latest position on or before it',
      querystring: AlignmentQuery,
      response: { 200: AlignmentMatrix, ...errors },
    },
    handler: (req) =>
      alignmentAt({ date: req.query.date, party: req.query.party, actor: req.actor }, ctx.store),
  });
  app.get('/api/positions/movement', {
    schema: {
      tags,
      summary: 'How the alignment moved: the matrix at each of several dates, and each party’s series',
      querystring: MovementQuery,
      response: { 200: AlignmentMovement, ...errors },
    },
    handler: (req) =>
      alignmentMovementAt({ dates: req.query.dates, party: req.query.party, actor: req.actor }, ctx.store),
  });
}
