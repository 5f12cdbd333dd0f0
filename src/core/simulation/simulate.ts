/**
 * "If attacked again, what can we count on by day N?" — in the calling thread, chunk after
 * chunk. The worker-thread runner (platform/simulation-workers.ts) runs the same chunks in
 * parallel and gets the same result.
 */

import type { ActivationReliability } from '../../contracts/activation';
import {
  SimulationOptions,
  type SimulationOptionsInput,
  type SimulationResult,
} from '../../contracts/activation';
import type { ActivatableCommitment } from '../activation/types';
import { compileModel, type SimulationModel } from './compile-model';
import type { PilotShare } from './money-ranges';
import { type RandomStreams, xoshiroStreams } from './random';
import { type ChunkRunner, referenceChunkRunner, type SimulationAccumulator } from './run-chunk';
import { summariseSimulation } from './summarise';
import { wasmChunkRunner } from './wasm-kernel';

/**
 * Which implementation runs the hot loops: the WebAssembly kernel (the default) or the
 * TypeScript reference it is tested against. Both give the identical answer.
 */
export type SimulationEngine = 'wasm' | 'reference';

/** A runner; `pilot` shares the money-range pilot with the job's other runners (kernel only). */
export function chunkRunner(
  k: SimulationModel['kernel'],
  streams: RandomStreams,
  engine: SimulationEngine = 'wasm',
  batchRuns?: number,
  pilot?: PilotShare,
): ChunkRunner {
  return engine === 'wasm'
    ? wasmChunkRunner(k, streams, batchRuns, pilot)
    : referenceChunkRunner(k, streams, batchRuns);
}

export interface SimulateInput {
  commitments: readonly ActivatableCommitment[];
  reliability?: readonly ActivationReliability[];
  options?: SimulationOptionsInput;
}

/** Parses the options (defaults included) and compiles the model. @throws ZodError on bad options. */
export function prepareSimulation(input: SimulateInput): SimulationModel {
  return compileModel({
    commitments: input.commitments,
    reliability: input.reliability ?? [],
    options: SimulationOptions.parse(input.options ?? {}),
  });
}

export interface RunInlineDeps {
  streams?: RandomStreams;
  /** Checked between chunks and every 32 runs; true stops with an AbortError. */
  shouldStop?: () => boolean;
  onChunk?: (done: number, chunks: number) => void;
  /** The chunks to run, in this order (default all, ascending); for tests of order independence. */
  order?: readonly number[];
  engine?: SimulationEngine;
}

/** Runs chunks of `model` in this thread into one accumulator. @throws Error named AbortError when stopped. */
export function runChunksInline(model: SimulationModel, deps: RunInlineDeps = {}): SimulationAccumulator {
  const k = model.kernel;
  const streams = deps.streams ?? xoshiroStreams;
  const runner = chunkRunner(k, streams, deps.engine);
  const order = deps.order ?? Array.from({ length: k.chunks }, (_, i) => i);
  let done = 0;
  for (const chunk of order) {
    if (!runner.run(chunk, deps.shouldStop)) throw abortError();
    deps.onChunk?.(++done, k.chunks);
  }
  return runner.finish();
}

/** The whole simulation in this thread. @throws ZodError on bad options; AbortError when stopped. */
export function simulateInline(input: SimulateInput, deps: RunInlineDeps = {}): SimulationResult {
  const model = prepareSimulation(input);
  return summariseSimulation(model, runChunksInline(model, deps));
}

export function abortError(): Error {
  const e = new Error('simulation cancelled');
  e.name = 'AbortError';
  return e;
}
