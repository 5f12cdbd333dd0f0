/** Incident reports on real databases: all-or-nothing imports, the audit, filters, the ladder, Kyiv days. */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { fixedClock, seedBasics } from '../../../test/support/fixtures';
import { IncidentAggregateQuery, IncidentCreate, IncidentQuery } from '../../contracts/incident';
import type { Actor } from '../../core/access/actor';
import { verifyAuditChain } from '../../core/audit/verify-audit-chain';
import { AppError } from '../../core/errors';
import { aggregateIncidents } from '../../core/incidents/aggregate-incidents';
import { changeIncidentStatus } from '../../core/incidents/change-incident-status';
import { importIncidents } from '../../core/incidents/import-incidents';
import { listIncidents } from '../../core/incidents/list-incidents';
import { recordIncident } from '../../core/incidents/record-incident';

const item = (over: Record<string, unknown> = {}) => ({
  occurredAt: '2026-02-10T06:00:00Z',
  latitude: 48.02,
  longitude: 37.8,
  region: 'UA-14',
  type: 'explosion',
  weaponClass: 'artillery',
  observedBy: ['heard'],
  team: 'Team Donetsk',
  description: 'An undetermined explosion.',
  ...over,
});

const fail = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
};

describeEachDatabase('incident reports', (t) => {
  let actors: Record<string, Actor>;
  const clock = fixedClock('2026-03-01T09:00:00.000Z');
  const deps = () => ({ store: t().store, clock });
  const count = async () =>
    (await t().store.incidents.list({}, { page: 1, pageSize: 1, order: 'desc' })).total;
  const auditSeq = async () => (await t().store.audit.head()).seq;
  beforeAll(async () => {
    actors = await seedBasics(t().store);
  });

  it('an import with one bad row writes nothing: no incident, no audit entry', async () => {
    const before = await auditSeq();
    const e = await fail(
      importIncidents(
        {
          file: { format: 'json', items: [item(), item({ latitude: 60 }), item()] },
          actor: actors.monitor!,
        },
        deps(),
      ),
    );
    expect(e.code).toBe('validation');
    expect(e.issues).toEqual([{ path: 'row 2: latitude', message: 'must be within Ukraine: at most 52.6' }]);
    expect(await count()).toBe(0);
    expect(await auditSeq()).toBe(before);
  });

  it('a good import writes every row, with generated references, and one audit entry summarising it', async () => {
    const before = await auditSeq();
    const items = [
      item({ occurredAt: '2026-01-10T22:30:00Z' }), // 00:30 on 11 January in Kyiv
      item({
        occurredAt: '2026-01-20T08:00:00Z',
        region: 'UA-63',
        latitude: 49.9,
        longitude: 36.3,
        type: 'drone',
      }),
      item({ reference: 'INC-2026-0002', occurredAt: '2026-02-01T08:00:00Z', status: 'corroborated' }),
      ...Array.from({ length: 7 }, (_, i) =>
        item({ occurredAt: `2026-02-2${i + 2}T09:00:00Z`, region: 'UA-23', latitude: 47.5, longitude: 35.8 }),
      ),
    ];
    const progress: number[] = [];
    const r = await importIncidents(
      { file: { format: 'json', items }, actor: actors.monitor!, onProgress: (d) => progress.push(d) },
      deps(),
    );
    expect(r.imported).toBe(10);
    // the given reference is kept, and the generated ones step over it
    expect(r.references.slice(0, 4)).toEqual([
      'INC-2026-0001',
      'INC-2026-0003',
      'INC-2026-0002',
      'INC-2026-0004',
    ]);
    expect(progress.at(-1)).toBe(10);
    expect(await count()).toBe(10);
    expect(await auditSeq()).toBe(before + 1);
    const [entry] = await t().store.audit.recent(1);
    expect(entry).toMatchObject({ action: 'incident.import', entity: 'incident_import' });
    expect(entry!.after).toMatchObject({ format: 'json', imported: 10, references: r.references });
    expect((await verifyAuditChain({ audit: t().store.audit })).ok).toBe(true);
  });

  it('a reference already in the register is a row error; nothing of the file is written', async () => {
    const e = await fail(
      importIncidents(
        {
          file: { format: 'json', items: [item(), item({ reference: 'INC-2026-0002' })] },
          actor: actors.monitor!,
        },
        deps(),
      ),
    );
    expect(e.issues).toEqual([
      { path: 'row 2: reference', message: 'INC-2026-0002 is already in the register' },
    ]);
    expect(await count()).toBe(10);
  });

  it('lists by period (Kyiv days), region, type and status, newest first, in pages', async () => {
    const list = (q: Record<string, unknown>) =>
      listIncidents({ query: IncidentQuery.parse(q), actor: actors.observer! }, t().store);
    expect((await list({ from: '2026-01-11', to: '2026-01-11' })).items.map((i) => i.occurredAt)).toEqual([
      '2026-01-10T22:30:00.000Z',
    ]);
    expect((await list({ to: '2026-01-10' })).total).toBe(0);
    expect((await list({ region: 'UA-63' })).items.map((i) => i.type)).toEqual(['drone']);
    expect((await list({ region: ['UA-63', 'UA-23'] })).total).toBe(8);
    expect((await list({ type: 'drone' })).total).toBe(1);
    expect((await list({ status: 'corroborated' })).items.map((i) => i.reference)).toEqual(['INC-2026-0002']);
    const p1 = await list({ pageSize: 4 });
    const p3 = await list({ pageSize: 4, page: 3 });
    expect(p1.total).toBe(10);
    expect(p1.items[0]!.occurredAt).toBe('2026-02-28T09:00:00.000Z');
    expect(p3.items).toHaveLength(2);
    expect((await list({ order: 'asc', pageSize: 1 })).items[0]!.occurredAt).toBe('2026-01-10T22:30:00.000Z');
  });

  it('moves the status one step at a time, audited; a wrong move or a stale one changes nothing', async () => {
    const i = await recordIncident(
      { input: IncidentCreate.parse(item({ occurredAt: '2026-02-27T10:00:00Z' })), actor: actors.monitor! },
      deps(),
    );
    expect(i).toMatchObject({ reference: 'INC-2026-0011', status: 'reported', regionName: 'Donetsk Oblast' });
    const skip = await fail(
      changeIncidentStatus({ id: i.id, change: { status: 'verified' }, actor: actors.monitor! }, deps()),
    );
    expect(skip.code).toBe('invalid_transition');
    const moved = await changeIncidentStatus(
      {
        id: i.reference,
        change: { status: 'corroborated', from: 'reported', note: 'a second team heard it' },
        actor: actors.monitor!,
      },
      deps(),
    );
    expect(moved).toMatchObject({ status: 'corroborated', statusNote: 'a second team heard it' });
    const stale = await fail(
      changeIncidentStatus(
        { id: i.id, change: { status: 'rejected', from: 'reported' }, actor: actors.secretariat! },
        deps(),
      ),
    );
    expect(stale.code).toBe('conflict');
    const trail = await t().store.audit.forEntity('incident', i.id);
    expect(trail.map((e) => e.action)).toEqual(['incident.record', 'incident.verify']);
    expect(trail[1]).toMatchObject({ before: { status: 'reported' }, after: { status: 'corroborated' } });
    const denied = await fail(
      changeIncidentStatus({ id: i.id, change: { status: 'verified' }, actor: actors.planner! }, deps()),
    );
    expect(denied.code).toBe('forbidden');
  });

  it('aggregates count Kyiv days, leave rejected reports out, and compare with the baseline', async () => {
    const agg = (q: Record<string, unknown>) =>
      aggregateIncidents({ query: IncidentAggregateQuery.parse(q), actor: actors.ua! }, t().store);
    const jan = await agg({
      from: '2026-01-10',
      to: '2026-01-11',
      baselineFrom: '2026-01-01',
      baselineTo: '2026-01-09',
    });
    expect(jan.rows.map((r) => [r.key, r.count])).toEqual([
      ['2026-01-10', 0],
      ['2026-01-11', 1],
    ]);
    // the last week: 7 in Zaporizhzhia + the recorded one in Donetsk, against a baseline of
    // 2 incidents (20 Jan, 1 Feb) over the 30 days before
    const week = await agg({ from: '2026-02-22', to: '2026-02-28' });
    expect(week.baseline).toMatchObject({ from: '2026-01-23', to: '2026-02-21', days: 30, total: 1 });
    expect(week.period.total).toBe(8);
    const byRegion = await agg({ from: '2026-02-22', to: '2026-02-28', by: 'region' });
    expect(byRegion.rows[0]).toMatchObject({ key: 'UA-23', count: 7, expected: 0, ratio: null });
    const reported = await t().store.incidents.list(
      { region: ['UA-23'] },
      { page: 1, pageSize: 1, order: 'desc' },
    );
    await changeIncidentStatus(
      {
        id: reported.items[0]!.id,
        change: { status: 'rejected', note: 'a controlled detonation' },
        actor: actors.monitor!,
      },
      deps(),
    );
    expect((await agg({ from: '2026-02-22', to: '2026-02-28' })).period.total).toBe(7);
  });
});
