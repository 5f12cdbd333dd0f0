/**
 * The marks' common ground: a view of the text in which every mark is invisible. `plainChars`
 * maps each mark-bearing character to its plain form one for one (so offsets stay valid), and
 * `tokenize` reads words, folding each phrase of the table into one token for its group. Every
 * copy of a memo, and the master, therefore yield the same tokens; a mark's context is read
 * from them, so the tracer needs no alignment with the master text.
 */
import type { CompiledPhrases } from './phrases';

export interface Token {
  /** Lower-case word without apostrophes and hyphens, or `§group` for a phrase of the table. */
  value: string;
  start: number;
  end: number;
  /** For a phrase: its group index and which variant the text shows. */
  group?: number;
  variant?: number;
}

const PLAIN: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
};

/** One for one, so an offset in the result is an offset in the input. */
export function plainChars(s: string): string {
  return s.replace(
    /[\u2018\u2019\u02BC\u2010\u2011\u201C\u201D\u201E\u00AB\u00BB\u00A0\u202F\u2009]/g,
    (c) => PLAIN[c]!,
  );
}

const regexCache = new WeakMap<CompiledPhrases, RegExp>();

function tokenRegex(phrases: CompiledPhrases): RegExp {
  let re = regexCache.get(phrases);
  if (!re) {
    // A phrase is matched only as whole words, never inside a hyphenated or apostrophised word
    // ("non-essential" is not the phrase "essential").
    const phrase = `(?<![\\p{L}\\p{N}'\\-])(?:${phrases.alternation})(?![\\p{L}\\p{N}]|['\\-][\\p{L}\\p{N}])`;
    // A word may join parts with apostrophes, hyphens and en dashes (30–45 and 30-45 are one word,
    // so a range's two marks read the same context).
    re = new RegExp(`(${phrase})|[\\p{L}\\p{N}]+(?:['\\-\u2013][\\p{L}\\p{N}]+)*`, 'giu');
    regexCache.set(phrases, re);
  }
  return re;
}

/** Tokens of `plain` (the output of `plainChars`). */
export function tokenize(plain: string, phrases: CompiledPhrases): Token[] {
  const re = tokenRegex(phrases);
  const out: Token[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(plain); m; m = re.exec(plain)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      const hit = phrases.byVariant.get(m[0].toLowerCase().replace(/\s+/g, ' '));
      if (hit) {
        out.push({ value: `§${phrases.groups[hit.group]!.id}`, start, end, ...hit });
        continue;
      }
    }
    out.push({ value: m[0].toLowerCase().replace(/['\-\u2013]/g, ''), start, end });
  }
  return out;
}

/** Index of the token that contains `pos`, or -1. Tokens are sorted and disjoint. */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (pos < t.start) hi = mid - 1;
    else if (pos >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the last token that ends at or before `pos`, or -1. */
export function tokenBefore(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
