/**
 * Who a session or an API token speaks for, on real databases: the store reads the session (or
 * token) and its user in one query; a disabled user, an expired session and a revoked or expired
 * token speak for no one.
 */
import { createHash, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import type { UserRecord } from '../ports';
import { resolveSession, resolveToken } from './sessions';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const NOW = new Date('2026-01-06T09:00:00Z');
const clock = { now: () => NOW };
const later = (ms: number) => new Date(NOW.getTime() + ms);

describeEachDatabase('sessions and tokens', (t) => {
  const user = (): UserRecord => ({
    id: randomUUID(),
    email: `${randomUUID()}@test.invalid`,
    name: 'Session Tester',
    role: 'observer',
    partyCode: null,
    passwordHash: 'not used',
    disabled: false,
    createdAt: NOW.toISOString(),
  });

  it('a live session and a live token resolve to their user, read together with them', async () => {
    const u = user();
    await t().store.users.insert(u);
    await t().store.sessions.insert({
      idHash: sha256('sid-1'),
      userId: u.id,
      csrfToken: 'c1',
      expiresAt: later(3600_000),
    });
    await t().store.tokens.insert({
      id: randomUUID(),
      userId: u.id,
      name: 'script',
      tokenHash: sha256('gt_1'),
      scope: 'write',
      expiresAt: later(86400_000),
      revokedAt: null,
    });
    const found = await t().store.sessions.find(sha256('sid-1'), NOW);
    expect(found?.user).toEqual(u);
    expect((await t().store.tokens.findByHash(sha256('gt_1'), NOW))?.user).toEqual(u);
    const s = await resolveSession('sid-1', { store: t().store, clock });
    expect(s?.user.email).toBe(u.email);
    expect(s?.csrfToken).toBe('c1');
    expect(s?.actor).toMatchObject({ kind: 'user', userId: u.id });
    expect(await resolveToken('gt_1', { store: t().store, clock })).toMatchObject({ userId: u.id });
    // expired: no one
    expect(await t().store.sessions.find(sha256('sid-1'), later(7200_000))).toBeNull();
    expect(await t().store.tokens.findByHash(sha256('gt_1'), later(2 * 86400_000))).toBeNull();
  });

  it('a disabled user speaks through neither session nor token', async () => {
    const u = user();
    await t().store.users.insert(u);
    await t().store.sessions.insert({
      idHash: sha256('sid-2'),
      userId: u.id,
      csrfToken: 'c2',
      expiresAt: later(3600_000),
    });
    await t().store.tokens.insert({
      id: randomUUID(),
      userId: u.id,
      name: 'script',
      tokenHash: sha256('gt_2'),
      scope: 'read',
      expiresAt: null,
      revokedAt: null,
    });
    await t().db.query('UPDATE app_user SET disabled = true WHERE id = $1', [u.id]);
    expect(await resolveSession('sid-2', { store: t().store, clock })).toBeNull();
    expect(await resolveToken('gt_2', { store: t().store, clock })).toBeNull();
  });
});
