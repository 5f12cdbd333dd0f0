/**
 * Force generation: the HiGHS optimiser (in its worker thread, warm) against the greedy baseline
 * on generated scenarios of summit size (35 nations, 150 lines, 1,000 offers) and large size
 * (100 / 1,000 / 10,000; quick: 50 / 300 / 3,000). Targets from issue 4: summit proven optimal
 * in ≤ 1 s; large within 0.5 % of the bound in ≤ 10 s; coverage never below the greedy's.
 * "Objective" is the first lexicographic stage, priority-weighted coverage (0..1); the bound is
 * the best proven upper bound on it. Later stages are time-boxed and report their own gaps.
 */
import { generateScenario } from '../src/core/forcegen/generate-scenario';
import { greedyForceGeneration } from '../src/core/forcegen/plan-force-generation';
import { shutdownForceGenSolver, solveForceGeneration } from '../src/solver/solve-force-generation';
import { type BenchOptions, type BenchResult, result } from './types';

const SEED = 2026;
const r4 = (v: number) => Number(v.toFixed(4));
const ms = (v: number) => Math.round(v);

interface Case {
  key: string;
  nations: number;
  lines: number;
  offers: number;
  timeLimitSeconds: number;
  /** Target: coverage proven optimal (summit) or within this fraction of the bound (large). */
  boundTarget: number;
  timeTargetMs: number;
}

async function measure(c: Case): Promise<BenchResult[]> {
  const s = generateScenario({ nations: c.nations, lines: c.lines, offers: c.offers, seed: SEED });
  const size = `${c.nations} nations, ${c.lines} lines, ${c.offers} offers, seed ${SEED}`;
  const tg = performance.now();
  const greedy = greedyForceGeneration(s);
  const greedyMs = performance.now() - tg;

  let coverageMs = Number.NaN;
  const t0 = performance.now();
  const opt = await solveForceGeneration(s, {
    timeLimitSeconds: c.timeLimitSeconds,
    onStage: (st) => {
      if (st.stage === 'coverage') coverageMs = performance.now() - t0;
    },
  });
  const totalMs = performance.now() - t0;
  const [cov, burden, nations] = opt.stages;
  const proven = cov!.status === 'optimal';
  const ratio = opt.bound > 0 ? opt.objective.coverage / opt.bound : 1;
  const stageNote = opt.stages
    .map(
      (st) =>
        `${st.stage} ${st.status} via ${st.method}, gap ${(st.mipGap * 100).toFixed(2)} %, ${ms(st.timeMs)} ms`,
    )
    .join('; ');
  const p = `forcegen.${c.key}`;
  const timeRow = result({
    name: `${p}.optimiser.coverage_time`,
    value: ms(coverageMs),
    unit: 'ms',
    baseline: ms(greedyMs),
    target: c.timeTargetMs,
    higherIsBetter: false,
    note: `${size}; time until the coverage stage ended (${cov!.status}, ${cov!.method}), worker warm; baseline: greedy`,
  });
  if (c.key === 'summit' && !proven) timeRow.met = false; // the target is *proven* optimal
  return [
    timeRow,
    result({
      name: `${p}.optimiser.total_time`,
      value: ms(totalMs),
      unit: 'ms',
      baseline: ms(greedyMs),
      // The summit's 1 s target is about proving coverage optimal (the row above), not all stages.
      target: c.key === 'summit' ? null : c.timeTargetMs,
      higherIsBetter: false,
      note: `all three stages within a ${c.timeLimitSeconds} s limit: ${stageNote}`,
    }),
    result({
      name: `${p}.optimiser.objective`,
      value: r4(opt.objective.coverage),
      unit: 'weighted coverage',
      baseline: r4(greedy.objective.coverage),
      target: null,
      note: 'priority-weighted coverage 0..1; baseline: greedy',
    }),
    result({
      name: `${p}.optimiser.objective_over_bound`,
      value: Number(ratio.toFixed(6)),
      unit: 'ratio',
      baseline: null,
      target: c.boundTarget,
      note: `bound ${r4(opt.bound)}, MIP gap ${(opt.mipGap * 100).toFixed(4)} % (${cov!.status})`,
    }),
    result({
      name: `${p}.optimiser.coverage`,
      value: r4(opt.coverage.units),
      unit: 'share of demand',
      baseline: r4(greedy.coverage.units),
      target: null,
      note: `Σ covered ÷ Σ demand; ${opt.gaps.length} gap lines vs ${greedy.gaps.length} for greedy`,
    }),
    result({
      name: `${p}.coverage_vs_greedy`,
      value: Number((opt.objective.coverage / greedy.objective.coverage).toFixed(6)),
      unit: 'ratio',
      baseline: null,
      target: 1,
      note: 'optimiser ÷ greedy priority-weighted coverage',
    }),
    result({
      name: `${p}.optimiser.burden_outside_band`,
      value: Math.round(opt.objective.burdenOutsideBand),
      unit: 'personnel',
      baseline: Math.round(greedy.objective.burdenOutsideBand),
      target: null,
      higherIsBetter: false,
      note: `stage 2 (${burden?.status ?? 'not run'}): personnel outside ±10 % (+150) of GDP share; bound ${Math.round(burden?.bound ?? 0)}; baseline: greedy`,
    }),
    result({
      name: `${p}.optimiser.nation_line_pairs`,
      value: opt.objective.nationLinePairs,
      unit: 'pairs',
      baseline: greedy.objective.nationLinePairs,
      target: null,
      higherIsBetter: false,
      note: `stage 3 (${nations?.status ?? 'not run'}): Σ nations per line; baseline: greedy`,
    }),
    result({
      name: `${p}.greedy.time`,
      value: ms(greedyMs),
      unit: 'ms',
      baseline: null,
      target: null,
      higherIsBetter: false,
      note: `greedy baseline, main thread; model ${opt.model.columns} columns, ${opt.model.rows} rows`,
    }),
  ];
}

