/**
 * Incidents per day and per region over a period, against a baseline: the mean daily count over
 * a baseline period (by default the 30 days before). A ratio of 2 means twice the usual rate.
 * Pure: it is given the counts per day and region of both periods.
 */
import { type IncidentAggregates, UA_REGION_NAMES, type UaRegion } from '../../contracts/incident';
import { daysIn, eachDay } from './days';

export interface DayRegionCount {
  day: string;
  region: string;
  count: number;
}

const ratio = (count: number, expected: number) => (expected > 0 ? count / expected : null);
const sum = (rows: DayRegionCount[]) => rows.reduce((s, r) => s + r.count, 0);

export function aggregateCounts(o: {
  by: 'day' | 'region';
  timeZone: string;
  period: { from: string; to: string };
  baseline: { from: string; to: string };
  periodCounts: DayRegionCount[];
  baselineCounts: DayRegionCount[];
}): IncidentAggregates {
  const periodDays = daysIn(o.period.from, o.period.to);
  const baselineDays = daysIn(o.baseline.from, o.baseline.to);
  const total = sum(o.periodCounts);
  const baselineTotal = sum(o.baselineCounts);
  const meanDaily = total / periodDays;
  const baselineMean = baselineTotal / baselineDays;

  let rows: IncidentAggregates['rows'];
  if (o.by === 'day') {
    const perDay = new Map<string, number>();
    for (const r of o.periodCounts) perDay.set(r.day, (perDay.get(r.day) ?? 0) + r.count);
    // every day of the period, the quiet ones too: a chart with gaps would hide them
    rows = eachDay(o.period.from, o.period.to).map((day) => {
      const count = perDay.get(day) ?? 0;
      return { key: day, label: day, count, expected: baselineMean, ratio: ratio(count, baselineMean) };
    });
  } else {
    const inPeriod = new Map<string, number>();
    const inBaseline = new Map<string, number>();
    for (const r of o.periodCounts) inPeriod.set(r.region, (inPeriod.get(r.region) ?? 0) + r.count);
    for (const r of o.baselineCounts) inBaseline.set(r.region, (inBaseline.get(r.region) ?? 0) + r.count);
    const regions = new Set([...inPeriod.keys(), ...inBaseline.keys()]);
    rows = [...regions]
      .map((region) => {
        const count = inPeriod.get(region) ?? 0;
        // the region's own baseline rate, over as many days as the period has
        const expected = ((inBaseline.get(region) ?? 0) / baselineDays) * periodDays;
        return {
          key: region,
          label: UA_REGION_NAMES[region as UaRegion] ?? region,
          count,
          expected,
          ratio: ratio(count, expected),
        };
      })
      .sort((a, b) => b.count - a.count || b.expected - a.expected || a.label.localeCompare(b.label));
  }
  return {
    by: o.by,
    timeZone: o.timeZone,
    period: { ...o.period, days: periodDays, total, meanDaily },
    baseline: { ...o.baseline, days: baselineDays, total: baselineTotal, meanDaily: baselineMean },
    ratio: ratio(meanDaily, baselineMean),
    rows,
  };
}
