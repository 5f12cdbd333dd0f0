/** The "what can we count on" Monte Carlo simulation: pure, seeded, over typed arrays. */
export {
  type CompileModelInput,
  compileModel,
  guarantorRates,
  SERIES,
  type SimulationKernel,
  type SimulationModel,
} from './compile-model';
export * as simulationDefaults from './defaults';
export { generateCommitments, generateReliability } from './generate-commitments';
export {
  combinePilot,
  localPilotShare,
  type MoneyRanges,
  moneyBin,
  PILOT_PARTS,
  PILOT_RUNS,
  type PilotPart,
  type PilotShare,
  pilotMoneyRanges,
  pilotPart,
} from './money-ranges';
export { type RandomStream, type RandomStreams, splitmix32, Xoshiro128, xoshiroStreams } from './random';
export {
  type ChunkRunner,
  chunkRange,
  createAccumulator,
  mergeAccumulator,
  referenceChunkRunner,
  runChunk,
  type SimulationAccumulator,
} from './run-chunk';
export { BATCH_RUNS, createScratch, drawEvents, type RunScratch, sampleRun } from './sample-run';
export {
  abortError,
  chunkRunner,
  prepareSimulation,
  type RunInlineDeps,
  runChunksInline,
  type SimulateInput,
  type SimulationEngine,
  simulateInline,
} from './simulate';
export { type MeanOnly, simulateMeanOnly } from './simulate-mean-only';
export { binQuantiles, countQuantiles, summariseSimulation } from './summarise';
export { wasmChunkRunner } from './wasm-kernel';
