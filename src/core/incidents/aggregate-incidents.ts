import {
  AGGREGATE_MAX_DAYS,
  type IncidentAggregateQuery,
  type IncidentAggregates,
} from '../../contracts/incident';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { AppError } from '../errors';
import type { IncidentRepo } from '../ports';
import { aggregateCounts } from './aggregates';
import { addDays, daysIn, INCIDENT_TIME_ZONE } from './days';
import { incidentFilter } from './list-incidents';

/** The baseline a caller did not choose: the 30 days before the period. */
export const DEFAULT_BASELINE_DAYS = 30;

/**
 * Counts per day or per region over a period, against a baseline period's mean daily count.
 * Rejected reports are left out unless the statuses are given. Throws `unauthenticated`,
 * `forbidden`, `validation` (a period or baseline longer than AGGREGATE_MAX_DAYS).
 */
export async function aggregateIncidents(
  opts: { query: IncidentAggregateQuery; actor: Actor },
  deps: { incidents: IncidentRepo },
): Promise<IncidentAggregates> {
  authorize(opts.actor, 'incident.read');
  const q = opts.query;
  const period = { from: q.from, to: q.to };
  const baseline =
    q.baselineFrom && q.baselineTo
      ? { from: q.baselineFrom, to: q.baselineTo }
      : { from: addDays(q.from, -DEFAULT_BASELINE_DAYS), to: addDays(q.from, -1) };
  for (const [name, p] of [
    ['to', period],
    ['baselineTo', baseline],
  ] as const) {
    if (daysIn(p.from, p.to) > AGGREGATE_MAX_DAYS)
      throw new AppError('validation', `a period may span at most ${AGGREGATE_MAX_DAYS} days`, [
        { path: name, message: `${daysIn(p.from, p.to)} days` },
      ]);
  }
  const filters = {
    region: q.region,
    type: q.type,
    status: q.status ?? ['reported', 'corroborated', 'verified'],
  };
  const [periodCounts, baselineCounts] = await Promise.all([
    deps.incidents.countByDayAndRegion(incidentFilter({ ...filters, ...period }), INCIDENT_TIME_ZONE),
    deps.incidents.countByDayAndRegion(incidentFilter({ ...filters, ...baseline }), INCIDENT_TIME_ZONE),
  ]);
  return aggregateCounts({
    by: q.by,
    timeZone: INCIDENT_TIME_ZONE,
    period,
    baseline,
    periodCounts,
    baselineCounts,
  });
}
