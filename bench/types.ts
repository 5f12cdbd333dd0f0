/** One measured figure in bench/results.json. `ratio` is value ÷ baseline (same run, same machine). */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The same work done by a reference implementation in the same run, or null where none applies. */
  baseline: number | null;
  ratio: number | null;
  /** The target, in `unit`, or null. */
  target: number | null;
  /** Whether the target is met; null where there is no target. */
  met: boolean | null;
  /** Optional detail shown in the README tables (what was compared, notes). */
  note?: string;
}

export interface BenchOptions {
  /** A short form for CI and smoke runs. */
  quick: boolean;
}

/** A benchmark module: bench/<capability>.bench.ts exports `run`. */
export type BenchModule = { run: (opts: BenchOptions) => Promise<BenchResult[]> };

export function result(
  r: Omit<BenchResult, 'ratio' | 'met'> & { higherIsBetter?: boolean; ratio?: number | null },
): BenchResult {
  const { higherIsBetter = true, ...rest } = r;
  const ratio =
    r.ratio !== undefined ? r.ratio : r.baseline ? Number((r.value / r.baseline).toFixed(3)) : null;
  const met = r.target === null ? null : higherIsBetter ? r.value >= r.target : r.value <= r.target;
  return { ...rest, ratio, met };
}
