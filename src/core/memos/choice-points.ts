/**
 * Finds every place where a copy can carry a mark — the choice points — and which variant the
 * text shows at each. The same function serves the marker (on the master) and the tracer (on a
 * leaked excerpt): a choice point is named by its family and the five tokens around it, which
 * every copy shares, so an excerpt from anywhere names its points the way the master did.
 *
 * Families (the variant listed first is the plain one that normalising tools produce):
 * - phrase: a phrase of the table → one of its equivalent phrasings (layer 1, words);
 * - apostrophe ' or ’ (Ukrainian also ʼ); hyphen in a compound - or U+2011 (non-breaking
 *   hyphen); numeric range 30-45 or 30–45; dash " — ", "—" or " – "; quotation marks "…" or
 *   “…” (ru/uk «…», "…", „…“); space between a number and a word, and after a word of one to
 *   three letters, normal or no-break (the typographers' rule against a short word ending a
 *   line); space after a full stop, one or two (layer 2, punctuation and spacing).
 */
import type { CompiledPhrases, MemoLang } from './phrases';
import { plainChars, type Token, tokenAt, tokenBefore, tokenize } from './tokenize';

export type MarkFamily =
  | 'phrase'
  | 'apostrophe'
  | 'hyphen'
  | 'range'
  | 'dash'
  | 'quote'
  | 'unit-space'
  | 'word-space'
  | 'sentence-space';

export interface ChoicePoint {
  family: MarkFamily;
  /** Where the variant goes, as offsets in the text searched; a quotation has two spans. */
  spans: [number, number][];
  /** For each variant, its text for each span. */
  variants: string[][];
  /** The variant the text shows, or -1 when it shows none of them. */
  observed: number;
  /** The token the context is read around. */
  anchor: number;
  /** Phrase group id, for the context key. */
  group?: string;
}

const APOSTROPHES: Record<MemoLang, string[]> = {
  en: ["'", '\u2019'],
  ru: ["'", '\u2019'],
  uk: ["'", '\u2019', '\u02BC'],
};
const QUOTES: Record<MemoLang, [string, string][]> = {
  en: [
    ['"', '"'],
    ['\u201C', '\u201D'],
  ],
  ru: [
    ['\u00AB', '\u00BB'],
    ['"', '"'],
    ['\u201E', '\u201C'],
  ],
  uk: [
    ['\u00AB', '\u00BB'],
    ['"', '"'],
    ['\u201E', '\u201C'],
  ],
};
const HYPHENS = ['-', '\u2011'];
const RANGE_DASHES = ['-', '\u2013'];
const DASHES = [' \u2014 ', '\u2014', ' \u2013 '];
const SPACES = [' ', '\u00A0'];
const SENTENCE_SPACES = [' ', '  '];

const isDigit = (c: string | undefined) => c !== undefined && /\p{N}/u.test(c);
const single = (pos: number): [number, number][] => [[pos, pos + 1]];
const each = (xs: string[]) => xs.map((x) => [x]);

export interface FoundPoints {
  tokens: Token[];
  points: ChoicePoint[];
}

