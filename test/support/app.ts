/** A real app (Fastify, inject) over a test database, with sessions for every test user. */
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config';
import { fastArgon2Hasher } from '../../src/platform/password';
import { buildApp } from '../../src/server/build-app';
import type { AppContext } from '../../src/server/context';
import { EventHub } from '../../src/server/live/event-hub';
import { createPlanRunner } from '../../src/server/live/plan-runner';
import type { TestDb } from './databases';
import { PASSWORD, USERS } from './fixtures';

export interface Session {
  cookie: string;
  csrf: string;
}

export async function testApp(
  t: TestDb,
  over: Partial<AppContext> = {},
): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const events = new EventHub();
  const clock = { now: () => new Date() };
  const ctx: AppContext = {
    db: t.db,
    store: t.store,
    clock,
    events,
    runner: createPlanRunner({ store: t.store, clock, events, timeLimitSeconds: 10 }),
    hasher: fastArgon2Hasher,
    config: { ...loadConfig({}), loadDemo: false },
    localSecret: 'local-test-secret',
    ...over,
  };
  const app = await buildApp(ctx);
  await app.ready();
  return { app, ctx };
}

export async function signInAs(app: FastifyInstance, key: string): Promise<Session> {
  const r = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: `${key}@test.invalid`, password: PASSWORD },
    remoteAddress: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  if (r.statusCode !== 200) throw new Error(`sign-in as ${key} failed: ${r.statusCode} ${r.body}`);
  const cookie = String(r.headers['set-cookie']).split(';')[0]!;
  return { cookie, csrf: r.json().csrfToken };
}

export async function signInAll(app: FastifyInstance): Promise<Record<string, Session>> {
  const out: Record<string, Session> = {};
  for (const u of USERS) out[u.key] = await signInAs(app, u.key);
  return out;
}

export const headers = (s?: Session): Record<string, string> =>
  s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {};
