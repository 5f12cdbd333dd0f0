/** Solver adapters: HiGHS (WebAssembly) in worker threads. */
export { highsMipSolver, type MipProgress } from './highs-mip';
export {
  type SolveOptions,
  shutdownForceGenSolver,
  solveForceGeneration,
  solveWhatIf,
} from './solve-force-generation';
export { ForceGenSolverPool, ScenarioInvalidError, SolverError } from './solver-pool';
