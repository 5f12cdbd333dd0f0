import type { Incident, IncidentQuery } from '../../contracts/incident';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import type { IncidentFilter, IncidentRepo } from '../ports';
import { periodInstants } from './days';

const list = <T>(v: T | T[] | undefined): T[] | undefined =>
  v === undefined ? undefined : ([v].flat() as T[]);

/** The filter of a query: its days (Kyiv) as instants, its closed lists as arrays. */
export function incidentFilter(q: {
  from?: string | undefined;
  to?: string | undefined;
  region?: string | string[] | undefined;
  type?: string | string[] | undefined;
  status?: string | string[] | undefined;
}): IncidentFilter {
  return {
    ...periodInstants(q.from, q.to),
    region: list(q.region),
    type: list(q.type),
    status: list(q.status),
  };
}

/** A page of incidents, filtered by period, region, type and status. Throws `unauthenticated`, `forbidden`. */
export async function listIncidents(
  opts: { query: IncidentQuery; actor: Actor },
  deps: { incidents: IncidentRepo },
): Promise<{ items: Incident[]; total: number; page: number; pageSize: number }> {
  authorize(opts.actor, 'incident.read');
  const { query } = opts;
  const { items, total } = await deps.incidents.list(incidentFilter(query), {
    page: query.page,
    pageSize: query.pageSize,
    order: query.order,
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}
