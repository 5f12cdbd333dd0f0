/**
 * The benchmark's baseline: a plain single-threaded loop over typed arrays that draws the same
 * samples as the simulation (same chunks, same streams, same sampleRun) but keeps only the mean
 * per series and day: no per-run series, no histograms, no bands.
 */
import type { SimulationKernel } from './compile-model';
import { type RandomStreams, xoshiroStreams } from './random';
import { chunkRange } from './run-chunk';
import { createScratch, sampleRun } from './sample-run';

export interface MeanOnly {
  /** Mean commitments honoured by day d, per series: [s × days + d]. */
  count: Float64Array;
  money: Float64Array;
}

export function simulateMeanOnly(k: SimulationKernel, streams: RandomStreams = xoshiroStreams): MeanOnly {
  const D = k.days;
  const count = new Float64Array(k.series * D);
  const money = new Float64Array(k.series * D);
  const fail = new Int32Array(k.commitments);
  const conditionFail = new Int32Array(k.commitments);
  const sc = createScratch(k, 1);
  for (let chunk = 0; chunk < k.chunks; chunk++) {
    const rng = streams(k.seed, chunk);
    const { count: n } = chunkRange(k, chunk);
    for (let r = 0; r < n; r++) {
      sampleRun(k, rng, sc, fail, conditionFail);
      for (let i = 0; i < count.length; i++) {
        count[i]! += sc.countDelta[i]!;
        money[i]! += sc.moneyDelta[i]!;
      }
    }
  }
  // the deltas' sums become the means of the cumulative series
  for (let s = 0; s < k.series; s++) {
    let c = 0;
    let m = 0;
    for (let d = 0; d < D; d++) {
      c += count[s * D + d]!;
      m += money[s * D + d]!;
      count[s * D + d] = c / k.runs;
      money[s * D + d] = m / k.runs;
    }
  }
  return { count, money };
}
