import type { SummitUpdate } from '../../contracts/summit';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, Store } from '../ports';
import { loadSummit } from './get-summit';
import type { SummitRecord } from './records';

/**
 * Changes a summit as a new version; the change names the version it is based on. Throws
 * `forbidden`, `not_found`, `validation` (ends before it starts) and `conflict` (stale version,
 * slug taken).
 */
export async function updateSummit(
  opts: { key: string; input: SummitUpdate; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<SummitRecord> {
  authorize(opts.actor, 'summit.manage');
  const { version, ...change } = opts.input;
  return deps.store.transaction(async (repos) => {
    const before = await loadSummit(opts.key, repos.summits);
    if (before.version !== version)
      throw new AppError(
        'conflict',
        'the summit was changed by someone else; reload and apply your change again',
        [{ path: 'version', message: `based on ${version}, current is ${before.version}` }],
      );
    const after: SummitRecord = {
      ...before,
      ...(change.slug !== undefined ? { slug: change.slug } : {}),
      ...(change.title !== undefined ? { title: change.title.trim() } : {}),
      ...(change.startsAt !== undefined ? { startsAt: new Date(change.startsAt).toISOString() } : {}),
      ...(change.endsAt !== undefined ? { endsAt: new Date(change.endsAt).toISOString() } : {}),
      ...(change.timeZone !== undefined ? { timeZone: change.timeZone } : {}),
      ...(change.place !== undefined ? { place: change.place.trim() } : {}),
      ...(change.format !== undefined ? { format: change.format } : {}),
      ...(change.outcomeNotes !== undefined ? { outcomeNotes: change.outcomeNotes } : {}),
      ...(change.illustrative !== undefined ? { illustrative: change.illustrative } : {}),
      version: before.version + 1,
      updatedAt: deps.clock.now().toISOString(),
    };
    if (Date.parse(after.endsAt) <= Date.parse(after.startsAt))
      throw new AppError('validation', 'a summit ends after it starts', [
        { path: 'endsAt', message: 'must be after startsAt' },
      ]);
    if (!(await repos.summits.update(after)))
      throw new AppError(
        'conflict',
        'the summit was changed by someone else; reload and apply your change again',
        [{ path: 'version', message: `based on ${version}` }],
      );
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      { actor: opts.actor, action: 'summit.update', entity: 'summit', entityId: after.id, before, after },
    );
    return after;
  });
}
