/**
 * Walks every API route × every caller (anonymous, each role, a delegation of the guarantor and
 * of another party, a read-only token) × every classification, against an expectation written
 * here independently of the policy table. A route added without a row here fails the test.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CommitmentCreate } from '../../src/contracts/commitment';
import { CLASSIFICATIONS, type Classification } from '../../src/contracts/enums';
import { registerCommitment } from '../../src/core/commitments/register-commitment';
import { headers, type Session, signInAll, testApp } from '../support/app';
import { describeEachDatabase } from '../support/databases';
import { fixedClock, SYSTEM, sampleCommitment, seedBasics } from '../support/fixtures';

type Caller =
  | 'anonymous'
  | 'secretariat'
  | 'gb'
  | 'fr'
  | 'ua'
  | 'planner'
  | 'monitor'
  | 'observer'
  | 'gbToken';
const CALLERS: Caller[] = [
  'anonymous',
  'secretariat',
  'gb',
  'fr',
  'ua',
  'planner',
  'monitor',
  'observer',
  'gbToken',
];

/** Who may read a GB → UA record of each classification (the rules of SPEC and README). */
const MAY_READ: Record<Classification, Caller[]> = {
  public: CALLERS,
  coalition: ['secretariat', 'gb', 'fr', 'ua', 'planner', 'monitor', 'gbToken'],
  bilateral: ['secretariat', 'gb', 'ua', 'gbToken'],
  national: ['gb', 'gbToken'],
};
/** Who may edit a GB record (if they may read it): the secretariat and GB's own delegation, by session. */
const MAY_EDIT: Caller[] = ['secretariat', 'gb'];
const SECRETARIAT_ONLY = (c: Caller) => (c === 'secretariat' ? 'ok' : c === 'anonymous' ? 401 : 403);

