/**
 * The simulation's hot loops in AssemblyScript, compiled to WebAssembly by
 * scripts/build-wasm.mjs (the bytes are committed in src/core/simulation/kernel-wasm.ts and a
 * test checks they are what this file compiles to). It is a line-by-line port of the
 * TypeScript reference (core/simulation/sample-run.ts and run-chunk.ts): the same operations in
 * the same order on the same IEEE doubles, so it gives the identical answer, bit for bit — the
 * tests compare the two. WebAssembly runs these loops faster because it needs no bounds or type
 * checks inside them.
 *
 * Memory is laid out by the host (core/simulation/wasm-kernel.ts); the header at HEADER holds
 * the sizes and the byte offsets of every array, in the slots below.
 */

const HEADER: usize = 64;
/** xoshiro128**'s state (a, b, c, d), after the header's 48 slots. */
const RNG_STATE: usize = HEADER + 192;
const C_: usize = 0; // commitments
const E_: usize = 1; // shared condition events
const D_: usize = 2; // days
const SERIES_: usize = 3;
const ACTIVE_: usize = 4; // active series
const BINS_: usize = 5; // money bins
const BATCH_: usize = 6;
const LN_SIZE_: usize = 7;
const U32_: usize = 8;
const EVENT_DAYS_: usize = 9;
const COND_START_: usize = 10;
const COND_EVENT_: usize = 11;
const COMMIT_INT_: usize = 12;
const COMMIT_FLOAT_: usize = 13;
const LN_TABLE_: usize = 14;
const POW2_NEG_: usize = 15;
const COUNT_DELTA_: usize = 16;
const MONEY_DELTA_: usize = 17;
const FAIL_: usize = 18;
const COND_FAIL_: usize = 19;
const ACTIVE_SERIES_: usize = 20;
const LO_: usize = 21;
const HI_: usize = 22;
const SCALE_: usize = 23;
const SUMS_: usize = 24;
const CELLS_: usize = 25;
const COUNT_HIST_: usize = 26;
const MONEY_HIST_: usize = 27;
const COUNT_ROW_: usize = 28;
const PILLARS_: usize = 29;
const BIN_BITS_: usize = 30;
const FREE_: usize = 31; // commitments without pending conditions (they come first)
// The histograms are counted in 16 bits while running (half the memory to keep in cache) and
// flushed into the 32-bit ones before any bin could pass 65,535.
const COUNT_HIST16_: usize = 32;
const MONEY_HIST16_: usize = 33;
const COUNT_BINS_: usize = 34;

@inline
function h(slot: usize): i32 {
  return load<i32>(HEADER + (slot << 2));
}

@inline
function p(slot: usize): usize {
  return <usize>load<u32>(HEADER + (slot << 2));
}

@inline
function inc(at: usize): void {
  store<i32>(at, load<i32>(at) + 1);
}

@inline
function inc16(at: usize): void {
  store<u16>(at, load<u16>(at) + 1);
}

@inline
function addF(at: usize, v: f64): void {
  store<f64>(at, load<f64>(at) + v);
}

/**
 * Xoshiro128.fill (core/simulation/random.ts) into the u32 array's first n slots, from and back
 * to the state at RNG_STATE: the same integers in the same order.
 */
export function fillRandom(n: i32): void {
  let a = load<i32>(RNG_STATE);
  let b = load<i32>(RNG_STATE, 4);
  let c = load<i32>(RNG_STATE, 8);
  let d = load<i32>(RNG_STATE, 12);
  const out = p(U32_);
  for (let i: usize = 0; i < <usize>n; i++) {
    store<i32>(out + (i << 2), rotl<i32>(b * 5, 7) * 9);
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl<i32>(d, 11);
  }
  store<i32>(RNG_STATE, a);
  store<i32>(RNG_STATE, b, 4);
  store<i32>(RNG_STATE, c, 8);
  store<i32>(RNG_STATE, d, 12);
}

