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
/**
 * Unsafe-method routes that write nothing (their policy actions are reads): a read-scoped API
 * token may call them. Every other POST, PUT, PATCH and DELETE is refused to a read token here,
 * before its body is read, whatever the route's own checks say; a route missing from this list
 * fails closed.
 */
export const READ_ONLY_UNSAFE_ROUTES: ReadonlySet<string> = new Set([
  'POST /api/auth/sign-in',
  'POST /api/auth/sign-out',
  'POST /api/analyze',
  'POST /api/timeline/import',
  'POST /api/simulations',
  'POST /api/simulations/:id/cancel',
  'POST /api/memos/trace',
]);

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
      const route = req.routeOptions.url;
      const readOnly = actor.kind === 'user' && !actor.canWrite;
      if (
        readOnly &&
        !SAFE.has(req.method) &&
        route &&
        !READ_ONLY_UNSAFE_ROUTES.has(`${req.method} ${route}`)
      )
        throw new AppError('forbidden', 'this API token may only read');
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
  app.addHook('onRequest', async (req, reply) => {
    req.actor = ANONYMOUS;
    if (!req.url.startsWith('/api/')) return;
    // answers depend on who asks and may carry the CSRF token: no cache keeps them (a route may
    // still set its own policy)
    reply.header('cache-control', 'no-store');
    await identify(req, ctx);
  });
}
