import { randomUUID } from 'node:crypto';
import type { Position, PositionCreate } from '../../contracts/positions';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, PositionRecord, Store } from '../ports';

/**
 * Records a party's position on an issue as of a date. Positions are never overwritten: a newer
 * one (a later asOf, or a later recording for the same day) supersedes it in the alignment view,
 * and the history stays. The secretariat records any party's; a delegation, and Ukraine's team,
 * only their own party's. Throws `forbidden`, `validation` (unknown issue or party, named).
 */
export async function recordPosition(
  opts: { input: PositionCreate; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<Position> {
  const { input, actor } = opts;
  authorize(actor, 'position.record', input.party);
  return deps.store.transaction(async (repos) => {
    const [issue, party] = await Promise.all([
      repos.positions.getIssue(input.issue),
      repos.parties.get(input.party),
    ]);
    const issues = [
      ...(issue ? [] : [{ path: 'issue', message: `${input.issue} is not an open issue (see /api/issues)` }]),
      ...(party ? [] : [{ path: 'party', message: `${input.party} is not a known party` }]),
    ];
    if (issues.length)
      throw new AppError('validation', 'the position names an unknown issue or party', issues);
    const rec: PositionRecord = {
      id: randomUUID(),
      ...input,
      recordedBy: actor.kind === 'user' ? actor.userId : null,
      recordedAt: deps.clock.now().toISOString(),
    };
    await repos.positions.insertPosition(rec);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      { actor, action: 'position.record', entity: 'negotiation_position', entityId: rec.id, after: rec },
    );
    const stored = await repos.positions.getPosition(rec.id);
    if (!stored) throw new AppError('internal', 'the position was not stored');
    return stored;
  });
}
