/** A small, known register for tests: five parties, GBP/USD rates, one user per role. */
import type { Role } from '../../src/contracts/enums';
import type { Actor } from '../../src/core/access/actor';
import type { Store } from '../../src/core/ports';
import { createUser } from '../../src/core/users/create-user';
import { userActor } from '../../src/core/users/sessions';
import { fastArgon2Hasher } from '../../src/platform/password';

export const PASSWORD = 'correct horse battery staple';
export const fixedClock = (iso = '2026-01-06T09:00:00.000Z') => {
  let t = Date.parse(iso);
  return {
    now: () => {
      t += 1000;
      return new Date(t);
    },
  };
};

export const SYSTEM: Actor = {
  kind: 'user',
  userId: '00000000-0000-0000-0000-000000000000',
  name: 'system',
  role: 'secretariat',
  partyCode: null,
  canWrite: true,
  via: 'local',
};

export const USERS: { key: string; role: Role; partyCode?: string }[] = [
  { key: 'secretariat', role: 'secretariat' },
  { key: 'gb', role: 'delegation', partyCode: 'GB' },
  { key: 'fr', role: 'delegation', partyCode: 'FR' },
  { key: 'ua', role: 'beneficiary', partyCode: 'UA' },
  { key: 'planner', role: 'planner' },
  { key: 'monitor', role: 'monitor' },
  { key: 'commission', role: 'commission' },
  { key: 'observer', role: 'observer' },
];

export async function seedBasics(store: Store): Promise<Record<string, Actor>> {
  const parties = [
    { code: 'GB', name: 'United Kingdom', kind: 'state' as const, gdpEur: 3_300_000_000_000 },
    { code: 'FR', name: 'France', kind: 'state' as const, gdpEur: 2_900_000_000_000 },
    { code: 'DE', name: 'Germany', kind: 'state' as const, gdpEur: 4_300_000_000_000 },
    { code: 'UA', name: 'Ukraine', kind: 'state' as const, gdpEur: 170_000_000_000 },
    { code: 'EU', name: 'European Union', kind: 'organisation' as const, gdpEur: null },
  ];
  for (const p of parties)
    await store.parties.upsert({
      ...p,
      gdpYear: 2024,
      gdpSource: 'test fixture',
      invited: true,
      illustrative: true,
    });
  await store.rates.upsert({
    currency: 'GBP',
    year: 2024,
    eurPerUnit: 1.18117,
    rateDate: '2024-12-31',
    source: 'test fixture',
  });
  await store.rates.upsert({
    currency: 'USD',
    year: 2024,
    eurPerUnit: 0.92389,
    rateDate: '2024-12-31',
    source: 'test fixture',
  });
  const actors: Record<string, Actor> = {};
  const deps = { store, clock: fixedClock(), hasher: fastArgon2Hasher };
  for (const u of USERS) {
    const created = await createUser(
      {
        input: {
          email: `${u.key}@test.invalid`,
          name: `Test ${u.key}`,
          role: u.role,
          password: PASSWORD,
          ...(u.partyCode ? { partyCode: u.partyCode } : {}),
        },
        actor: SYSTEM,
      },
      deps,
    );
    actors[u.key] = userActor({ ...created, passwordHash: '' }, 'session');
  }
  return actors;
}

export const sampleCommitment = (over: Record<string, unknown> = {}) => ({
  guarantor: 'GB',
  pillar: 'long_term_support',
  kind: 'finance',
  title: 'Military aid in 2024',
  text: 'The United Kingdom will provide £2.5 billion of military support to Ukraine in 2024.',
  lang: 'en',
  legalForm: 'executive_agreement',
  announcedOn: '2024-01-12',
  terms: {
    money: { amount: 2_500_000_000, currency: 'GBP' },
    startDate: '2024-01-01',
    endDate: '2024-12-31',
  },
  classification: 'public',
  ...over,
});
