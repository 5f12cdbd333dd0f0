/**
 * Hedges: wording that weakens or removes the checkability of a promise. Escape clauses ("as
 * appropriate", "where possible"), procedural reservations ("in accordance with national
 * procedures", "subject to"), best efforts ("do everything possible"), open-ended time ("for as
 * long as it takes") and unmeasurable timing ("immediately", "without delay", "as soon as
 * possible": recorded here, not as timeframes, because no date can be checked against them).
 */
import type { Hedge } from '../../contracts/analysis';
import { longestNonOverlapping, type MatchIndex } from './match-index';

export function findHedges(m: MatchIndex): Hedge[] {
  return longestNonOverlapping(m.all('hedge')).map((h) => {
    const span = m.span(h.w0, h.w1);
    return { kind: h.value as Hedge['kind'], text: m.t.text.slice(span.start, span.end), span };
  });
}
