/**
 * From the LP relaxation of the coverage model to an integer plan: round down, round up the
 * most fractional pairs that still fit, then fill what is left line by line in order of value.
 * When the result is within the relative gap of the LP bound it is proven optimal without
 * branching; otherwise it is the MIP start.
 */
import type { ClassIndex } from './classes';
import { lineWeight, stepOf } from './coverage-model';

interface State {
  x: Float64Array;
  used: Float64Array;
  daysUsed: Float64Array;
  raw: Float64Array;
}

function fits(ci: ClassIndex, st: State, j: number): boolean {
  const k = ci.pairClass[j]!;
  const li = ci.pairLine[j]!;
  const ph = ci.linePhase[li]!;
  const c = ci.classes[k]!;
  const phases = ci.phaseDays.length;
  if (st.x[j]! + 1 > ci.pairUb[j]! + 1e-9) return false;
  if (st.used[k * phases + ph]! + 1 > c.capacity + 1e-9) return false;
  const line = ci.scenario.lines[li]!;
  if (st.raw[li]! + stepOf(ci, j) > line.quantity + ci.lineSlack[li]! + 1e-9) return false;
  if (c.maxDays !== null) {
    const q = ci.scenario.offers[c.members[0]!]!.quantity;
    if (st.daysUsed[k]! + ci.phaseDays[ph]! * c.block > q * c.maxDays + 1e-9) return false;
  }
  return true;
}

function take(ci: ClassIndex, st: State, j: number): void {
  const k = ci.pairClass[j]!;
  const li = ci.pairLine[j]!;
  const ph = ci.linePhase[li]!;
  st.x[j]! += 1;
  st.used[k * ci.phaseDays.length + ph]! += 1;
  st.daysUsed[k]! += ci.phaseDays[ph]! * ci.classes[k]!.block;
  st.raw[li]! += stepOf(ci, j);
}

/** Integer pair steps from fractional ones; never breaks a row of the coverage model. */
export function roundCoverage(ci: ClassIndex, lp: ArrayLike<number>): Float64Array {
  const n = ci.pairClass.length;
  const st: State = {
    x: new Float64Array(n),
    used: new Float64Array(ci.classes.length * ci.phaseDays.length),
    daysUsed: new Float64Array(ci.classes.length),
    raw: new Float64Array(ci.scenario.lines.length),
  };
  for (let j = 0; j < n; j++) {
    const steps = Math.floor(lp[j]! + 1e-6);
    for (let s = 0; s < steps; s++) take(ci, st, j);
  }
  const fractional = [...Array(n).keys()]
    .filter((j) => lp[j]! - st.x[j]! > 1e-6)
    .sort((a, b) => lp[b]! - st.x[b]! - (lp[a]! - st.x[a]!) || a - b);
  for (const j of fractional) {
    const li = ci.pairLine[j]!;
    if (st.raw[li]! < ci.scenario.lines[li]!.quantity - 1e-9 && fits(ci, st, j)) take(ci, st, j);
  }
  fillShortLines(ci, st);
  shiftSteps(ci, st);
  fillShortLines(ci, st);
  return st.x;
}

/** Adds steps to short lines, most valuable first, preferring exact capability. */
function fillShortLines(ci: ClassIndex, st: State): void {
  const lines = ci.scenario.lines
    .map((_, li) => li)
    .sort((a, b) => lineWeight(ci, b) - lineWeight(ci, a) || a - b);
  for (const li of lines) {
    const demand = ci.scenario.lines[li]!.quantity;
    const js = [...ci.byLine[li]!].sort((a, b) => ci.pairEff[b]! - ci.pairEff[a]! || a - b);
    for (const j of js) {
      while (st.raw[li]! < demand - 1e-9 && fits(ci, st, j)) take(ci, st, j);
      if (st.raw[li]! >= demand - 1e-9) break;
    }
  }
}

const lineValue = (ci: ClassIndex, li: number, raw: number) =>
  lineWeight(ci, li) * Math.min(ci.scenario.lines[li]!.quantity, raw);

/**
 * Moves one step of a class from a line where it is worth less to a short line of the same
 * phase where it is worth more, refilling the line it leaves from another class when one fits:
 * the ejection chain that rounding misses when a class's capacity is exhausted.
 */
function shiftSteps(ci: ClassIndex, st: State): void {
  const lines = ci.scenario.lines;
  let moved = true;
  for (let round = 0; moved && round < 50; round++) {
    moved = false;
    for (let li = 0; li < lines.length; li++) {
      const demand = lines[li]!.quantity;
      for (const j of ci.byLine[li]!) {
        if (st.raw[li]! >= demand - 1e-9) break;
        const k = ci.pairClass[j]!;
        const step = stepOf(ci, j);
        if (st.x[j]! + 1 > ci.pairUb[j]! || st.raw[li]! + step > demand + ci.lineSlack[li]! + 1e-9) continue;
        const gain = lineValue(ci, li, st.raw[li]! + step) - lineValue(ci, li, st.raw[li]!);
        let best = -1;
        let refill = -1;
        let bestLoss = gain - 1e-9;
        for (const j2 of ci.byClass[k]!) {
          const l2 = ci.pairLine[j2]!;
          if (j2 === j || st.x[j2]! < 1 || ci.linePhase[l2] !== ci.linePhase[li]) continue;
          const s2 = stepOf(ci, j2);
          st.raw[l2]! -= s2;
          let loss = lineValue(ci, l2, st.raw[l2]! + s2) - lineValue(ci, l2, st.raw[l2]!);
          let r = -1;
          for (const j3 of ci.byLine[l2]!) {
            if (ci.pairClass[j3] === k || !fits(ci, st, j3)) continue;
            const back = lineValue(ci, l2, st.raw[l2]! + stepOf(ci, j3)) - lineValue(ci, l2, st.raw[l2]!);
            if (loss - back < loss - 1e-12 && (r < 0 || back > 0)) {
              loss -= back;
              r = j3;
              break;
            }
          }
          st.raw[l2]! += s2;
          if (loss < bestLoss) [best, refill, bestLoss] = [j2, r, loss];
        }
        if (best < 0) continue;
        // Same class, same phase: its capacity and unit-days are unchanged by the move.
        st.x[best]! -= 1;
        st.raw[ci.pairLine[best]!]! -= stepOf(ci, best);
        st.x[j]! += 1;
        st.raw[li]! += step;
        if (refill >= 0 && fits(ci, st, refill)) take(ci, st, refill);
        moved = true;
      }
    }
  }
}

/** Coverage objective (unnormalised) of integer pair steps. */
export function coverageValue(ci: ClassIndex, x: ArrayLike<number>): number {
  const raw = new Float64Array(ci.scenario.lines.length);
  for (let j = 0; j < ci.pairClass.length; j++) raw[ci.pairLine[j]!]! += stepOf(ci, j) * x[j]!;
  return ci.scenario.lines.reduce((a, l, li) => a + lineWeight(ci, li) * Math.min(l.quantity, raw[li]!), 0);
}
