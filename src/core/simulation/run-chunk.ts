/**
 * Chunks of runs into histograms. A chunk is a fixed range of runs with its own stream (seed,
 * chunk); its results go into integer histograms, which add up to the same totals in any order,
 * so that how chunks are spread over workers cannot change the answer. The one float
 * accumulation (money, for the mean) is kept per chunk and summed in chunk order.
 */
import { BIN_BITS, type SimulationKernel } from './compile-model';
import { type MoneyRanges, pilotMoneyRanges } from './money-ranges';
import type { RandomStreams } from './random';
import { createScratch, type RunScratch, sampleRun } from './sample-run';

export interface SimulationAccumulator {
  /** Count histograms: row (s, d) at kernel.countRow[s × days + d], bins 0..seriesCount[s]. */
  countHist: Int32Array;
  /** Money histograms: row (active series i, d) at (i × days + d) × moneyBins (money-ranges.ts). */
  moneyHist: Int32Array;
  /** The pilot's ranges that place the money bins; the same in every worker. */
  ranges: MoneyRanges;
  /** Per chunk, per series and day: the sum over its runs of EUR delivered by that day. */
  moneySums: Float64Array;
  /** Per commitment: runs in which it was not honoured within the horizon / had a condition fail. */
  fail: Int32Array;
  conditionFail: Int32Array;
}

export function createAccumulator(k: SimulationKernel, streams: RandomStreams): SimulationAccumulator {
  return {
    countHist: new Int32Array(k.countBins),
    moneyHist: new Int32Array(k.activeSeries.length * k.days * k.moneyBins),
    ranges: pilotMoneyRanges(k, streams),
    moneySums: new Float64Array(k.chunks * k.series * k.days),
    fail: new Int32Array(k.commitments),
    conditionFail: new Int32Array(k.commitments),
  };
}

/** The runs [first, first + count) of chunk `chunk`. */
export function chunkRange(k: SimulationKernel, chunk: number): { first: number; count: number } {
  const first = chunk * k.chunkRuns;
  return { first, count: Math.max(0, Math.min(k.chunkRuns, k.runs - first)) };
}

/**
 * Runs one chunk into `acc`. Returns false if `shouldStop` asked it to stop (checked every
 * batch); the accumulator then holds a partial chunk and must be discarded.
 */
export function runChunk(
  k: SimulationKernel,
  acc: SimulationAccumulator,
  chunk: number,
  streams: RandomStreams,
  scratch: RunScratch = createScratch(k),
  shouldStop?: () => boolean,
): boolean {
  const { count } = chunkRange(k, chunk);
  const rng = streams(k.seed, chunk);
  const size = k.series * k.days;
  const sums = acc.moneySums.subarray(chunk * size, (chunk + 1) * size);
  const batch = scratch.batch;
  for (let first = 0; first < count; first += batch) {
    if (shouldStop?.()) return false;
    const n = Math.min(batch, count - first);
    for (let r = 0; r < n; r++) {
      sampleRun(k, rng, scratch, acc.fail, acc.conditionFail);
      bufferRun(k, scratch, r, acc.ranges, sums);
    }
    histogramBatch(k, scratch, n, acc);
  }
  return true;
}

/**
 * Writes run r's cumulative series (by day) into the batch buffer, one integer per cell (the
 * count and the money bin), and adds its money to the chunk's sums (for the mean).
 */
function bufferRun(k: SimulationKernel, sc: RunScratch, r: number, ranges: MoneyRanges, sums: Float64Array) {
  const { countDelta, moneyDelta, cells, batch } = sc;
  const { lo, hi, scale } = ranges;
  const { activeSeries } = k;
  const D = k.days;
  const over = k.moneyBins - 1;
  const top = k.moneyBins - 2;
  const shift = BIN_BITS; // a local: an imported binding is re-read on every use
  for (let i = 0, cell = 0; i < activeSeries.length; i++) {
    const s = activeSeries[i]!;
    const base = s * D;
    let count = 0;
    let money = 0;
    for (let d = 0, o = cell * batch + r; d < D; d++, cell++, o += batch) {
      count += countDelta[base + d]!;
      money += moneyDelta[base + d]!;
      // moneyBin() inlined: 0 below the pilot's range, 1..B−2 inside it, B−1 above
      const l = lo[cell]!;
      let bin = 0;
      if (money > hi[cell]!) bin = over;
      else if (money >= l) {
        bin = 1 + (((money - l) * scale[cell]!) | 0);
        if (bin > top) bin = top;
      }
      cells[o] = (count << shift) | bin;
      sums[base + d]! += money;
    }
  }
}

/**
 * Adds a batch of buffered runs to the histograms, one (series, day) cell at a time: the cell's
 * histogram rows stay in cache for the whole batch instead of being fetched once per run.
 */
function histogramBatch(k: SimulationKernel, sc: RunScratch, n: number, acc: SimulationAccumulator): void {
  const { cells, batch } = sc;
  const { countHist, moneyHist } = acc;
  const { activeSeries, countRow } = k;
  const D = k.days;
  const B = k.moneyBins;
  const shift = BIN_BITS;
  const mask = (1 << shift) - 1;
  for (let i = 0; i < activeSeries.length; i++) {
    const s = activeSeries[i]!;
    for (let d = 0; d < D; d++) {
      const cell = i * D + d;
      const crow = countRow[s * D + d]!;
      const mrow = cell * B;
      for (let o = cell * batch, end = o + n; o < end; o++) {
        const v = cells[o]!;
        countHist[crow + (v >> shift)]!++;
        moneyHist[mrow + (v & mask)]!++;
      }
    }
  }
}

/**
 * Runs chunks into an accumulator of its own: `run` a chunk at a time (false if `shouldStop`
 * stopped it; the runner is then to be dropped), then `finish` once for the accumulator.
 */
export interface ChunkRunner {
  run(chunk: number, shouldStop?: () => boolean): boolean;
  /**
   * With `histograms`, the count and money histograms are handed to it (views valid during the
   * call only) instead of being copied into the accumulator, whose histograms are then empty.
   */
  finish(histograms?: (countHist: Int32Array, moneyHist: Int32Array) => void): SimulationAccumulator;
}

/** The TypeScript reference runner: runChunk into a fresh accumulator. */
export function referenceChunkRunner(
  k: SimulationKernel,
  streams: RandomStreams,
  batchRuns?: number,
): ChunkRunner {
  const acc = createAccumulator(k, streams);
  const scratch = createScratch(k, batchRuns);
  return {
    run: (chunk, shouldStop) => runChunk(k, acc, chunk, streams, scratch, shouldStop),
    finish: () => acc,
  };
}

/** Adds `from` into `into` (integer histograms: the order does not matter). */
export function mergeAccumulator(into: SimulationAccumulator, from: SimulationAccumulator): void {
  addInto(into.countHist, from.countHist);
  addInto(into.moneyHist, from.moneyHist);
  // each chunk's slot is written by exactly one worker and is zero elsewhere: x + 0 is exact
  addInto(into.moneySums, from.moneySums);
  addInto(into.fail, from.fail);
  addInto(into.conditionFail, from.conditionFail);
}

export function addInto<T extends Int32Array | Float64Array>(a: T, b: T): void {
  for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
}
