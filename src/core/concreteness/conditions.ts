/**
 * Conditions and triggers: "in the event of a future armed attack", "у разі нападу", "en cas
 * d'agression", "im Falle eines Angriffs", "if necessary", "subject to parliamentary approval",
 * "when we sign", "after a ceasefire is signed". A condition's clause runs from its marker to the
 * next clause break; the trigger kind is read from the event words inside it.
 */
import type { ActivationTrigger, Condition, Hedge } from '../../contracts/analysis';
import type { CONDITION_KINDS } from '../../contracts/enums';
import type { MatchIndex } from './match-index';
import { wordAt } from './modality';

export interface ConditionResult {
  conditional: boolean;
  conditions: Condition[];
}

type ConditionKind = (typeof CONDITION_KINDS)[number];

const MAX_CLAUSE_WORDS = 16;

/**
 * `stops`: word positions where a main clause starts (a modal verb, a named party): a condition
 * written without a comma ("В случае нападения России стороны проведут …") ends there.
 */
export function findConditions(
  m: MatchIndex,
  hedges: Hedge[],
  timeWords: Set<number>,
  stops: Set<number>,
): ConditionResult {
  const hedgeWords = new Set<number>();
  for (const h of hedges) {
    if (h.kind === 'procedural') continue;
    const w0 = wordAt(m, h.span.start);
    const w1 = wordAt(m, h.span.end - 1) + 1;
    for (let w = w0; w < w1; w++) hedgeWords.add(w);
  }
  const found: { w0: number; w1: number }[] = [];
  for (const x of m.all('cond.marker')) {
    if (hedgeWords.has(x.w0) && !m.all('cond.standalone').some((s) => s.w0 === x.w0)) continue;
    found.push({ w0: x.w0, w1: clauseEnd(m, stops, x.w1) });
  }
  for (const x of m.all('cond.standalone')) found.push({ w0: x.w0, w1: clauseEnd(m, stops, x.w1) });
  for (const x of m.all('cond.after')) {
    // "30 days after", "на 19-й день после": the time's anchor, not a condition.
    if (timeWords.has(x.w0 - 1)) continue;
    const end = clauseEnd(m, stops, x.w1);
    if (hasIn(m, 'cond.trigger', x.w1, end) || hasIn(m, 'cond.kind', x.w1, end))
      found.push({ w0: x.w0, w1: end });
  }
  for (const h of hedges) {
    if (h.kind !== 'procedural') continue;
    const w0 = wordAt(m, h.span.start);
    found.push({ w0, w1: Math.max(wordAt(m, h.span.end - 1) + 1, clauseEnd(m, stops, w0 + 1)) });
  }
  const merged = mergeOverlaps(found);
  const conditions = merged.map((c) => toCondition(m, c.w0, c.w1));
  return { conditional: conditions.length > 0, conditions };
}

function clauseEnd(m: MatchIndex, stops: Set<number>, from: number): number {
  const { tokens, words } = m.t;
  let w = from;
  while (w < words.length && w - from < MAX_CLAUSE_WORDS) {
    const prevTok = words[w - 1];
    const ti = words[w]!;
    if (prevTok !== undefined && w > from) {
      for (let k = prevTok + 1; k < ti; k++) if (/[,;:()–—!?]/.test(tokens[k]!.text)) return w;
      if (stops.has(w)) return w;
    }
    w++;
  }
  return w;
}

function hasIn(m: MatchIndex, cat: string, w0: number, w1: number): boolean {
  return m.all(cat).some((x) => x.w0 >= w0 && x.w1 <= w1);
}

function mergeOverlaps(cs: { w0: number; w1: number }[]): { w0: number; w1: number }[] {
  const sorted = [...cs].filter((c) => c.w0 >= 0).sort((a, b) => a.w0 - b.w0);
  const out: { w0: number; w1: number }[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.w0 < last.w1) last.w1 = Math.max(last.w1, c.w1);
    else out.push({ ...c });
  }
  return out;
}

function toCondition(m: MatchIndex, w0: number, end: number): Condition {
  const w1 = Math.min(m.t.words.length, Math.max(end, w0 + 1));
  const span = m.span(w0, w1);
  const trig = m.all('cond.trigger').find((x) => x.w0 >= w0 && x.w1 <= w1);
  const trigger = trig ? (trig.value as ActivationTrigger) : null;
  const kinds = m
    .all('cond.kind')
    .filter((x) => x.w0 >= w0 && x.w1 <= w1)
    .map((k) => k.value as ConditionKind);
  const conditionKind: ConditionKind =
    kinds.find((k) => k !== 'ceasefire') ??
    (trigger === 'ceasefire_in_force' || kinds.includes('ceasefire') ? 'ceasefire' : 'other');
  return { text: m.t.text.slice(span.start, span.end), span, trigger, conditionKind };
}
