import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, PasswordHasher, Store, UserRecord } from '../ports';
import { type PublicUser, publicUser } from './create-user';

export const SESSION_HOURS = 12;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const secret = (prefix = '') => prefix + randomBytes(32).toString('base64url');
/** Verified against when the email is unknown, so that timing does not tell which emails exist. */
const DUMMY_HASH =
  '$argon2id$v=19$m=65536,p=4,t=3$iusd0+B5jSYhr65Nj3tYuQ$/9gln+RhF/e5OXkaDy3qFvxdZhIF/+rY9CyL1thsyeM';

export function userActor(u: UserRecord, via: 'session' | 'token' | 'local', canWrite = true): Actor {
  return { kind: 'user', userId: u.id, name: u.name, role: u.role, partyCode: u.partyCode, canWrite, via };
}

/**
 * Checks the password and opens a session. Every attempt, failed or not, is audited. Throws
 * `unauthenticated` with one message whatever was wrong, so it does not tell which.
 */
export async function signIn(
  opts: { email: string; password: string; ip: string },
  deps: { store: Store; clock: Clock; hasher: PasswordHasher },
): Promise<{ sessionId: string; csrfToken: string; user: PublicUser; expiresAt: Date }> {
  const user = await deps.store.users.byEmail(opts.email);
  const ok = await deps.hasher.verify(user?.passwordHash ?? DUMMY_HASH, opts.password);
  const audit = { audit: deps.store.audit, clock: deps.clock };
  if (!user || !ok || user.disabled) {
    await recordAudit(audit, {
      actor: { kind: 'anonymous' },
      action: 'auth.sign_in_failed',
      entity: 'user',
      entityId: user?.id ?? opts.email,
      after: { ip: opts.ip },
    });
    throw new AppError('unauthenticated', 'email or password is wrong');
  }
  const sessionId = secret();
  const csrfToken = secret();
  const expiresAt = new Date(deps.clock.now().getTime() + SESSION_HOURS * 3600_000);
  await deps.store.transaction(async (repos) => {
    await repos.sessions.insert({ idHash: sha256(sessionId), userId: user.id, csrfToken, expiresAt });
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor: userActor(user, 'session'),
        action: 'auth.sign_in',
        entity: 'user',
        entityId: user.id,
        after: { ip: opts.ip },
      },
    );
  });
  return { sessionId, csrfToken, user: publicUser(user), expiresAt };
}

/** Ends this session, or (`everywhere`) every session of its user; audited either way. */
export async function signOut(
  opts: { sessionId: string; actor: Actor; everywhere?: boolean },
  deps: { store: Store; clock: Clock },
): Promise<void> {
  const everywhere = opts.everywhere === true && opts.actor.kind === 'user';
  await deps.store.transaction(async (repos) => {
    if (everywhere && opts.actor.kind === 'user') await repos.sessions.deleteForUser(opts.actor.userId);
    else await repos.sessions.delete(sha256(opts.sessionId));
    if (opts.actor.kind === 'user') {
      await recordAudit(
        { audit: repos.audit, clock: deps.clock },
        {
          actor: opts.actor,
          action: everywhere ? 'auth.sign_out_everywhere' : 'auth.sign_out',
          entity: 'user',
          entityId: opts.actor.userId,
        },
      );
    }
  });
}

/**
 * Ends every session of the calling user, on every browser and device (after a lost laptop, a
 * shared computer). Only from a signed-in session: an API token is not a sign-in, and stays valid
 * until it expires or is revoked. Throws `unauthenticated` (no session) and `forbidden` (an API
 * token or the local CLI).
 */
export async function signOutEverywhere(
  opts: { actor: Actor; sessionId: string | null },
  deps: { store: Store; clock: Clock },
): Promise<void> {
  if (opts.actor.kind !== 'user') throw new AppError('unauthenticated', 'sign in first');
  if (opts.actor.via !== 'session' || !opts.sessionId)
    throw new AppError('forbidden', 'sign out everywhere from a signed-in session, not with an API token');
  await signOut({ sessionId: opts.sessionId, actor: opts.actor, everywhere: true }, deps);
}

/** The actor behind a session cookie, with the session's CSRF token; null when none is valid. */
export async function resolveSession(
  sessionId: string,
  deps: { store: Store; clock: Clock },
): Promise<{ actor: Actor; csrfToken: string; user: PublicUser } | null> {
  const s = await deps.store.sessions.find(sha256(sessionId), deps.clock.now());
  if (!s) return null;
  const u = s.user ?? (await deps.store.users.byId(s.userId));
  if (!u || u.disabled) return null;
  return { actor: userActor(u, 'session'), csrfToken: s.csrfToken, user: publicUser(u) };
}

/** Issues an API token (shown once) for the calling user. */
export async function createApiToken(
  opts: { actor: Actor; name: string; scope: 'read' | 'write'; expiresInDays: number },
  deps: { store: Store; clock: Clock },
): Promise<{ id: string; token: string; scope: string; expiresAt: string }> {
  if (opts.actor.kind !== 'user') throw new AppError('unauthenticated', 'sign in first');
  if (opts.actor.via === 'token')
    throw new AppError('forbidden', 'an API token cannot create tokens; sign in');
  const actor = opts.actor;
  const token = secret('gt_');
  const id = randomUUID();
  const expiresAt = new Date(deps.clock.now().getTime() + opts.expiresInDays * 86400_000);
  await deps.store.transaction(async (repos) => {
    await repos.tokens.insert({
      id,
      userId: actor.userId,
      name: opts.name,
      tokenHash: sha256(token),
      scope: opts.scope,
      expiresAt,
      revokedAt: null,
    });
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor,
        action: 'token.create',
        entity: 'api_token',
        entityId: id,
        after: { name: opts.name, scope: opts.scope },
      },
    );
  });
  return { id, token, scope: opts.scope, expiresAt: expiresAt.toISOString() };
}

export async function resolveToken(
  token: string,
  deps: { store: Store; clock: Clock },
): Promise<Actor | null> {
  const t = await deps.store.tokens.findByHash(sha256(token), deps.clock.now());
  if (!t) return null;
  const u = t.user ?? (await deps.store.users.byId(t.userId));
  if (!u || u.disabled) return null;
  return userActor(u, 'token', t.scope === 'write');
}

export async function listUsers(opts: { actor: Actor }, deps: { store: Store }): Promise<PublicUser[]> {
  authorize(opts.actor, 'user.list');
  return (await deps.store.users.list()).map(publicUser);
}