/** `clean` is text without zero-width characters. */
export function findChoicePoints(clean: string, phrases: CompiledPhrases): FoundPoints {
  const plain = plainChars(clean);
  const tokens = tokenize(plain, phrases);
  const points: ChoicePoint[] = [];
  const phraseSpans: [number, number][] = [];
  tokens.forEach((t, i) => {
    if (t.group === undefined) return;
    const g = phrases.groups[t.group]!;
    phraseSpans.push([t.start, t.end]);
    points.push({
      family: 'phrase',
      spans: [[t.start, t.end]],
      variants: each([...g.variants]),
      observed: t.variant!,
      anchor: i,
      group: g.id,
    });
  });
  const punct: ChoicePoint[] = [];
  const add = (
    family: MarkFamily,
    spans: [number, number][],
    variants: string[][],
    observed: number,
    anchor: number,
  ) => punct.push({ family, spans, variants, observed, anchor });

  const apostrophes = APOSTROPHES[phrases.lang];
  for (const m of plain.matchAll(/(?<=[\p{L}\p{N}])'(?=\p{L})/gu))
    add(
      'apostrophe',
      single(m.index),
      each(apostrophes),
      apostrophes.indexOf(clean[m.index]!),
      tokenAt(tokens, m.index),
    );

  for (const m of plain.matchAll(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu)) {
    if (isDigit(plain[m.index - 1]) && isDigit(plain[m.index + 1])) continue; // a range, below
    add('hyphen', single(m.index), each(HYPHENS), HYPHENS.indexOf(clean[m.index]!), tokenAt(tokens, m.index));
  }

  // Only a lone pair of numbers: dates (2026-01-06) and codes are not ranges.
  for (const m of plain.matchAll(
    /(?<![\p{N}\-\u2013.,/:])(\p{N}{1,4})[-\u2013](\p{N}{1,4})(?![\p{N}]|[-\u2013.,/:]\p{N})/gu,
  )) {
    const pos = m.index + m[1]!.length;
    add('range', single(pos), each(RANGE_DASHES), RANGE_DASHES.indexOf(clean[pos]!), tokenAt(tokens, pos));
  }

  for (const m of plain.matchAll(/ ?[\u2014\u2013] ?/gu)) {
    const end = m.index + m[0].length;
    if (m[0].length === 1 && isDigit(plain[m.index - 1]) && isDigit(plain[end])) continue; // a range
    add('dash', [[m.index, end]], each(DASHES), DASHES.indexOf(m[0]), tokenBefore(tokens, m.index));
  }

  const quotes = QUOTES[phrases.lang];
  for (const m of plain.matchAll(/(?<=^|[\s([\u2014\u2013-])"(?=[^\s"])/gmu)) {
    const close = plain.indexOf('"', m.index + 1);
    if (close < 0 || close - m.index > 400 || plain.slice(m.index, close).includes('\n')) continue;
    const observed = quotes.findIndex((q) => q[0] === clean[m.index]);
    add(
      'quote',
      [single(m.index)[0]!, single(close)[0]!],
      quotes,
      observed,
      tokenAt(tokens, m.index + 1) >= 0 ? tokenAt(tokens, m.index + 1) : tokenBefore(tokens, close),
    );
  }

  for (const m of clean.matchAll(/(?<=\p{N})[ \u00A0](?=\p{L})/gu))
    add('unit-space', single(m.index), each(SPACES), SPACES.indexOf(m[0]), tokenBefore(tokens, m.index));

  for (const m of clean.matchAll(/(?<=(?:^|[\s(])\p{L}{1,3})[ \u00A0](?=\p{L})/gu))
    add('word-space', single(m.index), each(SPACES), SPACES.indexOf(m[0]), tokenBefore(tokens, m.index));

  for (const m of clean.matchAll(
    /(?<=[\p{L}\p{N}]{2}[.!?]["')\u201D\u00BB\u2019]?)( {1,2})(?=[("\u201C\u00AB]?\p{Lu})/gu,
  ))
    add(
      'sentence-space',
      [[m.index, m.index + m[0].length]],
      each(SENTENCE_SPACES),
      m[0].length - 1,
      tokenBefore(tokens, m.index),
    );

  // A phrase owns its characters: no punctuation mark inside one (the hyphen of "cease-fire").
  const overlapsPhrase = (p: ChoicePoint) =>
    p.spans.some(([s, e]) => phraseSpans.some(([ps, pe]) => s < pe && ps < e));
  for (const p of punct) if (p.anchor >= 0 && !overlapsPhrase(p)) points.push(p);
  return { tokens, points };
}

/**
 * The name of a choice point: its family and the tokens from two before its anchor to two
 * after. `margin` tokens at each end of the text are treated as possibly cut (an excerpt that
 * starts mid-word or mid-phrase); a point whose context reaches into them gets no key.
 */
export function contextKey(p: ChoicePoint, tokens: readonly Token[], margin: number): string | null {
  const lo = p.anchor - 2;
  const hi = p.anchor + 2;
  if (lo < margin || hi > tokens.length - 1 - margin) {
    if (margin > 0) return null;
  }
  const words: string[] = [];
  for (let i = lo; i <= hi; i++) words.push(i < 0 ? '^' : i >= tokens.length ? '$' : tokens[i]!.value);
  return `${p.family}|${p.group ?? ''}|${words.join(' ')}`;
}
