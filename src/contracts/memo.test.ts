import { describe, expect, it } from 'vitest';
import { Memo, MemoCopy, MemoTraceRequest } from './memo';

const memo = {
  id: 'paris-2026-memo',
  title: 'Memo',
  language: 'en',
  text: 'Text.',
  recipients: ['FR', 'GB'],
};

describe('memo contracts', () => {
  it('accepts a memo and names a bad field by its path', () => {
    expect(Memo.safeParse(memo).success).toBe(true);
    const bad = Memo.safeParse({ ...memo, language: 'fr', recipients: ['FR', 'FR'] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['language', 'recipients']);
  });

  it('a copy carries a 256-bit copy key and an opaque copy id', () => {
    const copy = {
      copyId: 'mc-0123456789abcdef',
      memoId: 'paris-2026-memo',
      recipient: 'FR',
      text: 'x',
      marks: {
        scheme: 'guarantor-memo-mark/1',
        copyKey: 'a'.repeat(64),
        points: { words: 1, punctuation: 2, zeroWidth: 3 },
      },
    };
    expect(MemoCopy.safeParse(copy).success).toBe(true);
    expect(MemoCopy.safeParse({ ...copy, marks: { ...copy.marks, copyKey: 'short' } }).success).toBe(false);
  });

  it('a trace request needs a non-empty excerpt and nothing else', () => {
    expect(MemoTraceRequest.safeParse({ excerpt: '  ' }).success).toBe(false);
    expect(MemoTraceRequest.safeParse({ excerpt: 'a leak', extra: 1 }).success).toBe(false);
  });
});
