/**
 * From the merged histograms to the bands. Quantiles use the nearest rank: the q-quantile of R
 * runs is the k-th smallest value, k = max(1, ⌈q·R⌉).
 *
 * - Capability counts are integers with one histogram bin per value: their bands are exact.
 * - Money has moneyBins bins per series and day over the range a pilot saw (money-ranges.ts).
 *   The k-th smallest value lies in a known bin, and the reported value interpolates by rank
 *   inside it, so it is within one bin width of the exact quantile; moneyResolutionEur is the
 *   widest bin of the series over all days. Ordering p10 ≤ p50 ≤ p90 holds.
 * - Means: counts exactly from the histograms; money from per-chunk sums added in chunk order.
 */
import type {
  SimulationBands,
  SimulationFailure,
  SimulationResult,
  SimulationSeries,
} from '../../contracts/activation';
import type { Kind, Pillar } from '../../contracts/enums';
import { SERIES, type SimulationModel } from './compile-model';
import { PILOT_RUNS } from './money-ranges';
import type { SimulationAccumulator } from './run-chunk';

const QUANTILES = [0.1, 0.5, 0.9] as const;

export function summariseSimulation(model: SimulationModel, acc: SimulationAccumulator): SimulationResult {
  const k = model.kernel;
  const D = k.days;
  const R = k.runs;
  const ranks = QUANTILES.map((q) => Math.max(1, Math.ceil(q * R)));
  const series: SimulationSeries[] = [];
  let clipped = 0;
  for (let i = 0; i < k.activeSeries.length; i++) {
    const s = k.activeSeries[i]!;
    const n = k.seriesCount[s]!;
    const capability = emptyBands(D);
    const money = emptyBands(D);
    let width = 0;
    // a run's count never falls from one day to the next, so no run counts below the previous
    // day's least: each row is read from there (rows are long, their runs bunched)
    let least = 0;
    for (let d = 0; d < D; d++) {
      // rows are read in place: a subarray per row would cost more than reading it
      const counts = acc.countHist;
      const row = k.countRow[s * D + d]!;
      while (least < n && counts[row + least] === 0) least++;
      const held = countQuantiles(counts, ranks, row + least, n + 1 - least).map((v) => v + least);
      setBand(capability, d, held, least + meanOfCounts(counts, R, row + least, n + 1 - least));
      const cell = i * D + d;
      const [lo, hi] = [acc.ranges.lo[cell]!, acc.ranges.hi[cell]!];
      const q = binQuantiles(acc.moneyHist, ranks, lo, hi, cell * k.moneyBins, k.moneyBins);
      clipped += q.clipped;
      width = Math.max(width, (hi - lo) / (k.moneyBins - 2));
      setBand(money, d, q.values, moneyMean(acc, k.chunks, k.series * D, s * D + d, R));
    }
    // true quantiles never fall from one day to the next; keep the reported ones so too (each
    // stays within the widest bin of the days up to it)
    for (const band of [money.p10, money.p50, money.p90])
      for (let d = 1; d < D; d++) if (band[d]! < band[d - 1]!) band[d] = band[d - 1]!;
    const key = SERIES[s]!;
    const [group, name] = (key.includes(':') ? key.split(':') : ['total', '']) as [
      SimulationSeries['group'],
      string,
    ];
    series.push({
      key,
      group,
      ...(group === 'pillar' ? { pillar: name as Pillar } : {}),
      ...(group === 'kind' ? { kind: name as Kind } : {}),
      committedCount: n,
      committedEur: k.seriesEur[s]!,
      capability,
      money,
      moneyResolutionEur: width,
    });
  }
  return {
    runs: R,
    seed: k.seed,
    horizonDays: D - 1,
    chunks: k.chunks,
    commitments: k.commitments,
    series,
    mostOftenFail: mostOftenFail(model, acc),
    moneyClipped: clipped,
    method:
      `Monte Carlo: ${R} runs in ${k.chunks} chunks of ${k.chunkRuns}, each chunk with its own ` +
      `xoshiro128** stream from (seed, chunk). Quantiles by nearest rank. Capability bands exact; ` +
      `money bands from ${k.moneyBins}-bin histograms per series and day over the range a ` +
      `${PILOT_RUNS}-run pilot saw, each within moneyResolutionEur of the exact value ` +
      `(${clipped} fell outside the pilot's range and are reported at its edge). Day d: within the first (d + 1) × 24 h after the determination.`,
  };
}

