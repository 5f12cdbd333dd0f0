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
  | 'commission'
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
  'commission',
  'observer',
  'gbToken',
];

/** Who may read a GB → UA record of each classification (the rules of SPEC and README). */
const MAY_READ: Record<Classification, Caller[]> = {
  public: CALLERS,
  coalition: ['secretariat', 'gb', 'fr', 'ua', 'planner', 'monitor', 'commission', 'gbToken'],
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
    for (const k of [
      'secretariat',
      'gb',
      'fr',
      'ua',
      'planner',
      'monitor',
      'commission',
      'observer',
    ] as const) {
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
    const READERS: Caller[] = [
      'secretariat',
      'gb',
      'fr',
      'ua',
      'planner',
      'monitor',
      'commission',
      'gbToken',
    ];
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

  it('incident reports: every signed-in caller reads them; monitors and the secretariat file, import and verify', async () => {
    const { recordIncident } = await import('../../src/core/incidents/record-incident');
    const { IncidentCreate } = await import('../../src/contracts/incident');
    const { INCIDENT_CSV_COLUMNS } = await import('../../src/core/incidents/rows');
    const incident = {
      occurredAt: '2026-02-20T06:00:00Z',
      latitude: 48.0,
      longitude: 37.8,
      region: 'UA-14',
      type: 'explosion',
      observedBy: ['heard'],
      team: 'Team Donetsk',
      description: 'One explosion.',
    };
    const cells: Record<string, string> = {
      occurred_at: incident.occurredAt,
      latitude: '48',
      longitude: '37.8',
      region: incident.region,
      type: incident.type,
      observed_by: 'heard',
      team: incident.team,
      description: incident.description,
    };
    const csv = `${INCIDENT_CSV_COLUMNS.join(',')}\n${INCIDENT_CSV_COLUMNS.map((c) => cells[c] ?? '').join(',')}\n`;
    const WRITERS: Caller[] = ['secretariat', 'monitor'];
    const read = (c: Caller) => (c === 'anonymous' ? 401 : 'ok');
    const write = (c: Caller) => (WRITERS.includes(c) ? 'ok' : c === 'anonymous' ? 401 : 403);
    for (const caller of CALLERS) {
      const mine = await recordIncident(
        { input: IncidentCreate.parse(incident), actor: SYSTEM },
        { store: t().store, clock: fixedClock() },
      );
      expectOutcome(
        (await call(caller, 'GET', '/api/incidents')).statusCode,
        read(caller),
        `${caller} incidents`,
      );
      expectOutcome(
        (await call(caller, 'GET', `/api/incidents/${mine.id}`)).statusCode,
        read(caller),
        `${caller} incident`,
      );
      expectOutcome(
        (await call(caller, 'GET', '/api/incidents/aggregates?from=2026-02-01&to=2026-02-28')).statusCode,
        read(caller),
        `${caller} aggregates`,
      );
      expectOutcome(
        (await call(caller, 'POST', '/api/incidents', incident)).statusCode,
        write(caller),
        `${caller} record incident`,
      );
      expectOutcome(
        (await call(caller, 'POST', '/api/incidents/import', csv, { 'content-type': 'text/csv' })).statusCode,
        write(caller),
        `${caller} import incidents`,
      );
      expectOutcome(
        (await call(caller, 'PATCH', `/api/incidents/${mine.id}/status`, { status: 'corroborated' }))
          .statusCode,
        write(caller),
        `${caller} verify incident`,
      );
    }
  });

  it("activation: everyone signed in reads plans; the commission determines; guarantors mark their own; simulations are their starter's", async () => {
    const deps = { store: t().store, clock: fixedClock() };
    const ra = (ref: string, guarantor: string, classification: Classification) =>
      registerCommitment(
        {
          input: CommitmentCreate.parse(
            sampleCommitment({
              ref,
              guarantor,
              classification,
              status: 'in_force',
              trigger: { kind: 'renewed_attack' },
              terms: { responseTimeHours: 24 },
            }),
          ),
          actor: SYSTEM,
        },
        deps,
      );
    await ra('AUTH-RA-GB', 'GB', 'public');
    await ra('AUTH-RA-FR', 'FR', 'national');
    const signedIn = (c: Caller) => (c === 'anonymous' ? 401 : 'ok');
    const only = (who: Caller[]) => (c: Caller) => (who.includes(c) ? 'ok' : c === 'anonymous' ? 401 : 403);
    let determinationId = '';
    for (const caller of CALLERS) {
      const r = await call(caller, 'POST', '/api/determinations', {
        trigger: 'renewed_attack',
        determinedAt: '2026-03-10T08:00:00Z',
      });
      expectOutcome(r.statusCode, only(['commission'])(caller), `${caller} determine`);
      if (r.statusCode === 201) determinationId = r.json().determination.id;
      expectOutcome(
        (await call(caller, 'GET', '/api/determinations')).statusCode,
        signedIn(caller),
        `${caller} list`,
      );
      expectOutcome(
        (await call(caller, 'GET', '/api/reliability')).statusCode,
        signedIn(caller),
        `${caller} reliability`,
      );
    }
    const items = (await call('fr', 'GET', `/api/determinations/${determinationId}`)).json().items as {
      id: string;
      commitmentRef: string;
    }[];
    const gbItem = items.find((i) => i.commitmentRef === 'AUTH-RA-GB')!.id;
    const frItem = items.find((i) => i.commitmentRef === 'AUTH-RA-FR')!.id;
    const declined = { outcome: 'declined', at: '2026-03-10T09:00:00Z', evidence: 'not this time' };
    const sims: Partial<Record<Caller, string>> = {};
    for (const caller of CALLERS) {
      for (const sub of ['', '/verify']) {
        const r = await call(caller, 'GET', `/api/determinations/${determinationId}${sub}`);
        expectOutcome(r.statusCode, signedIn(caller), `${caller} determination${sub}`);
      }
      // an allowed caller's event stream stays open; the API test reads one
      if (caller === 'anonymous')
        expectOutcome(
          (await call(caller, 'GET', `/api/determinations/${determinationId}/events`)).statusCode,
          401,
          `${caller} board events`,
        );
      const gb = await call(caller, 'PATCH', `/api/activation/items/${gbItem}`, declined);
      expectOutcome(gb.statusCode, only(['secretariat', 'gb'])(caller), `${caller} mark GB item`);
      // France's national item: only France reads it, so only France may mark it (a read-only
      // token is refused every write before any record is looked up, so a 403 tells it nothing)
      const fr = await call(caller, 'PATCH', `/api/activation/items/${frItem}`, declined);
      expectOutcome(
        fr.statusCode,
        caller === 'fr' ? 'ok' : caller === 'anonymous' ? 401 : caller === 'gbToken' ? 403 : 404,
        `${caller} mark FR item`,
      );
      const sim = await call(caller, 'POST', '/api/simulations', { runs: 50, horizonDays: 5, workers: 1 });
      expectOutcome(sim.statusCode, signedIn(caller), `${caller} simulate`);
      if (sim.statusCode === 202) sims[caller] = sim.json().id;
    }
    const job = sims.secretariat!;
    for (const caller of CALLERS) {
      const own = caller === 'secretariat' ? 'ok' : caller === 'anonymous' ? 401 : 404;
      expectOutcome(
        (await call(caller, 'GET', `/api/simulations/${job}`)).statusCode,
        own,
        `${caller} simulation`,
      );
      const c = await call(caller, 'POST', `/api/simulations/${job}/cancel`);
      // a finished job cannot be cancelled (409); what matters here is who may try
      if (own === 'ok') expect([200, 409], `${caller} cancel simulation`).toContain(c.statusCode);
      else expectOutcome(c.statusCode, own, `${caller} cancel simulation`);
      if (own !== 'ok')
        expectOutcome(
          (await call(caller, 'GET', `/api/simulations/${job}/events`)).statusCode,
          own,
          `${caller} simulation events`,
        );
    }
  });

  it('negotiation positions, pressure and timeline: signed-in callers read; the secretariat keeps them; parties record their own positions', async () => {
    const signedIn = (c: Caller) => (c === 'anonymous' ? 401 : 'ok');
    const secretariat = (c: Caller) => (c === 'secretariat' ? 'ok' : c === 'anonymous' ? 401 : 403);
    const own = (party: string) => (c: Caller) =>
      c === 'secretariat' ||
      (c === 'gb' && party === 'GB') ||
      (c === 'fr' && party === 'FR') ||
      (c === 'ua' && party === 'UA')
        ? 'ok'
        : c === 'anonymous'
          ? 401
          : 403;
    const issue = { slug: 'auth-issue', title: 'Auth', lowLabel: 'no', highLabel: 'yes' };
    expectOutcome((await call('secretariat', 'POST', '/api/issues', issue)).statusCode, 'ok', 'seed issue');
    const measure = (
      await call('secretariat', 'POST', '/api/pressure', { title: 'Auth', kind: 'other' })
    ).json();
    let version = measure.version as number;
    const article = { text: 'On 5 January 2026 leaders met in Paris.' };
    const source = { title: 'Auth article' };
    for (const caller of CALLERS) {
      for (const url of [
        '/api/issues',
        '/api/positions?party=GB',
        '/api/positions/alignment?date=2026-01-06',
        '/api/positions/movement?dates=2025-12-06,2026-01-06',
        '/api/pressure',
        '/api/timeline?party=GB',
      ])
        expectOutcome((await call(caller, 'GET', url)).statusCode, signedIn(caller), `${caller} GET ${url}`);
      expectOutcome(
        (await call(caller, 'POST', '/api/timeline/import', article)).statusCode,
        signedIn(caller),
        `${caller} import preview`,
      );
      expectOutcome(
        (await call(caller, 'POST', '/api/issues', { ...issue, title: `Auth ${caller}` })).statusCode,
        secretariat(caller),
        `${caller} save issue`,
      );
      for (const party of ['GB', 'UA', 'FR']) {
        const r = await call(caller, 'POST', '/api/positions', {
          issue: 'auth-issue',
          party,
          asOf: '2026-01-06',
          stance: 1,
          summary: `by ${caller}`,
        });
        expectOutcome(r.statusCode, own(party)(caller), `${caller} record ${party} position`);
      }
      const created = await call(caller, 'POST', '/api/pressure', { title: `by ${caller}`, kind: 'other' });
      expectOutcome(created.statusCode, secretariat(caller), `${caller} add measure`);
      const patched = await call(caller, 'PATCH', `/api/pressure/${measure.id}`, {
        version,
        title: `by ${caller}`,
      });
      expectOutcome(patched.statusCode, secretariat(caller), `${caller} change measure`);
      if (patched.statusCode === 200) version = patched.json().version;
      expectOutcome(
        (await call(caller, 'POST', '/api/timeline', { date: '2026-01-06', title: `by ${caller}` }))
          .statusCode,
        secretariat(caller),
        `${caller} add event`,
      );
      expectOutcome(
        (
          await call(caller, 'POST', '/api/timeline/import/confirm', {
            article,
            source,
            events: [{ date: '2026-01-05' }],
          })
        ).statusCode,
        secretariat(caller),
        `${caller} confirm import`,
      );
    }
  });

  it('summits and memos: signed-in callers follow summits; the secretariat runs them; a delegation replies and reads its own copy', async () => {
    const { createSummit } = await import('../../src/core/summits/create-summit');
    const { inviteParties } = await import('../../src/core/summits/invite-parties');
    const { addActionItem } = await import('../../src/core/summits/add-action-item');
    const { writeMemo } = await import('../../src/core/memo-copies/write-memo');
    const deps = { store: t().store, clock: fixedClock() };
    const summit = await createSummit(
      {
        input: {
          slug: 'auth-summit',
          title: 'Auth summit',
          startsAt: '2026-01-06T13:00:00Z',
          endsAt: '2026-01-06T18:00:00Z',
          timeZone: 'Europe/Paris',
          place: 'Paris',
          format: 'hybrid',
        },
        actor: SYSTEM,
      },
      deps,
    );
    await inviteParties({ key: summit.id, parties: ['GB', 'FR', 'UA'], actor: SYSTEM }, deps);
    const item = await addActionItem(
      {
        key: summit.id,
        input: { text: 'Do it', ownerParty: 'GB', deadline: '2026-02-01T00:00:00Z' },
        actor: SYSTEM,
      },
      deps,
    );
    await writeMemo(
      {
        key: summit.id,
        input: {
          id: 'auth-memo',
          title: 'Memo',
          language: 'en',
          body: 'A short memo to delegations, in order to test who reads it.',
        },
        actor: SYSTEM,
      },
      deps,
    );
    // routes by their pattern (URLs here carry slugs, not UUIDs)
    const walk = (caller: Caller, method: string, pattern: string, url: string, payload?: unknown) => {
      routes.add(`${method} ${pattern}`);
      return app.inject({
        method: method as 'GET',
        url,
        headers: auth[caller],
        ...(payload !== undefined ? { payload: payload as object } : {}),
      });
    };
    const signedIn = (c: Caller) => (c === 'anonymous' ? 401 : 'ok');
    const only = (allowed: Caller[]) => (c: Caller) =>
      allowed.includes(c) ? 'ok' : c === 'anonymous' ? 401 : 403;
    const manage = only(['secretariat']);
    const S = '/api/summits/auth-summit';
    for (const caller of CALLERS) {
      const outcomes: [string, string, string, unknown, 'ok' | number][] = [
        ['GET', '/api/summits', '/api/summits', undefined, signedIn(caller)],
        ['GET', '/api/summits/:id', S, undefined, signedIn(caller)],
        ['GET', '/api/summits/:id/calendar.ics', `${S}/calendar.ics`, undefined, signedIn(caller)],
        [
          'POST',
          '/api/summits',
          '/api/summits',
          {
            slug: `auth-${caller.toLowerCase()}`,
            title: 'T',
            startsAt: '2026-01-06T13:00:00Z',
            endsAt: '2026-01-06T18:00:00Z',
            timeZone: 'UTC',
            place: 'P',
            format: 'online',
          },
          manage(caller),
        ],
        [
          'PATCH',
          '/api/summits/:id',
          S,
          { version: (await t().store.summits.get('auth-summit'))!.version, place: `Paris (${caller})` },
          manage(caller),
        ],
        ['POST', '/api/summits/:id/invitations', `${S}/invitations`, { parties: ['GB'] }, manage(caller)],
        ['POST', '/api/summits/:id/agenda', `${S}/agenda`, { title: 'Item' }, manage(caller)],
        ['POST', '/api/summits/:id/decisions', `${S}/decisions`, { text: 'Agreed.' }, manage(caller)],
        [
          'POST',
          '/api/summits/:id/action-items',
          `${S}/action-items`,
          { text: 'Act', ownerParty: 'FR', deadline: '2026-03-01T00:00:00Z' },
          manage(caller),
        ],
        [
          'PATCH',
          '/api/summits/:id/action-items/:itemId',
          `${S}/action-items/${item.id}`,
          { done: true },
          manage(caller),
        ],
        [
          'POST',
          '/api/summits/:id/replies',
          `${S}/replies`,
          { party: 'GB', attending: true, level: 'minister', mode: 'online' },
          only(['secretariat', 'gb'])(caller),
        ],
        [
          'POST',
          '/api/summits/:id/memos',
          `${S}/memos`,
          { title: 'Another memo', body: 'Delegations are asked to reply in order to confirm.' },
          manage(caller),
        ],
        ['GET', '/api/memos/:id', '/api/memos/auth-memo', undefined, signedIn(caller)],
        [
          'GET',
          '/api/memos/:id/copies/:party',
          '/api/memos/auth-memo/copies/GB?format=txt',
          undefined,
          only(['secretariat', 'gb', 'gbToken'])(caller),
        ],
        ['GET', '/api/memos/:id/opens', '/api/memos/auth-memo/opens', undefined, manage(caller)],
        [
          'POST',
          '/api/memos/trace',
          '/api/memos/trace',
          { excerpt: 'A short memo to delegations' },
          manage(caller),
        ],
      ];
      for (const [method, pattern, url, payload, expected] of outcomes) {
        const r = await walk(caller, method, pattern, url, payload);
        expectOutcome(r.statusCode, expected, `${caller} ${method} ${url}`);
      }
    }
    // Ukraine's team reads Ukraine's copy and replies for Ukraine; a delegation reads no other party's copy
    expectOutcome(
      (await walk('ua', 'GET', '/api/memos/:id/copies/:party', '/api/memos/auth-memo/copies/UA')).statusCode,
      'ok',
      'ua own copy',
    );
    expectOutcome(
      (await walk('fr', 'GET', '/api/memos/:id/copies/:party', '/api/memos/auth-memo/copies/UA')).statusCode,
      403,
      'fr UA copy',
    );
    const opens = await t().store.summits.opens('auth-memo');
    expect(opens.map((o) => o.party).sort()).toEqual(['GB', 'GB', 'GB', 'UA']);
  });

  it('written guarantees: signed-in callers read documents holding only what they may read; a delegation signs its own; the secretariat translates', async () => {
    const walk = (caller: Caller, method: string, pattern: string, url: string, payload?: unknown) => {
      routes.add(`${method} ${pattern}`);
      return call(caller, method, url, payload);
    };
    const signedIn = (c: Caller) => (c === 'anonymous' ? 401 : 'ok');
    const today = new Date().toISOString().slice(0, 10);
    type Model = { chapters: { articles: { commitment: { ref: string } | null }[] }[] };
    const refsOf = (m: Model) => m.chapters.flatMap((ch) => ch.articles.map((a) => a.commitment?.ref ?? ''));
    let signatureId = '';
    // GB signs first, so that every caller has a signature to verify
    for (const caller of ['gb', ...CALLERS.filter((c) => c !== 'gb')] as Caller[]) {
      const decl = await walk(
        caller,
        'GET',
        '/api/documents/declaration',
        '/api/documents/declaration?format=json',
      );
      expectOutcome(decl.statusCode, signedIn(caller), `${caller} declaration`);
      const agr = await walk(
        caller,
        'GET',
        '/api/documents/agreements/:party',
        '/api/documents/agreements/GB?format=json',
      );
      expectOutcome(agr.statusCode, signedIn(caller), `${caller} agreement`);
      if (caller !== 'anonymous') {
        const inDecl = refsOf(decl.json());
        const inAgr = refsOf(agr.json());
        for (const c of CLASSIFICATIONS) {
          expect(inDecl.includes(`GB-${c}`), `${caller} declaration GB-${c}`).toBe(
            MAY_READ[c].includes(caller),
          );
          expect(inAgr.includes(`GB-${c}`), `${caller} agreement GB-${c}`).toBe(MAY_READ[c].includes(caller));
        }
        expect(inDecl.includes('FR-national'), `${caller} declaration FR-national`).toBe(caller === 'fr');
        expect(inAgr.includes('FR-national'), `${caller} agreement FR-national`).toBe(false);
      }
      expectOutcome(
        (await walk(caller, 'GET', '/api/documents/diff', `/api/documents/diff?from=2026-01-06&to=${today}`))
          .statusCode,
        signedIn(caller),
        `${caller} diff`,
      );
      const sign = await walk(
        caller,
        'POST',
        '/api/documents/agreements/:party/signatures',
        '/api/documents/agreements/GB/signatures',
        { confirm: true },
      );
      expectOutcome(
        sign.statusCode,
        caller === 'gb' ? 'ok' : caller === 'anonymous' ? 401 : 403,
        `${caller} sign GB`,
      );
      if (caller === 'gb') signatureId = sign.json().id;
      expectOutcome(
        (
          await walk(
            caller,
            'GET',
            '/api/documents/agreements/:party/signatures',
            '/api/documents/agreements/GB/signatures',
          )
        ).statusCode,
        signedIn(caller),
        `${caller} signatures`,
      );
      const v = await walk(
        caller,
        'GET',
        '/api/documents/signatures/:id/verify',
        `/api/documents/signatures/${signatureId}/verify`,
      );
      expectOutcome(v.statusCode, signedIn(caller), `${caller} verify`);
      const tr = await walk(
        caller,
        'PUT',
        '/api/documents/translations/:commitmentId/:lang',
        `/api/documents/translations/${ids.public}/uk`,
        { text: 'Сполучене Королівство надасть Україні військову підтримку у 2024 році.' },
      );
      expectOutcome(tr.statusCode, SECRETARIAT_ONLY(caller), `${caller} translate`);
      const comp = await walk(caller, 'GET', '/api/compliance', '/api/compliance?summit=all');
      expectOutcome(comp.statusCode, signedIn(caller), `${caller} compliance`);
      if (caller !== 'anonymous') {
        const scored = comp.json().commitments.map((x: { ref: string }) => x.ref);
        for (const c of CLASSIFICATIONS)
          expect(scored.includes(`GB-${c}`), `${caller} compliance GB-${c}`).toBe(
            MAY_READ[c].includes(caller),
          );
      }
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

  it('sign-out everywhere: each signed-in session may end all of its sessions; tokens may not', async () => {
    // the test above signed everyone out: fresh sessions
    const fresh = await signInAll(app);
    for (const caller of CALLERS) {
      const session = fresh[caller];
      const r = await call(
        caller,
        'POST',
        '/api/auth/sign-out-everywhere',
        undefined,
        session ? headers(session) : {},
      );
      expectOutcome(
        r.statusCode,
        caller === 'anonymous' ? 401 : caller === 'gbToken' ? 403 : 'ok',
        `${caller} sign-out everywhere`,
      );
    }
  });

  it('every API route of the app was walked', () => {
    const all = new Set((app as unknown as { apiRoutes: string[] }).apiRoutes);
    const missing = [...all].filter((r) => !routes.has(r));
    expect(missing, 'routes not walked by this test').toEqual([]);
    expect(all.size).toBeGreaterThan(15);
  });
});
