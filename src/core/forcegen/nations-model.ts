/**
 * Stage 3: with each class's flow to each line (x) and each offer's use per phase (u) fixed by
 * the earlier stages, decide which member of a class goes to which line so that as few nations
 * as possible share a line. Columns w[o,j] (steps of offer o on pair j) and y[n,l] ∈ {0,1};
 * Σ_o w[o,j] = x[j], Σ_j w[o,j] = u[o,p], w[o,j] ≤ min(x[j], u[o,p])·y[n,l]; minimise Σ y.
 * Assignments with only one possible answer (one line or one member) are fixed, not modelled.
 */
import type { ClassIndex } from './classes';
import { mergePlan } from './disaggregate';
import { type Assignment, nationIndexOf } from './evaluate-plan';
import { addRow, Columns, emptyRows, type MipModel } from './mip';

export interface NationsModel {
  model: MipModel;
  /** Assignments fixed before modelling. */
  fixed: Assignment[];
  /** Per w column: offer, line, block. */
  wOffer: number[];
  wLine: number[];
  wBlock: number[];
  /** The y column each w column switches on, −1 when its nation is on the line anyway. */
  wY: Int32Array;
  /** Nation–line pairs already present in the fixed assignments. */
  fixedPairs: number;
}

export function buildNationsModel(
  ci: ClassIndex,
  x: ArrayLike<number>,
  use: ArrayLike<number>,
): NationsModel {
  const s = ci.scenario;
  const phases = ci.phaseDays.length;
  const nIdx = nationIndexOf(ci);
  const nLines = s.lines.length;
  const cols = new Columns();
  const rows = emptyRows();
  const fixed: Assignment[] = [];
  const wOffer: number[] = [];
  const wLine: number[] = [];
  const wBlock: number[] = [];
  const links: { w: number; ub: number; key: number }[] = [];
  ci.classes.forEach((c, k) => {
    for (let ph = 0; ph < phases; ph++) {
      const js = ci.byClass[k]!.filter((j) => ci.linePhase[ci.pairLine[j]!] === ph && Math.round(x[j]!) > 0);
      if (js.length === 0) continue;
      const members = c.members.filter((o) => Math.round(use[o * phases + ph]!) > 0);
      if (js.length === 1 || members.length === 1) {
        for (const o of members)
          for (const j of js) {
            const steps = js.length === 1 ? Math.round(use[o * phases + ph]!) : Math.round(x[j]!);
            fixed.push({ offer: o, line: ci.pairLine[j]!, units: steps * c.block });
          }
        continue;
      }
      const wOf = new Map<number, number[]>();
      const wOn = new Map<number, number[]>();
      for (const o of members)
        for (const j of js) {
          const ub = Math.min(Math.round(x[j]!), Math.round(use[o * phases + ph]!));
          const w = cols.add(0, 0, ub, true);
          wOffer.push(o);
          wLine.push(ci.pairLine[j]!);
          wBlock.push(c.block);
          links.push({ w, ub, key: nIdx.get(s.offers[o]!.nation)! * nLines + ci.pairLine[j]! });
          wOf.set(o, [...(wOf.get(o) ?? []), w]);
          wOn.set(j, [...(wOn.get(j) ?? []), w]);
        }
      for (const j of js) {
        const ws = wOn.get(j)!;
        addRow(
          rows,
          ws,
          ws.map(() => 1),
          Math.round(x[j]!),
          Math.round(x[j]!),
        );
      }
      for (const o of members) {
        const ws = wOf.get(o)!;
        const u = Math.round(use[o * phases + ph]!);
        addRow(
          rows,
          ws,
          ws.map(() => 1),
          u,
          u,
        );
      }
    }
  });
  const fixedKeys = new Set(fixed.map((a) => nIdx.get(s.offers[a.offer]!.nation)! * nLines + a.line));
  const yCol = new Map<number, number>();
  const wY = new Int32Array(wOffer.length).fill(-1);
  for (const { w, ub, key } of links) {
    if (fixedKeys.has(key)) continue; // the nation is on the line anyway: no extra cost
    const y = yCol.get(key) ?? cols.add(1, 0, 1, true);
    yCol.set(key, y);
    wY[w] = y;
    addRow(rows, [w, y], [1, -ub], Number.NEGATIVE_INFINITY, 0);
  }
  return {
    model: { name: 'nations_per_line', sense: 'min', ...cols.finish(), rows },
    fixed: mergePlan(fixed),
    wOffer,
    wLine,
    wBlock,
    wY,
    fixedPairs: fixedKeys.size,
  };
}

/** Start values for the model from an offer-level plan that realises the same x and u. */
export function nationsStart(nm: NationsModel, plan: readonly Assignment[]): Float64Array {
  const v = new Float64Array(nm.model.numCols);
  const steps = new Map(plan.map((a) => [`${a.offer}:${a.line}`, a.units]));
  nm.wOffer.forEach((o, w) => {
    v[w] = (steps.get(`${o}:${nm.wLine[w]}`) ?? 0) / nm.wBlock[w]!;
  });
  // y is on wherever its nation sends something to its line.
  nm.wY.forEach((y, w) => {
    if (y >= 0 && v[w]! > 0) v[y] = 1;
  });
  return v;
}

export function nationsPlan(nm: NationsModel, values: ArrayLike<number>): Assignment[] {
  const plan = [...nm.fixed];
  nm.wOffer.forEach((o, w) => {
    const steps = Math.round(values[w]!);
    if (steps > 0) plan.push({ offer: o, line: nm.wLine[w]!, units: steps * nm.wBlock[w]! });
  });
  return mergePlan(plan);
}
