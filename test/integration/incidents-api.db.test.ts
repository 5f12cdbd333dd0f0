/** Incident reports over the API: record, list, import (CSV and JSON, all or nothing), verify, aggregates. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { INCIDENT_CSV_COLUMNS } from '../../src/core/incidents/rows';
import { headers, type Session, signInAll, testApp } from '../support/app';
import { describeEachDatabase } from '../support/databases';
import { seedBasics } from '../support/fixtures';

const body = (over: Record<string, unknown> = {}) => ({
  occurredAt: '2026-02-20T04:10:00+02:00',
  reportedAt: '2026-02-20T09:00:00Z',
  latitude: 47.61,
  longitude: 35.92,
  region: 'UA-23',
  settlement: 'Orikhiv',
  type: 'projectile',
  weaponClass: 'artillery',
  casualties: { civilianInjured: 1 },
  observedBy: ['heard', 'seen'],
  team: 'Team Zaporizhzhia',
  description: 'Six projectiles impacted 2 km east.',
  ...over,
});

const csvLine = (o: Record<string, string>) => INCIDENT_CSV_COLUMNS.map((c) => o[c] ?? '').join(',');
const goodRow = {
  occurred_at: '2026-02-21T06:00:00Z',
  latitude: '48.59',
  longitude: '38.0',
  region: 'Donetsk',
  type: 'explosion',
  weapon_class: 'mortar',
  observed_by: 'heard',
  team: 'Team Kramatorsk',
  description: 'Three explosions.',
};

describeEachDatabase('incidents API', (t) => {
  let app: FastifyInstance;
  let s: Record<string, Session>;
  let id = '';
  beforeAll(async () => {
    await seedBasics(t().store);
    app = (await testApp(t())).app;
    s = await signInAll(app);
  });
  afterAll(() => app?.close());

  const csv = (who: string, text: string) =>
    app.inject({
      method: 'POST',
      url: '/api/incidents/import',
      headers: { ...headers(s[who]), 'content-type': 'text/csv' },
      payload: text,
    });
  const total = async () =>
    (await app.inject({ method: 'GET', url: '/api/incidents', headers: headers(s.observer) })).json().total;

  it('a monitor records an incident; instants come back in UTC; a planner may not record', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: headers(s.monitor),
      payload: body(),
    });
    expect(r.statusCode).toBe(201);
    const i = r.json();
    id = i.id;
    expect(i).toMatchObject({
      reference: 'INC-2026-0001',
      occurredAt: '2026-02-20T02:10:00.000Z',
      regionName: 'Zaporizhzhia Oblast',
      casualties: { civilianInjured: 1, civilianKilled: 0 },
      status: 'reported',
    });
    expect(r.headers.location).toBe(`/api/incidents/${i.id}`);
    const planner = await app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: headers(s.planner),
      payload: body(),
    });
    expect(planner.statusCode).toBe(403);
  });

  it('bad input is a 400 naming the field', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: headers(s.monitor),
      payload: body({ longitude: 12.5 }),
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0]).toMatchObject({ path: 'body.longitude' });
  });

  it('a CSV import with bad rows is refused with every bad row listed, and writes nothing', async () => {
    const before = await total();
    const text = [
      INCIDENT_CSV_COLUMNS.join(','),
      csvLine(goodRow),
      csvLine({ ...goodRow, latitude: '58.1' }),
      csvLine(goodRow),
      csvLine({ ...goodRow, type: 'earthquake', civilian_killed: '1.5' }),
    ].join('\n');
    const r = await csv('monitor', text);
    expect(r.statusCode).toBe(422);
    expect(r.headers['content-type']).toContain('application/problem+json');
    const p = r.json();
    expect(p.detail).toBe('2 row(s) have errors; nothing was imported');
    expect(p.errors.map((e: { path: string }) => e.path)).toEqual([
      'row 3: latitude',
      'row 5: type',
      'row 5: civilian_killed',
    ]);
    expect(await total()).toBe(before);
  });

  it('a good CSV imports every row; JSON arrays too; other bodies are refused', async () => {
    const before = await total();
    const r = await csv(
      'monitor',
      [INCIDENT_CSV_COLUMNS.join(','), csvLine(goodRow), csvLine(goodRow)].join('\n'),
    );
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ imported: 2, references: ['INC-2026-0002', 'INC-2026-0003'] });
    const j = await app.inject({
      method: 'POST',
      url: '/api/incidents/import',
      headers: headers(s.secretariat),
      payload: [body({ occurredAt: '2026-02-26T10:00:00Z', reportedAt: undefined })],
    });
    expect(j.statusCode).toBe(200);
    expect(await total()).toBe(before + 3);
    const notArray = await app.inject({
      method: 'POST',
      url: '/api/incidents/import',
      headers: headers(s.monitor),
      payload: body(),
    });
    expect(notArray.statusCode).toBe(400);
    const xml = await app.inject({
      method: 'POST',
      url: '/api/incidents/import',
      headers: { ...headers(s.monitor), 'content-type': 'application/xml' },
      payload: '<incidents/>',
    });
    expect(xml.statusCode).toBe(415);
    expect((await csv('ua', 'reference\n')).statusCode).toBe(403);
  });

  it('lists with filters and reads one by id or reference; anonymous callers must sign in', async () => {
    const list = await app.inject({
      method: 'GET',
      url: '/api/incidents?region=UA-14&type=explosion&from=2026-02-21&to=2026-02-21',
      headers: headers(s.ua),
    });
    expect(list.json().total).toBe(2);
    expect(
      (await app.inject({ method: 'GET', url: '/api/incidents?region=Donetsk', headers: headers(s.ua) }))
        .statusCode,
    ).toBe(400);
    const byRef = await app.inject({
      method: 'GET',
      url: '/api/incidents/INC-2026-0001',
      headers: headers(s.observer),
    });
    expect(byRef.json().id).toBe(id);
    expect(
      (await app.inject({ method: 'GET', url: '/api/incidents/INC-2026-9999', headers: headers(s.observer) }))
        .statusCode,
    ).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/incidents' })).statusCode).toBe(401);
  });

  it('status moves along the ladder; a skipped step is a 422 naming status', async () => {
    const patch = (status: string, who = 'monitor') =>
      app.inject({
        method: 'PATCH',
        url: `/api/incidents/${id}/status`,
        headers: headers(s[who]),
        payload: { status },
      });
    const skip = await patch('verified');
    expect(skip.statusCode).toBe(422);
    expect(skip.json().errors[0]).toEqual({
      path: 'status',
      message: 'from reported the status may become: corroborated, rejected',
    });
    expect((await patch('corroborated', 'gb')).statusCode).toBe(403);
    expect((await patch('corroborated')).json().status).toBe('corroborated');
    expect((await patch('verified', 'secretariat')).json().status).toBe('verified');
    expect((await patch('rejected')).statusCode).toBe(422);
  });

  it('aggregates by day and by region against the baseline; a reversed period is a 400', async () => {
    const day = await app.inject({
      method: 'GET',
      url: '/api/incidents/aggregates?from=2026-02-20&to=2026-02-26&baselineFrom=2026-02-01&baselineTo=2026-02-19',
      headers: headers(s.planner),
    });
    expect(day.statusCode).toBe(200);
    const a = day.json();
    expect(a.period).toMatchObject({ days: 7, total: 4 });
    expect(a.rows).toHaveLength(7);
    expect(a.rows[0]).toMatchObject({ key: '2026-02-20', count: 1 });
    const region = await app.inject({
      method: 'GET',
      url: '/api/incidents/aggregates?from=2026-02-20&to=2026-02-26&by=region',
      headers: headers(s.planner),
    });
    expect(region.json().rows.map((r: { key: string; count: number }) => [r.key, r.count])).toEqual([
      ['UA-14', 2],
      ['UA-23', 2],
    ]);
    const reversed = await app.inject({
      method: 'GET',
      url: '/api/incidents/aggregates?from=2026-02-26&to=2026-02-20',
      headers: headers(s.planner),
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0].path).toBe('query.to');
  });
});
