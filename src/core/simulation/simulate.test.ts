import { describe, expect, it } from 'vitest';
import type { ActivatableCommitment } from '../activation/types';
import { generateCommitments, generateReliability } from './generate-commitments';
import { xoshiroStreams } from './random';
import { createAccumulator, runChunk } from './run-chunk';
import { createScratch, sampleRun } from './sample-run';
import { prepareSimulation, runChunksInline, simulateInline } from './simulate';
import { simulateMeanOnly } from './simulate-mean-only';
import { summariseSimulation } from './summarise';

const commitments = generateCommitments({ count: 300, seed: 11 });
const reliability = generateReliability(11);
const options = { runs: 1200, seed: 5, horizonDays: 30, chunkRuns: 100 };

describe('simulation: seeded and replayable', () => {
  it('the same seed gives the identical result, whatever order the chunks run in', () => {
    const model = prepareSimulation({ commitments, reliability, options });
    const forward = summariseSimulation(model, runChunksInline(model));
    const order = Array.from({ length: model.kernel.chunks }, (_, i) => i).reverse();
    const backward = summariseSimulation(model, runChunksInline(model, { order }));
    expect(backward).toEqual(forward);
    expect(simulateInline({ commitments, reliability, options })).toEqual(forward);
  });

  it('the batch size of the histogram pass does not change the answer', () => {
    const model = prepareSimulation({ commitments, reliability, options });
    const k = model.kernel;
    const run = (batch: number) => {
      const acc = createAccumulator(k, xoshiroStreams);
      for (let chunk = 0; chunk < k.chunks; chunk++)
        runChunk(k, acc, chunk, xoshiroStreams, createScratch(k, batch));
      return summariseSimulation(model, acc);
    };
    expect(run(7)).toEqual(run(256));
  });

  it('another seed gives another answer', () => {
    const a = simulateInline({ commitments, reliability, options });
    const b = simulateInline({ commitments, reliability, options: { ...options, seed: 6 } });
    expect(b.series[0]!.capability.mean).not.toEqual(a.series[0]!.capability.mean);
  });
});

describe('simulation: bands', () => {
  const result = simulateInline({ commitments, reliability, options });

  it('has the total, each pillar and each kind present, with p10 ≤ p50 ≤ p90 every day', () => {
    expect(result.series[0]!.key).toBe('total');
    expect(result.series.some((s) => s.group === 'pillar')).toBe(true);
    expect(result.series.some((s) => s.group === 'kind')).toBe(true);
    for (const s of result.series)
      for (const b of [s.capability, s.money]) {
        expect(b.p10).toHaveLength(31);
        for (let d = 0; d <= 30; d++) {
          expect(b.p10[d]).toBeLessThanOrEqual(b.p50[d]!);
          expect(b.p50[d]).toBeLessThanOrEqual(b.p90[d]!);
          if (d > 0) expect(b.p50[d]).toBeGreaterThanOrEqual(b.p50[d - 1]!); // delivered never shrinks
        }
      }
  });

  it('capability bands are the exact nearest-rank quantiles; money bands within one bin', () => {
    // recompute every run's total by brute force from the same streams and samples
    const model = prepareSimulation({ commitments, reliability, options });
    const k = model.kernel;
    const sc = createScratch(k);
    const fail = new Int32Array(k.commitments);
    const counts: number[][] = Array.from({ length: k.days }, () => []);
    const money: number[][] = Array.from({ length: k.days }, () => []);
    for (let chunk = 0; chunk < k.chunks; chunk++) {
      const rng = xoshiroStreams(k.seed, chunk);
      for (let r = 0; r < k.chunkRuns; r++) {
        sampleRun(k, rng, sc, fail, new Int32Array(k.commitments));
        let c = 0;
        let m = 0;
        for (let d = 0; d < k.days; d++) {
          c += sc.countDelta[d]!;
          m += sc.moneyDelta[d]!;
          counts[d]!.push(c);
          money[d]!.push(m);
        }
      }
    }
    const rank = (q: number) => Math.max(1, Math.ceil(q * k.runs)) - 1;
    const total = result.series[0]!;
    for (const d of [0, 1, 6, 13, 29, 30]) {
      const cs = counts[d]!.sort((a, b) => a - b);
      const ms = money[d]!.sort((a, b) => a - b);
      expect([total.capability.p10[d], total.capability.p50[d], total.capability.p90[d]]).toEqual([
        cs[rank(0.1)],
        cs[rank(0.5)],
        cs[rank(0.9)],
      ]);
      expect(Math.abs(total.money.p50[d]! - ms[rank(0.5)]!)).toBeLessThanOrEqual(total.moneyResolutionEur);
      expect(Math.abs(total.money.p90[d]! - ms[rank(0.9)]!)).toBeLessThanOrEqual(total.moneyResolutionEur);
      expect(total.capability.mean[d]).toBeCloseTo(cs.reduce((a, b) => a + b, 0) / k.runs, 9);
    }
  });

  it('the mean-only baseline draws the same samples: equal count means, money means to rounding', () => {
    const model = prepareSimulation({ commitments, reliability, options });
    const base = simulateMeanOnly(model.kernel);
    const total = result.series[0]!;
    for (let d = 0; d <= 30; d++) {
      expect(base.count[d]).toBeCloseTo(total.capability.mean[d]!, 9);
      expect(base.money[d]! / total.money.mean[d]!).toBeCloseTo(1, 9);
    }
  });
});

