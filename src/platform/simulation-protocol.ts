/** Messages between the simulation pool and its worker threads. */
import type { SimulationAccumulator, SimulationEngine, SimulationKernel } from '../core/simulation';

/**
 * Int32Array over SimRequest.control: the next chunk to take, the stop flag, chunks finished;
 * for sharing the money-range pilot: the next part to take, parts published; for merging the
 * histograms: per unit (MERGE_RANGES ranges of each of the two histograms) a lock and how many
 * workers have added theirs.
 */
export const CONTROL_NEXT = 0;
export const CONTROL_STOP = 1;
export const CONTROL_CHUNKS_DONE = 2;
export const CONTROL_PILOT_NEXT = 3;
export const CONTROL_PILOT_DONE = 4;
export const MERGE_RANGES = 8;
export const MERGE_UNITS = 2 * MERGE_RANGES;
export const CONTROL_MERGE_LOCKS = 5;
export const CONTROL_MERGE_COUNTS = CONTROL_MERGE_LOCKS + MERGE_UNITS;
export const CONTROL_SLOTS = CONTROL_MERGE_COUNTS + MERGE_UNITS;

export interface SimRequest {
  type: 'run';
  id: number;
  kernel: SimulationKernel;
  control: SharedArrayBuffer;
  /** Default: the WebAssembly kernel. */
  engine?: SimulationEngine;
  /** This worker's place among the job's `workers` (where it starts merging). */
  worker: number;
  workers: number;
  /**
   * The job's merged histograms, which the workers add into themselves, a range at a time
   * (each starting at its own range, so that they work side by side): kernel.countBins count
   * bins, then the money bins (Int32). Their result messages then carry empty histograms.
   */
  histograms: SharedArrayBuffer;
  /**
   * The pilot's parts as the workers publish them (core/simulation/money-ranges.ts): per part,
   * lo then hi over the cells (active series × days), Float64.
   */
  pilot: SharedArrayBuffer;
}

export type SimWorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; id: number; chunk: number }
  | { type: 'result'; id: number; acc: SimulationAccumulator }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };
