import { afterAll, describe, expect, it } from 'vitest';
import type { SimulationProgress } from '../contracts/activation';
import {
  generateCommitments,
  generateReliability,
  prepareSimulation,
  simulateInline,
} from '../core/simulation';
import { runSimulation, SimulationWorkerPool } from './simulation-workers';

const commitments = generateCommitments({ count: 400, seed: 3 });
const reliability = generateReliability(3);
const options = { runs: 3000, seed: 42, horizonDays: 60, chunkRuns: 250 };
const pool = new SimulationWorkerPool(2);
afterAll(() => pool.close());

describe('simulation on worker threads', () => {
  it('the same seed gives the identical result on one worker, on two, and in this thread', async () => {
    const model = prepareSimulation({ commitments, reliability, options });
    const one = await pool.run(model, { workers: 1 });
    const two = await pool.run(model, { workers: 2 });
    expect(two).toEqual(one);
    expect(one).toEqual(simulateInline({ commitments, reliability, options }));
  });

  it('three workers sharing the pilot and the merge give the identical result too', async () => {
    const three = new SimulationWorkerPool(3);
    try {
      const model = prepareSimulation({ commitments, reliability, options });
      expect(await three.run(model, { workers: 3 })).toEqual(
        simulateInline({ commitments, reliability, options }),
      );
    } finally {
      await three.close();
    }
  });

  it('reports progress chunk by chunk, up to every run', async () => {
    const seen: SimulationProgress[] = [];
    const model = prepareSimulation({ commitments, reliability, options: { ...options, runs: 1100 } });
    await pool.run(model, { workers: 2, onProgress: (p) => seen.push(p) });
    expect(seen).toHaveLength(5);
    expect(seen.at(-1)).toEqual({ chunksDone: 5, chunks: 5, runsDone: 1100 });
  });

  it('can be cancelled mid-run, and the pool still works afterwards', async () => {
    const big = prepareSimulation({
      commitments: generateCommitments({ count: 2000, seed: 4 }),
      options: { runs: 200_000, chunkRuns: 500 },
    });
    const ac = new AbortController();
    let progress = 0;
    const started = Date.now();
    const run = pool.run(big, {
      workers: 2,
      signal: ac.signal,
      onProgress: () => {
        if (++progress === 1) ac.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(progress).toBeLessThan(big.kernel.chunks);
    const after = await pool.run(prepareSimulation({ commitments, options: { runs: 200 } }), { workers: 2 });
    expect(after.runs).toBe(200);
  });

  it('a signal aborted before the start rejects at once', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(
      pool.run(prepareSimulation({ commitments, options: { runs: 100 } }), { signal: ac.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('runSimulation parses the options and uses their worker count', async () => {
    const r = await runSimulation(
      { commitments, reliability, options: { ...options, workers: 2 } },
      { pool },
    );
    expect(r.series[0]!.capability.p50).toHaveLength(61);
  });
});