/** sampleRun after the draws: the commitments' days into the deltas, then the total series. */
export function sampleRun(): void {
  const C = h(C_);
  const E = h(E_);
  const D = h(D_);
  const size = <f64>h(LN_SIZE_);
  const u32 = p(U32_);
  const eventDays = p(EVENT_DAYS_);
  const condStart = p(COND_START_);
  const condEvent = p(COND_EVENT_);
  const ci = p(COMMIT_INT_);
  const cf = p(COMMIT_FLOAT_);
  const ln = p(LN_TABLE_);
  const pow2neg = p(POW2_NEG_);
  const countDelta = p(COUNT_DELTA_);
  const moneyDelta = p(MONEY_DELTA_);
  const fail = p(FAIL_);
  const conditionFail = p(COND_FAIL_);
  const never = f64.POSITIVE_INFINITY;
  const Df = <f64>D;
  const cells = <usize>(h(SERIES_) * D);
  memory.fill(countDelta, 0, cells << 2);
  memory.fill(moneyDelta, 0, cells << 3);
  const free = h(FREE_);
  for (let c: i32 = 0; c < C; c++) {
    let clear: f64 = 0;
    const failAt = fail + (<usize>c << 2);
    if (c >= free) {
      const j0 = load<i32>(condStart + (<usize>c << 2));
      const j1 = load<i32>(condStart + (<usize>(c + 1) << 2));
      for (let j = j0; j < j1; j++) {
        const t = load<f64>(eventDays + (<usize>load<i32>(condEvent + (<usize>j << 2)) << 3));
        if (t > clear) clear = t;
      }
      if (clear == never) {
        inc(conditionFail + (<usize>c << 2));
        inc(failAt);
        continue;
      }
    }
    const ip = ci + (<usize>c << 4);
    const fp = cf + (<usize>c << 5);
    const u = <i32>(load<u32>(u32 + (<usize>(E + c) << 2)) >>> 2);
    const cut = load<i32>(ip);
    if (u >= cut) {
      inc(failAt);
      continue;
    }
    let t = load<f64>(fp, 8);
    if (clear > t) t = clear;
    if (u >= load<i32>(ip, 4)) {
      // late: −ln(1 − w) means, = lnLateRange − ln(honourCut − u)
      const n = cut - u;
      const e = 31 - clz<i32>(n);
      const pos = (<f64>n * load<f64>(pow2neg + (<usize>e << 3)) - 1) * size;
      const i = <i32>pos;
      const lp = ln + (<usize>i << 4);
      t +=
        load<f64>(fp, 16) *
        (load<f64>(fp) - (<f64>e * Math.LN2 + load<f64>(lp) + (pos - <f64>i) * load<f64>(lp, 8)));
    }
    // day d holds what lands within the first (d + 1) × 24 hours
    const day: f64 = t <= 1 ? 0 : Math.ceil(t) - 1;
    if (day >= Df) {
      inc(failAt);
      continue;
    }
    const i1 = <usize>(load<i32>(ip, 8) + <i32>day);
    const i2 = <usize>(load<i32>(ip, 12) + <i32>day);
    const m = load<f64>(fp, 24);
    inc(countDelta + (i1 << 2));
    inc(countDelta + (i2 << 2));
    addF(moneyDelta + (i1 << 3), m);
    addF(moneyDelta + (i2 << 3), m);
  }
  // the total is the sum of the pillars (each commitment has exactly one)
  const pillars = h(PILLARS_);
  for (let q = 1; q <= pillars; q++) {
    const base = <usize>(q * D);
    for (let d: usize = 0; d < <usize>D; d++) {
      store<i32>(countDelta + (d << 2), load<i32>(countDelta + (d << 2)) + load<i32>(countDelta + ((base + d) << 2)));
      addF(moneyDelta + (d << 3), load<f64>(moneyDelta + ((base + d) << 3)));
    }
  }
}

