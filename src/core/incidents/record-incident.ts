import { randomUUID } from 'node:crypto';
import { type Incident, type IncidentCreateParsed, UA_REGION_NAMES } from '../../contracts/incident';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import type { Clock, Repos, Store } from '../ports';

/**
 * Records one incident report, with an audit entry, in one transaction. The reference is
 * generated from the year of occurrence (INC-2026-0042) when none is given.
 * Throws `forbidden`, `unauthenticated` and `conflict` (the reference is taken).
 */
export async function recordIncident(
  opts: { input: IncidentCreateParsed; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<Incident> {
  authorize(opts.actor, 'incident.record');
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const incident = buildIncident({
      input: opts.input,
      actor: opts.actor,
      now,
      id: randomUUID(),
      reference:
        opts.input.reference ??
        (await nextReference(repos, new Date(opts.input.occurredAt).getUTCFullYear())),
    });
    await repos.incidents.insert(incident);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor: opts.actor,
        action: 'incident.record',
        entity: 'incident',
        entityId: incident.id,
        after: incident,
      },
    );
    return incident;
  });
}

export async function nextReference(repos: Pick<Repos, 'incidents'>, year: number): Promise<string> {
  return formatReference(year, await repos.incidents.nextReferenceNumber(year));
}

export const formatReference = (year: number, n: number) => `INC-${year}-${String(n).padStart(4, '0')}`;

/** The stored record of a validated input: instants in UTC, absent optional text as null. */
export function buildIncident(o: {
  input: IncidentCreateParsed;
  actor: Actor;
  now: Date;
  id: string;
  reference: string;
}): Incident {
  const { input } = o;
  const by = o.actor.kind === 'user' ? o.actor.userId : null;
  const at = o.now.toISOString();
  return {
    id: o.id,
    reference: o.reference,
    occurredAt: new Date(input.occurredAt).toISOString(),
    // a report is not filed before it happened: without reportedAt, now (or the event, if later)
    reportedAt: new Date(
      input.reportedAt
        ? Date.parse(input.reportedAt)
        : Math.max(o.now.getTime(), Date.parse(input.occurredAt)),
    ).toISOString(),
    latitude: input.latitude,
    longitude: input.longitude,
    region: input.region,
    regionName: UA_REGION_NAMES[input.region],
    ...(input.settlement?.trim() ? { settlement: input.settlement.trim() } : {}),
    type: input.type,
    weaponClass: input.weaponClass,
    casualties: input.casualties,
    observedBy: input.observedBy,
    team: input.team.trim(),
    description: input.description,
    status: input.status,
    statusNote: null,
    attributedTo: input.attributedTo?.trim() ? input.attributedTo.trim() : null,
    illustrative: input.illustrative,
    createdAt: at,
    updatedAt: at,
    createdBy: by,
    updatedBy: by,
  };
}
