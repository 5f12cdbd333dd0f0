/**
 * The solver adapter's entry points. `solveForceGeneration` validates and solves in a worker
 * thread and resolves with the plan; it rejects with ScenarioInvalidError (with the path of every
 * bad field) or SolverError. A cancelled solve resolves with the best plan found so far.
 */
import type {
  ForceGenResult,
  ForceGenScenario,
  ForceGenSolveOptions,
  PlanComparison,
  WhatIf,
} from '../contracts/forcegen';
import { comparePlans } from '../core/forcegen/compare-plans';
import { applyWhatIf } from '../core/forcegen/what-if';
import { ForceGenSolverPool, type JobOptions } from './solver-pool';

export type SolveOptions = ForceGenSolveOptions & JobOptions;

let shared: ForceGenSolverPool | null = null;
const pool = () => {
  shared ??= new ForceGenSolverPool(1);
  return shared;
};

export function solveForceGeneration(scenario: unknown, options: SolveOptions = {}): Promise<ForceGenResult> {
  const { signal, onProgress, onStage, graceMs, ...solve } = options;
  return pool().solve(scenario, solve, { signal, onProgress, onStage, graceMs });
}

/** Solves the base plan (unless given) and the what-if variant, and compares them. */
export async function solveWhatIf(
  scenario: ForceGenScenario,
  whatIf: WhatIf,
  options: SolveOptions & { base?: ForceGenResult } = {},
): Promise<{ base: ForceGenResult; variant: ForceGenResult; comparison: PlanComparison }> {
  const { base: given, ...rest } = options;
  const base = given ?? (await solveForceGeneration(scenario, rest));
  const variant = await solveForceGeneration(applyWhatIf(scenario, whatIf), rest);
  return { base, variant, comparison: comparePlans(whatIf, base, variant) };
}

/** Stops the shared pool's workers (tests, graceful shutdown). */
export async function shutdownForceGenSolver(): Promise<void> {
  const p = shared;
  shared = null;
  await p?.close();
}
