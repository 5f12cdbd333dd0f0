/**
 * The first step of timeframes.ts: the time atoms of a sentence. An atom is a number with a unit
 * of time ("24 hours", "10-летнего"), a year, a date ("15 February 2015", "8 мая", "16. Februar"),
 * a clock time ("18:00", "12 a.m."), a year range ("2024-2028", "2024/25") or a lexicon phrase
 * ("this year", "annually", "day 2"). Each word belongs to one atom at most.
 */
import type { Lexicon } from './lexicon';
import { longestNonOverlapping, type MatchIndex } from './match-index';
import type { NumberMention } from './numbers';

export type AtomType =
  | 'duration'
  | 'year'
  | 'date'
  | 'clock'
  | 'month'
  | 'season'
  | 'relative'
  | 'dayN'
  | 'recurrence'
  | 'range';

export interface Atom {
  type: AtomType;
  w0: number;
  w1: number;
  n?: number;
  unit?: string;
  year?: number;
  month?: number;
  day?: number;
  endYear?: number;
  hint?: string;
  capitalisedNext?: boolean;
}

const DETERMINERS = new Set([
  'the',
  'der',
  'die',
  'das',
  'dem',
  'le',
  'la',
  'les',
  'el',
  'los',
  'den',
  'det',
]);
const SKIP = new Set(['de', 'del', 'of', 'the']);

export function collectAtoms(
  m: MatchIndex,
  lex: Lexicon,
  nums: NumberMention[],
): { atoms: Atom[]; used: Set<number> } {
  const atoms: Atom[] = [];
  const used = new Set<number>();
  const take = new Taker(atoms, used);
  const numAt = new Map(nums.map((x) => [x.w0, x]));

  for (const r of longestNonOverlapping(m.all('time.recur'))) {
    const next = numAt.get(r.w1);
    if (!next?.year) take.add({ type: 'recurrence', w0: r.w0, w1: r.w1 });
  }
  for (const r of longestNonOverlapping([...m.all('time.rel'), ...m.all('time.event')])) {
    take.add({
      type: 'relative',
      w0: r.w0,
      w1: r.w1,
      hint: r.cat === 'time.event' ? 'deadline' : String(r.value),
    });
  }
  for (const c of longestNonOverlapping([...m.all('time.clock'), ...m.all('time.dayn')])) {
    take.add({ type: c.cat === 'time.clock' ? 'clock' : 'dayN', w0: c.w0, w1: c.w1 });
  }
  digitClocks(m, nums, take);
  dates(m, lex, nums, numAt, take);
  for (const x of nums) {
    if (x.designator || x.ordinal || x.date || used.has(x.w0)) continue;
    const unit = m.startingAt(x.w1, 'time.unit');
    if (!unit) continue;
    if (x.year && m.startingAt(x.w1, 'time.yearword'))
      take.add({ type: 'year', w0: x.w0, w1: unit.w1, year: x.value });
    else if (!x.year)
      take.add({ type: 'duration', w0: x.w0, w1: unit.w1, n: x.value, unit: String(unit.value) });
  }
  for (const x of nums) {
    if (!x.year || used.has(x.w0)) continue;
    take.add(yearAtom(m, x, numAt));
  }
  // "в течение суток", "протягом доби", "within an hour": a unit with no number is one unit.
  for (const u of m.all('time.unit')) {
    if (used.has(u.w0)) continue;
    const p = m.endingAt(u.w0, 'time.prep');
    if (p && (p.value === 'within' || p.value === 'throughout'))
      take.add({ type: 'duration', w0: u.w0, w1: u.w1, n: 1, unit: String(u.value) });
  }

  return { atoms, used };
}

function digitClocks(m: MatchIndex, nums: NumberMention[], take: Taker): void {
  for (const x of nums) {
    const tok = m.token(x.w0)!;
    const colon = m.t.tokens[m.t.words[x.w0]! + 1];
    const next = m.token(x.w0 + 1);
    if (
      colon?.text === ':' &&
      !colon.spaceBefore &&
      next &&
      !next.spaceBefore &&
      /^\d{2}$/.test(next.text) &&
      /^\d{1,2}$/.test(tok.text)
    ) {
      take.add({ type: 'clock', w0: x.w0, w1: x.w0 + 2 });
    }
  }
}

