import { randomUUID } from 'node:crypto';
import type { AgendaItemCreate } from '../../contracts/summit';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import type { Clock, Store } from '../ports';
import { loadSummit } from './get-summit';
import { checkCommitmentIds } from './linked-commitments';
import type { AgendaItemRecord } from './records';

/**
 * Adds an agenda item linked to the commitments and requirement lines it concerns. Throws
 * `forbidden`, `not_found` and `validation` (naming `commitmentIds.<i>` for an unknown commitment).
 */
export async function addAgendaItem(
  opts: { key: string; input: AgendaItemCreate; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<AgendaItemRecord> {
  authorize(opts.actor, 'summit.manage');
  const { input } = opts;
  return deps.store.transaction(async (repos) => {
    const s = await loadSummit(opts.key, repos.summits);
    await checkCommitmentIds(input.commitmentIds, repos.commitments, 'commitmentIds');
    const existing = await repos.summits.agenda(s.id);
    const rec: AgendaItemRecord = {
      id: randomUUID(),
      summitId: s.id,
      order: input.order ?? Math.max(0, ...existing.map((a) => a.order)) + 1,
      title: input.title.trim(),
      commitmentIds: input.commitmentIds,
      requirementRefs: input.requirementRefs.map((r) => r.trim()),
      illustrative: input.illustrative ?? false,
    };
    await repos.summits.insertAgendaItem(rec);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      { actor: opts.actor, action: 'summit.agenda.add', entity: 'summit', entityId: s.id, after: rec },
    );
    return rec;
  });
}
