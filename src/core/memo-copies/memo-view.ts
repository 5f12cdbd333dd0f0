import type { MemoView } from '../../contracts/memo-copy';
import type { Actor } from '../access/actor';
import { can } from '../access/policy';
import type { MemoCopyRecord, MemoRecord, SummitRecord } from '../summits/records';

/** The memo as the caller may see it: never the key or the master text; only the copies it may open. */
export function memoView(
  memo: MemoRecord,
  summit: SummitRecord,
  copies: readonly MemoCopyRecord[],
  actor: Actor,
): MemoView {
  return {
    id: memo.id,
    summitId: summit.id,
    summitTitle: summit.title,
    title: memo.title,
    language: memo.language,
    createdAt: memo.createdAt,
    createdBy: memo.createdBy,
    illustrative: memo.illustrative,
    words: memo.body.split(/\s+/).filter(Boolean).length,
    copies: copies
      .filter((c) => can(actor, 'memo.read_copy', c.party))
      .map((c) => ({ copyId: c.copyId, party: c.party, partyName: c.partyName, opens: c.opens })),
    permissions: { canReadOpens: can(actor, 'memo.trace'), canTrace: can(actor, 'memo.trace') },
  };
}
