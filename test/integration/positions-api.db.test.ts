/**
 * The negotiation track, the pressure track and the timeline over the API: the alignment at a
 * date reads the latest position on or before it; movement; pressure status moves; importing the
 * Paris article offers its five dated events with the year inferred, and confirming stores them.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignmentMatrix, alignmentMovement } from '../../src/core/positions/alignment';
import { headers, type Session, signInAll, testApp } from '../support/app';
import { describeEachDatabase } from '../support/databases';
import { seedBasics } from '../support/fixtures';

const articlePath = [
  new URL('../../../shared/data/paris-2026-article.ru.txt', import.meta.url).pathname,
  process.env.GUARANTOR_SHARED_DATA ? `${process.env.GUARANTOR_SHARED_DATA}/paris-2026-article.ru.txt` : '',
].find((p) => p && existsSync(p));

const issue = (slug: string, sortOrder = 0) => ({
  slug,
  title: slug,
  lowLabel: 'one end',
  highLabel: 'the other end',
  sortOrder,
});
const pos = (over: Record<string, unknown>) => ({
  issue: 'ceasefire-line',
  party: 'UA',
  asOf: '2025-12-01',
  stance: 2,
  summary: 'A position.',
  ...over,
});

describe('alignment, pure', () => {
  const issues = [{ ...issue('a'), description: '', illustrative: false }];
  const parties = [
    { code: 'UA', name: 'Ukraine' },
    { code: 'GB', name: 'United Kingdom' },
  ];
  const p = (party: string, asOf: string, stance: number, recordedAt = '2026-01-01T00:00:00.000Z') => ({
    id: `${party}-${asOf}-${stance}`,
    issue: 'a',
    party,
    partyName: party,
    asOf,
    stance,
    summary: '',
    redLines: [],
    sources: [],
    illustrative: false,
    recordedBy: null,
    recordedByName: null,
    recordedAt,
  });
  const positions = [
    p('UA', '2025-12-01', 2),
    p('GB', '2025-11-01', -2),
    p('GB', '2025-12-10', 1),
    // recorded later for the same day: supersedes
    p('GB', '2025-12-10', 0, '2026-01-02T00:00:00.000Z'),
    p('GB', '2026-02-01', 2),
  ];
  it('picks the latest position on or before the date; the boundary day counts', () => {
    const cell = (date: string) =>
      alignmentMatrix({ date, issues, parties, positions }).cells.find((c) => c.party === 'GB');
    expect(cell('2025-10-31')?.position).toBeNull();
    expect(cell('2025-11-01')?.position?.stance).toBe(-2);
    expect(cell('2025-12-09')?.position?.stance).toBe(-2);
    expect(cell('2025-12-10')?.position?.stance).toBe(0);
    expect(cell('2026-01-31')?.position?.stance).toBe(0);
  });
  it('alignment with Ukraine is 1 − |stance − stance of Ukraine| / 4; none before Ukraine has a position', () => {
    const at = (date: string) => alignmentMatrix({ date, issues, parties, positions }).byParty;
    expect(at('2025-11-15').find((b) => b.party === 'GB')?.alignment).toBeNull();
    expect(at('2025-12-05').find((b) => b.party === 'GB')?.alignment).toBe(0);
    expect(at('2025-12-10').find((b) => b.party === 'GB')?.alignment).toBe(0.5);
    expect(at('2026-02-01').find((b) => b.party === 'GB')?.alignment).toBe(1);
    expect(at('2026-02-01').find((b) => b.party === 'UA')?.alignment).toBe(1);
  });
  it('movement: one matrix a date and each party’s series', () => {
    const m = alignmentMovement({
      dates: ['2025-12-05', '2025-12-10', '2026-02-01'],
      issues,
      parties,
      positions,
    });
    expect(m.matrices).toHaveLength(3);
    expect(m.series.find((s) => s.party === 'GB')?.points.map((x) => x.alignment)).toEqual([0, 0.5, 1]);
  });
});

describeEachDatabase('positions, pressure and timeline API', (t) => {
  let app: FastifyInstance;
  let s: Record<string, Session>;
  const inject = (who: string, method: string, url: string, payload?: unknown) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: headers(s[who]),
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });

  beforeAll(async () => {
    await seedBasics(t().store);
    app = (await testApp(t())).app;
    s = await signInAll(app);
    for (const [i, slug] of ['ceasefire-line', 'us-backstop'].entries())
      expect((await inject('secretariat', 'POST', '/api/issues', issue(slug, i))).statusCode).toBe(200);
  });
  afterAll(() => app?.close());

  it('records positions; the alignment at a date reads the latest on or before it', async () => {
    const post = (who: string, body: Record<string, unknown>) =>
      inject(who, 'POST', '/api/positions', pos(body));
    expect((await post('ua', {})).statusCode).toBe(201);
    expect((await post('gb', { party: 'GB', asOf: '2025-12-01', stance: -1 })).statusCode).toBe(201);
    expect((await post('gb', { party: 'GB', asOf: '2026-01-06', stance: 1.5 })).statusCode).toBe(201);
    expect((await post('secretariat', { party: 'FR', issue: 'us-backstop', stance: 2 })).statusCode).toBe(
      201,
    );
    // a delegation records only its own party's; Ukraine's team only Ukraine's
    expect((await post('gb', { party: 'FR' })).statusCode).toBe(403);
    expect((await post('ua', { party: 'GB' })).statusCode).toBe(403);
    const bad = await post('secretariat', { issue: 'no-such-issue', stance: 3 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.stance');
    const unknown = await post('secretariat', { issue: 'no-such-issue' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].path).toBe('issue');

    const at = async (date: string) =>
      (await inject('observer', 'GET', `/api/positions/alignment?date=${date}`)).json();
    const before = await at('2026-01-05');
    expect(before.parties[0].code).toBe('UA');
    const gb = (m: {
      cells: {
        issue: string;
        party: string;
        position: { stance: number } | null;
        alignment: number | null;
      }[];
    }) => m.cells.find((c) => c.issue === 'ceasefire-line' && c.party === 'GB');
    expect(gb(before)?.position?.stance).toBe(-1);
    expect(gb(before)?.alignment).toBe(0.25);
    const on = await at('2026-01-06');
    expect(gb(on)?.position?.stance).toBe(1.5);
    expect(gb(on)?.alignment).toBe(0.875);
    expect((await at('2025-11-30')).cells.every((c: { position: unknown }) => c.position === null)).toBe(
      true,
    );

    const mv = await inject('observer', 'GET', '/api/positions/movement?dates=2026-01-06,2025-12-15');
    expect(mv.statusCode).toBe(200);
    expect(mv.json().dates).toEqual(['2025-12-15', '2026-01-06']);
    expect(
      mv
        .json()
        .series.find((x: { party: string }) => x.party === 'GB')
        .points.map((p: { alignment: number }) => p.alignment),
    ).toEqual([0.25, 0.875]);
    const badDates = await inject('observer', 'GET', '/api/positions/movement?dates=2026-02-30');
    expect(badDates.statusCode).toBe(400);
    expect(badDates.json().errors[0].path).toMatch(/^query\.dates/);
    const list = await inject('gb', 'GET', '/api/positions?party=GB');
    expect(list.json().map((p: { asOf: string }) => p.asOf)).toEqual(['2026-01-06', '2025-12-01']);
  });

  it('pressure measures move along the allowed statuses; a stale or wrong move writes nothing', async () => {
    const created = await inject('secretariat', 'POST', '/api/pressure', {
      title: 'Sanctions package',
      kind: 'sanctions_package',
      condition: { trigger: 'refusal_to_negotiate', text: 'if Moscow refuses constructive negotiations' },
      supporters: ['FR', 'GB'],
    });
    expect(created.statusCode).toBe(201);
    const m = created.json();
    expect(m.status).toBe('proposed');
    expect(m.allowedStatuses).toEqual(['agreed', 'in_force']);
    const patch = (body: Record<string, unknown>) =>
      inject('secretariat', 'PATCH', `/api/pressure/${m.id}`, body);
    const wrong = await patch({ version: 1, status: 'suspended' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('invalid_transition');
    expect(wrong.json().errors[0].path).toBe('status');
    const agreed = await patch({ version: 1, status: 'agreed', on: '2026-01-10' });
    expect(agreed.statusCode).toBe(200);
    expect(agreed.json()).toMatchObject({ status: 'agreed', version: 2, dates: { agreed: '2026-01-10' } });
    expect((await patch({ version: 1, status: 'in_force' })).statusCode).toBe(409);
    expect((await patch({ version: 2, status: 'in_force' })).json().status).toBe('in_force');
    expect((await patch({ version: 3, status: 'suspended' })).json().status).toBe('suspended');
    expect((await patch({ version: 4, status: 'lifted' })).json().allowedStatuses).toEqual([]);
    expect((await patch({ version: 5, status: 'in_force' })).statusCode).toBe(422);
    expect(
      (await inject('gb', 'PATCH', `/api/pressure/${m.id}`, { version: 5, title: 'x' })).statusCode,
    ).toBe(403);
    const unknownSupporter = await inject('secretariat', 'POST', '/api/pressure', {
      title: 'x',
      kind: 'other',
      supporters: ['GB', 'ZZ'],
    });
    expect(unknownSupporter.statusCode).toBe(422);
    expect(unknownSupporter.json().errors[0].path).toBe('supporters.1');
    const audit = await t().store.audit.forEntity('pressure_measure', m.id);
    expect(audit.map((a) => a.action)).toEqual([
      'pressure.create',
      'pressure.status',
      'pressure.status',
      'pressure.status',
      'pressure.status',
    ]);
    const inForce = await inject('monitor', 'GET', '/api/pressure?status=lifted&supporter=GB');
    expect(inForce.json().map((x: { id: string }) => x.id)).toEqual([m.id]);
  });

  it.skipIf(!articlePath && process.env.CI !== 'true')(
    'importing the Paris article offers its five dated events with the year inferred; confirming stores them',
    async () => {
      const text = readFileSync(articlePath!, 'utf8');
      const offered = await inject('gb', 'POST', '/api/timeline/import', { text, lang: 'ru' });
      expect(offered.statusCode).toBe(200);
      const events = offered.json().events as { date: string; yearInferred: boolean; text: string }[];
      expect(events.map((e) => [e.date, e.yearInferred])).toEqual([
        ['2025-12-30', false],
        ['2025-12-31', true],
        ['2026-01-03', true],
        ['2026-01-05', true],
        ['2026-01-06', true],
      ]);
      expect(await t().store.timeline.list({})).toEqual([]);

      const source = { title: 'Reuters via LIGA.net', url: 'https://news.liga.net/' };
      // a delegation may preview but not store; a date the article does not offer is refused by index
      expect(
        (
          await inject('gb', 'POST', '/api/timeline/import/confirm', {
            article: { text },
            source,
            events: [{ date: '2026-01-06' }],
          })
        ).statusCode,
      ).toBe(403);
      const wrong = await inject('secretariat', 'POST', '/api/timeline/import/confirm', {
        article: { text },
        source,
        events: [{ date: '2026-01-06' }, { date: '2026-01-07' }],
      });
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json().errors[0].path).toBe('events.1.date');
      const unknownParty = await inject('secretariat', 'POST', '/api/timeline/import/confirm', {
        article: { text },
        source,
        events: [{ date: '2026-01-05' }, { date: '2026-01-06', parties: ['UA', 'ZZ'] }],
      });
      expect(unknownParty.statusCode).toBe(422);
      expect(unknownParty.json().errors[0].path).toBe('events.1.parties.1');
      expect(await t().store.timeline.list({})).toEqual([]);

      const ok = await inject('secretariat', 'POST', '/api/timeline/import/confirm', {
        article: { text },
        source,
        events: events.map((e) => ({
          date: e.date,
          parties: ['UA'],
          pillars: e.date === '2026-01-06' ? ['pressure'] : [],
        })),
      });
      expect(ok.statusCode).toBe(201);
      const listed = (await inject('observer', 'GET', '/api/timeline')).json();
      expect(listed.map((e: { date: string }) => e.date)).toEqual(events.map((e) => e.date));
      expect(listed[0].sources).toEqual([source]);
      expect(listed[0].importedFrom).toMatchObject({ sentence: events[0]!.text, articleDate: '2026-01-06' });
      expect(listed[4].description).toMatch(/^6 января в Париже состоится встреча/);
      const filtered = (
        await inject('observer', 'GET', '/api/timeline?pillar=pressure&from=2026-01-01')
      ).json();
      expect(filtered.map((e: { date: string }) => e.date)).toEqual(['2026-01-06']);
      expect((await inject('observer', 'GET', '/api/timeline?party=FR')).json()).toEqual([]);
    },
  );

  it('adds an event by hand (secretariat); a bad filter names the field', async () => {
    const r = await inject('secretariat', 'POST', '/api/timeline', {
      date: '2026-01-07',
      title: 'Follow-up call',
      parties: ['FR'],
      pillars: ['multinational_force'],
    });
    expect(r.statusCode).toBe(201);
    expect(
      (await inject('observer', 'GET', '/api/timeline?party=FR'))
        .json()
        .map((e: { title: string }) => e.title),
    ).toEqual(['Follow-up call']);
    const bad = await inject('observer', 'GET', '/api/timeline?from=2026-02-01&to=2026-01-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.to');
  });
});
