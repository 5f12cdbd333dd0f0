/**
 * A mixed-integer model as plain sparse arrays, and the port a MIP solver implements. Core builds
 * models and reads solutions; the solver adapter (src/solver) supplies HiGHS behind `MipSolver`.
 */
import type { SolverStatus } from '../../contracts/forcegen';

export interface SparseRows {
  starts: number[];
  index: number[];
  value: number[];
  lower: number[];
  upper: number[];
}

export interface MipModel {
  name: string;
  sense: 'max' | 'min';
  numCols: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  /** 1 for an integer column, 0 for a continuous one. */
  integrality: Int32Array;
  rows: SparseRows;
  /** A feasible start (MIP start), one value per column, when known. */
  start?: Float64Array;
}

export interface MipSolution {
  status: SolverStatus;
  objective: number;
  bound: number;
  mipGap: number;
  /** Column values of the best solution found, or null when there is none. */
  values: Float64Array | null;
  /** For an LP solved to optimality: reduced costs (objective change per unit increase). */
  reducedCosts?: Float64Array;
  timeMs: number;
}

export interface MipSolveLimits {
  timeLimitSeconds: number;
  mipRelGap: number;
  /** Absolute gap at which the solve may stop, in objective units. */
  mipAbsGap?: number;
  /** Whether the solver should presolve (off pays when a good start is given and the model is small). */
  presolve?: boolean;
  /** Prefer the primal simplex method for an LP (fast when the LP starts far from dual feasible). */
  primalSimplex?: boolean;
}

/** Solves one model synchronously (the adapter runs it off the main thread). */
export type MipSolver = (model: MipModel, limits: MipSolveLimits) => MipSolution;

export const emptyRows = (): SparseRows => ({ starts: [0], index: [], value: [], lower: [], upper: [] });

export const rowCount = (r: SparseRows): number => r.lower.length;

/** Appends one row lower ≤ Σ vals·x[cols] ≤ upper; zero coefficients are dropped. */
export function addRow(
  r: SparseRows,
  cols: readonly number[],
  vals: readonly number[],
  lower: number,
  upper: number,
): void {
  for (let k = 0; k < cols.length; k++) {
    if (vals[k] === 0) continue;
    r.index.push(cols[k]!);
    r.value.push(vals[k]!);
  }
  r.starts.push(r.index.length);
  r.lower.push(lower);
  r.upper.push(upper);
}

/** Grows column arrays as columns are added; `finish` gives the typed arrays. */
export class Columns {
  readonly cost: number[] = [];
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  readonly integer: number[] = [];
  add(cost: number, lower: number, upper: number, integer: boolean): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    this.integer.push(integer ? 1 : 0);
    return this.cost.length - 1;
  }
  get length(): number {
    return this.cost.length;
  }
  finish(): Pick<MipModel, 'numCols' | 'colCost' | 'colLower' | 'colUpper' | 'integrality'> {
    return {
      numCols: this.cost.length,
      colCost: Float64Array.from(this.cost),
      colLower: Float64Array.from(this.lower),
      colUpper: Float64Array.from(this.upper),
      integrality: Int32Array.from(this.integer),
    };
  }
}

/** Σ row activity, for checking a start or a solution against the rows. */
export function rowViolation(model: MipModel, values: Float64Array): number {
  let worst = 0;
  const r = model.rows;
  for (let i = 0; i < r.lower.length; i++) {
    let a = 0;
    for (let k = r.starts[i]!; k < r.starts[i + 1]!; k++) a += r.value[k]! * values[r.index[k]!]!;
    worst = Math.max(worst, r.lower[i]! - a, a - r.upper[i]!);
  }
  for (let j = 0; j < model.numCols; j++)
    worst = Math.max(worst, model.colLower[j]! - values[j]!, values[j]! - model.colUpper[j]!);
  return worst;
}

/**
 * Reduced-cost fixing: an integer column at a bound in the LP optimum whose reduced cost says
 * one unit off that bound already costs more than the LP bound's lead over the incumbent can
 * never appear in a better solution, so it is fixed there (unless the start uses it). Exact:
 * the best of the incumbent and the fixed model's optimum is the optimum of the full model.
 */
export function fixByReducedCost(
  model: MipModel,
  lp: MipSolution,
  incumbent: number,
  start: Float64Array,
): MipModel {
  if (!lp.values || !lp.reducedCosts) return model;
  const lead = model.sense === 'max' ? lp.objective - incumbent : incumbent - lp.objective;
  const colLower = Float64Array.from(model.colLower);
  const colUpper = Float64Array.from(model.colUpper);
  for (let j = 0; j < model.numCols; j++) {
    if (model.integrality[j] !== 1) continue;
    // Loss per unit moved off the bound, in the objective's sense.
    const d = model.sense === 'max' ? lp.reducedCosts[j]! : -lp.reducedCosts[j]!;
    const v = lp.values[j]!;
    if (v <= colLower[j]! + 1e-9 && -d > lead + 1e-7 && start[j] === colLower[j]) colUpper[j] = colLower[j]!;
    else if (v >= colUpper[j]! - 1e-9 && d > lead + 1e-7 && start[j] === colUpper[j])
      colLower[j] = colUpper[j]!;
  }
  return { ...model, colLower, colUpper };
}
