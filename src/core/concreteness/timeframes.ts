/**
 * Finds the checkable times in a sentence and classifies them: deadline ("by 2027", "in 2024",
 * "by the end of the year"), response time ("within 24 hours", "протягом 24 годин"), duration
 * ("10 years", "на 72 часа"), start date ("as of 15 February 2015"), recurrence ("annually").
 * "Immediately" and "without delay" are not here: they are hedges (hedges.ts).
 *
 * Works in two steps: collect time atoms (a number with a unit, a year, a date, a clock time, a
 * lexicon phrase), then read the preposition in front of each group of atoms.
 */
import type { Timeframe } from '../../contracts/analysis';
import type { Lexicon } from './lexicon';
import type { MatchIndex } from './match-index';
import type { NumberMention } from './numbers';
import { type Atom, type AtomType, collectAtoms } from './time-atoms';

export interface TimeResult {
  timeframes: Timeframe[];
  /** Word positions that belong to times, so quantities do not count them again. */
  used: Set<number>;
}

const UNIT_HOURS: Record<string, number> = { minute: 1 / 60, hour: 1, day: 24, week: 168 };
const UNIT_MONTHS: Record<string, number> = { week: 12 / 52, month: 1, year: 12, decade: 120 };
const MERGEABLE = new Set<AtomType>(['date', 'clock', 'year', 'month', 'season']);

export function findTimeframes(m: MatchIndex, lex: Lexicon, nums: NumberMention[]): TimeResult {
  const { atoms, used } = collectAtoms(m, lex, nums);
  const timeframes: Timeframe[] = [];
  for (const g of group(atoms)) {
    const tf = classify(m, lex, g);
    if (tf) timeframes.push(tf);
  }
  return { timeframes, used };
}

/** Adjacent dates, clock times and years ("15 February 2015, 12 a.m.") form one group. */
function group(atoms: Atom[]): Atom[][] {
  const sorted = [...atoms].sort((a, b) => a.w0 - b.w0);
  const out: Atom[][] = [];
  for (const a of sorted) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && MERGEABLE.has(a.type) && MERGEABLE.has(prev.type) && a.w0 === prev.w1) last.push(a);
    else out.push([a]);
  }
  return out;
}

function findPrep(m: MatchIndex, w: number): { cls: string; w0: number } | undefined {
  let at = w;
  for (let k = 0; k <= 3; k++) {
    const p = m.endingAt(at, 'time.prep');
    if (p) return { cls: String(p.value), w0: p.w0 };
    const mod = m.endingAt(at, 'time.mod');
    if (!mod) return undefined;
    at = mod.w0;
  }
  return undefined;
}

function classify(m: MatchIndex, lex: Lexicon, g: Atom[]): Timeframe | undefined {
  const first = g[0]!;
  const last = g[g.length - 1]!;
  const prep = findPrep(m, first.w0);
  const cls = prep?.cls ?? 'none';
  const span = m.span(prep ? prep.w0 : first.w0, last.w1);
  const text = m.t.text.slice(span.start, span.end);
  const base = { text, span, hours: null, months: null, startDate: null, endDate: null, relative: false };
  switch (first.type) {
    case 'recurrence':
      return { ...base, kind: 'recurrence', months: 12 };
    case 'relative': {
      const [kind, months] = (first.hint ?? 'deadline').split('@');
      return {
        ...base,
        kind: kind === 'start' ? 'start_date' : 'deadline',
        months: months ? Number(months) : null,
        relative: true,
      };
    }
    case 'dayN':
      return { ...base, kind: cls === 'start' ? 'start_date' : 'deadline', relative: true };
    case 'duration': {
      const unit = first.unit ?? 'year';
      const n = first.n ?? 1;
      const hours = UNIT_HOURS[unit] !== undefined ? round(n * UNIT_HOURS[unit]!) : null;
      const months =
        UNIT_MONTHS[unit] !== undefined
          ? round(n * UNIT_MONTHS[unit]!)
          : hours !== null
            ? round(hours / 730.5)
            : null;
      const short = unit === 'hour' || unit === 'day' || unit === 'minute';
      if ((cls === 'within' || cls === 'in' || cls === 'throughout') && short)
        return { ...base, kind: 'response_time', hours, months: null };
      if (cls === 'within' || cls === 'in' || cls === 'deadline')
        return { ...base, kind: 'deadline', hours, months, relative: true };
      if (cls === 'start') return { ...base, kind: 'start_date', relative: true };
      return { ...base, kind: 'duration', hours: short ? hours : null, months };
    }
    case 'range':
      return {
        ...base,
        kind: 'duration',
        months: ((first.endYear ?? first.year!) - first.year! + 1) * 12,
        startDate: `${first.year}-01-01`,
        endDate: `${first.endYear}-12-31`,
      };
    default:
      return absolute(g, cls, base, lex);
  }
}

function absolute(
  g: Atom[],
  cls: string,
  base: Omit<Timeframe, 'kind'>,
  _lex: Lexicon,
): Timeframe | undefined {
  const year = g.find((a) => a.year !== undefined)?.year;
  const dated = g.find((a) => a.type === 'date' || a.type === 'month');
  const only = g.length === 1 ? g[0]! : undefined;
  if (cls === 'none' || cls === 'on') {
    // A bare year ("the 2025 NATO Summit", "the 2008 Summit") or month is a reference, not a
    // commitment's time; a full date or a year with its year-word ("2024 году") is one.
    if (only?.type === 'year' && !yearWordSpan(only)) return undefined;
    if (only && (only.type === 'month' || only.type === 'season' || only.type === 'clock')) return undefined;
  }
  if (only?.type === 'year' && only.capitalisedNext && cls !== 'start' && cls !== 'deadline')
    return undefined;
  if (only?.type === 'season' && year === undefined) return undefined;
  const month = dated?.month;
  const day = dated?.type === 'date' ? dated.day : undefined;
  if (cls === 'start') {
    return { ...base, kind: 'start_date', startDate: iso(year, month, day, 'start') };
  }
  let end = iso(year, month, day, 'end');
  if (end && cls === 'deadline' && /^(before|avant|vor|antes|före|innan)\b/i.test(base.text))
    end = dayBefore(iso(year, month, day, 'start')!);
  return { ...base, kind: 'deadline', endDate: end, relative: year === undefined };
}

function yearWordSpan(a: Atom): boolean {
  return a.w1 - a.w0 > 1;
}

function iso(
  year: number | undefined,
  month: number | undefined,
  day: number | undefined,
  side: 'start' | 'end',
): string | null {
  if (year === undefined) return null;
  if (month === undefined) return side === 'start' ? `${year}-01-01` : `${year}-12-31`;
  const mm = String(month).padStart(2, '0');
  if (day !== undefined) return `${year}-${mm}-${String(day).padStart(2, '0')}`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return side === 'start' ? `${year}-${mm}-01` : `${year}-${mm}-${last}`;
}

function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
