import { INCIDENT_REFERENCE, type Incident, VERIFICATION_NEXT } from '../../contracts/incident';
import type { Actor } from '../access/actor';
import { authorize, can } from '../access/policy';
import { notFound } from '../errors';
import type { IncidentRepo } from '../ports';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One incident by id or reference. Throws `unauthenticated`, `forbidden` and `not_found`. */
export async function getIncident(
  opts: { id: string; actor: Actor },
  deps: { incidents: IncidentRepo },
): Promise<Incident> {
  authorize(opts.actor, 'incident.read');
  const found = UUID.test(opts.id)
    ? await deps.incidents.get(opts.id)
    : INCIDENT_REFERENCE.test(opts.id)
      ? await deps.incidents.getByReference(opts.id)
      : null;
  if (!found) throw notFound(`incident ${opts.id}`);
  return found;
}

/** One incident with what the caller may do with it (the web app's status control reads it). */
export async function readIncident(
  opts: { id: string; actor: Actor },
  deps: { incidents: IncidentRepo },
): Promise<Incident> {
  const found = await getIncident(opts, deps);
  const canVerify = can(opts.actor, 'incident.verify');
  return {
    ...found,
    permissions: { canVerify, allowedStatuses: canVerify ? [...VERIFICATION_NEXT[found.status]] : [] },
  };
}
