/**
 * Turns the numbers that are not times into quantities: money ("£2.5bn", "EUR 5 million",
 * "2,5 миллиардов фунтов", "3 milliards d'euros"), percentages ("0.25% of GDP"), measures
 * ("50 km") and counts ("36 self-propelled howitzers"). An "up to" amount is a quantity with
 * `ceiling: true`; "at least" / "more than" is a floor; "about" / "several" approximate.
 */
import type { Quantity } from '../../contracts/analysis';
import { CURRENCY_SYMBOLS, type Lexicon } from './lexicon';
import type { MatchIndex } from './match-index';
import type { NumberMention } from './numbers';

// "US$", "C$", "A$" before a dollar sign name the currency.
const DOLLAR_PREFIX: Record<string, string> = {
  us: 'USD',
  c: 'CAD',
  ca: 'CAD',
  a: 'AUD',
  au: 'AUD',
  nz: 'NZD',
};

export function findQuantities(
  m: MatchIndex,
  lex: Lexicon,
  nums: NumberMention[],
  timeWords: Set<number>,
): Quantity[] {
  const out: Quantity[] = [];
  for (const x of nums) {
    if (x.designator || x.ordinal || x.date || x.year) continue;
    if (x.weak && x.w1 - x.w0 === 1) continue;
    if (timeWords.has(x.w0)) continue;
    if (m.endingAt(x.w0, 'qty.ref')) continue;
    const q = readQuantity(m, lex, x);
    if (q) out.push(q);
  }
  return out;
}

function readQuantity(m: MatchIndex, lex: Lexicon, x: NumberMention): Quantity | undefined {
  const t = m.t;
  const firstTok = t.words[x.w0]!;
  let startChar = t.tokens[firstTok]!.start;
  let startW = x.w0;
  let endW = x.w1;
  let endChar = t.tokens[t.words[x.w1 - 1]!]!.end;
  let currency: string | null = null;
  // A currency word without a country ("крон") is money in an unknown currency: currency ''.
  let money = false;
  let written: string | null = null;

  // Currency before: a symbol token ("€3bn", "US$50 billion") or a code word ("EUR 5 million").
  const before = t.tokens[firstTok - 1];
  if (before?.kind === 'sym' && CURRENCY_SYMBOLS[before.text]) {
    currency = CURRENCY_SYMBOLS[before.text]!;
    money = true;
    startChar = before.start;
    const pre = t.tokens[firstTok - 2];
    if (before.text === '$' && pre?.kind === 'word' && !before.spaceBefore && DOLLAR_PREFIX[pre.norm]) {
      currency = DOLLAR_PREFIX[pre.norm]!;
      startChar = pre.start;
      startW = pre.w;
    }
  } else {
    const cur = m.endingAt(x.w0, 'cur');
    if (cur && cur.w1 - cur.w0 === 1 && m.token(cur.w0)!.text === m.token(cur.w0)!.text.toUpperCase()) {
      currency = String(cur.value);
      money = true;
      startW = cur.w0;
      startChar = m.span(cur.w0, cur.w1).start;
    }
  }
  // Currency after: "20 million euros", "2.000 millones de euros", "3 milliards d'euros".
  if (!money) {
    let at = x.w1;
    const conn = m.startingAt(at, 'qty.conn');
    const direct = m.startingAt(at, 'cur');
    const viaConn = conn ? m.startingAt(conn.w1, 'cur') : undefined;
    const cur = direct ?? viaConn;
    if (cur) {
      currency = String(cur.value);
      money = true;
      at = cur.w1;
      endW = at;
      endChar = m.span(cur.w0, cur.w1).end;
      if (!currency) written = t.text.slice(m.span(cur.w0, cur.w1).start, endChar);
    }
  } else {
    const sym = t.tokens[t.words[x.w1 - 1]! + 1];
    if (sym?.kind === 'sym' && CURRENCY_SYMBOLS[sym.text] && !sym.spaceBefore) endChar = sym.end;
  }

  let kind: Quantity['kind'] = money ? 'money' : 'count';
  let unit: string | null = currency || written;
  let basis: string | null = null;
  if (!money) {
    const after = t.tokens[t.words[x.w1 - 1]! + 1];
    const pct = m.startingAt(x.w1, 'qty.percent');
    if (after?.text === '%' || pct) {
      kind = 'percent';
      unit = '%';
      if (pct) {
        endW = pct.w1;
        endChar = m.span(pct.w0, pct.w1).end;
      } else endChar = after!.end;
      const b = basisAfter(m, endW);
      if (b) {
        basis = String(b.value);
        endW = b.w1;
        endChar = m.span(b.w0, b.w1).end;
      }
    } else {
      const meas = m.startingAt(x.w1, 'qty.measure');
      if (meas) {
        kind = 'measure';
        unit = String(meas.value);
        endW = meas.w1;
        endChar = m.span(meas.w0, meas.w1).end;
      } else {
        if (m.startingAt(x.w1, 'qty.notunit')) return undefined;
        const u = countUnit(m, lex, x.w1);
        unit = u ? m.t.text.slice(u.start, u.end) : null;
        if (u) endChar = u.end;
      }
    }
  }

  let bound: Quantity['bound'] = x.indefinite ? 'floor' : 'exact';
  const qualifier =
    m.endingAt(startW, 'qty.ceiling') ?? m.endingAt(startW, 'qty.floor') ?? m.endingAt(startW, 'qty.approx');
  if (qualifier) {
    bound = qualifier.cat === 'qty.ceiling' ? 'ceiling' : qualifier.cat === 'qty.floor' ? 'floor' : 'approx';
    startChar = Math.min(startChar, m.span(qualifier.w0, qualifier.w1).start);
  }
  return {
    kind,
    text: t.text.slice(startChar, endChar),
    span: { start: startChar, end: endChar },
    value: x.value,
    unit,
    currency: currency || null,
    bound,
    ceiling: bound === 'ceiling',
    basis,
  };
}

function basisAfter(m: MatchIndex, w: number) {
  // "0.25% of GDP", "0,25 % ВВП", "0.25 percent of our Gross Domestic Product"
  for (let k = 0; k <= 3; k++) {
    const b = m.startingAt(w + k, 'qty.basis');
    if (b) return b;
  }
  return undefined;
}

/** What is counted: the words after the number up to a stop word, at most three. */
function countUnit(m: MatchIndex, lex: Lexicon, w: number): { start: number; end: number } | undefined {
  const t = m.t;
  let end = w;
  while (end < t.words.length && end - w < 4) {
    const tok = m.token(end)!;
    // A designator joined to its word continues the unit: "24 F-16 aircraft".
    const designator = tok.kind === 'num' && !tok.spaceBefore && end > w;
    if ((tok.kind !== 'word' && !designator) || lex.stopwords.has(tok.norm)) break;
    if (end > w && hasClauseBreakBefore(m, end)) break;
    end++;
  }
  return end > w ? m.span(w, end) : undefined;
}

function hasClauseBreakBefore(m: MatchIndex, w: number): boolean {
  const ti = m.t.words[w]!;
  const prev = m.t.words[w - 1]!;
  for (let i = prev + 1; i < ti; i++) if (/[,;:.()–—]/.test(m.t.tokens[i]!.text)) return true;
  return false;
}
