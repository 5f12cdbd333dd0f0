/** The contract's closed lists are the database's CHECK constraints, and its rules hold at the edges. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  INCIDENT_TYPES,
  IncidentCreate,
  OBSERVATION_METHODS,
  UA_REGIONS,
  VERIFICATION_STATUSES,
  WEAPON_CLASSES,
} from './incident';

const sql = readFileSync(new URL('../store/migrations/0009_incidents.sql', import.meta.url), 'utf8');
const listIn = (constraint: string) => {
  const line = sql.split('\n').find((l) => l.includes(`CONSTRAINT ${constraint} `));
  if (!line) throw new Error(`no constraint ${constraint}`);
  return [...line.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort();
};

const valid = {
  occurredAt: '2026-01-12T05:40:00Z',
  latitude: 48.02,
  longitude: 37.8,
  region: 'UA-14',
  type: 'explosion',
  observedBy: ['heard'],
  team: 'Team Donetsk',
  description: 'One undetermined explosion 3 km south-west.',
};

describe('incident contract', () => {
  it('the migration repeats every closed list exactly', () => {
    expect(listIn('incident_type_check')).toEqual([...INCIDENT_TYPES].sort());
    expect(listIn('incident_weapon_class_check')).toEqual([...WEAPON_CLASSES].sort());
    expect(listIn('incident_observed_by_check')).toEqual([...OBSERVATION_METHODS].sort());
    expect(listIn('incident_status_check')).toEqual([...VERIFICATION_STATUSES].sort());
    expect(listIn('incident_region_check')).toEqual(UA_REGIONS.map((r) => r.code).sort());
  });

  it('dates incidents in the years 2000 to 2100 (a reference carries a 4-digit year)', () => {
    for (const at of ['0001-07-30T20:00:00Z', '1999-12-31T23:59:59Z', '2101-01-01T00:00:00Z']) {
      const r = IncidentCreate.safeParse({ ...valid, occurredAt: at });
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['occurredAt', 'must be in the years 2000 to 2100'],
      ]);
    }
    const late = IncidentCreate.safeParse({ ...valid, reportedAt: '7224-06-21T21:48:44.3Z' });
    expect(late.error?.issues[0]?.path).toEqual(['reportedAt']);
    expect(IncidentCreate.safeParse({ ...valid, occurredAt: '2000-01-01T00:00:00+00:00' }).success).toBe(
      true,
    );
  });

  it('has the 24 oblasts, Crimea, Kyiv and Sevastopol, each code once', () => {
    expect(UA_REGIONS).toHaveLength(27);
    expect(new Set(UA_REGIONS.map((r) => r.code)).size).toBe(27);
    expect(UA_REGIONS.filter((r) => r.name.endsWith(' Oblast'))).toHaveLength(24);
  });

  it('fills defaults: weapon class unknown, no casualties, status reported, not illustrative', () => {
    const p = IncidentCreate.parse(valid);
    expect(p).toMatchObject({
      weaponClass: 'unknown',
      status: 'reported',
      illustrative: false,
      casualties: { civilianKilled: 0, civilianInjured: 0, militaryKilled: 0, militaryInjured: 0 },
    });
  });

  it('keeps coordinates inside the box around Ukraine, boundary included', () => {
    expect(IncidentCreate.safeParse({ ...valid, latitude: 44.0, longitude: 40.5 }).success).toBe(true);
    const swapped = IncidentCreate.safeParse({ ...valid, latitude: 37.8, longitude: 48.02 });
    expect(swapped.success).toBe(false);
    expect(swapped.error?.issues.map((i) => i.path.join('.'))).toEqual(['latitude', 'longitude']);
  });

  it('refuses instants without an offset, a report before the event, negative or fractional casualties', () => {
    const paths = (body: object) =>
      IncidentCreate.safeParse({ ...valid, ...body }).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ occurredAt: '2026-01-12 05:40' })).toEqual(['occurredAt']);
    expect(paths({ reportedAt: '2026-01-12T05:39:59Z' })).toEqual(['reportedAt']);
    expect(paths({ casualties: { civilianKilled: -1, militaryInjured: 1.5 } })).toEqual([
      'casualties.civilianKilled',
      'casualties.militaryInjured',
    ]);
    expect(paths({ observedBy: [] })).toEqual(['observedBy']);
    expect(paths({ observedBy: ['seen', 'seen'] })).toEqual(['observedBy']);
    expect(paths({ region: 'Donetsk' })).toEqual(['region']);
    expect(paths({ colour: 'red' })).toEqual(['']);
  });
});
