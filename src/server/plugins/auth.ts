/**
 * Who is calling: a session cookie (browser), a bearer API token (scripts), or the local CLI's
 * secret. Unsafe methods with a session cookie must carry the session's CSRF token in the
 * x-csrf-token header (synchroniser token; the cookie is also SameSite=Strict).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Actor, ANONYMOUS } from '../../core/access/actor';
import { AppError } from '../../core/errors';
import { resolveSession, resolveToken } from '../../core/users/sessions';
import type { AppContext } from '../context';

export const SESSION_COOKIE = 'guarantor_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    sessionId: string | null;
    csrfToken: string | null;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export const LOCAL_ACTOR: Actor = {
  kind: 'user',
  userId: '00000000-0000-0000-0000-000000000000',
  name: 'system',
  role: 'secretariat',
  partyCode: null,
  canWrite: true,
  via: 'local',
};

async function identify(req: FastifyRequest, ctx: AppContext): Promise<void> {
  const auth = req.headers.authorization;
  if (auth) {
    const [scheme, value = ''] = auth.split(/\s+/, 2);
    if (scheme?.toLowerCase() === 'bearer') {
      const actor = await resolveToken(value, ctx);
      if (!actor) throw new AppError('unauthenticated', 'the API token is unknown, expired or revoked');
      req.actor = actor;
      return;
    }
    if (scheme?.toLowerCase() === 'local' && ctx.localSecret && sameSecret(value, ctx.localSecret)) {
      req.actor = LOCAL_ACTOR;
      return;
    }
    throw new AppError('unauthenticated', 'unsupported Authorization header; use Bearer <API token>');
  }
  const sid = req.cookies[SESSION_COOKIE];
  if (!sid) return;
  const s = await resolveSession(sid, ctx);
  if (!s) return; // an expired session reads as anonymous; the web app then shows sign-in
  req.actor = s.actor;
  req.sessionId = sid;
  req.csrfToken = s.csrfToken;
  if (!SAFE.has(req.method)) {
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameSecret(sent, s.csrfToken)) {
      throw new AppError('forbidden', 'missing or wrong x-csrf-token header (reload the page)');
    }
  }
}

export function installAuth(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (req) => {
    req.actor = ANONYMOUS;
    if (!req.url.startsWith('/api/')) return;
    await identify(req, ctx);
  });
}
