/**
 * Where each money histogram's bins go. Money delivered by day d spans a range that is narrow
 * beside the committed total early on (day 0 may see 1 % of it), so bins over [0, committed]
 * would blur the first days. Instead a pilot of PILOT_RUNS runs, from streams of its own, gives
 * each (series, day) cell the range [lo, hi] of what it saw; the bins split that range. The
 * pilot depends only on the seed, so every worker ends with the same ranges.
 *
 * A value outside [lo, hi] goes to an underflow or overflow bin; a quantile that lands there is
 * reported at the edge and counted as clipped. With 256 pilot runs, the chance that the 10th
 * percentile of the population lies below the pilot's minimum is 0.9^256 ≈ 2e-12 per cell.
 */
import type { SimulationKernel } from './compile-model';
import type { RandomStreams } from './random';
import { createScratch, sampleRun } from './sample-run';

export const PILOT_RUNS = 256;
/**
 * The pilot's runs come in PILOT_PARTS parts of PILOT_RUNS / PILOT_PARTS runs, part p from the
 * stream (seed, PILOT_CHUNK − p), so that workers can share the pilot (each a part, then all
 * take the least and greatest over the parts) and still get the same ranges as one alone.
 */
export const PILOT_PARTS = 2;
/** The pilot's stream index: no real chunk has it (runs ≤ 1,000,000). */
export const PILOT_CHUNK = 0xffffffff;

export interface MoneyRanges {
  /** Per cell (active series i × days + d): the pilot's least and greatest money delivered. */
  lo: Float64Array;
  hi: Float64Array;
  /** (moneyBins − 2) / (hi − lo), or 0 when hi = lo. */
  scale: Float64Array;
}

/** One part's least and greatest money per cell. */
export type PilotPart = Pick<MoneyRanges, 'lo' | 'hi'>;

/** The pilot's part `part`, in this thread (the TypeScript reference). */
export function pilotPart(k: SimulationKernel, streams: RandomStreams, part: number): PilotPart {
  const D = k.days;
  const cells = k.activeSeries.length * D;
  const lo = new Float64Array(cells).fill(Number.POSITIVE_INFINITY);
  const hi = new Float64Array(cells).fill(Number.NEGATIVE_INFINITY);
  const sc = createScratch(k, 1);
  const fail = new Int32Array(k.commitments);
  const rng = streams(k.seed, PILOT_CHUNK - part);
  for (let r = 0; r < PILOT_RUNS / PILOT_PARTS; r++) {
    sampleRun(k, rng, sc, fail, fail);
    for (let i = 0; i < k.activeSeries.length; i++) {
      const base = k.activeSeries[i]! * D;
      let money = 0;
      for (let d = 0; d < D; d++) {
        money += sc.moneyDelta[base + d]!;
        const cell = i * D + d;
        if (money < lo[cell]!) lo[cell] = money;
        if (money > hi[cell]!) hi[cell] = money;
      }
    }
  }
  return { lo, hi };
}

/** The ranges from every part of the pilot: per cell the least lo and the greatest hi. */
export function combinePilot(parts: readonly PilotPart[], bins: number): MoneyRanges {
  const lo = Float64Array.from(parts[0]!.lo);
  const hi = Float64Array.from(parts[0]!.hi);
  for (const p of parts.slice(1))
    for (let c = 0; c < lo.length; c++) {
      if (p.lo[c]! < lo[c]!) lo[c] = p.lo[c]!;
      if (p.hi[c]! > hi[c]!) hi[c] = p.hi[c]!;
    }
  return { lo, hi, scale: binScales(lo, hi, bins) };
}

/** How the runners of one job share the pilot's parts (platform/simulation-worker.ts across threads). */
export interface PilotShare {
  /** The next part to compute, or null when every part is taken. */
  take(): number | null;
  publish(part: number, result: PilotPart): void;
  /** Every part, in order, once all are published (a worker waits here for the others). */
  all(): PilotPart[];
}

/** A pilot shared with no one: this runner computes every part. */
export function localPilotShare(): PilotShare {
  let next = 0;
  const parts: PilotPart[] = [];
  return {
    take: () => (next < PILOT_PARTS ? next++ : null),
    publish: (part, result) => {
      parts[part] = result;
    },
    all: () => parts,
  };
}

/** The whole pilot in this thread. */
export function pilotMoneyRanges(k: SimulationKernel, streams: RandomStreams): MoneyRanges {
  const parts = Array.from({ length: PILOT_PARTS }, (_, p) => pilotPart(k, streams, p));
  return combinePilot(parts, k.moneyBins);
}

/** Per cell, (bins − 2) / (hi − lo), or 0 when hi = lo: what a money value is multiplied by. */
export function binScales(lo: Float64Array, hi: Float64Array, bins: number): Float64Array {
  const scale = new Float64Array(lo.length);
  for (let c = 0; c < lo.length; c++) scale[c] = hi[c]! > lo[c]! ? (bins - 2) / (hi[c]! - lo[c]!) : 0;
  return scale;
}

/**
 * The bin of `money` in a cell: 0 below lo, 1 … B − 2 over [lo, hi], B − 1 above hi.
 * Bin b in range covers [lo + (b − 1)·w, lo + b·w), w = (hi − lo) / (B − 2); hi itself is in B − 2.
 */
export function moneyBin(money: number, lo: number, hi: number, scale: number, bins: number): number {
  if (money < lo) return 0;
  if (money > hi) return bins - 1;
  const b = 1 + (((money - lo) * scale) | 0);
  return Math.min(b, bins - 2);
}
