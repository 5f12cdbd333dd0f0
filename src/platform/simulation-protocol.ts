/** Messages between the simulation pool and its worker threads. */
import type { SimulationAccumulator, SimulationEngine, SimulationKernel } from '../core/simulation';

/** Int32Array over SimRequest.control: the next chunk to take, the stop flag, chunks finished. */
export const CONTROL_NEXT = 0;
export const CONTROL_STOP = 1;
export const CONTROL_CHUNKS_DONE = 2;
export const CONTROL_SLOTS = 3;

export interface SimRequest {
  type: 'run';
  id: number;
  kernel: SimulationKernel;
  control: SharedArrayBuffer;
  /** Default: the WebAssembly kernel. */
  engine?: SimulationEngine;
}

export type SimWorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; id: number; chunk: number }
  | { type: 'result'; id: number; acc: SimulationAccumulator }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };
