/** Messages between the simulation pool and its worker threads. */
import type { SimulationAccumulator, SimulationEngine, SimulationKernel } from '../core/simulation';

/**
 * Int32Array over SimRequest.control: the next chunk to take, the stop flag, chunks finished;
 * and for merging the histograms: the next merge ticket, merges done.
 */
export const CONTROL_NEXT = 0;
export const CONTROL_STOP = 1;
export const CONTROL_CHUNKS_DONE = 2;
export const CONTROL_MERGE_TICKET = 3;
export const CONTROL_MERGED = 4;
export const CONTROL_SLOTS = 5;

export interface SimRequest {
  type: 'run';
  id: number;
  kernel: SimulationKernel;
  control: SharedArrayBuffer;
  /** Default: the WebAssembly kernel. */
  engine?: SimulationEngine;
  /**
   * The job's merged histograms, which the workers add into themselves, one after another in
   * ticket order: kernel.countBins count bins, then the money bins (Int32). Their result
   * messages then carry empty histograms.
   */
  histograms: SharedArrayBuffer;
}

export type SimWorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; id: number; chunk: number }
  | { type: 'result'; id: number; acc: SimulationAccumulator }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };
