/**
 * Random streams for the simulation: one independent, reproducible stream per chunk of runs,
 * derived from (seed, chunk index) and never from which worker runs the chunk. That is what
 * makes one worker and two give the same answer.
 *
 * The port fills a buffer rather than returning one number per call, so that the hot loop pays
 * no call per draw and a caller can still inject its own source.
 */

export interface RandomStream {
  /** Fills `out` with uniform 32-bit unsigned integers. */
  fill(out: Uint32Array): void;
}

/** The random source port: a stream for each (seed, chunk). */
export type RandomStreams = (seed: number, chunk: number) => RandomStream;

/** splitmix32: a strong 32-bit mixer, used to expand a seed into generator state. */
export function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** xoshiro128** (Blackman & Vigna, 2018): 128-bit state, period 2^128 − 1, fast in 32-bit JS. */
export class Xoshiro128 implements RandomStream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, chunk: number) {
    // two rounds of mixing so that nearby (seed, chunk) pairs give unrelated states
    let h = splitmix32(seed >>> 0);
    h = splitmix32(h ^ Math.imul((chunk >>> 0) + 1, 0x27d4eb2f));
    const a = splitmix32(h);
    const b = splitmix32(a);
    const c = splitmix32(b);
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = splitmix32(c) | 0;
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1; // the all-zero state is a fixed point
  }

  /** A generator with this exact state (for reference vectors). */
  static fromState(a: number, b: number, c: number, d: number): Xoshiro128 {
    const g = new Xoshiro128(0, 0);
    g.a = a | 0;
    g.b = b | 0;
    g.c = c | 0;
    g.d = d | 0;
    return g;
  }

  /** The state (a, b, c, d) as signed 32-bit integers: for a kernel that continues the stream. */
  state(): [number, number, number, number] {
    return [this.a, this.b, this.c, this.d];
  }

  fill(out: Uint32Array): void {
    let a = this.a;
    let b = this.b;
    let c = this.c;
    let d = this.d;
    for (let i = 0; i < out.length; i++) {
      const m = Math.imul(b, 5);
      out[i] = Math.imul((m << 7) | (m >>> 25), 9);
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }

  next(): number {
    const one = new Uint32Array(1);
    this.fill(one);
    return one[0]! / 4294967296;
  }
}

export const xoshiroStreams: RandomStreams = (seed, chunk) => new Xoshiro128(seed, chunk);

/** 2^-32: turns a uint32 into a uniform in [0, 1). */
export const U32 = 2.3283064365386963e-10;
