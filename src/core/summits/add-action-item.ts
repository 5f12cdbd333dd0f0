import { randomUUID } from 'node:crypto';
import type { ActionItemCreate } from '../../contracts/summit';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, Store } from '../ports';
import { loadSummit } from './get-summit';
import type { ActionItemRecord } from './records';

/**
 * Adds an action item with its owner (a party or a user) and deadline, optionally under a
 * decision. Throws `forbidden`, `not_found` and `validation` (`decisionId`, `ownerParty`, `ownerUserId`).
 */
export async function addActionItem(
  opts: { key: string; input: ActionItemCreate; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<ActionItemRecord> {
  authorize(opts.actor, 'summit.manage');
  const { input } = opts;
  return deps.store.transaction(async (repos) => {
    const s = await loadSummit(opts.key, repos.summits);
    const issues = [];
    if (input.decisionId && !(await repos.summits.decisions(s.id)).some((d) => d.id === input.decisionId))
      issues.push({ path: 'decisionId', message: 'not a decision of this summit' });
    if (input.ownerParty && !(await repos.parties.get(input.ownerParty)))
      issues.push({ path: 'ownerParty', message: `no party with code ${input.ownerParty}` });
    if (input.ownerUserId && !(await repos.users.byId(input.ownerUserId)))
      issues.push({ path: 'ownerUserId', message: 'no such user' });
    if (issues.length) throw new AppError('validation', 'the action item is not valid', issues);
    const rec: ActionItemRecord = {
      id: randomUUID(),
      summitId: s.id,
      decisionId: input.decisionId ?? null,
      text: input.text.trim(),
      ownerParty: input.ownerParty ?? null,
      ownerUserId: input.ownerUserId ?? null,
      deadline: new Date(input.deadline).toISOString(),
      doneAt: null,
      illustrative: input.illustrative ?? false,
      createdAt: deps.clock.now().toISOString(),
    };
    await repos.summits.insertActionItem(rec);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      { actor: opts.actor, action: 'summit.action.add', entity: 'summit', entityId: s.id, after: rec },
    );
    return rec;
  });
}
