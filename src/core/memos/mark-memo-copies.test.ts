import { describe, expect, it } from 'vitest';
import { MemoCopy } from '../../contracts/memo';
import { findChoicePoints } from './choice-points';
import { PARIS_MEMO_ILLUSTRATIVE as MEMO } from './fixtures/paris-memo';
import { markMemoCopies } from './mark-memo-copies';
import { phrasesFor } from './phrases';
import { testRecipients } from './testing';
import { plainChars, tokenize } from './tokenize';
import { readZeroWidth, stripZeroWidth } from './zero-width';

const KEY = 'ab'.repeat(32);
const recipients = testRecipients(35);
const copies = markMemoCopies({ memo: { ...MEMO, recipients }, memoKey: KEY });
const en = phrasesFor('en');
const words = (s: string) => tokenize(plainChars(stripZeroWidth(s)), en).map((t) => t.value);

describe('marking memo copies', () => {
  it('gives every recipient one copy that satisfies the contract, with an opaque distinct id', () => {
    expect(copies).toHaveLength(35);
    for (const c of copies) expect(MemoCopy.safeParse(c).success).toBe(true);
    expect(new Set(copies.map((c) => c.copyId)).size).toBe(35);
    expect(copies[0]!.copyId).not.toContain(copies[0]!.recipient);
  });

  it('is deterministic for a memo key and differs under another key', () => {
    const again = markMemoCopies({ memo: { ...MEMO, recipients }, memoKey: KEY });
    expect(again.map((c) => c.text)).toEqual(copies.map((c) => c.text));
    const other = markMemoCopies({ memo: { ...MEMO, recipients }, memoKey: 'cd'.repeat(32) });
    expect(other[0]!.text).not.toBe(copies[0]!.text);
  });

  it('changes no word of substance: every copy reads as the same tokens as the master', () => {
    const master = words(MEMO.text);
    for (const c of copies) expect(words(c.text)).toEqual(master);
  });

  it('marks every copy differently in each layer on its own', () => {
    const layer = (c: (typeof copies)[number]) => {
      const clean = stripZeroWidth(c.text);
      const { points } = findChoicePoints(clean, en);
      return {
        words: points
          .filter((p) => p.family === 'phrase')
          .map((p) => p.observed)
          .join(''),
        punctuation: points
          .filter((p) => p.family !== 'phrase')
          .map((p) => p.observed)
          .join(''),
        zeroWidth: readZeroWidth(c.text)
          .clusters.map((x) => x.byte)
          .join(','),
      };
    };
    const all = copies.map(layer);
    for (const k of ['words', 'punctuation', 'zeroWidth'] as const)
      expect(new Set(all.map((a) => a[k])).size).toBe(35);
  });

  it('counts the marks each copy carries', () => {
    const { points } = copies[0]!.marks;
    expect(points.words).toBeGreaterThanOrEqual(80);
    expect(points.punctuation).toBeGreaterThanOrEqual(200);
    expect(points.zeroWidth).toBeGreaterThanOrEqual(140);
  });

  it('keeps the master letter case of a phrase (sentence start, all capitals)', () => {
    const [c] = markMemoCopies({
      memo: {
        id: 'm',
        text: 'In addition, it holds. IN ADDITION, IT HOLDS.',
        language: 'en',
        recipients: ['FR'],
      },
      memoKey: KEY,
    });
    const t = stripZeroWidth(c!.text).replace(/\u00A0/g, ' ');
    expect(t).toMatch(
      /^(In addition|Furthermore|Moreover|Additionally), it holds\. {1,2}[A-Z ,]+, IT HOLDS\.$/,
    );
  });

  it('refuses a short memo key and a repeated recipient (validation)', () => {
    expect(() => markMemoCopies({ memo: { ...MEMO, recipients }, memoKey: 'abcd' })).toThrow(/memo key/);
    expect(() => markMemoCopies({ memo: { ...MEMO, recipients: ['FR', 'FR'] }, memoKey: KEY })).toThrow(
      /one copy/,
    );
  });
});
