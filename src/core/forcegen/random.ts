/**
 * A small seeded random source (mulberry32) so generated scenarios replay from their seed.
 * Core takes the `RandomSource` shape so a caller may pass its own.
 */
export interface RandomSource {
  /** Uniform in [0, 1). */
  next(): number;
}

export function seededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** Helpers over a RandomSource; all draws go through `next()`, in a fixed order. */
export class Draw {
  constructor(private readonly r: RandomSource) {}
  float(lo = 0, hi = 1): number {
    return lo + (hi - lo) * this.r.next();
  }
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.r.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.r.next() * items.length)]!;
  }
  /** Picks by non-negative weights. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((a, b) => a + b, 0);
    let x = this.r.next() * total;
    for (let i = 0; i < items.length; i++) {
      x -= weights[i]!;
      if (x < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }
  /** Log-normal with the given median and spread (σ of the log). */
  logNormal(median: number, sigma: number): number {
    const u = Math.max(this.r.next(), 1e-12);
    const v = this.r.next();
    return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }
}
