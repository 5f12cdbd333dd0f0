/**
 * A memo's copies are not stored as text: each is regenerated from the memo's secret key
 * (markMemoCopies is deterministic), and the digest stored when the memo was written proves that
 * the regenerated copy is, character for character, the one that was sent.
 */
import { createHash } from 'node:crypto';
import type { MemoCopy } from '../../contracts/memo';
import { AppError } from '../errors';
import { markMemoCopies } from '../memos';
import { deriveCopyKey, memoKeyBytes } from '../memos/keys';
import type { TraceCopy } from '../memos/trace-excerpt';
import type { MemoCopyRecord, MemoRecord } from '../summits/records';

export const textDigest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function markCopies(memo: MemoRecord, parties: string[]): MemoCopy[] {
  return markMemoCopies({
    memo: { id: memo.id, text: memo.body, language: memo.language, recipients: parties },
    memoKey: memo.memoKey,
  });
}

/** The copy as sent. Throws `internal` if the marker no longer reproduces it (a changed phrase table). */
export function regenerateCopy(memo: MemoRecord, copy: MemoCopyRecord): MemoCopy {
  const [c] = markCopies(memo, [copy.party]);
  if (!c || c.copyId !== copy.copyId || textDigest(c.text) !== copy.textSha256)
    throw new AppError(
      'internal',
      `copy ${copy.copyId} can no longer be reproduced exactly (the marking tables changed since it was sent)`,
    );
  return c;
}

/** What the tracer needs of each copy: its id, recipient and key. */
export function traceKeys(memo: MemoRecord, copies: readonly MemoCopyRecord[]): TraceCopy[] {
  const key = memoKeyBytes(memo.memoKey);
  return copies.map((c) => ({
    copyId: c.copyId,
    recipient: c.party,
    copyKey: deriveCopyKey(key, memo.id, c.party),
  }));
}
