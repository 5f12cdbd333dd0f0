import type { MemoOpen } from '../../contracts/memo-copy';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import type { Repos } from '../ports';
import { loadMemo } from './get-memo';

/** Who opened which copy of a memo, when and in which format, latest first. Secretariat only. */
export async function listMemoOpens(
  opts: { memoId: string; actor: Actor },
  deps: { repos: Pick<Repos, 'summits'> },
): Promise<MemoOpen[]> {
  authorize(opts.actor, 'memo.trace');
  const memo = await loadMemo(opts.memoId, deps.repos.summits);
  return (await deps.repos.summits.opens(memo.id)).map((o) => ({
    copyId: o.copyId,
    party: o.party,
    userId: o.userId,
    userLabel: o.userLabel,
    at: o.at,
    format: o.format,
  }));
}
