import { z } from 'zod';
import { Problem } from '../../contracts/common';
import { Me, SignIn, TokenCreate, User } from '../../contracts/user';
import { createApiToken, SESSION_HOURS, signIn, signOut, signOutEverywhere } from '../../core/users/sessions';
import type { AppContext } from '../context';
import { SESSION_COOKIE } from '../plugins/auth';
import type { App } from './types';

const tags = ['auth'];

export function authRoutes(app: App, ctx: AppContext) {
  const cookie = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: ctx.config.secureCookies };
  app.post('/api/auth/sign-in', {
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    schema: {
      tags,
      summary: 'Sign in with email and password; sets the session cookie',
      body: SignIn,
      response: { 200: Me, 401: Problem, 429: Problem },
    },
    handler: async (req, reply) => {
      const s = await signIn({ ...req.body, ip: req.ip }, ctx);
      reply.setCookie(SESSION_COOKIE, s.sessionId, { ...cookie, maxAge: SESSION_HOURS * 3600 });
      return { user: s.user, csrfToken: s.csrfToken };
    },
  });
  app.post('/api/auth/sign-out', {
    schema: {
      tags,
      summary: 'Sign out (everywhere: all your sessions)',
      querystring: z.strictObject({ everywhere: z.enum(['true', 'false']).optional() }),
    },
    handler: async (req, reply) => {
      if (req.sessionId)
        await signOut(
          { sessionId: req.sessionId, actor: req.actor, everywhere: req.query.everywhere === 'true' },
          ctx,
        );
      reply.clearCookie(SESSION_COOKIE, cookie);
      return reply.code(204).send();
    },
  });
  app.post('/api/auth/sign-out-everywhere', {
    schema: {
      tags,
      summary: 'End every session of yours, on every browser and device (audited); API tokens stay',
      response: { 204: z.null().describe('Signed out everywhere'), 401: Problem, 403: Problem },
    },
    handler: async (req, reply) => {
      await signOutEverywhere({ actor: req.actor, sessionId: req.sessionId }, ctx);
      reply.clearCookie(SESSION_COOKIE, cookie);
      return reply.code(204).send(null);
    },
  });
  app.get('/api/auth/me', {
    schema: { tags, summary: 'Who you are, and the CSRF token for your session', response: { 200: Me } },
    handler: async (req) => {
      const a = req.actor;
      if (a.kind !== 'user') return { user: null, csrfToken: null };
      const u = await ctx.store.users.byId(a.userId);
      return {
        user: u
          ? {
              id: u.id,
              email: u.email,
              name: u.name,
              role: u.role,
              partyCode: u.partyCode,
              disabled: u.disabled,
              createdAt: u.createdAt,
            }
          : null,
        csrfToken: req.csrfToken,
      };
    },
  });
  app.post('/api/auth/tokens', {
    schema: {
      tags,
      summary: 'Create an API token for scripts (shown once)',
      body: TokenCreate,
      response: {
        201: z.object({ id: z.string(), token: z.string(), scope: z.string(), expiresAt: z.string() }),
        401: Problem,
        403: Problem,
      },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await createApiToken({ actor: req.actor, ...req.body }, ctx)),
  });
  void User;
}