function emptyBands(D: number): SimulationBands {
  return {
    p10: new Array(D).fill(0),
    p50: new Array(D).fill(0),
    p90: new Array(D).fill(0),
    mean: new Array(D).fill(0),
  };
}

function setBand(b: SimulationBands, d: number, q: number[], mean: number): void {
  b.p10[d] = q[0]!;
  b.p50[d] = q[1]!;
  b.p90[d] = q[2]!;
  b.mean[d] = mean;
}

/**
 * The k-th smallest values (ranks ascending) of a histogram with one bin per integer value: the
 * `length` bins of `hist` from `start`.
 */
export function countQuantiles(
  hist: Int32Array,
  ranks: readonly number[],
  start = 0,
  length = hist.length - start,
): number[] {
  const out: number[] = [];
  // v: the value reached, cum: the runs at values up to and including it
  let v = 0;
  let cum = length > 0 ? hist[start]! : 0;
  for (const rank of ranks) {
    // a tight loop to the value of the rank-th smallest run
    while (cum < rank && v < length - 1) cum += hist[start + ++v]!;
    out.push(v);
  }
  return out;
}

/**
 * Like countQuantiles over a money row (money-ranges.ts): bin 0 below lo, bins 1 … B − 2 of
 * width w from lo, bin B − 1 above hi. Inside the range the value is interpolated by rank in its
 * bin; outside it the edge is reported and the quantile counted as clipped.
 */
export function binQuantiles(
  hist: Int32Array,
  ranks: readonly number[],
  lo: number,
  hi: number,
  start = 0,
  length = hist.length - start,
): { values: number[]; clipped: number } {
  const last = length - 1;
  const w = (hi - lo) / (length - 2);
  const values: number[] = [];
  let clipped = 0;
  // b: the bin reached, cum: the runs in the bins before it
  let b = 0;
  let cum = 0;
  for (const rank of ranks) {
    // a tight loop to the bin that holds the rank-th smallest value
    while (b < last && cum + hist[start + b]! < rank) cum += hist[start + b++]!;
    const n = hist[start + b]!;
    if (b === 0 || b === last) clipped++;
    values.push(b === 0 ? lo : b === last ? hi : Math.min(hi, lo + (b - 1 + (rank - cum - 0.5) / n) * w));
  }
  return { values, clipped };
}

/** The mean of a count histogram over `runs` runs, scanning only as far as the runs go. */
function meanOfCounts(hist: Int32Array, runs: number, start: number, length: number): number {
  let sum = 0;
  for (let v = 1, seen = hist[start]!; v < length && seen < runs; v++) {
    const n = hist[start + v]!;
    sum += v * n;
    seen += n;
  }
  return sum / runs;
}

function moneyMean(
  acc: SimulationAccumulator,
  chunks: number,
  stride: number,
  at: number,
  runs: number,
): number {
  let sum = 0;
  for (let c = 0; c < chunks; c++) sum += acc.moneySums[c * stride + at]!;
  return sum / runs;
}

function mostOftenFail(model: SimulationModel, acc: SimulationAccumulator): SimulationFailure[] {
  const R = model.kernel.runs;
  return model.meta
    .map((m, i) => ({ i, m, fails: acc.fail[i]! }))
    .filter((x) => x.fails > 0)
    .sort((a, b) => b.fails - a.fails || a.m.ref.localeCompare(b.m.ref))
    .slice(0, model.topFailures)
    .map(({ i, m, fails }) => ({
      commitmentId: m.id,
      commitmentRef: m.ref,
      guarantor: m.guarantor,
      pillar: m.pillar as Pillar,
      kind: m.kind as Kind,
      failRate: fails / R,
      conditionRate: acc.conditionFail[i]! / R,
    }));
}