/** bufferRun: run r's cumulative series into the batch buffer, its money into the chunk's sums. */
export function bufferRun(r: i32): void {
  const D = h(D_);
  const active = h(ACTIVE_);
  const batch = <usize>h(BATCH_);
  const over = h(BINS_) - 1;
  const top = h(BINS_) - 2;
  const shift = h(BIN_BITS_);
  const countDelta = p(COUNT_DELTA_);
  const moneyDelta = p(MONEY_DELTA_);
  const activeSeries = p(ACTIVE_SERIES_);
  const lo = p(LO_);
  const hi = p(HI_);
  const scale = p(SCALE_);
  const sums = p(SUMS_);
  const buffer = p(CELLS_);
  let cell: usize = 0;
  for (let i = 0; i < active; i++) {
    const base = <usize>(load<i32>(activeSeries + (<usize>i << 2)) * D);
    let count: i32 = 0;
    let money: f64 = 0;
    let o = cell * batch + <usize>r;
    for (let d: usize = 0; d < <usize>D; d++) {
      count += load<i32>(countDelta + ((base + d) << 2));
      money += load<f64>(moneyDelta + ((base + d) << 3));
      const l = load<f64>(lo + (cell << 3));
      let bin: i32 = 0;
      if (money > load<f64>(hi + (cell << 3))) bin = over;
      else if (money >= l) {
        bin = 1 + <i32>((money - l) * load<f64>(scale + (cell << 3)));
        if (bin > top) bin = top;
      }
      store<i32>(buffer + (o << 2), (count << shift) | bin);
      addF(sums + ((base + d) << 3), money);
      cell++;
      o += batch;
    }
  }
}

/** histogramBatch: n buffered runs into the 16-bit histograms, one (series, day) cell at a time. */
export function histogramBatch(n: i32): void {
  const D = h(D_);
  const active = h(ACTIVE_);
  const batch = <usize>h(BATCH_);
  const B = <usize>h(BINS_);
  const shift = h(BIN_BITS_);
  const mask = (1 << shift) - 1;
  const activeSeries = p(ACTIVE_SERIES_);
  const countRow = p(COUNT_ROW_);
  const buffer = p(CELLS_);
  const countHist = p(COUNT_HIST16_);
  const moneyHist = p(MONEY_HIST16_);
  for (let i = 0; i < active; i++) {
    const s = <usize>load<i32>(activeSeries + (<usize>i << 2));
    for (let d: usize = 0; d < <usize>D; d++) {
      const cell = <usize>i * <usize>D + d;
      const crow = countHist + (<usize>load<i32>(countRow + ((s * <usize>D + d) << 2)) << 1);
      const mrow = moneyHist + ((cell * B) << 1);
      const start = buffer + ((cell * batch) << 2);
      const end = start + (<usize>n << 2);
      for (let o = start; o < end; o += 4) {
        const v = load<i32>(o);
        inc16(crow + (<usize>(v >> shift) << 1));
        inc16(mrow + (<usize>(v & mask) << 1));
      }
    }
  }
}

/** Adds the 16-bit histograms into the 32-bit ones and clears them. */
export function flush(): void {
  const count = <usize>h(COUNT_BINS_);
  const money = <usize>(h(ACTIVE_) * h(D_) * h(BINS_));
  const c16 = p(COUNT_HIST16_);
  const m16 = p(MONEY_HIST16_);
  const c32 = p(COUNT_HIST_);
  const m32 = p(MONEY_HIST_);
  for (let i: usize = 0; i < count; i++) store<i32>(c32 + (i << 2), load<i32>(c32 + (i << 2)) + <i32>load<u16>(c16 + (i << 1)));
  for (let i: usize = 0; i < money; i++) store<i32>(m32 + (i << 2), load<i32>(m32 + (i << 2)) + <i32>load<u16>(m16 + (i << 1)));
  memory.fill(c16, 0, count << 1);
  memory.fill(m16, 0, money << 1);
}

/** The money-range pilot's step (money-ranges.ts): widen each cell's [lo, hi] to this run's money. */
export function pilotRun(): void {
  const D = h(D_);
  const active = h(ACTIVE_);
  const moneyDelta = p(MONEY_DELTA_);
  const activeSeries = p(ACTIVE_SERIES_);
  const lo = p(LO_);
  const hi = p(HI_);
  let cell: usize = 0;
  for (let i = 0; i < active; i++) {
    const base = <usize>(load<i32>(activeSeries + (<usize>i << 2)) * D);
    let money: f64 = 0;
    for (let d: usize = 0; d < <usize>D; d++) {
      money += load<f64>(moneyDelta + ((base + d) << 3));
      if (money < load<f64>(lo + (cell << 3))) store<f64>(lo + (cell << 3), money);
      if (money > load<f64>(hi + (cell << 3))) store<f64>(hi + (cell << 3), money);
      cell++;
    }
  }
}
