/**
 * One Monte Carlo run over typed arrays: which commitments are honoured on which day. Shared by
 * the simulation, its money-range pilot and the mean-only baseline, so all draw the same samples.
 */
import { PILLARS } from '../../contracts/enums';
import type { SimulationKernel } from './compile-model';
import { delayAt } from './distributions';
import { type RandomStream, U32 } from './random';

/** Runs whose cumulative series are buffered before they go into the histograms together. */
export const BATCH_RUNS = 500;

/** Working memory, reused across runs. */
export interface RunScratch {
  u32: Uint32Array;
  /** Per shared condition event: days until satisfied, or +Infinity for never. */
  eventDays: Float64Array;
  /** Per series and day: honoured that day (count, EUR) in the current run. */
  countDelta: Int32Array;
  moneyDelta: Float64Array;
  /**
   * A batch of runs' cumulative series, run-major: [r × cells + active series i × days + d]:
   * the count, and the money histogram bin.
   */
  cumCount: Int32Array;
  cumBin: Uint16Array;
}

export function createScratch(k: SimulationKernel, batchRuns = BATCH_RUNS): RunScratch {
  const cells = k.activeSeries.length * k.days;
  const batch = Math.max(1, Math.min(batchRuns, k.chunkRuns));
  return {
    u32: new Uint32Array(k.events + k.commitments),
    eventDays: new Float64Array(k.events),
    countDelta: new Int32Array(k.series * k.days),
    moneyDelta: new Float64Array(k.series * k.days),
    cumCount: new Int32Array(batch * cells),
    cumBin: new Uint16Array(batch * cells),
  };
}

/**
 * Draws one run into sc.countDelta / sc.moneyDelta. One uniform per shared condition event and
 * one per commitment: u < p decides, and u / p (uniform again, given u < p) sets the delay, so
 * no second draw is needed.
 */
export function sampleRun(
  k: SimulationKernel,
  rng: RandomStream,
  sc: RunScratch,
  fail: Int32Array,
  conditionFail: Int32Array,
): void {
  const { u32, eventDays, countDelta, moneyDelta } = sc;
  rng.fill(u32);
  const E = k.events;
  const { eventP, eventType, eventA, eventB, eventC } = k;
  for (let e = 0; e < E; e++) {
    const u = u32[e]! * U32;
    const p = eventP[e]!;
    eventDays[e] =
      u < p
        ? delayAt(eventType[e]!, eventA[e]!, eventB[e]!, eventC[e]!, u / p) / 24
        : Number.POSITIVE_INFINITY;
  }
  countDelta.fill(0);
  moneyDelta.fill(0);
  const C = k.commitments;
  const D = k.days;
  const { condStart, condEvent, pHonour, invP, onTime, invLate, lateMeanDays, responseDays, eur } = k;
  const { pillarSeries, kindSeries } = k;
  for (let c = 0; c < C; c++) {
    let clear = 0;
    for (let j = condStart[c]!, end = condStart[c + 1]!; j < end; j++) {
      const t = eventDays[condEvent[j]!]!;
      if (t > clear) clear = t;
    }
    if (clear === Number.POSITIVE_INFINITY) {
      conditionFail[c]!++;
      fail[c]!++;
      continue;
    }
    const u = u32[E + c]! * U32;
    if (u >= pHonour[c]!) {
      fail[c]!++;
      continue;
    }
    const v = u * invP[c]!;
    const ot = onTime[c]!;
    let t = responseDays[c]!;
    if (clear > t) t = clear;
    if (v >= ot) t -= lateMeanDays[c]! * Math.log(1 - (v - ot) * invLate[c]!);
    // day d holds what lands within the first (d + 1) × 24 hours
    const day = t <= 1 ? 0 : Math.ceil(t) - 1;
    if (day >= D) {
      fail[c]!++;
      continue;
    }
    const i1 = pillarSeries[c]! * D + day;
    const i2 = kindSeries[c]! * D + day;
    const m = eur[c]!;
    countDelta[i1]!++;
    countDelta[i2]!++;
    moneyDelta[i1]! += m;
    moneyDelta[i2]! += m;
  }
  // the total is the sum of the pillars (each commitment has exactly one)
  for (let p = 1; p <= PILLARS.length; p++) {
    const base = p * D;
    for (let d = 0; d < D; d++) {
      countDelta[d]! += countDelta[base + d]!;
      moneyDelta[d]! += moneyDelta[base + d]!;
    }
  }
}
