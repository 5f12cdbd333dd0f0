import { randomUUID } from 'node:crypto';
import type { DecisionCreate } from '../../contracts/summit';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, Store } from '../ports';
import { loadSummit } from './get-summit';
import { checkCommitmentIds } from './linked-commitments';
import type { DecisionRecord } from './records';

/**
 * Records a decision, optionally under an agenda item, with the commitments agreed by it (the
 * summit's outcome). Throws `forbidden`, `not_found` and `validation` (`agendaItemId`, `commitmentIds.<i>`).
 */
export async function recordDecision(
  opts: { key: string; input: DecisionCreate; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<DecisionRecord> {
  authorize(opts.actor, 'summit.manage');
  const { input } = opts;
  return deps.store.transaction(async (repos) => {
    const s = await loadSummit(opts.key, repos.summits);
    if (input.agendaItemId && !(await repos.summits.agenda(s.id)).some((a) => a.id === input.agendaItemId))
      throw new AppError('validation', 'no such agenda item at this summit', [
        { path: 'agendaItemId', message: 'not an agenda item of this summit' },
      ]);
    await checkCommitmentIds(input.commitmentIds, repos.commitments, 'commitmentIds');
    const rec: DecisionRecord = {
      id: randomUUID(),
      summitId: s.id,
      agendaItemId: input.agendaItemId ?? null,
      text: input.text.trim(),
      commitmentIds: input.commitmentIds,
      illustrative: input.illustrative ?? false,
      createdAt: deps.clock.now().toISOString(),
    };
    await repos.summits.insertDecision(rec);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      { actor: opts.actor, action: 'summit.decision.add', entity: 'summit', entityId: s.id, after: rec },
    );
    return rec;
  });
}
