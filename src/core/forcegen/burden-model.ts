/**
 * Stage 2: with coverage held at its optimum, bring each nation's share of the force's
 * personnel close to its share of coalition GDP. Adds, to the coverage columns,
 *   u[o,p]  steps offer o gives in phase p (only for offers in classes of several members;
 *           a lone offer's steps are its class's x), Σ_o∈k u[o,p] = Σ_l∈p x[k,l]
 *   P[n]    personnel of nation n;  T = Σ P[n]
 *   dev[n]  ≥ P[n] − (1+band)·share[n]·T − slack  and  ≥ (1−band)·share[n]·T − slack − P[n]
 * and minimises Σ dev[n]: personnel outside each nation's band around its fair share. The band
 * (±10 % and a company by default) is what makes this stage solvable: with a strict |P − share·T|
 * whole units can rarely hit a target exactly and the LP bound is far below any integer plan.
 */

import type { BurdenBand } from './balance-burden';
import type { ClassIndex } from './classes';
import { addAllocationRows, type CoverageModel, stepOf } from './coverage-model';
import { nationIndexOf } from './evaluate-plan';
import { addRow, Columns, emptyRows, type MipModel } from './mip';
import { personnelPerUnit } from './rules';

export interface BurdenModel {
  model: MipModel;
  nPairs: number;
  coverCol: Int32Array;
  /** Column of u[o,p] at offer·phases + p, −1 when there is none. */
  useCol: Int32Array;
  nationCol: Int32Array;
  totalCol: number;
  devCol: Int32Array;
  share: Float64Array;
}

export function buildBurdenModel(
  ci: ClassIndex,
  cm: CoverageModel,
  coverageFloor: number,
  b: BurdenBand,
): BurdenModel {
  const s = ci.scenario;
  const phases = ci.phaseDays.length;
  const nPairs = ci.pairClass.length;
  const cols = new Columns();
  for (let j = 0; j < nPairs; j++) cols.add(0, 0, ci.pairUb[j]!, true);
  const coverCol = cm.coverCol.map((c, li) => (c < 0 ? -1 : cols.add(0, 0, s.lines[li]!.quantity, false)));
  const useCol = new Int32Array(s.offers.length * phases).fill(-1);
  const rows = emptyRows();
  addAllocationRows(ci, rows, coverCol, (j) => j);
  // Coverage may not fall below what stage 1 proved (less a tolerance).
  const lines = [...coverCol.keys()].filter((li) => coverCol[li]! >= 0);
  addRow(
    rows,
    lines.map((li) => coverCol[li]!),
    lines.map((li) => cm.model.colCost[cm.coverCol[li]!]!),
    coverageFloor,
    Number.POSITIVE_INFINITY,
  );

  const nIdx = nationIndexOf(ci);
  const persTerms: { col: number; coef: number }[][] = s.nations.map(() => []);
  ci.classes.forEach((c, k) => {
    const js = ci.byClass[k]!;
    if (c.members.length === 1) {
      const o = s.offers[c.members[0]!]!;
      for (const j of js)
        persTerms[nIdx.get(o.nation)!]!.push({ col: j, coef: personnelPerUnit(o) * c.block });
      return;
    }
    for (let ph = 0; ph < phases; ph++) {
      const inPhase = js.filter((j) => ci.linePhase[ci.pairLine[j]!] === ph);
      if (inPhase.length === 0) continue;
      const us = c.members.map((oi) => {
        const o = s.offers[oi]!;
        const col = cols.add(0, 0, c.block > 1 ? 1 : o.quantity, true);
        useCol[oi * phases + ph] = col;
        persTerms[nIdx.get(o.nation)!]!.push({ col, coef: personnelPerUnit(o) * c.block });
        return col;
      });
      addRow(rows, [...us, ...inPhase], [...us.map(() => 1), ...inPhase.map(() => -1)], 0, 0);
    }
  });
  const gdp = s.nations.reduce((a, n) => a + n.gdp, 0);
  const share = Float64Array.from(s.nations, (n) => n.gdp / gdp);
  const nationCol = Int32Array.from(s.nations, () => cols.add(0, 0, Number.POSITIVE_INFINITY, false));
  const totalCol = cols.add(0, 0, Number.POSITIVE_INFINITY, false);
  const devCol = Int32Array.from(s.nations, () => cols.add(1, 0, Number.POSITIVE_INFINITY, false));
  s.nations.forEach((_, n) => {
    const t = persTerms[n]!;
    addRow(rows, [nationCol[n]!, ...t.map((e) => e.col)], [1, ...t.map((e) => -e.coef)], 0, 0);
    const hi = (1 + b.band) * share[n]!;
    const lo = (1 - b.band) * share[n]!;
    addRow(rows, [devCol[n]!, nationCol[n]!, totalCol], [1, -1, hi], -b.slack, Number.POSITIVE_INFINITY);
    addRow(rows, [devCol[n]!, nationCol[n]!, totalCol], [1, 1, -lo], -b.slack, Number.POSITIVE_INFINITY);
  });
  addRow(rows, [totalCol, ...nationCol], [1, ...Array.from(nationCol, () => -1)], 0, 0);
  return {
    model: { name: 'burden_sharing', sense: 'min', ...cols.finish(), rows },
    nPairs,
    coverCol,
    useCol,
    nationCol,
    totalCol,
    devCol,
    share,
  };
}

/** A feasible start from pair steps `x` and per-offer phase use `use` (offer·phases + p). */
export function burdenStart(
  ci: ClassIndex,
  bm: BurdenModel,
  x: ArrayLike<number>,
  use: ArrayLike<number>,
  b: BurdenBand,
): Float64Array {
  const s = ci.scenario;
  const v = new Float64Array(bm.model.numCols);
  for (let j = 0; j < bm.nPairs; j++) v[j] = x[j]!;
  s.lines.forEach((l, li) => {
    const c = bm.coverCol[li]!;
    if (c < 0) return;
    let sum = 0;
    for (const j of ci.byLine[li]!) sum += stepOf(ci, j) * x[j]!;
    v[c] = Math.min(l.quantity, sum);
  });
  bm.useCol.forEach((c, i) => {
    if (c >= 0) v[c] = use[i]!;
  });
  const nIdx = nationIndexOf(ci);
  const phases = ci.phaseDays.length;
  const P = new Float64Array(s.nations.length);
  s.offers.forEach((o, oi) => {
    const k = ci.offerClass[oi]!;
    if (k < 0) return;
    let steps = 0;
    for (let ph = 0; ph < phases; ph++) steps += use[oi * phases + ph]!;
    P[nIdx.get(o.nation)!]! += steps * personnelPerUnit(o) * ci.classes[k]!.block;
  });
  const T = P.reduce((a, b) => a + b, 0);
  v[bm.totalCol] = T;
  P.forEach((p, n) => {
    v[bm.nationCol[n]!] = p;
    const fair = bm.share[n]! * T;
    v[bm.devCol[n]!] = Math.max(0, p - (1 + b.band) * fair - b.slack, (1 - b.band) * fair - b.slack - p);
  });
  return v;
}
