import type { Incident, IncidentStatusChange } from '../../contracts/incident';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, Store } from '../ports';
import { getIncident } from './get-incident';
import { assertMove } from './status';

/**
 * Moves an incident one step along the verification ladder (or rejects it), with an audit
 * entry, in one transaction. Throws `forbidden`, `not_found`, `invalid_transition` (a move the
 * ladder does not have) and `conflict` (the status changed since the caller saw it).
 */
export async function changeIncidentStatus(
  opts: { id: string; change: IncidentStatusChange; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<Incident> {
  authorize(opts.actor, 'incident.verify');
  const { change, actor } = opts;
  return deps.store.transaction(async (repos) => {
    const current = await getIncident({ id: opts.id, actor }, repos);
    if (change.from !== undefined && change.from !== current.status) {
      throw new AppError('conflict', `the status is now ${current.status}; reload and decide again`, [
        { path: 'from', message: `you saw ${change.from}, it is ${current.status}` },
      ]);
    }
    assertMove(current.status, change.status);
    const note = change.note?.trim() ? change.note.trim() : null;
    const updated = await repos.incidents.setStatus({
      id: current.id,
      from: current.status,
      to: change.status,
      note,
      at: deps.clock.now().toISOString(),
      by: actor.kind === 'user' ? actor.userId : null,
    });
    // a concurrent change between our read and write (PostgreSQL, several servers)
    if (!updated)
      throw new AppError('conflict', 'the status was changed by someone else; reload and decide again', [
        { path: 'status', message: 'changed meanwhile' },
      ]);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor,
        action: 'incident.verify',
        entity: 'incident',
        entityId: current.id,
        before: { status: current.status },
        after: { status: updated.status, note },
      },
    );
    return updated;
  });
}
