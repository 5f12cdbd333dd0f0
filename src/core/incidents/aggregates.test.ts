import { describe, expect, it } from 'vitest';
import { aggregateCounts } from './aggregates';
import { addDays, dayOf, dayStart, daysIn, eachDay, periodInstants } from './days';

const base = {
  timeZone: 'Europe/Kyiv',
  period: { from: '2026-02-22', to: '2026-02-28' },
  baseline: { from: '2026-01-23', to: '2026-02-21' },
};

describe('Kyiv days', () => {
  it('a day starts at 22:00 UTC the evening before in winter, 21:00 in summer', () => {
    expect(dayStart('2026-01-15').toISOString()).toBe('2026-01-14T22:00:00.000Z');
    expect(dayStart('2026-07-15').toISOString()).toBe('2026-07-14T21:00:00.000Z');
  });

  it('the days around the clock changes start at the right instant', () => {
    // summer time begins at 03:00 local on 29 March 2026, after midnight: that day starts at +2
    expect(dayStart('2026-03-29').toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(dayStart('2026-03-30').toISOString()).toBe('2026-03-29T21:00:00.000Z');
    expect(dayStart('2026-10-25').toISOString()).toBe('2026-10-24T21:00:00.000Z');
    expect(dayStart('2026-10-26').toISOString()).toBe('2026-10-25T22:00:00.000Z');
  });

  it('an incident late in the UTC evening belongs to the next Kyiv day', () => {
    expect(dayOf(new Date('2026-01-10T22:30:00Z'))).toBe('2026-01-11');
    expect(dayOf(new Date('2026-01-10T21:59:59Z'))).toBe('2026-01-10');
  });

  it('a period of days is the instants [first day start, the day after the last)', () => {
    expect(periodInstants('2026-02-01', '2026-02-28')).toEqual({
      start: '2026-01-31T22:00:00.000Z',
      end: '2026-02-28T22:00:00.000Z',
    });
    expect(periodInstants(undefined, undefined)).toEqual({});
    expect(daysIn('2026-02-22', '2026-02-28')).toBe(7);
    expect(eachDay('2026-02-27', '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('aggregates against a baseline', () => {
  // baseline: 60 incidents over 30 days = 2 a day (Donetsk 45, Kharkiv 15)
  const baselineCounts = [
    { day: '2026-01-25', region: 'UA-14', count: 45 },
    { day: '2026-02-10', region: 'UA-63', count: 15 },
  ];
  // period: 7 days, 28 incidents = 4 a day
  const periodCounts = [
    { day: '2026-02-22', region: 'UA-14', count: 3 },
    { day: '2026-02-22', region: 'UA-63', count: 1 },
    { day: '2026-02-27', region: 'UA-14', count: 10 },
    { day: '2026-02-28', region: 'UA-14', count: 8 },
    { day: '2026-02-28', region: 'UA-23', count: 6 },
  ];

  it('by day: every day of the period, zero days too, each against the baseline mean', () => {
    const a = aggregateCounts({ ...base, by: 'day', periodCounts, baselineCounts });
    expect(a.baseline).toMatchObject({ days: 30, total: 60, meanDaily: 2 });
    expect(a.period).toMatchObject({ days: 7, total: 28, meanDaily: 4 });
    expect(a.ratio).toBe(2);
    expect(a.rows.map((r) => r.key)).toEqual(eachDay('2026-02-22', '2026-02-28'));
    expect(a.rows.map((r) => r.count)).toEqual([4, 0, 0, 0, 0, 10, 14]);
    expect(a.rows[6]).toMatchObject({ expected: 2, ratio: 7 });
    expect(a.rows[1]).toMatchObject({ count: 0, ratio: 0 });
  });

  it("by region: the period's count against the region's own baseline rate over as many days", () => {
    const a = aggregateCounts({ ...base, by: 'region', periodCounts, baselineCounts });
    const byKey = Object.fromEntries(a.rows.map((r) => [r.key, r]));
    // Donetsk: 45/30 a day × 7 days = 10.5 expected; 21 seen
    expect(byKey['UA-14']).toMatchObject({ label: 'Donetsk Oblast', count: 21, expected: 10.5, ratio: 2 });
    // Kharkiv: 15/30 × 7 = 3.5 expected; 1 seen
    expect(byKey['UA-63']!.ratio).toBeCloseTo(1 / 3.5, 10);
    // Zaporizhzhia had no baseline: no ratio rather than infinity
    expect(byKey['UA-23']).toMatchObject({ count: 6, expected: 0, ratio: null });
    expect(a.rows[0]!.key).toBe('UA-14'); // most first
  });

  it('an empty baseline gives no ratio, not a division by zero', () => {
    const a = aggregateCounts({ ...base, by: 'day', periodCounts, baselineCounts: [] });
    expect(a.baseline.meanDaily).toBe(0);
    expect(a.ratio).toBeNull();
    expect(a.rows.every((r) => r.ratio === null)).toBe(true);
  });
});
