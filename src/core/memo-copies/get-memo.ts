import type { MemoView } from '../../contracts/memo-copy';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { notFound } from '../errors';
import type { Repos } from '../ports';
import { loadSummit } from '../summits/get-summit';
import type { MemoRecord, SummitRepo } from '../summits/records';
import { memoView } from './memo-view';

export async function loadMemo(id: string, repo: SummitRepo): Promise<MemoRecord> {
  const m = await repo.getMemo(id);
  if (!m) throw notFound('memo');
  return m;
}

/** A memo's title, summit and the copies the caller may open. Throws `unauthenticated`, `not_found`. */
export async function getMemo(
  opts: { id: string; actor: Actor },
  deps: { repos: Pick<Repos, 'summits'> },
): Promise<MemoView> {
  authorize(opts.actor, 'summit.read');
  const { summits } = deps.repos;
  const memo = await loadMemo(opts.id, summits);
  const summit = await loadSummit(memo.summitId, summits);
  return memoView(memo, summit, await summits.copies(memo.id), opts.actor);
}
