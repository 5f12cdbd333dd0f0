/**
 * The three lexicographic stages, each solved with the earlier ones' results held fixed:
 * coverage (LP relaxation, rounding, MIP if the rounding is not provably optimal), burden
 * sharing (local search, then MIP with coverage held), nations per line (MIP over the choice
 * of members inside each class, with class flows and each offer's use held).
 */
import type { StageReport } from '../../contracts/forcegen';
import { type BurdenBand, balanceBurden } from './balance-burden';
import { buildBurdenModel, burdenStart } from './burden-model';
import type { ClassIndex } from './classes';
import { type CoverageModel, coverageStart } from './coverage-model';
import { planToSteps, planToUse, stepsToPlan } from './disaggregate';
import type { Assignment } from './evaluate-plan';
import { fixByReducedCost, type MipSolution, type MipSolver } from './mip';
import { buildNationsModel, nationsPlan, nationsStart } from './nations-model';
import { coverageValue, roundCoverage } from './round-coverage';

export interface StageContext {
  ci: ClassIndex;
  solveMip: MipSolver;
  mipRelGap: number;
  now: () => number;
  /** Absolute time (ms, same clock as `now`) by which the stage must end. */
  until: number;
}

export const relGap = (objective: number, bound: number): number =>
  Math.abs(bound - objective) / Math.max(Math.abs(bound), Math.abs(objective), 1e-9);

const seconds = (sc: StageContext) => Math.max(0.05, (sc.until - sc.now()) / 1000);

function report(stage: StageReport['stage'], r: Omit<StageReport, 'stage'>): StageReport {
  return { stage, ...r, mipGap: Number.isFinite(r.mipGap) ? r.mipGap : 1 };
}

export function coverageStage(sc: StageContext, cm: CoverageModel, greedy: readonly Assignment[]) {
  const { ci } = sc;
  const t0 = sc.now();
  const nPairs = ci.pairClass.length;
  const lpStart = sc.now();
  const lp = sc.solveMip(
    { ...cm.model, name: 'coverage_lp', integrality: new Int32Array(cm.model.numCols) },
    { timeLimitSeconds: seconds(sc), mipRelGap: sc.mipRelGap, presolve: false },
  );
  const lpMs = sc.now() - lpStart;
  let x = planToSteps(ci, greedy);
  let best = coverageValue(ci, x);
  if (lp.values) {
    const rounded = roundCoverage(ci, lp.values);
    const v = coverageValue(ci, rounded);
    if (v > best) [x, best] = [rounded, v];
  }
  let bound = lp.status === 'optimal' ? lp.objective : Number.POSITIVE_INFINITY;
  const W = cm.weightTotal || 1;
  if (relGap(best, bound) <= sc.mipRelGap) {
    return {
      x,
      value: best,
      lpMs,
      report: report('coverage', {
        status: 'optimal',
        method: 'lp_rounding',
        objective: best / W,
        bound: bound / W,
        mipGap: relGap(best, bound),
        timeMs: sc.now() - t0,
      }),
    };
  }
  const start = coverageStart(ci, cm, x);
  const mip = sc.solveMip(
    { ...fixByReducedCost(cm.model, lp, best, start), start },
    { timeLimitSeconds: seconds(sc), mipRelGap: sc.mipRelGap },
  );
  if (mip.values && mip.objective > best) {
    x = Float64Array.from(mip.values.subarray(0, nPairs), Math.round);
    best = coverageValue(ci, x);
  }
  // Fixing only cut off plans no better than the incumbent, so the bound is the larger of the two.
  if (Number.isFinite(mip.bound)) bound = Math.min(bound, Math.max(mip.bound, best));
  const gap = relGap(best, bound);
  const status = gap <= sc.mipRelGap ? 'optimal' : mip.status === 'optimal' ? 'time_limit' : mip.status;
  return {
    x,
    value: best,
    lpMs,
    report: report('coverage', {
      status,
      method: 'mip',
      objective: best / W,
      bound: bound / W,
      mipGap: gap,
      timeMs: sc.now() - t0,
    }),
  };
}

