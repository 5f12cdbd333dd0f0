import { afterAll, describe, expect, it } from 'vitest';
import type { StageReport } from '../contracts/forcegen';
import { generateScenario } from '../core/forcegen/generate-scenario';
import { line, offer, scenario } from '../core/forcegen/testing';
import { shutdownForceGenSolver, solveForceGeneration, solveWhatIf } from './solve-force-generation';
import { ScenarioInvalidError } from './solver-pool';

afterAll(() => shutdownForceGenSolver());

describe('solveForceGeneration (HiGHS in a worker thread)', () => {
  it('solves a scenario off the main thread', async () => {
    const s = scenario({ lines: [line('L', { quantity: 2 })], offers: [offer('O', { quantity: 2 })] });
    const r = await solveForceGeneration(s, { timeLimitSeconds: 5 });
    expect(r.status).toBe('optimal');
    expect(r.objective.coverage).toBe(1);
    expect(r.solver).toBe('highs');
  }, 30_000);

  it('never blocks the event loop: a 10 ms timer keeps ticking through a solve', async () => {
    const s = generateScenario({ nations: 35, lines: 150, offers: 1000, seed: 5 });
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 10);
    const t0 = performance.now();
    const stages: StageReport[] = [];
    const r = await solveForceGeneration(s, { timeLimitSeconds: 2, onStage: (st) => stages.push(st) });
    const elapsed = performance.now() - t0;
    clearInterval(timer);
    const longestPause = Math.max(...ticks.slice(1).map((t, i) => t - ticks[i]!));
    expect(stages.map((st) => st.stage)).toEqual(['coverage', 'burden_sharing', 'nations_per_line']);
    expect(r.objective.coverage).toBeGreaterThan(0.5);
    expect(ticks.length).toBeGreaterThan((elapsed / 10) * 0.5);
    expect(longestPause).toBeLessThan(250);
  }, 30_000);

  it('rejects a malformed scenario with the path of the bad field', async () => {
    const bad = { ...scenario({ lines: [line('L')] }), offers: [{ ...offer('O'), nation: 'ZZ' }] };
    const e = await solveForceGeneration(bad).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(ScenarioInvalidError);
    expect((e as ScenarioInvalidError).issues).toEqual([
      { path: 'offers[0].nation', message: 'unknown nation "ZZ"' },
    ]);
  }, 30_000);

  it('can be cancelled and then returns the best plan found so far', async () => {
    const s = generateScenario({ nations: 35, lines: 150, offers: 1000, seed: 2 });
    const ac = new AbortController();
    const t0 = performance.now();
    const r = await solveForceGeneration(s, {
      timeLimitSeconds: 60,
      signal: ac.signal,
      onStage: (st) => {
        if (st.stage === 'coverage') ac.abort();
      },
    });
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(r.stages[0]!.stage).toBe('coverage');
    expect(r.stages.some((st) => st.status === 'interrupted')).toBe(true);
    expect(r.objective.coverage).toBeGreaterThan(0.5);
  }, 30_000);

  it('runs a what-if against the base plan', async () => {
    const s = scenario({
      usBackstop: true,
      lines: [line('L', { quantity: 2 })],
      offers: [offer('O1'), offer('O2', { nation: 'BB', caveats: [{ kind: 'needs_us_backstop' }] })],
    });
    const { comparison } = await solveWhatIf(s, { kind: 'drop_us_backstop' }, { timeLimitSeconds: 5 });
    expect(comparison.coverage).toMatchObject({ base: 1, variant: 0.5 });
    expect(comparison.newGaps).toEqual(['L']);
  }, 30_000);
});
