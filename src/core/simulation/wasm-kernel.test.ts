import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileKernel, kernelModule, OUTPUT } from '../../../scripts/build-wasm.mjs';
import { generateCommitments, generateReliability } from './generate-commitments';
import { xoshiroStreams } from './random';
import { referenceChunkRunner, type SimulationAccumulator } from './run-chunk';
import { prepareSimulation, runChunksInline, type SimulateInput } from './simulate';
import { wasmChunkRunner } from './wasm-kernel';

const base: SimulateInput = {
  commitments: generateCommitments({ count: 300, seed: 11 }),
  reliability: generateReliability(11),
  options: { runs: 1200, seed: 5, horizonDays: 30, chunkRuns: 100 },
};

/** The accumulator's arrays that differ, byte for byte (toEqual is slow on a million elements). */
function differences(a: SimulationAccumulator, b: SimulationAccumulator): string[] {
  const arrays = (x: SimulationAccumulator) => ({
    countHist: x.countHist,
    moneyHist: x.moneyHist,
    moneySums: x.moneySums,
    fail: x.fail,
    conditionFail: x.conditionFail,
    lo: x.ranges.lo,
    hi: x.ranges.hi,
    scale: x.ranges.scale,
  });
  const [x, y] = [arrays(a), arrays(b)];
  const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  return Object.keys(x).filter((key) => {
    const name = key as keyof typeof x;
    return !bytes(x[name]).equals(bytes(y[name]));
  });
}

describe('the simulation kernel in WebAssembly', () => {
  it('the committed bytes are what wasm/simulation-kernel.ts compiles to', async () => {
    const committed = readFileSync(new URL(`../../../${OUTPUT}`, import.meta.url), 'utf8');
    expect(committed).toBe(kernelModule(await compileKernel()));
  }, 60_000);

  const cases: [string, SimulateInput][] = [
    ['the test register', base],
    [
      'another seed, a horizon of one day, runs not a multiple of the chunk',
      { ...base, options: { runs: 777, seed: 9, horizonDays: 1, chunkRuns: 50 } },
    ],
    [
      'conditions of every delay type, most never satisfied',
      {
        ...base,
        options: {
          ...base.options,
          conditions: {
            parliamentary_approval: {
              probability: 0.2,
              delay: { type: 'uniform', minHours: 1, maxHours: 900 },
              scope: 'guarantor',
            },
            mandate: {
              probability: 0.5,
              delay: { type: 'exponential', meanHours: 200 },
              scope: 'commitment',
            },
            us_backstop: { probability: 0.1, delay: { type: 'fixed', hours: 30 }, scope: 'coalition' },
          },
        },
      },
    ],
    [
      'more runs than a 16-bit histogram bin holds (70,000: flushed on the way)',
      {
        commitments: generateCommitments({ count: 20, seed: 4 }),
        reliability: generateReliability(4),
        options: { runs: 70_000, seed: 3, horizonDays: 5, chunkRuns: 10_000 },
      },
    ],
    [
      '2,000 commitments over 90 days',
      {
        commitments: generateCommitments({ count: 2000, seed: 2026 }),
        reliability: generateReliability(2026),
        options: { runs: 600, seed: 1, horizonDays: 90, chunkRuns: 200 },
      },
    ],
  ];
  it.each(cases)('gives exactly what the TypeScript reference gives: %s', (_, input) => {
    const model = prepareSimulation(input);
    const k = model.kernel;
    const reference = runChunksInline(model, { engine: 'reference' });
    expect(differences(runChunksInline(model, { engine: 'wasm' }), reference)).toEqual([]);
    expect(reference.fail.some((f) => f > 0)).toBe(true); // the comparison covers failures too
    const other = prepareSimulation({ ...input, options: { ...input.options, seed: 99 } });
    expect(differences(runChunksInline(other, { engine: 'wasm' }), reference)).toContain('countHist');
    // and in any batch size, chunks in any order
    const runner = wasmChunkRunner(k, xoshiroStreams, 7);
    for (let chunk = k.chunks - 1; chunk >= 0; chunk--) expect(runner.run(chunk)).toBe(true);
    expect(differences(runner.finish(), reference)).toEqual([]);
  });

  it('stops between batches when asked, and says so', () => {
    const k = prepareSimulation(base).kernel;
    let asked = 0;
    const runner = wasmChunkRunner(k, xoshiroStreams, 10);
    expect(runner.run(0, () => ++asked > 3)).toBe(false);
    expect(asked).toBe(4);
    expect(referenceChunkRunner(k, xoshiroStreams, 10).run(0, () => true)).toBe(false);
  });
});
