/**
 * The optimiser's use case: a validated scenario in, the plan out. Pure given its ports: the
 * MIP solver and a clock. Runs synchronously (the solver adapter runs it in a worker thread).
 * Unfilled demand is a gap, never an error. Throws only if the solver itself fails.
 */
import {
  type ForceGenResult,
  type ForceGenScenario,
  ForceGenSolveOptions,
  STAGES,
  type StageReport,
} from '../../contracts/forcegen';
import { outsideBand } from './balance-burden';
import { buildClasses, type ClassIndex } from './classes';
import { buildCoverageModel } from './coverage-model';
import { describePlan } from './describe-plan';
import { stepsToPlan } from './disaggregate';
import { type Assignment, evaluatePlan } from './evaluate-plan';
import { greedyPlan } from './greedy';
import { type MipSolver, rowCount } from './mip';
import { burdenStage, coverageStage, nationsStage, type StageContext } from './stages';

export interface PlanDeps {
  solveMip: MipSolver;
  /** Milliseconds on a monotonic clock. */
  now?: () => number;
  /** Called as each stage ends. */
  onStage?: (report: StageReport) => void;
  /** Checked between stages: true skips the stages left (the MIP solver checks it inside a solve). */
  shouldStop?: () => boolean;
  /** Called with the plan as it stands after the coverage stage, before the later stages run. */
  onPartial?: (result: ForceGenResult) => void;
}

export function planForceGeneration(
  scenario: ForceGenScenario,
  options: ForceGenSolveOptions,
  deps: PlanDeps,
): ForceGenResult {
  const opts = ForceGenSolveOptions.parse(options);
  const now = deps.now ?? (() => performance.now());
  const t0 = now();
  // 10 % held back for messaging, interpretation and HiGHS overrunning a limit while it sets up.
  const budget = opts.timeLimitSeconds * 1000 * 0.9;
  // Where each stage must end, as fractions of the budget, by how many stages run.
  const ends = opts.stages === 1 ? [1] : opts.stages === 2 ? [0.75, 1] : [0.75, 0.9, 1];
  const until = (i: number) => t0 + budget * ends[i]!;
  const ci = buildClasses(scenario);
  const greedy = greedyPlan(ci);
  const cm = buildCoverageModel(ci);
  const buildMs = now() - t0;
  const sc = (i: number): StageContext => ({
    ci,
    solveMip: deps.solveMip,
    mipRelGap: opts.mipRelGap,
    now,
    until: until(i),
  });
  const stages: StageReport[] = [];
  const done = (r: StageReport) => {
    stages.push(r);
    deps.onStage?.(r);
  };
  const tSolve = now();

  const s1 = coverageStage(sc(0), cm, greedy);
  done(s1.report);
  let plan: Assignment[] = stepsToPlan(ci, s1.x);
  const band = { band: opts.burdenBand, slack: opts.burdenSlackPersonnel };
  const finish = (stages: StageReport[], plan: readonly Assignment[]): ForceGenResult => {
    const all = [...stages];
    for (let i = all.length; i < opts.stages; i++)
      all.push({
        stage: STAGES[i]!,
        status: 'interrupted',
        method: 'skipped',
        objective: 0,
        bound: 0,
        mipGap: 1,
        timeMs: 0,
      });
    const result = resultOf(ci, plan, 'highs', all, band);
    result.model = {
      columns: cm.model.numCols,
      rows: rowCount(cm.model.rows),
      integers: cm.model.integrality.reduce((a, v) => a + v, 0),
      nonzeros: cm.model.rows.index.length,
    };
    return result;
  };
  if (deps.onPartial && opts.stages > 1) deps.onPartial(finish(stages, plan));
  const stopped = () => deps.shouldStop?.() === true || s1.report.status === 'interrupted';
  if (opts.stages >= 2 && !stopped()) {
    const floor = s1.value * (1 - opts.coverageTolerance) - 1e-9;
    const s2 = burdenStage(sc(1), cm, s1.x, floor, band, s1.lpMs);
    done(s2.report);
    plan = stepsToPlan(ci, s2.x, s2.use);
    if (opts.stages >= 3 && !stopped()) {
      const s3 = nationsStage(sc(2), s2.x, s2.use, (p) => evaluatePlan(ci, p).nationLinePairs);
      done(s3.report);
      plan = s3.plan;
    }
  }
  const solveMs = now() - tSolve;
  const tInterpret = now();
  const result = finish(stages, plan);
  const interpretMs = now() - tInterpret;
  result.timing = { buildMs, solveMs, interpretMs, totalMs: now() - t0 };
  return result;
}

/** The greedy baseline as a result (no bound beyond the trivial one: full coverage). */
export function greedyForceGeneration(
  scenario: ForceGenScenario,
  now: () => number = () => performance.now(),
): ForceGenResult {
  const t0 = now();
  const ci = buildClasses(scenario);
  const plan = greedyPlan(ci);
  const solveMs = now() - t0;
  const m = evaluatePlan(ci, plan);
  const stage: StageReport = {
    stage: 'coverage',
    status: 'heuristic',
    method: 'greedy',
    objective: m.coverage,
    bound: 1,
    mipGap: 1 - m.coverage,
    timeMs: solveMs,
  };
  const result = resultOf(ci, plan, 'greedy', [stage], { band: 0.1, slack: 150 });
  result.timing = { buildMs: 0, solveMs, interpretMs: now() - t0 - solveMs, totalMs: now() - t0 };
  return result;
}

function resultOf(
  ci: ClassIndex,
  plan: readonly Assignment[],
  solver: ForceGenResult['solver'],
  stages: StageReport[],
  band: { band: number; slack: number },
): ForceGenResult {
  const s = ci.scenario;
  const m = evaluatePlan(ci, plan);
  const gdp = s.nations.reduce((a, n) => a + n.gdp, 0);
  const first = stages[0]!;
  return {
    scenario: s.id,
    solver,
    status: first.status,
    objective: {
      coverage: m.coverage,
      burdenOutsideBand: outsideBand(
        m.personnel,
        s.nations.map((n) => n.gdp / gdp),
        band,
      ),
      burdenDeviation: m.burdenDeviation,
      nationLinePairs: m.nationLinePairs,
    },
    bound: first.bound,
    mipGap: first.mipGap,
    stages,
    ...describePlan(ci, plan, m),
    model: { columns: 0, rows: 0, integers: 0, nonzeros: 0 },
    timing: { buildMs: 0, solveMs: 0, interpretMs: 0, totalMs: 0 },
  };
}