describe('simulation: the model', () => {
  const one = (over: Partial<ActivatableCommitment>): ActivatableCommitment => ({
    id: over.ref ?? 'c',
    ref: 'c',
    title: 't',
    guarantor: 'GB',
    pillar: 'renewed_attack',
    kind: 'air_defence',
    legalForm: 'treaty',
    status: 'in_force',
    trigger: { kind: 'renewed_attack' },
    conditions: [],
    terms: { responseTimeHours: 48, money: { eurAmount: 1e9 } },
    ...over,
  });

  it('a condition that can never be satisfied fails its commitment in every run', () => {
    const r = simulateInline({
      commitments: [
        one({ ref: 'BLOCKED', conditions: [{ kind: 'us_backstop', text: 'US backstop', satisfied: false }] }),
        one({ ref: 'FREE' }),
      ],
      options: {
        runs: 500,
        conditions: {
          us_backstop: { probability: 0, delay: { type: 'fixed', hours: 0 }, scope: 'coalition' },
        },
      },
    });
    expect(r.mostOftenFail[0]).toMatchObject({ commitmentRef: 'BLOCKED', failRate: 1, conditionRate: 1 });
    expect(r.mostOftenFail.find((f) => f.commitmentRef === 'FREE')?.conditionRate ?? 0).toBe(0);
  });

  it('a shared coalition condition fails every commitment that carries it together', () => {
    const cond = [{ kind: 'us_backstop' as const, text: 'US backstop', satisfied: false }];
    const r = simulateInline({
      commitments: [
        one({ ref: 'A', conditions: cond }),
        one({ ref: 'B', guarantor: 'FR', conditions: cond }),
      ],
      options: { runs: 2000, legalFormFactors: { treaty: 1 } },
    });
    const [a, b] = ['A', 'B'].map((ref) => r.mostOftenFail.find((f) => f.commitmentRef === ref)!);
    expect(a!.conditionRate).toBe(b!.conditionRate); // one draw per run for the coalition
    expect(a!.conditionRate).toBeGreaterThan(0.3);
  });

  it('a ratified treaty is not a statement: the statement fails more often', () => {
    const r = simulateInline({
      commitments: [one({ ref: 'TREATY' }), one({ ref: 'STATEMENT', legalForm: 'statement' })],
      options: { runs: 4000 },
    });
    const rate = (ref: string) => r.mostOftenFail.find((f) => f.commitmentRef === ref)?.failRate ?? 0;
    expect(rate('STATEMENT')).toBeGreaterThan(rate('TREATY') + 0.3);
  });

  it('nothing is delivered before its response time; a 48 h commitment lands on day 1 at the earliest', () => {
    const r = simulateInline({ commitments: [one({ ref: 'X' })], options: { runs: 1000 } });
    const total = r.series[0]!;
    expect(total.capability.p90[0]).toBe(0);
    expect(total.capability.mean[1]).toBeGreaterThan(0.4);
    expect(total.money.p90[0]).toBe(0);
  });

  it('a commitment that does not activate (announced, or another trigger) is not simulated', () => {
    const r = simulateInline({
      commitments: [
        one({ ref: 'A', status: 'announced' }),
        one({ ref: 'B', trigger: { kind: 'ceasefire_in_force' } }),
        one({ ref: 'C' }),
      ],
      options: { runs: 10 },
    });
    expect(r.commitments).toBe(1);
  });
});
