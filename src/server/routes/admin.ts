import { z } from 'zod';
import { PartyCode, Problem } from '../../contracts/common';
import { PartyUpsert } from '../../contracts/party';
import { StatsTotals } from '../../contracts/stats';
import { Party, User, UserCreate } from '../../contracts/user';
import { authorize } from '../../core/access/policy';
import { verifyAuditChain } from '../../core/audit/verify-audit-chain';
import { dashboardTotals } from '../../core/commitments/dashboard-totals';
import { AppError } from '../../core/errors';
import { saveParty } from '../../core/parties/save-party';
import { createUser } from '../../core/users/create-user';
import { listUsers } from '../../core/users/sessions';
import type { AppContext } from '../context';
import type { App } from './types';

export function adminRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/health',
    { schema: { tags: ['meta'], summary: 'Liveness and database reachability' } },
    async () => {
      await ctx.db.query('SELECT 1');
      return { ok: true, database: ctx.db.kind };
    },
  );
  app.get('/api/parties', {
    schema: {
      tags: ['parties'],
      summary: 'States and organisations, with GDP',
      response: { 200: z.array(Party) },
    },
    handler: () => ctx.store.parties.list(),
  });
  app.put('/api/parties/:code', {
    schema: {
      tags: ['parties'],
      summary: 'Add or change a party (secretariat)',
      params: z.strictObject({ code: PartyCode }),
      body: PartyUpsert,
      response: { 200: Party, 400: Problem, 401: Problem, 403: Problem },
    },
    handler: (req) => saveParty({ code: req.params.code, input: req.body, actor: req.actor }, ctx),
  });
  app.get('/api/stats/totals', {
    schema: {
      tags: ['commitments'],
      summary: 'Totals by pillar, status and guarantor (EUR, % of GDP) of what you may read',
      response: { 200: StatsTotals },
    },
    handler: (req) => dashboardTotals({ actor: req.actor }, ctx.store),
  });
  app.get('/api/users', {
    schema: {
      tags: ['users'],
      summary: 'Users (secretariat)',
      response: { 200: z.array(User), 401: Problem, 403: Problem },
    },
    handler: (req) => listUsers({ actor: req.actor }, ctx),
  });
  app.post('/api/users', {
    schema: {
      tags: ['users'],
      summary: 'Add a user (secretariat)',
      body: UserCreate,
      response: { 201: User, 400: Problem, 403: Problem, 409: Problem },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await createUser({ input: req.body, actor: req.actor }, ctx)),
  });
  app.get('/api/audit', {
    schema: {
      tags: ['audit'],
      summary: 'The latest audit entries (secretariat)',
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
    },
    handler: (req) => {
      authorize(req.actor, 'audit.read');
      return ctx.store.audit.recent(req.query.limit);
    },
  });
  app.post('/api/audit/verify', {
    schema: { tags: ['audit'], summary: 'Verify the hash chain; names the first broken entry (secretariat)' },
    handler: (req) => {
      authorize(req.actor, 'audit.verify');
      return verifyAuditChain(ctx.store);
    },
  });
}

export function backupRoute(app: App, ctx: AppContext) {
  app.get('/api/admin/backup', {
    schema: { tags: ['admin'], summary: 'A backup of the embedded database as a tarball (secretariat)' },
    handler: async (req, reply) => {
      authorize(req.actor, 'admin.backup');
      if (!ctx.db.dumpDataDir) throw new AppError('bad_request', 'on PostgreSQL, back up with pg_dump');
      const blob = await ctx.db.dumpDataDir();
      return reply
        .type('application/x-tar')
        .header(
          'content-disposition',
          `attachment; filename="guarantor-backup-${ctx.clock.now().toISOString().slice(0, 10)}.tar"`,
        )
        .send(Buffer.from(await blob.arrayBuffer()));
    },
  });
}
