/**
 * One Monte Carlo run over typed arrays: which commitments are honoured on which day. Shared by
 * the simulation, its money-range pilot and the mean-only baseline, so all draw the same samples.
 *
 * The loop makes no call: the late draw's logarithm comes from a table (distributions.ts), and
 * imported constants are copied to locals first (each use of an imported binding re-reads its
 * module cell). Arrays are interleaved per commitment (compile-model.ts) so that it reads few.
 */
import { PILLARS } from '../../contracts/enums';
import type { SimulationKernel } from './compile-model';
import { delayAt, LN_TABLE, LN_TABLE_SIZE, POW2_NEG } from './distributions';
import { type RandomStream, U32 } from './random';

/** Runs whose cumulative series are buffered before they go into the histograms together. */
export const BATCH_RUNS = 256;

/** Working memory, reused across runs. */
export interface RunScratch {
  u32: Uint32Array;
  /** Per shared condition event: days until satisfied, or +Infinity for never. */
  eventDays: Float64Array;
  /** Per series and day: honoured that day (count, EUR) in the current run, at [s × days + d]. */
  countDelta: Int32Array;
  moneyDelta: Float64Array;
  /**
   * A batch of runs' values, cell-major: [(active series i × days + d) × batch + r], each the
   * count by day d shifted left by BIN_BITS, or'ed with the money histogram bin (run-chunk.ts).
   */
  cells: Int32Array;
  /** Runs the batch holds. */
  batch: number;
}

export function createScratch(k: SimulationKernel, batchRuns = BATCH_RUNS): RunScratch {
  const cells = k.activeSeries.length * k.days;
  const batch = Math.max(1, Math.min(batchRuns, k.chunkRuns));
  return {
    u32: new Uint32Array(k.events + k.commitments),
    eventDays: new Float64Array(k.events),
    countDelta: new Int32Array(k.series * k.days),
    moneyDelta: new Float64Array(k.series * k.days),
    cells: new Int32Array(batch * cells),
    batch,
  };
}

/**
 * The shared condition events of one run, from the first k.events uniforms of `u32`: the days
 * until each is satisfied, or +Infinity for never. (The WebAssembly kernel uses it too.)
 */
export function drawEvents(k: SimulationKernel, u32: Uint32Array, eventDays: Float64Array): void {
  const unit = U32;
  const never = Number.POSITIVE_INFINITY;
  const { eventP, eventType, eventA, eventB, eventC } = k;
  for (let e = 0, E = k.events; e < E; e++) {
    const u = u32[e]! * unit;
    const p = eventP[e]!;
    eventDays[e] = u < p ? delayAt(eventType[e]!, eventA[e]!, eventB[e]!, eventC[e]!, u / p) / 24 : never;
  }
}

/**
 * Draws one run into sc.countDelta / sc.moneyDelta. One uniform per shared condition event and
 * one per commitment: for a commitment, u < honourCut decides, and where it falls beyond
 * onTimeCut sets the lateness (uniform again, given that), so no second draw is needed.
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
  drawEvents(k, u32, eventDays);
  const E = k.events;
  const never = Number.POSITIVE_INFINITY;
  countDelta.fill(0);
  moneyDelta.fill(0);
  const C = k.commitments;
  const D = k.days;
  const { condStart, condEvent, commitInt: ci, commitFloat: cf } = k;
  // imported bindings are read through their module cell on every use: copy them to locals
  const L = LN_TABLE;
  const size = LN_TABLE_SIZE;
  const pow2neg = POW2_NEG;
  const ln2 = Math.LN2;
  for (let c = 0; c < C; c++) {
    let clear = 0;
    for (let j = condStart[c]!, end = condStart[c + 1]!; j < end; j++) {
      const t = eventDays[condEvent[j]!]!;
      if (t > clear) clear = t;
    }
    if (clear === never) {
      conditionFail[c]!++;
      fail[c]!++;
      continue;
    }
    const c4 = 4 * c;
    const u = u32[E + c]! >>> 2;
    const cut = ci[c4]!;
    if (u >= cut) {
      fail[c]!++;
      continue;
    }
    let t = cf[c4 + 1]!;
    if (clear > t) t = clear;
    if (u >= ci[c4 + 1]!) {
      // late: −ln(1 − w) means, = lnLateRange − ln(honourCut − u) (lnInt() inlined)
      const n = cut - u;
      const e = 31 - Math.clz32(n);
      const pos = (n * pow2neg[e]! - 1) * size;
      const i = pos | 0;
      t += cf[c4 + 2]! * (cf[c4]! - (e * ln2 + L[2 * i]! + (pos - i) * L[2 * i + 1]!));
    }
    // day d holds what lands within the first (d + 1) × 24 hours
    const day = t <= 1 ? 0 : Math.ceil(t) - 1;
    if (day >= D) {
      fail[c]!++;
      continue;
    }
    const i1 = ci[c4 + 2]! + day;
    const i2 = ci[c4 + 3]! + day;
    const m = cf[c4 + 3]!;
    countDelta[i1]!++;
    countDelta[i2]!++;
    moneyDelta[i1]! += m;
    moneyDelta[i2]! += m;
  }
  // the total is the sum of the pillars (each commitment has exactly one)
  for (let p = 1, pillars = PILLARS.length; p <= pillars; p++) {
    const base = p * D;
    for (let d = 0; d < D; d++) {
      countDelta[d]! += countDelta[base + d]!;
      moneyDelta[d]! += moneyDelta[base + d]!;
    }
  }
}
