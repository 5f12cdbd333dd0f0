/**
 * Finds the numbers in a sentence, in digits ("1,000", "1 000", "1.000", "2,5", "2.5bn") or in
 * words ("three billion", "двух", "zehn"), with their multipliers applied, and marks the ones
 * that are not amounts: years, ordinals ("5-й", "2nd"), designators ("F-16", "G7", "CB90").
 */
import type { Lexicon } from './lexicon';
import type { MatchIndex } from './match-index';

export interface NumberMention {
  /** Word-stream range [w0, w1), multipliers included. */
  w0: number;
  w1: number;
  value: number;
  digits: boolean;
  year: boolean;
  ordinal: boolean;
  designator: boolean;
  /** "one", "a", "ein" with no multiplier: a number only before a unit of time. */
  weak: boolean;
  /** "several thousand", "thousands of": a lower bound, not an exact figure. */
  indefinite: boolean;
  /** A date written as digits (15.02.2015), as YYYY-MM-DD. */
  date: string | null;
}

const DATE_DIGITS = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** Parses one digit token by the language's conventions; NaN where it is not a plain number. */
export function parseDigits(raw: string, decimalComma: boolean): number {
  let s = raw.replace(/[ \u00A0\u202F\u2009]/g, '');
  const grouped = s.length !== raw.length;
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  if (dots && commas) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    s = s.split(group).join('').replace(decimal, '.');
  } else if (dots + commas > 1) {
    s = s.replace(/[.,]/g, '');
  } else if (dots + commas === 1) {
    const sep = dots ? '.' : ',';
    const after = s.length - s.indexOf(sep) - 1;
    // "1,000" is a thousand in English; "1.000" is a thousand elsewhere; otherwise a decimal point.
    const thousands = !grouped && after === 3 && (sep === ',' ? !decimalComma : decimalComma);
    s = thousands ? s.replace(sep, '') : s.replace(sep, '.');
  }
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

export function findNumbers(m: MatchIndex, lex: Lexicon): NumberMention[] {
  const t = m.t;
  const out: NumberMention[] = [];
  const n = t.words.length;
  for (let w = 0; w < n; w++) {
    const ti = t.words[w]!;
    const tok = t.tokens[ti]!;
    if (tok.kind === 'num') {
      const date = DATE_DIGITS.exec(tok.text);
      if (date) {
        const iso = `${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}`;
        out.push(mention(w, w + 1, Number.NaN, { digits: true, date: iso }));
        continue;
      }
      let value = parseDigits(tok.text, lex.flags.decimalComma);
      if (Number.isNaN(value)) continue;
      const prev = t.tokens[ti - 1];
      const prev2 = t.tokens[ti - 2];
      const designator =
        !tok.spaceBefore &&
        !!prev &&
        (prev.kind === 'word' || (prev.text === '-' && !prev.spaceBefore && prev2?.kind === 'word'));
      const ordinal = isOrdinal(t.tokens, ti, lex);
      let end = w + 1;
      let multiplied = false;
      while (end < n) {
        const mult = m.startingAt(end, 'num.mult');
        if (!mult) break;
        value *= mult.value as number;
        end = mult.w1;
        multiplied = true;
      }
      const year = !multiplied && !designator && /^\d{4}$/.test(tok.text) && value >= 1900 && value <= 2100;
      out.push(mention(w, end, value, { digits: true, year, ordinal, designator }));
      w = end - 1;
      continue;
    }
    const parsed = parseWords(m, lex, w);
    if (parsed) {
      out.push(parsed);
      w = parsed.w1 - 1;
    }
  }
  return out;
}

function mention(w0: number, w1: number, value: number, p: Partial<NumberMention>): NumberMention {
  return {
    w0,
    w1,
    value,
    digits: false,
    year: false,
    ordinal: false,
    designator: false,
    weak: false,
    indefinite: false,
    date: null,
    ...p,
  };
}

function isOrdinal(
  tokens: { kind: string; text: string; norm: string; spaceBefore: boolean }[],
  ti: number,
  lex: Lexicon,
): boolean {
  const next = tokens[ti + 1];
  if (!next || next.spaceBefore) return false;
  if (next.kind === 'word') return lex.ordinalSuffixes.has(next.norm);
  const after = tokens[ti + 2];
  return (
    next.text === '-' &&
    !!after &&
    !after.spaceBefore &&
    after.kind === 'word' &&
    lex.ordinalSuffixes.has(after.norm)
  );
}

/** A run of number words from w: "three hundred thousand", "several thousand", "a billion". */
function parseWords(m: MatchIndex, lex: Lexicon, w: number): NumberMention | undefined {
  const tok = m.token(w)!;
  if (tok.kind !== 'word') return undefined;
  if (lex.flags.skipCapitalisedNumberWords && tok.upper && w > 0) return undefined;
  const weak = m.startingAt(w, 'num.weak');
  const indef = m.startingAt(w, 'num.indef');
  let total = 0;
  let current = 0;
  let end = w;
  let seen = 0;
  let sawMult = false;
  if (weak || (indef && !m.startingAt(w, 'num.word'))) {
    const nextMult = m.startingAt((weak ?? indef)!.w1, 'num.mult');
    if (!nextMult) {
      // "thousands of", "сотни": an indefinite multitude is a lower bound of its own.
      if (indef && m.startingAt(w, 'num.mult')) {
        return mention(w, indef.w1, indef.value as number, { indefinite: true });
      }
      return weak ? mention(w, weak.w1, weak.value as number, { weak: true }) : undefined;
    }
    current = (weak ?? indef)!.value as number;
    end = (weak ?? indef)!.w1;
    seen = 1;
  }
  for (;;) {
    const word = m.startingAt(end, 'num.word');
    const mult = m.startingAt(end, 'num.mult');
    if (mult) {
      const k = mult.value as number;
      if (k < 1000) current = (current || 1) * k;
      else {
        current = (current || 1) * k;
        if (!m.startingAt(mult.w1, 'num.mult')) {
          total += current;
          current = 0;
        }
      }
      end = mult.w1;
      sawMult = true;
    } else if (word) {
      current += word.value as number;
      end = word.w1;
    } else if (seen > 0 && m.norm(end) === 'and' && m.startingAt(end + 1, 'num.word')) {
      end += 1;
      continue;
    } else break;
    seen++;
  }
  if (seen === 0) return undefined;
  const value = total + current;
  return mention(w, end, value, { indefinite: !!indef && sawMult && !m.startingAt(w, 'num.word') });
}
