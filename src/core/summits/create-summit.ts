import { randomUUID } from 'node:crypto';
import type { SummitCreate } from '../../contracts/summit';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import type { Clock, Store } from '../ports';
import type { SummitRecord } from './records';

/** Creates a summit (version 1). Throws `forbidden` and `conflict` (the slug is taken). */
export async function createSummit(
  opts: { input: SummitCreate; actor: Actor },
  deps: { store: Store; clock: Clock; newId?: () => string },
): Promise<SummitRecord> {
  authorize(opts.actor, 'summit.manage');
  const now = deps.clock.now().toISOString();
  const i = opts.input;
  const rec: SummitRecord = {
    id: (deps.newId ?? randomUUID)(),
    slug: i.slug,
    title: i.title.trim(),
    startsAt: new Date(i.startsAt).toISOString(),
    endsAt: new Date(i.endsAt).toISOString(),
    timeZone: i.timeZone,
    place: i.place.trim(),
    format: i.format,
    outcomeNotes: i.outcomeNotes ?? null,
    illustrative: i.illustrative ?? false,
    version: 1,
    createdAt: now,
    createdBy: opts.actor.kind === 'user' ? opts.actor.userId : null,
    updatedAt: now,
  };
  return deps.store.transaction(async (repos) => {
    await repos.summits.insert(rec);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      { actor: opts.actor, action: 'summit.create', entity: 'summit', entityId: rec.id, after: rec },
    );
    return rec;
  });
}
