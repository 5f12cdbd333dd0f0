/**
 * The secretariat writes a memo once; each recipient gets a copy whose three layers of marks are
 * read from HMACs under its own copy key (keys.ts). Layers 1 and 2 choose, at every choice point
 * of the master (choice-points.ts), the variant HMAC(copy key, point name) mod k; layer 3 then
 * inserts the copy's zero-width code (zero-width.ts). Pure: the caller supplies the memo key.
 */
import type { Memo, MemoCopy } from '../../contracts/memo';
import { AppError } from '../errors';
import { type ChoicePoint, contextKey, findChoicePoints } from './choice-points';
import { chooseVariant, copyIdFor, deriveCopyKey, MARK_SCHEME, memoKeyBytes, zeroWidthCode } from './keys';
import { type MemoLang, phrasesFor } from './phrases';
import { insertZeroWidth, stripZeroWidth } from './zero-width';

export interface MarkMemoCopiesInput {
  memo: Pick<Memo, 'id' | 'text' | 'language' | 'recipients'>;
  /** The memo's secret key, hex, at least 128 bits. */
  memoKey: string;
}

interface KeyedPoint {
  point: ChoicePoint;
  key: string;
  /** The master's own letter case at the phrase: 'lower', 'first' or 'all' upper case. */
  casing: 'lower' | 'first' | 'all';
}

function casingOf(s: string): KeyedPoint['casing'] {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    return 'all';
  const first = letters[0] ?? '';
  return first !== first.toLowerCase() ? 'first' : 'lower';
}

function applyCase(v: string, casing: KeyedPoint['casing']): string {
  if (casing === 'all') return v.toUpperCase();
  if (casing === 'first') return v.charAt(0).toUpperCase() + v.slice(1);
  return v;
}

/** The master's choice points, each with its name; shared by every copy. */
export function planMarks(master: string, lang: MemoLang): { clean: string; points: KeyedPoint[] } {
  const clean = stripZeroWidth(master);
  const { tokens, points } = findChoicePoints(clean, phrasesFor(lang));
  const keyed: KeyedPoint[] = [];
  // Points arrive grouped by family; sort by position and drop any that would overlap.
  const sorted = [...points].sort((a, b) => a.spans[0]![0] - b.spans[0]![0]);
  const taken: [number, number][] = [];
  for (const p of sorted) {
    if (p.spans.some(([s, e]) => taken.some(([ts, te]) => s < te && ts < e))) continue;
    taken.push(...p.spans);
    const [s, e] = p.spans[0]!;
    keyed.push({
      point: p,
      key: contextKey(p, tokens, 0)!,
      casing: p.family === 'phrase' ? casingOf(clean.slice(s, e)) : 'lower',
    });
  }
  return { clean, points: keyed };
}

/** Applies one copy's choices to the master. */
export function applyMarks(clean: string, points: readonly KeyedPoint[], copyKey: Buffer): string {
  const edits: { s: number; e: number; text: string }[] = [];
  for (const { point, key, casing } of points) {
    const v = chooseVariant(copyKey, key, point.variants.length);
    point.spans.forEach(([s, e], i) => {
      edits.push({ s, e, text: applyCase(point.variants[v]![i]!, casing) });
    });
  }
  edits.sort((a, b) => b.s - a.s);
  let out = clean;
  for (const ed of edits) out = out.slice(0, ed.s) + ed.text + out.slice(ed.e);
  return out;
}

/**
 * One marked copy per recipient, in the order given.
 * Throws `validation` for a bad memo key or a repeated recipient.
 */
export function markMemoCopies(input: MarkMemoCopiesInput): MemoCopy[] {
  const memoKey = memoKeyBytes(input.memoKey);
  const { recipients } = input.memo;
  if (new Set(recipients).size !== recipients.length)
    throw new AppError('validation', 'each recipient may receive one copy', [
      { path: 'recipients', message: 'repeated recipient' },
    ]);
  const lang = input.memo.language as MemoLang;
  const { clean, points } = planMarks(input.memo.text, lang);
  const words = points.filter((p) => p.point.family === 'phrase').length;
  return recipients.map((recipient) => {
    const copyKey = deriveCopyKey(memoKey, input.memo.id, recipient);
    const keyBytes = Buffer.from(copyKey, 'hex');
    const marked = applyMarks(clean, points, keyBytes);
    const zw = insertZeroWidth(marked, zeroWidthCode(keyBytes));
    return {
      copyId: copyIdFor(copyKey),
      memoId: input.memo.id,
      recipient,
      text: zw.text,
      marks: {
        scheme: MARK_SCHEME,
        copyKey,
        points: { words, punctuation: points.length - words, zeroWidth: zw.clusters },
      },
    };
  });
}
