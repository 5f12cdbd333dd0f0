import type { MemoTraceAnswer } from '../../contracts/memo-copy';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { traceExcerpt } from '../memos';
import type { Repos } from '../ports';
import { traceKeys } from './copies';
import { loadMemo } from './get-memo';

/**
 * Names the copy a leaked excerpt most likely comes from, with a confidence and the evidence of
 * each marking layer (core/memos/trace-excerpt.ts). Without a memo id, every memo is tried and
 * the most confident answer wins. Secretariat only. Throws `forbidden`, `not_found`.
 */
export async function traceMemoExcerpt(
  opts: { excerpt: string; memoId?: string | undefined; actor: Actor },
  deps: { repos: Pick<Repos, 'summits'> },
): Promise<MemoTraceAnswer> {
  authorize(opts.actor, 'memo.trace');
  const { summits } = deps.repos;
  const memos = opts.memoId ? [await loadMemo(opts.memoId, summits)] : await summits.allMemos();
  let best: MemoTraceAnswer | null = null;
  for (const memo of memos) {
    const copies = await summits.copies(memo.id);
    const r = traceExcerpt({
      excerpt: opts.excerpt,
      language: memo.language,
      copies: traceKeys(memo, copies),
    });
    const answer: MemoTraceAnswer = {
      ...r,
      memoId: memo.id,
      memoTitle: memo.title,
      recipientName: copies.find((c) => c.copyId === r.copyId)?.partyName ?? null,
    };
    if (
      !best ||
      answer.confidence > best.confidence ||
      (answer.confidence === best.confidence && answer.noCopy < best.noCopy)
    )
      best = answer;
  }
  if (best) return best;
  const none = traceExcerpt({ excerpt: opts.excerpt, language: 'en', copies: [] });
  return { ...none, memoId: null, memoTitle: null, recipientName: null };
}
