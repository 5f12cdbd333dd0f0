/**
 * Delay distributions, compiled to a numeric form (a type code and three parameters) that the
 * worker threads receive as typed arrays, and sampled by their inverse CDF from one uniform.
 */
import type { SimulationDelay } from '../../contracts/activation';

export const DELAY_FIXED = 0;
export const DELAY_UNIFORM = 1;
export const DELAY_TRIANGULAR = 2;
export const DELAY_EXPONENTIAL = 3;
export const DELAY_LOGNORMAL = 4;

/** z of the standard normal's 90th percentile. */
const Z90 = 1.2815515655446004;

export interface CompiledDelay {
  type: number;
  a: number;
  b: number;
  c: number;
}

export function compileDelay(d: SimulationDelay): CompiledDelay {
  switch (d.type) {
    case 'fixed':
      return { type: DELAY_FIXED, a: d.hours, b: 0, c: 0 };
    case 'uniform':
      return { type: DELAY_UNIFORM, a: d.minHours, b: d.maxHours, c: 0 };
    case 'triangular':
      return { type: DELAY_TRIANGULAR, a: d.minHours, b: d.maxHours, c: d.modeHours };
    case 'exponential':
      return { type: DELAY_EXPONENTIAL, a: d.meanHours, b: 0, c: 0 };
    case 'lognormal':
      return {
        type: DELAY_LOGNORMAL,
        a: Math.log(d.medianHours),
        b: Math.log(d.p90Hours / d.medianHours) / Z90,
        c: 0,
      };
  }
}

/** The delay in hours at quantile u ∈ [0, 1). */
export function delayAt(type: number, a: number, b: number, c: number, u: number): number {
  switch (type) {
    case DELAY_FIXED:
      return a;
    case DELAY_UNIFORM:
      return a + u * (b - a);
    case DELAY_TRIANGULAR: {
      const w = b - a;
      if (w <= 0) return a;
      const f = (c - a) / w;
      return u < f ? a + Math.sqrt(u * w * (c - a)) : b - Math.sqrt((1 - u) * w * (b - c));
    }
    case DELAY_EXPONENTIAL:
      return -a * Math.log(1 - u);
    default:
      return Math.exp(a + b * normalQuantile(u));
  }
}

/**
 * ln n for an integer n ≥ 1 without a call (the hot loop must make none: V8 then re-checks
 * every typed array in the loop on every turn): n = 2^k · m with k from Math.clz32 and m in
 * [1, 2), ln m interpolated in LN_TABLE (LN_TABLE[2i] = ln(1 + i/N), LN_TABLE[2i + 1] the step
 * to the next point, N = LN_TABLE_SIZE), which errs by at most (1/N)²/8 ≈ 5e-7.
 * The late draw's exponential quantile −ln(1 − x/range) is then lnInt(range) − lnInt(range − x):
 * exactly 0 at x = 0, within 1e-6 of the exact value elsewhere (in units of the mean).
 */
export const LN_TABLE_SIZE = 512;
export const LN_TABLE: Float64Array = (() => {
  const t = new Float64Array(2 * LN_TABLE_SIZE + 2);
  const ln = (i: number) => Math.log1p(i / LN_TABLE_SIZE);
  for (let i = 0; i <= LN_TABLE_SIZE; i++) {
    t[2 * i] = ln(i);
    t[2 * i + 1] = ln(i + 1) - ln(i);
  }
  return t;
})();
/** 2^−k for k = 0 … 31. */
export const POW2_NEG: Float64Array = Float64Array.from({ length: 32 }, (_, k) => 2 ** -k);

/** ln n for an integer 1 ≤ n < 2^31, exactly as the hot loop computes it (sample-run.ts). */
export function lnInt(n: number): number {
  const k = 31 - Math.clz32(n);
  const pos = (n * POW2_NEG[k]! - 1) * LN_TABLE_SIZE;
  const i = pos | 0;
  return k * Math.LN2 + LN_TABLE[2 * i]! + (pos - i) * LN_TABLE[2 * i + 1]!;
}

/**
 * The standard normal's inverse CDF (Acklam's rational approximation, relative error < 1.2e-9).
 * Returns −Infinity at 0.
 */
export function normalQuantile(p: number): number {
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return tail(q);
  }
  if (p > 1 - lo) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -tail(q);
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((-39.69683028665376 * r + 220.9460984245205) * r - 275.9285104469687) * r + 138.357751867269) * r -
      30.66479806614716) *
      r +
      2.506628277459239) *
      q) /
    (((((-54.47609879822406 * r + 161.5858368580409) * r - 155.6989798598866) * r + 66.80131188771972) * r -
      13.28068155288572) *
      r +
      1)
  );
}

function tail(q: number): number {
  return (
    (((((-0.007784894002430293 * q - 0.3223964580411365) * q - 2.400758277161838) * q - 2.549732539343734) *
      q +
      4.374664141464968) *
      q +
      2.938163982698783) /
    ((((0.007784695709041462 * q + 0.3224671290700398) * q + 2.445134137142996) * q + 3.754408661907416) * q +
      1)
  );
}
