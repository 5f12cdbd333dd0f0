/**
 * The MipSolver port over HiGHS (WebAssembly, persistent-model API). Synchronous: call it from a
 * worker thread. Progress is reported from HiGHS's MIP logging callback and a solve stops early
 * when `shouldStop` says so (checked at HiGHS's MIP interrupt checkpoints).
 */
import type { Highs } from 'highs';
import type { SolverStatus } from '../contracts/forcegen';
import type { MipModel, MipSolution, MipSolveLimits, MipSolver } from '../core/forcegen/mip';

export interface MipProgress {
  model: string;
  objective: number;
  bound: number;
  mipGap: number;
  seconds: number;
}

export interface HighsMipHooks {
  onProgress?: (p: MipProgress) => void;
  shouldStop?: () => boolean;
  /** Native HiGHS log lines, for debugging. */
  onLog?: (line: string) => void;
}

function finite(a: ArrayLike<number>, inf: number): Float64Array {
  return Float64Array.from(a as ArrayLike<number>, (x) =>
    x === Number.POSITIVE_INFINITY ? inf : x === Number.NEGATIVE_INFINITY ? -inf : x,
  );
}

export function highsMipSolver(highs: Highs, hooks: HighsMipHooks = {}): MipSolver {
  const S = highs.constants.modelStatus;
  const statusOf = (code: number, hasSolution: boolean): SolverStatus => {
    if (code === S.optimal) return 'optimal';
    if (code === S.infeasible) return 'infeasible';
    if (code === S.timeLimit) return 'time_limit';
    if (code === S.interrupted) return 'interrupted';
    if (code === S.empty) return 'optimal';
    return hasSolution ? 'time_limit' : 'error';
  };
  return (m: MipModel, limits: MipSolveLimits): MipSolution => {
    const t0 = performance.now();
    const numRows = m.rows.lower.length;
    if (m.numCols === 0)
      return { status: 'optimal', objective: 0, bound: 0, mipGap: 0, values: new Float64Array(0), timeMs: 0 };
    const deadline = t0 + limits.timeLimitSeconds * 1000;
    const model = highs.createModel();
    try {
      model.passModel({
        numCols: m.numCols,
        numRows,
        sense:
          m.sense === 'max'
            ? highs.constants.objectiveSense.maximize
            : highs.constants.objectiveSense.minimize,
        colCost: m.colCost,
        colLower: finite(m.colLower, highs.infinity),
        colUpper: finite(m.colUpper, highs.infinity),
        rowLower: finite(m.rows.lower, highs.infinity),
        rowUpper: finite(m.rows.upper, highs.infinity),
        matrix: {
          format: 'csr',
          numRows,
          numCols: m.numCols,
          starts: Int32Array.from(m.rows.starts),
          indices: Int32Array.from(m.rows.index),
          values: Float64Array.from(m.rows.value),
        },
        integrality: m.integrality,
      });
      model.options.set({
        output_flag: hooks.onLog !== undefined,
        time_limit: Math.max(0.05, limits.timeLimitSeconds),
        mip_rel_gap: limits.mipRelGap,
        random_seed: 0,
        presolve: limits.presolve === false ? 'off' : 'choose',
        ...(limits.mipAbsGap !== undefined ? { mip_abs_gap: limits.mipAbsGap } : {}),
        ...(limits.primalSimplex ? { simplex_strategy: 4 } : {}),
      });
      if (m.start) model.setSolution({ colValue: m.start });
      const T = highs.constants.callbackType;
      const callbacks: Parameters<typeof model.run>[0] = {
        [T.mipLogging]: (e) => {
          hooks.onProgress?.({
            model: m.name,
            objective: e.data.mip_primal_bound ?? Number.NaN,
            bound: e.data.mip_dual_bound ?? Number.NaN,
            mipGap: e.data.mip_gap ?? Number.NaN,
            seconds: e.data.running_time ?? 0,
          });
          return undefined;
        },
        [T.mipInterrupt]: (e) => {
          // HiGHS's own time_limit is not checked inside every sub-MIP; this checkpoint is.
          if (hooks.shouldStop?.() || performance.now() > deadline) e.interrupt();
          return undefined;
        },
        ...(hooks.onLog ? { [T.logging]: (e: { message: string }) => void hooks.onLog?.(e.message) } : {}),
      };
      const run = model.run(callbacks);
      const primal = Number(model.info.get('primal_solution_status'));
      const hasSolution = primal === highs.constants.solutionStatus.feasible;
      const isMip = m.integrality.some((v) => v !== 0);
      const objective = hasSolution ? model.getObjectiveValue() : Number.NaN;
      let bound = isMip ? Number(model.info.get('mip_dual_bound')) : objective;
      let mipGap = isMip ? Number(model.info.get('mip_gap')) : 0;
      let status = statusOf(run.modelStatus, hasSolution);
      if (status === 'interrupted' && !hooks.shouldStop?.()) status = 'time_limit';
      if (status === 'optimal' && !Number.isFinite(bound)) bound = objective;
      if (!Number.isFinite(mipGap))
        mipGap = hasSolution && Number.isFinite(bound) ? relGap(objective, bound) : 1;
      const solution = hasSolution ? model.getSolution() : null;
      const dualOk =
        Number(model.info.get('dual_solution_status')) === highs.constants.solutionStatus.feasible;
      return {
        status,
        objective,
        bound,
        mipGap,
        values: solution ? Float64Array.from(solution.colValue) : null,
        ...(solution && !isMip && dualOk ? { reducedCosts: Float64Array.from(solution.colDual) } : {}),
        timeMs: performance.now() - t0,
      };
    } finally {
      model.dispose();
    }
  };
}

export const relGap = (objective: number, bound: number): number =>
  Math.abs(bound - objective) / Math.max(Math.abs(bound), Math.abs(objective), 1e-9);
