import { z } from 'zod';
import {
  Commitment,
  CommitmentCreate,
  CommitmentUpdate,
  type CommitmentUpdate as Update,
} from '../../../contracts/commitment';
import { Problem } from '../../../contracts/common';
import { type Registration, registerCommitments } from '../../../core/commitments/register-commitment';
import { updateCommitment } from '../../../core/commitments/update-commitment';
import type { AppContext } from '../../context';
import { groupCommit } from '../../live/group-commit';
import type { App } from '../types';

const tags = ['commitments'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export function commitmentWriteRoutes(app: App, ctx: AppContext) {
  // concurrent registrations share a transaction (see group-commit.ts); each fails on its own
  const register = groupCommit((items: Registration[]) => registerCommitments({ items }, ctx));
  app.post('/api/commitments', {
    schema: {
      tags,
      summary: 'Register a commitment',
      body: CommitmentCreate,
      response: { 201: Commitment, ...errors },
    },
    handler: async (req, reply) => {
      const c = await register({ input: req.body, actor: req.actor });
      return reply.code(201).header('location', `/api/commitments/${c.id}`).send(c);
    },
  });
  app.patch('/api/commitments/:id', {
    schema: {
      tags,
      summary: 'Change a commitment (a new version); send the version you edited',
      params: z.strictObject({ id: z.string().min(1).max(80) }),
      body: CommitmentUpdate,
      response: { 200: Commitment, ...errors },
    },
    handler: (req) =>
      updateCommitment({ id: req.params.id, patch: req.body as Update, actor: req.actor }, ctx),
  });
}
