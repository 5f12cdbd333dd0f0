/** Incident files, CSV and JSON: every bad row named with its number and field, none half-read. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../platform/sheets';
import { fromCsvRow, INCIDENT_CSV_COLUMNS, regionCode, toCsvRow, validateIncidentFile } from './rows';

const HEADER = INCIDENT_CSV_COLUMNS.join(',');
const line = (o: Partial<Record<(typeof INCIDENT_CSV_COLUMNS)[number], string>>) =>
  INCIDENT_CSV_COLUMNS.map((c) => {
    const v = o[c] ?? '';
    return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }).join(',');
const good = {
  occurred_at: '2026-01-12T05:40:00Z',
  latitude: '48.02',
  longitude: '37.80',
  region: 'Donetsk Oblast',
  type: 'explosion',
  observed_by: 'heard;seen',
  team: 'Team Donetsk',
  description: 'Two undetermined explosions, 3–5 km south-west.',
};

describe('incident CSV', () => {
  it('reads a good file: regions by name or code, methods split on ;, empty cells as defaults', () => {
    const csv = [
      HEADER,
      line(good),
      line({ ...good, region: 'ua-23', civilian_injured: '2', illustrative: 'yes' }),
    ].join('\n');
    const { parsed, issues } = validateIncidentFile({ format: 'csv', rows: parseCsv(csv) });
    expect(issues).toEqual([]);
    expect(parsed.map((p) => p.row)).toEqual([2, 3]);
    expect(parsed[0]!.input).toMatchObject({
      region: 'UA-14',
      observedBy: ['heard', 'seen'],
      weaponClass: 'unknown',
    });
    expect(parsed[1]!.input).toMatchObject({
      region: 'UA-23',
      illustrative: true,
      casualties: { civilianInjured: 2, civilianKilled: 0 },
    });
  });

  it('lists every bad row by its line (header = row 1) and column, once each', () => {
    const csv = [
      HEADER,
      line(good),
      line({ ...good, latitude: 'north', civilian_killed: '-1' }),
      line(good),
      line({ ...good, occurred_at: '12/01/2026', observed_by: 'smelt', region: 'Atlantis' }),
      line({ ...good, longitude: '48.02', latitude: '37.8' }),
    ].join('\n');
    const { issues } = validateIncidentFile({ format: 'csv', rows: parseCsv(csv) });
    expect(issues.map((i) => i.path)).toEqual([
      'row 3: latitude',
      'row 3: civilian_killed',
      'row 5: occurred_at',
      'row 5: region',
      'row 5: observed_by',
      'row 6: latitude',
      'row 6: longitude',
    ]);
    expect(issues[0]!.message).toBe('not a number: north');
    expect(issues[1]!.message).toBe('must not be negative');
  });

  it('names an unknown column and a reference given twice', () => {
    const rows = parseCsv(
      `${HEADER},colour\n${line({ ...good, reference: 'INC-2026-0001' })},red\n${line({ ...good, reference: 'INC-2026-0001' })},blue`,
    );
    const { issues } = validateIncidentFile({ format: 'csv', rows });
    expect(issues).toContainEqual({
      path: 'row 2: colour',
      message: 'unknown column (see docs/incidents.md)',
    });
    expect(issues).toContainEqual({ path: 'row 3: reference', message: 'INC-2026-0001 is also on row 2' });
  });

  it('writes what it reads: a listed incident as a row imports as the same incident', () => {
    const { parsed } = validateIncidentFile({
      format: 'csv',
      rows: parseCsv([HEADER, line(good)].join('\n')),
    });
    const input = parsed[0]!.input;
    const row = toCsvRow({
      ...input,
      id: 'x',
      reference: 'INC-2026-0009',
      reportedAt: '2026-01-12T08:00:00.000Z',
      occurredAt: '2026-01-12T05:40:00.000Z',
      regionName: 'Donetsk Oblast',
      statusNote: null,
      attributedTo: null,
      createdAt: '',
      updatedAt: '',
      createdBy: null,
      updatedBy: null,
    });
    const back = fromCsvRow(row);
    expect(back.errors).toEqual([]);
    expect(back.body).toMatchObject({ region: 'UA-14', observedBy: ['heard', 'seen'], latitude: 48.02 });
  });

  it('knows the regions by code, English name, or name without "Oblast"', () => {
    expect(regionCode('Kharkiv')).toBe('UA-63');
    expect(regionCode('kharkiv oblast')).toBe('UA-63');
    expect(regionCode('UA-40')).toBe('UA-40');
    expect(regionCode('Crimea')).toBe('UA-43');
    expect(regionCode('Mordor')).toBe('Mordor');
  });
});

describe('incident JSON', () => {
  const item = {
    occurredAt: '2026-01-12T05:40:00Z',
    latitude: 48.02,
    longitude: 37.8,
    region: 'UA-14',
    type: 'small_arms_fire',
    weaponClass: 'small_arms',
    observedBy: ['heard'],
    team: 'Team Donetsk',
    description: 'Bursts of small-arms fire.',
  };

  it('numbers elements from 1 and names fields by their path', () => {
    const { parsed, issues } = validateIncidentFile({
      format: 'json',
      items: [
        item,
        { ...item, casualties: { militaryKilled: 'two' } },
        'not an object',
        { ...item, extra: 1 },
      ],
    });
    expect(parsed).toHaveLength(1);
    expect(issues).toEqual([
      { path: 'row 2: casualties.militaryKilled', message: 'must be a whole number' },
      { path: 'row 3: (row)', message: 'must be an object with the fields of an incident' },
      { path: 'row 4: (row)', message: 'unknown field: extra' },
    ]);
  });
});
