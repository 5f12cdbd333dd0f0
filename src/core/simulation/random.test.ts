import { describe, expect, it } from 'vitest';
import { SimulationOptions } from '../../contracts/activation';
import { compileDelay, delayAt, lnInt, normalQuantile } from './distributions';
import { U32, Xoshiro128, xoshiroStreams } from './random';
import { binQuantiles, countQuantiles } from './summarise';

const draw = (g: { fill(o: Uint32Array): void }, n: number) => {
  const out = new Uint32Array(n);
  g.fill(out);
  return [...out];
};

describe('random streams', () => {
  it('xoshiro128** matches the reference from state (1, 2, 3, 4)', () => {
    // reference: https://prng.di.unimi.it/xoshiro128starstar.c
    expect(draw(Xoshiro128.fromState(1, 2, 3, 4), 6)).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492,
    ]);
  });

  it('a stream depends on (seed, chunk) only, and neighbouring chunks differ', () => {
    expect(draw(xoshiroStreams(1, 7), 8)).toEqual(draw(xoshiroStreams(1, 7), 8));
    expect(draw(xoshiroStreams(1, 7), 8)).not.toEqual(draw(xoshiroStreams(1, 8), 8));
    expect(draw(xoshiroStreams(2, 7), 8)).not.toEqual(draw(xoshiroStreams(1, 7), 8));
  });

  it('is roughly uniform (mean of 100,000 draws)', () => {
    const xs = draw(xoshiroStreams(3, 0), 100_000);
    const mean = xs.reduce((s, x) => s + x * U32, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.495);
    expect(mean).toBeLessThan(0.505);
  });
});

describe('delay distributions', () => {
  const at = (d: Parameters<typeof compileDelay>[0], u: number) => {
    const c = compileDelay(d);
    return delayAt(c.type, c.a, c.b, c.c, u);
  };

  it('lognormal by median and 90th percentile', () => {
    const d = { type: 'lognormal', medianHours: 168, p90Hours: 720 } as const;
    expect(at(d, 0.5)).toBeCloseTo(168, 6);
    expect(at(d, 0.9)).toBeCloseTo(720, 4);
    expect(at(d, 0)).toBe(0);
  });

  it('triangular, uniform, exponential and fixed', () => {
    const tri = { type: 'triangular', minHours: 24, modeHours: 72, maxHours: 240 } as const;
    expect(at(tri, 0)).toBe(24);
    expect(at(tri, (72 - 24) / (240 - 24))).toBeCloseTo(72, 9);
    expect(at(tri, 0.999999)).toBeLessThanOrEqual(240);
    expect(at({ type: 'uniform', minHours: 10, maxHours: 20 }, 0.25)).toBe(12.5);
    expect(at({ type: 'exponential', meanHours: 10 }, 1 - Math.exp(-1))).toBeCloseTo(10, 9);
    expect(at({ type: 'fixed', hours: 5 }, 0.7)).toBe(5);
  });

  it('the table logarithm of the hot loop: within 1e-6 of ln n, exactly 0 at 1', () => {
    expect(lnInt(1)).toBe(0);
    for (const n of [2, 3, 7, 1000, 65_537, 123_456_789, 2 ** 30, 2 ** 31 - 1])
      expect(Math.abs(lnInt(n) - Math.log(n))).toBeLessThan(1e-6);
  });

  it('the late draw, ln(range) − lnInt(range − x), is the exponential: quantiles and mean', () => {
    // as in sample-run.ts: x uniform on 0 … range − 1 given late; lateness in units of the mean
    const range = 123_456_789;
    const late = (x: number) => lnInt(range) - lnInt(range - x);
    for (const w of [0, 0.1, 0.5, 0.9, 0.99, 0.999999])
      expect(Math.abs(late(Math.floor(w * range)) + Math.log1p(-Math.floor(w * range) / range))).toBeLessThan(
        2e-6,
      );
    expect(late(0)).toBe(0); // on the on-time cut: no lateness at all
    const n = 200_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += late(Math.floor(((i + 0.5) / n) * range));
    expect(sum / n).toBeCloseTo(1, 3); // E[−ln(1 − W)] = 1 (midpoint rule; the tail adds < 1e-4)
  });

  it('normal quantiles (Acklam) within 1e-8', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 8);
  });

  it('options refuse an impossible distribution, naming the field', () => {
    const r = SimulationOptions.safeParse({
      conditions: {
        mandate: {
          probability: 0.5,
          scope: 'coalition',
          delay: { type: 'uniform', minHours: 5, maxHours: 1 },
        },
      },
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['conditions', 'mandate', 'delay', 'maxHours']);
  });
});

describe('quantiles from histograms', () => {
  it('nearest rank over integer bins', () => {
    // values 0,0,1,1,1,2,5,5,5,5 (10 runs)
    const h = Int32Array.from([2, 3, 1, 0, 0, 4]);
    expect(countQuantiles(h, [1, 5, 9])).toEqual([0, 1, 5]);
  });

  it('money bins: interpolated inside the pilot range, in order; outside it, the edge and clipped', () => {
    // range [0, 300] over 3 inner bins of 100: bin 1 = [0, 100), bin 3 = [200, 300]
    const h = Int32Array.from([0, 10, 0, 10, 0]);
    const { values, clipped } = binQuantiles(h, [2, 10, 18], 0, 300);
    const [a, b, c] = values;
    expect(a).toBeGreaterThanOrEqual(0);
    expect(b).toBeLessThanOrEqual(100);
    expect(c).toBeGreaterThanOrEqual(200);
    expect(a!).toBeLessThan(b!);
    expect(clipped).toBe(0);
    expect(binQuantiles(Int32Array.from([5, 0, 0, 0, 5]), [1, 6], 50, 250)).toEqual({
      values: [50, 250],
      clipped: 2,
    });
    // a range of one value (nothing ever delivered) reports it exactly
    expect(binQuantiles(Int32Array.from([0, 10, 0, 0, 0]), [1, 5, 9], 0, 0).values).toEqual([0, 0, 0]);
  });
});
