/**
 * Stage 1: maximise priority-weighted coverage. Columns x[j] (steps sent on pair j: units, or
 * blocks for offers that keep together) and c[l] (line units covered, ≤ demand). Objective
 * Σ_l weight(priority)/demand · c[l], so a fully covered line counts its priority weight.
 */
import type { ClassIndex } from './classes';
import { addRow, Columns, emptyRows, type MipModel } from './mip';

export interface CoverageModel {
  model: MipModel;
  /** Column of c[l], −1 for a line no pair can fill. */
  coverCol: Int32Array;
  /** Σ priority weights over all lines: objective ÷ this is the 0..1 coverage reported. */
  weightTotal: number;
}

export const lineWeight = (ci: ClassIndex, li: number): number => {
  const l = ci.scenario.lines[li]!;
  return ci.scenario.priorityWeights[l.priority - 1]! / l.quantity;
};

export const stepOf = (ci: ClassIndex, j: number): number =>
  ci.pairEff[j]! * ci.classes[ci.pairClass[j]!]!.block;

/** Appends the rows every stage keeps: cover, overfill, class capacity, unit-days budget. */
export function addAllocationRows(
  ci: ClassIndex,
  rows: MipModel['rows'],
  coverCol: Int32Array,
  xCol: (j: number) => number,
): void {
  const s = ci.scenario;
  s.lines.forEach((l, li) => {
    const js = ci.byLine[li]!;
    if (js.length === 0) return;
    const steps = js.map((j) => stepOf(ci, j));
    const xs = js.map(xCol);
    // c ≤ Σ min(step, demand)·x is valid (c ≤ demand anyway) and tighter for big blocks.
    const credit = steps.map((v) => -Math.min(v, l.quantity));
    addRow(rows, [coverCol[li]!, ...xs], [1, ...credit], Number.NEGATIVE_INFINITY, 0);
    const most = js.reduce((a, j, k) => a + steps[k]! * ci.pairUb[j]!, 0);
    const cap = l.quantity + ci.lineSlack[li]!;
    // No gratuitous overfill: it would only pad a nation's share in the burden-sharing stage.
    if (most > cap + 1e-9) addRow(rows, xs, steps, Number.NEGATIVE_INFINITY, cap);
  });
  ci.classes.forEach((c, k) => {
    const js = ci.byClass[k]!;
    for (let ph = 0; ph < ci.phaseDays.length; ph++) {
      const inPhase = js.filter((j) => ci.linePhase[ci.pairLine[j]!] === ph);
      const most = inPhase.reduce((a, j) => a + ci.pairUb[j]!, 0);
      // A unit is in one place at a time: per phase the class sends at most its capacity.
      if (inPhase.length > 1 && most > c.capacity)
        addRow(
          rows,
          inPhase.map(xCol),
          inPhase.map(() => 1),
          Number.NEGATIVE_INFINITY,
          c.capacity,
        );
    }
    if (c.maxDays === null) return;
    const phases = new Set(js.map((j) => ci.linePhase[ci.pairLine[j]!]));
    if (phases.size < 2) return;
    // max_duration_days as a unit-days budget: quantity × days, spent by the phases served.
    const q = s.offers[c.members[0]!]!.quantity;
    const days = js.map((j) => ci.phaseDays[ci.linePhase[ci.pairLine[j]!]!]! * c.block);
    addRow(rows, js.map(xCol), days, Number.NEGATIVE_INFINITY, q * c.maxDays);
  });
}

export function buildCoverageModel(ci: ClassIndex): CoverageModel {
  const cols = new Columns();
  for (let j = 0; j < ci.pairClass.length; j++) cols.add(0, 0, ci.pairUb[j]!, true);
  const coverCol = new Int32Array(ci.scenario.lines.length).fill(-1);
  ci.scenario.lines.forEach((l, li) => {
    if (ci.byLine[li]!.length > 0) coverCol[li] = cols.add(lineWeight(ci, li), 0, l.quantity, false);
  });
  const rows = emptyRows();
  addAllocationRows(ci, rows, coverCol, (j) => j);
  const s = ci.scenario;
  return {
    model: { name: 'coverage', sense: 'max', ...cols.finish(), rows },
    coverCol,
    weightTotal: s.lines.reduce((a, l) => a + s.priorityWeights[l.priority - 1]!, 0),
  };
}

/** Coverage columns from pair steps: c[l] = min(demand, Σ step·x). */
export function coverageStart(ci: ClassIndex, cm: CoverageModel, x: ArrayLike<number>): Float64Array {
  const v = new Float64Array(cm.model.numCols);
  for (let j = 0; j < ci.pairClass.length; j++) v[j] = x[j]!;
  ci.scenario.lines.forEach((l, li) => {
    const c = cm.coverCol[li]!;
    if (c < 0) return;
    let sum = 0;
    for (const j of ci.byLine[li]!) sum += stepOf(ci, j) * x[j]!;
    v[c] = Math.min(l.quantity, sum);
  });
  return v;
}