/** Above this many columns the burden LP does not pay within a time limit of seconds. */
export const BURDEN_LP_MAX_COLUMNS = 60_000;

export function burdenStage(
  sc: StageContext,
  cm: CoverageModel,
  x: Float64Array,
  coverageFloor: number,
  band: BurdenBand,
  coverageLpMs: number,
) {
  const { ci } = sc;
  const t0 = sc.now();
  const nPairs = ci.pairClass.length;
  const bm = buildBurdenModel(ci, cm, coverageFloor, band);
  const span = sc.until - t0;
  const timeMs = () => sc.now() - t0;
  // 1. Local search from the coverage plan: quick, and often most of the way.
  let xs: Float64Array = Float64Array.from(x);
  let use: Float64Array = planToUse(ci, stepsToPlan(ci, xs));
  let searched = balanceBurden(ci, xs, use, band, t0 + span / 4, sc.now);
  // 2. The LP relaxation gives the bound and, rounded and searched again, often a better plan.
  // Skipped when it would not finish in time: it takes a few times the coverage LP, and far more
  // on large models (100,000 columns: over 3 s in WebAssembly, measured). Held to 40 % of what is
  // left so that the search and the MIP keep their turn.
  const lp =
    searched <= 1e-6 || bm.model.numCols > BURDEN_LP_MAX_COLUMNS || sc.until - sc.now() < 4 * coverageLpMs
      ? null
      : sc.solveMip(
          { ...bm.model, name: 'burden_lp', integrality: new Int32Array(bm.model.numCols) },
          { timeLimitSeconds: seconds(sc) * 0.4, mipRelGap: sc.mipRelGap, primalSimplex: true },
        );
  const lpBound = lp?.status === 'optimal' ? Math.max(0, lp.objective) : 0;
  if (lp?.values) {
    const xr = roundCoverage(ci, lp.values.subarray(0, nPairs));
    if (coverageValue(ci, xr) >= coverageFloor) {
      const ur = roundOfferUse(ci, bm.useCol, xr, lp.values);
      const v = balanceBurden(ci, xr, ur, band, sc.now() + (sc.until - sc.now()) / 3, sc.now);
      if (v < searched) [xs, use, searched] = [xr, ur, v];
    }
  }
  // 3. Without the LP there is no bound and the MIP would not get going in time: stop here.
  if (searched <= 1e-6 || searched - lpBound <= 1 || !lp?.values) {
    const proven = searched <= 1e-6 || searched - lpBound <= 1;
    const r = {
      status: proven ? 'optimal' : 'time_limit',
      method: 'local_search',
      objective: searched,
      bound: lpBound,
      mipGap: proven ? 0 : relGap(searched, lpBound),
    } as const;
    return { x: xs, use, report: report('burden_sharing', { ...r, timeMs: timeMs() }) };
  }
  const start = burdenStart(ci, bm, xs, use, band);
  const mip: MipSolution = sc.solveMip(
    { ...bm.model, start },
    { timeLimitSeconds: seconds(sc) * 0.5, mipRelGap: sc.mipRelGap, mipAbsGap: 1, presolve: false },
  );
  let xOut = xs;
  let useOut = use;
  let value = searched;
  if (mip.values && mip.objective < searched - 1e-9) {
    xOut = Float64Array.from(mip.values.subarray(0, nPairs), Math.round);
    useOut = offerUseOf(ci, bm.useCol, xOut, mip.values);
    value = mip.objective;
  }
  const bound = Math.max(lpBound, Number.isFinite(mip.bound) ? mip.bound : 0);
  const gap = value <= 1 ? 0 : relGap(value, bound);
  const proven = gap <= sc.mipRelGap || value - bound <= 1;
  const status = proven ? 'optimal' : mip.status === 'optimal' ? 'time_limit' : mip.status;
  const r = { status, method: 'mip', objective: value, bound, mipGap: gap } as const;
  return { x: xOut, use: useOut, report: report('burden_sharing', { ...r, timeMs: timeMs() }) };
}

