import { z } from 'zod';
import { Commitment, CommitmentPage, CommitmentQuery, VersionEntry } from '../../../contracts/commitment';
import { Problem } from '../../../contracts/common';
import {
  commitmentAuditTrail,
  commitmentHistory,
  commitmentVersion,
} from '../../../core/commitments/commitment-history';
import { getCommitment } from '../../../core/commitments/get-commitment';
import { listCommitments } from '../../../core/commitments/list-commitments';
import type { AppContext } from '../../context';
import type { App } from '../types';

const IdParams = z.strictObject({ id: z.string().min(1).max(80).describe('Commitment id (UUID) or ref') });
const tags = ['commitments'];

export function commitmentReadRoutes(app: App, ctx: AppContext) {
  app.get('/api/commitments', {
    schema: {
      tags,
      summary: 'List the commitments you may read',
      querystring: CommitmentQuery,
      response: { 200: CommitmentPage, 400: Problem },
    },
    handler: (req) => listCommitments({ query: req.query, actor: req.actor }, ctx.store),
  });
  app.get('/api/commitments/:id', {
    schema: {
      tags,
      summary: 'One commitment',
      params: IdParams,
      response: { 200: Commitment, 404: Problem },
    },
    handler: (req) => getCommitment({ id: req.params.id, actor: req.actor }, { repos: ctx.store }),
  });
  app.get('/api/commitments/:id/history', {
    schema: {
      tags,
      summary: 'Every version, newest first, with its changes',
      params: IdParams,
      response: { 200: z.array(VersionEntry), 404: Problem },
    },
    handler: (req) => commitmentHistory({ id: req.params.id, actor: req.actor }, { repos: ctx.store }),
  });
  app.get('/api/commitments/:id/versions/:version', {
    schema: {
      tags,
      summary: 'The full record as it was at one version',
      params: IdParams.extend({ version: z.coerce.number().int().positive() }),
    },
    handler: (req) =>
      commitmentVersion(
        { id: req.params.id, version: req.params.version, actor: req.actor },
        { repos: ctx.store },
      ),
  });
  app.get('/api/commitments/:id/audit', {
    schema: { tags, summary: 'The audit trail of one commitment', params: IdParams },
    handler: (req) => commitmentAuditTrail({ id: req.params.id, actor: req.actor }, { repos: ctx.store }),
  });
}