describeEachDatabase('authorisation matrix', (t) => {
  let app: FastifyInstance;
  let auth: Record<Caller, Record<string, string>>;
  const ids = {} as Record<Classification, string>;
  const routes = new Set<string>();

  beforeAll(async () => {
    await seedBasics(t().store);
    const deps = { store: t().store, clock: fixedClock() };
    for (const c of CLASSIFICATIONS) {
      const v = await registerCommitment(
        {
          input: CommitmentCreate.parse(sampleCommitment({ ref: `GB-${c}`, classification: c })),
          actor: SYSTEM,
        },
        deps,
      );
      ids[c] = v.id;
    }
    await registerCommitment(
      {
        input: CommitmentCreate.parse(
          sampleCommitment({ ref: 'FR-national', guarantor: 'FR', classification: 'national' }),
        ),
        actor: SYSTEM,
      },
      deps,
    );
    const built = await testApp(t());
    app = built.app;
    const s: Record<string, Session> = await signInAll(app);
    const tok = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: headers(s.gb),
      payload: { name: 'gb reader', scope: 'read' },
    });
    const partial: Partial<Record<Caller, Record<string, string>>> = {
      anonymous: {},
      gbToken: { authorization: `Bearer ${tok.json().token}` },
    };
    for (const k of ['secretariat', 'gb', 'fr', 'ua', 'planner', 'monitor', 'observer'] as const) {
      partial[k] = headers(s[k]);
    }
    auth = partial as Record<Caller, Record<string, string>>;
  });
  afterAll(() => app?.close());

  const call = (
    caller: Caller,
    method: string,
    url: string,
    payload?: unknown,
    extra: Record<string, string> = {},
  ) => {
    routes.add(
      `${method} ${url
        .split('?')[0]!
        .replace(/[0-9a-f-]{36}/, ':id')
        .replace(/\/versions\/\d+$/, '/versions/:version')
        .replace(/\/parties\/[A-Z]+$/, '/parties/:code')
        .replace(/\/scenarios\/[a-z0-9-]+/, '/scenarios/:id')}`,
    );
    return app.inject({
      method: method as 'GET',
      url,
      headers: { ...auth[caller], ...extra },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  };
  const expectOutcome = (status: number, expected: 'ok' | number, what: string) => {
    if (expected === 'ok') expect(status, what).toBeLessThan(300);
    else expect(status, what).toBe(expected);
  };

  it('single-record reads: 200 where the rules allow, 404 (not 403) elsewhere, so existence does not leak', async () => {
    for (const caller of CALLERS) {
      for (const c of CLASSIFICATIONS) {
        const expected = MAY_READ[c].includes(caller) ? 'ok' : 404;
        for (const sub of ['', '/history', '/versions/1', '/audit']) {
          const r = await call(caller, 'GET', `/api/commitments/${ids[c]}${sub}`);
          expectOutcome(r.statusCode, expected, `${caller} GET ${c}${sub}`);
        }
        const byRef = await call(caller, 'GET', `/api/commitments/GB-${c}`);
        expectOutcome(byRef.statusCode, expected, `${caller} GET by ref ${c}`);
      }
    }
  });

  it('lists, exports and totals show exactly what single reads allow', async () => {
    for (const caller of CALLERS) {
      const expected = CLASSIFICATIONS.filter((c) => MAY_READ[c].includes(caller)).map((c) => `GB-${c}`);
      // France's own national record is France's alone
      if (caller === 'fr') expected.push('FR-national');
      const list = (await call(caller, 'GET', '/api/commitments?pageSize=200')).json();
      expect(list.items.map((x: { ref: string }) => x.ref).sort(), `${caller} list`).toEqual(
        [...expected].sort(),
      );
      expect(list.total).toBe(expected.length);
      const csv = (await call(caller, 'GET', '/api/commitments/export?format=csv')).body;
      for (const ref of ['GB-public', 'GB-coalition', 'GB-bilateral', 'GB-national', 'FR-national']) {
        expect(csv.includes(`,${ref},`), `${caller} export ${ref}`).toBe(expected.includes(ref));
      }
      const totals = (await call(caller, 'GET', '/api/stats/totals')).json();
      expect(totals.count, `${caller} totals`).toBe(expected.length);
      const conc = (await call(caller, 'GET', '/api/stats/concreteness')).json();
      const counted = conc.byGuarantor.reduce(
        (s: number, g: { concrete: number; vague: number }) => s + g.concrete + g.vague,
        0,
      );
      expect(counted, `${caller} concreteness stats`).toBe(expected.length);
    }
  });

  it('edits: allowed for the secretariat and the guarantor by session; 403 if readable, 404 if not, 401 anonymous', async () => {
    for (const caller of CALLERS) {
      for (const c of CLASSIFICATIONS) {
        const version = (await t().store.commitments.get(ids[c]))!.version;
        const r = await call(caller, 'PATCH', `/api/commitments/${ids[c]}`, {
          version,
          note: `edited by ${caller}`,
        });
        const readable = MAY_READ[c].includes(caller);
        const expected = !readable
          ? 404
          : caller === 'anonymous'
            ? 401
            : MAY_EDIT.includes(caller)
              ? 'ok'
              : 403;
        expectOutcome(r.statusCode, expected, `${caller} PATCH ${c}`);
      }
    }
  });

  it('creation for GB: the secretariat and GB only', async () => {
    for (const caller of CALLERS) {
      const r = await call(caller, 'POST', '/api/commitments', sampleCommitment({ ref: `NEW-${caller}` }));
      const expected = caller === 'anonymous' ? 401 : MAY_EDIT.includes(caller) ? 'ok' : 403;
      expectOutcome(r.statusCode, expected, `${caller} POST`);
    }
  });

  it('administration is for the secretariat only', async () => {
    for (const caller of CALLERS) {
      expectOutcome(
        (await call(caller, 'GET', '/api/users')).statusCode,
        SECRETARIAT_ONLY(caller),
        `${caller} users`,
      );
      const nu = await call(caller, 'POST', '/api/users', {
        email: `new-${caller}@test.invalid`,
        name: 'N',
        role: 'observer',
        password: 'a long enough password',
      });
      expectOutcome(nu.statusCode, SECRETARIAT_ONLY(caller), `${caller} add user`);
      expectOutcome(
        (await call(caller, 'GET', '/api/audit')).statusCode,
        SECRETARIAT_ONLY(caller),
        `${caller} audit`,
      );
      expectOutcome(
        (await call(caller, 'POST', '/api/audit/verify')).statusCode,
        SECRETARIAT_ONLY(caller),
        `${caller} verify`,
      );
      const backup = await call(caller, 'GET', '/api/admin/backup');
      expectOutcome(
        backup.statusCode,
        caller === 'secretariat' ? (t().kind === 'pglite' ? 'ok' : 400) : SECRETARIAT_ONLY(caller),
        `${caller} backup`,
      );
      const party = await call(caller, 'PUT', '/api/parties/NO', { name: 'Norway', kind: 'state' });
      expectOutcome(party.statusCode, SECRETARIAT_ONLY(caller), `${caller} save party`);
      const imp = await call(caller, 'POST', '/api/commitments/import', 'ref,guarantor\n', {
        'content-type': 'text/csv',
      });
      expectOutcome(
        imp.statusCode,
        caller === 'secretariat' ? 'ok' : SECRETARIAT_ONLY(caller),
        `${caller} import`,
      );
    }
  });

  it('force generation: coalition members follow it, planners run it, nations offer their own units', async () => {
    const { saveScenario } = await import('../../src/core/conference/save-scenario');
    const { generateScenario } = await import('../../src/core/forcegen');
    const scenario = generateScenario({ nations: 5, lines: 6, offers: 12, seed: 11 });
    await saveScenario(
      { id: 'auth-conf', name: 'Auth', scenario, illustrative: true, actor: SYSTEM },
      { store: t().store, clock: fixedClock(), events: { publish: () => {} } },
    );
    const READERS: Caller[] = ['secretariat', 'gb', 'fr', 'ua', 'planner', 'monitor', 'gbToken'];
    const RUNNERS: Caller[] = ['secretariat', 'planner'];
    const read = (c: Caller) => (READERS.includes(c) ? 'ok' : c === 'anonymous' ? 401 : 403);
    const run = (c: Caller) => (RUNNERS.includes(c) ? 'ok' : c === 'anonymous' ? 401 : 403);
    let planId = '';
    for (const caller of CALLERS) {
      expectOutcome(
        (await call(caller, 'GET', '/api/forcegen/scenarios')).statusCode,
        read(caller),
        `${caller} list scenarios`,
      );
      expectOutcome(
        (await call(caller, 'GET', '/api/forcegen/scenarios/auth-conf')).statusCode,
        read(caller),
        `${caller} scenario`,
      );
      expectOutcome(
        (await call(caller, 'GET', '/api/forcegen/scenarios/auth-conf/plans')).statusCode,
        read(caller),
        `${caller} plans`,
      );
      // an allowed caller's event stream stays open; the API test reads one
      if (read(caller) !== 'ok')
        expectOutcome(
          (await call(caller, 'GET', '/api/forcegen/scenarios/auth-conf/events')).statusCode,
          read(caller),
          `${caller} events`,
        );
      const current = (await t().store.forcegen.getScenario('auth-conf'))!;
      const put = await call(caller, 'PUT', '/api/forcegen/scenarios/auth-conf', {
        name: 'Auth',
        scenario,
        version: current.version,
      });
      expectOutcome(put.statusCode, run(caller), `${caller} save scenario`);
      const offer = { ...scenario.offers[0]!, id: `AUTH-${caller}`, nation: 'GB' };
      const mayOffer = caller === 'secretariat' || caller === 'planner' || caller === 'gb';
      const o = await call(caller, 'POST', '/api/forcegen/scenarios/auth-conf/offers', { offer });
      expectOutcome(
        o.statusCode,
        mayOffer ? 'ok' : caller === 'anonymous' ? 401 : 403,
        `${caller} offer for GB`,
      );
      const p = await call(caller, 'POST', '/api/forcegen/scenarios/auth-conf/plans', {
        timeLimitSeconds: 5,
      });
      expectOutcome(p.statusCode, run(caller), `${caller} solve`);
      if (p.statusCode === 202) planId = p.json().id;
    }
    for (const caller of CALLERS) {
      expectOutcome(
        (await call(caller, 'GET', `/api/forcegen/plans/${planId}`)).statusCode,
        read(caller),
        `${caller} plan`,
      );
      const c = await call(caller, 'POST', `/api/forcegen/plans/${planId}/cancel`);
      // a finished plan cannot be cancelled (409); what matters here is who may try
      if (RUNNERS.includes(caller)) expect([200, 409], `${caller} cancel`).toContain(c.statusCode);
      else expectOutcome(c.statusCode, run(caller), `${caller} cancel`);
    }
  });

  it('open routes answer everyone; tokens are issued to signed-in sessions only', async () => {
    for (const caller of CALLERS) {
      expectOutcome((await call(caller, 'GET', '/api/health')).statusCode, 'ok', `${caller} health`);
      expectOutcome((await call(caller, 'GET', '/api/parties')).statusCode, 'ok', `${caller} parties`);
      const analysed = await call(caller, 'POST', '/api/analyze', {
        text: 'The UK will consult within 24 hours.',
      });
      expectOutcome(analysed.statusCode, 'ok', `${caller} analyze`);
      expectOutcome((await call(caller, 'GET', '/api/auth/me')).statusCode, 'ok', `${caller} me`);
      const tok = await call(caller, 'POST', '/api/auth/tokens', { name: 'x' });
      expectOutcome(
        tok.statusCode,
        caller === 'anonymous' ? 401 : caller === 'gbToken' ? 403 : 'ok',
        `${caller} token`,
      );
      const bad = await call(
        caller,
        'POST',
        '/api/auth/sign-in',
        { email: 'nobody@test.invalid', password: 'wrong' },
        { 'x-forwarded-for': caller },
      );
      expectOutcome(bad.statusCode, 401, `${caller} sign-in`);
    }
    // signing out last: it ends the sessions used above
    for (const caller of CALLERS)
      expectOutcome(
        (await call(caller, 'POST', '/api/auth/sign-out')).statusCode,
        'ok',
        `${caller} sign-out`,
      );
  });

  it('every API route of the app was walked', () => {
    const all = new Set((app as unknown as { apiRoutes: string[] }).apiRoutes);
    const missing = [...all].filter((r) => !routes.has(r));
    expect(missing, 'routes not walked by this test').toEqual([]);
    expect(all.size).toBeGreaterThan(15);
  });
});