/** Integer use per offer and phase that sums to each class's integer flow, close to the LP's. */
function roundOfferUse(ci: ClassIndex, useCol: Int32Array, x: Float64Array, lp: Float64Array): Float64Array {
  const phases = ci.phaseDays.length;
  const use = offerUseOf(ci, useCol, x, new Float64Array(lp.length)); // lone offers only
  ci.classes.forEach((c, k) => {
    if (c.members.length === 1) return;
    for (let ph = 0; ph < phases; ph++) {
      let flow = 0;
      for (const j of ci.byClass[k]!) if (ci.linePhase[ci.pairLine[j]!] === ph) flow += x[j]!;
      const want = c.members.map((o) => (useCol[o * phases + ph]! >= 0 ? lp[useCol[o * phases + ph]!]! : 0));
      const cap = c.members.map((o) => (c.block > 1 ? 1 : ci.scenario.offers[o]!.quantity));
      const u = want.map((w, m) => Math.min(cap[m]!, Math.floor(w + 1e-6)));
      let sum = u.reduce((a, v) => a + v, 0);
      while (sum > flow) {
        const m = u.reduce(
          (bi, v, i) => (v > 0 && (bi < 0 || want[i]! - v < want[bi]! - u[bi]!) ? i : bi),
          -1,
        );
        u[m]!--;
        sum--;
      }
      while (sum < flow) {
        const m = u.reduce(
          (bi, v, i) => (v < cap[i]! && (bi < 0 || want[i]! - v > want[bi]! - u[bi]!) ? i : bi),
          -1,
        );
        u[m]!++;
        sum++;
      }
      c.members.forEach((o, m) => {
        use[o * phases + ph] = u[m]!;
      });
    }
  });
  return use;
}

/** Steps per offer and phase: from u columns, or a lone offer's x. */
function offerUseOf(ci: ClassIndex, useCol: Int32Array, x: Float64Array, values: Float64Array): Float64Array {
  const phases = ci.phaseDays.length;
  const use = new Float64Array(ci.scenario.offers.length * phases);
  useCol.forEach((c, i) => {
    if (c >= 0) use[i] = Math.round(values[c]!);
  });
  for (let j = 0; j < ci.pairClass.length; j++) {
    const c = ci.classes[ci.pairClass[j]!]!;
    if (c.members.length === 1) use[c.members[0]! * phases + ci.linePhase[ci.pairLine[j]!]!]! += x[j]!;
  }
  return use;
}

export function nationsStage(
  sc: StageContext,
  x: Float64Array,
  use: Float64Array,
  pairsOf: (plan: readonly Assignment[]) => number,
) {
  const { ci } = sc;
  const t0 = sc.now();
  const heuristic = stepsToPlan(ci, x, use);
  const nm = buildNationsModel(ci, x, use);
  const start = nationsStart(nm, heuristic);
  const startValue = pairsOf(heuristic);
  if (nm.model.numCols === 0)
    return {
      plan: heuristic,
      report: report('nations_per_line', {
        status: 'optimal',
        method: 'fixed',
        objective: startValue,
        bound: startValue,
        mipGap: 0,
        timeMs: sc.now() - t0,
      }),
    };
  const mip = sc.solveMip(
    { ...nm.model, start },
    // HiGHS can overrun a limit while it sets up a large MIP; the last stage keeps a margin for it.
    { timeLimitSeconds: seconds(sc) * 0.5, mipRelGap: sc.mipRelGap, mipAbsGap: 0.99 },
  );
  let plan = heuristic;
  let value = startValue;
  if (mip.values) {
    const p = nationsPlan(nm, mip.values);
    const v = pairsOf(p);
    if (v <= value) [plan, value] = [p, v];
  }
  const bound = Number.isFinite(mip.bound) ? Math.ceil(mip.bound - 1e-6) + nm.fixedPairs : nm.fixedPairs;
  const gap = relGap(value, bound);
  const status = value - bound < 1 ? 'optimal' : mip.status === 'optimal' ? 'time_limit' : mip.status;
  return {
    plan,
    report: report('nations_per_line', {
      status,
      method: 'mip',
      objective: value,
      bound,
      mipGap: gap,
      timeMs: sc.now() - t0,
    }),
  };
}