/** Time until coverage is proven optimal (coverage stage only), over several summit-size seeds. */
async function summitProofs(seeds: number[]): Promise<BenchResult[]> {
  const times: number[] = [];
  let proven = 0;
  for (const seed of seeds) {
    const s = generateScenario({ nations: 35, lines: 150, offers: 1000, seed });
    const t0 = performance.now();
    const r = await solveForceGeneration(s, { timeLimitSeconds: 10, stages: 1 });
    times.push(performance.now() - t0);
    if (r.status === 'optimal') proven++;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const within = times.filter((t, i) => t <= 1000 && i < seeds.length).length;
  return [
    result({
      name: 'forcegen.summit.seeds.median_time_to_optimal',
      value: ms(median),
      unit: 'ms',
      baseline: null,
      target: 1000,
      higherIsBetter: false,
      note: `coverage stage only, seeds ${seeds.join(', ')}: ${proven}/${seeds.length} proven optimal, ${within} within 1 s; times ${times.map(ms).join(', ')} ms`,
    }),
    result({
      name: 'forcegen.summit.seeds.max_time_to_optimal',
      value: ms(sorted[sorted.length - 1]!),
      unit: 'ms',
      baseline: null,
      target: 1000,
      higherIsBetter: false,
      note: 'slowest of the seeds above',
    }),
  ];
}

export async function run(opts: BenchOptions): Promise<BenchResult[]> {
  const large = opts.quick
    ? { nations: 50, lines: 300, offers: 3000 }
    : { nations: 100, lines: 1000, offers: 10_000 };
  try {
    // Spawn and warm the worker once, as a server would at start-up.
    await solveForceGeneration(generateScenario({ nations: 6, lines: 20, offers: 80, seed: 1 }), {
      timeLimitSeconds: 5,
    });
    return [
      ...(await measure({
        key: 'summit',
        nations: 35,
        lines: 150,
        offers: 1000,
        timeLimitSeconds: 10,
        boundTarget: 0.9999,
        timeTargetMs: 1000,
      })),
      ...(await summitProofs(
        opts.quick ? [2027, 2028, 2029] : [2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034],
      )),
      ...(await measure({
        key: opts.quick ? 'large_quick' : 'large',
        ...large,
        timeLimitSeconds: 10,
        boundTarget: 0.995,
        timeTargetMs: 10_000,
      })),
    ];
  } finally {
    await shutdownForceGenSolver();
  }
}
