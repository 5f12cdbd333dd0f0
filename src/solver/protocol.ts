/** Messages between the force-generation solver pool and its worker threads. */
import type { ForceGenResult, ForceGenSolveOptions, StageReport } from '../contracts/forcegen';
import type { ScenarioIssue } from '../core/forcegen/validate-scenario';
import type { MipProgress } from './highs-mip';

export interface SolveRequest {
  type: 'solve';
  id: number;
  scenario: unknown;
  options: ForceGenSolveOptions;
  /** Int32Array over it: [0] = 1 asks the solve to stop and return what it has. */
  stop: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; id: number; progress: MipProgress }
  | { type: 'stage'; id: number; report: StageReport }
  | { type: 'partial'; id: number; result: ForceGenResult }
  | { type: 'result'; id: number; result: ForceGenResult }
  | { type: 'invalid'; id: number; issues: ScenarioIssue[] }
  | { type: 'error'; id: number; message: string };