function dates(
  m: MatchIndex,
  lex: Lexicon,
  nums: NumberMention[],
  numAt: Map<number, NumberMention>,
  take: Taker,
): void {
  for (const x of nums) {
    if (x.date) take.add({ type: 'date', w0: x.w0, w1: x.w1, ...isoParts(x.date) });
  }
  for (const mm of m.all('time.month')) {
    const tok = m.token(mm.w0)!;
    if (lex.flags.capitalisedMonths && !tok.upper) continue;
    const month = mm.value as number;
    let w0 = mm.w0;
    let w1 = mm.w1;
    let day: number | undefined;
    // "15 February", "15 de febrero", "the 12th of January", "16. Februar"
    let back = w0 - 1;
    if (SKIP.has(m.norm(back))) back--;
    if (lex.ordinalSuffixes.has(m.norm(back))) back--;
    const d = numAt.get(back);
    if (d && isDay(d)) {
      day = d.value;
      w0 = d.w0;
    }
    // "January 12, 2024"
    const after = numAt.get(skip(m, w1));
    if (day === undefined && after && isDay(after)) {
      day = after.value;
      w1 = after.w1;
    }
    const y = numAt.get(skip(m, w1));
    let year: number | undefined;
    if (y?.year) {
      year = y.value;
      w1 = y.w1;
      const yw = m.startingAt(w1, 'time.yearword');
      if (yw) w1 = yw.w1;
    }
    take.add({ type: day === undefined ? 'month' : 'date', w0, w1, year, month, day });
  }
  for (const s of m.all('time.season')) take.add({ type: 'season', w0: s.w0, w1: s.w1 });
}

function skip(m: MatchIndex, w: number): number {
  return SKIP.has(m.norm(w)) ? w + 1 : w;
}

/** Collects atoms; a word belongs to one atom at most, the first that claims it. */
class Taker {
  constructor(
    private atoms: Atom[],
    private used: Set<number>,
  ) {}

  add(a: Atom): boolean {
    for (let w = a.w0; w < a.w1; w++) if (this.used.has(w)) return false;
    this.atoms.push(a);
    for (let w = a.w0; w < a.w1; w++) this.used.add(w);
    return true;
  }
}

function isDay(d: NumberMention): boolean {
  return !d.year && !d.designator && d.digits && Number.isInteger(d.value) && d.value >= 1 && d.value <= 31;
}

function isoParts(iso: string): Partial<Atom> {
  const [y, mo, d] = iso.split('-').map(Number);
  return { year: y, month: mo, day: d };
}

function yearAtom(m: MatchIndex, x: NumberMention, numAt: Map<number, NumberMention>): Atom {
  const ti = m.t.words[x.w0]!;
  const sep = m.t.tokens[ti + 1];
  const next = numAt.get(x.w1);
  // "2024-2028", "2024–2028", "2024/25"
  if (sep && /^[-–—/]$/.test(sep.text) && next?.digits && /^\d{2}(\d{2})?$/.test(m.token(next.w0)!.text)) {
    const raw = m.token(next.w0)!.text;
    const endYear = raw.length === 2 ? Math.floor(x.value / 100) * 100 + Number(raw) : next.value;
    if (endYear >= x.value) {
      let w1 = next.w1;
      const yw = m.startingAt(w1, 'time.yearword') ?? m.startingAt(w1, 'time.unit');
      if (yw) w1 = yw.w1;
      return { type: 'range', w0: x.w0, w1, year: x.value, endYear };
    }
  }
  // "the 2025 NATO Summit": a year naming an event is a reference, not a time of the promise.
  const following = m.token(x.w1);
  const joined = !!following && m.t.words[x.w1] === ti + 1;
  const eventName =
    joined && following.upper && following.kind === 'word' && DETERMINERS.has(m.norm(x.w0 - 1));
  return { type: 'year', w0: x.w0, w1: x.w1, year: x.value, capitalisedNext: eventName };
}
