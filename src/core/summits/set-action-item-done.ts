import type { ActionItem } from '../../contracts/summit';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { notFound } from '../errors';
import type { Clock, Store } from '../ports';
import { actionItemStatus } from './action-status';
import { loadSummit } from './get-summit';

/** Marks an action item done (now) or open again. Throws `forbidden`, `not_found`. */
export async function setActionItemDone(
  opts: { key: string; itemId: string; done: boolean; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<ActionItem> {
  authorize(opts.actor, 'summit.manage');
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const s = await loadSummit(opts.key, repos.summits);
    const before = await repos.summits.getActionItem(opts.itemId);
    if (!before || before.summitId !== s.id) throw notFound('action item');
    const doneAt = opts.done ? (before.doneAt ?? now.toISOString()) : null;
    await repos.summits.setActionItemDone(before.id, doneAt);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor: opts.actor,
        action: opts.done ? 'summit.action.done' : 'summit.action.reopen',
        entity: 'summit',
        entityId: s.id,
        before: { id: before.id, doneAt: before.doneAt },
        after: { id: before.id, doneAt },
      },
    );
    const after = { ...before, doneAt };
    return {
      id: after.id,
      decisionId: after.decisionId,
      text: after.text,
      ownerParty: after.ownerParty,
      ownerUserId: after.ownerUserId,
      deadline: after.deadline,
      doneAt,
      status: actionItemStatus(after, now),
      illustrative: after.illustrative,
    };
  });
}
