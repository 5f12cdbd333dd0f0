/**
 * The WebAssembly chunk runner: the same chunks, streams and histograms as the TypeScript
 * reference (run-chunk.ts), with the hot loops — a run's commitments, its cumulative series and
 * the histograms — in the kernel compiled from wasm/simulation-kernel.ts. The random streams
 * and the shared condition events (a hundred or so per run) stay in TypeScript and write
 * straight into the kernel's memory.
 *
 * The host lays out the kernel's memory for each runner and writes every array's byte offset
 * into the header the kernel reads. A finished runner leaves its instance for the next one in
 * the same thread (a worker runs job after job): fresh memory costs a page fault per 4 KB.
 */

import { PILLARS } from '../../contracts/enums';
import type { SimulationKernel } from './compile-model';
import { BIN_BITS } from './compile-model';
import { LN_TABLE, LN_TABLE_SIZE, POW2_NEG } from './distributions';
import { KERNEL_WASM_BASE64 } from './kernel-wasm';
import {
  combinePilot,
  localPilotShare,
  PILOT_CHUNK,
  PILOT_PARTS,
  PILOT_RUNS,
  type PilotShare,
} from './money-ranges';
import { type RandomStream, type RandomStreams, Xoshiro128 } from './random';
import { type ChunkRunner, chunkRange } from './run-chunk';
import { BATCH_RUNS, drawEvents } from './sample-run';

/** Header slots, as in wasm/simulation-kernel.ts. */
const HEADER = 64;
const HEADER_SLOTS = 48;
/** xoshiro128**'s state, after the header. */
const RNG_STATE = HEADER + 4 * HEADER_SLOTS;
const SLOT = {
  commitments: 0,
  events: 1,
  days: 2,
  series: 3,
  active: 4,
  moneyBins: 5,
  batch: 6,
  lnSize: 7,
  u32: 8,
  eventDays: 9,
  condStart: 10,
  condEvent: 11,
  commitInt: 12,
  commitFloat: 13,
  lnTable: 14,
  pow2Neg: 15,
  countDelta: 16,
  moneyDelta: 17,
  fail: 18,
  conditionFail: 19,
  activeSeries: 20,
  lo: 21,
  hi: 22,
  scale: 23,
  sums: 24,
  cells: 25,
  countHist: 26,
  moneyHist: 27,
  countRow: 28,
  pillars: 29,
  binBits: 30,
  free: 31,
  countHist16: 32,
  moneyHist16: 33,
  countBins: 34,
} as const;
/** The 16-bit histograms are flushed before any bin could count more runs than this. */
const MAX_16 = 65535;
/** The kernel's own data (none, with the stub runtime) and the header stay below this. */
const FIRST_ARRAY = 1024;
const PAGE = 65536;

interface Exports {
  fillRandom(n: number): void;
  sampleRun(): void;
  bufferRun(r: number): void;
  histogramBatch(n: number): void;
  flush(): void;
  pilotRun(): void;
}

interface Instance {
  memory: WebAssembly.Memory;
  kernel: Exports;
}

/** The instance a finished runner left, for the next runner in this thread. */
let spare: Instance | null = null;

function instance(bytes: number): Instance {
  const pages = Math.ceil(bytes / PAGE);
  const reuse = spare;
  spare = null;
  if (reuse) {
    const have = reuse.memory.buffer.byteLength / PAGE;
    if (have < pages) reuse.memory.grow(pages - have);
    return reuse;
  }
  const memory = new WebAssembly.Memory({ initial: pages });
  const kernel = new WebAssembly.Instance(kernelModule(), { env: { memory } }).exports as unknown as Exports;
  return { memory, kernel };
}

let compiled: WebAssembly.Module | null = null;

function kernelModule(): WebAssembly.Module {
  if (!compiled) {
    const text = atob(KERNEL_WASM_BASE64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    compiled = new WebAssembly.Module(bytes);
  }
  return compiled;
}

type View = Int32Array | Uint32Array | Uint16Array | Float64Array;
type ViewCtor<T extends View> = {
  new (buffer: ArrayBuffer, offset: number, length: number): T;
  BYTES_PER_ELEMENT: number;
};

export function wasmChunkRunner(
  k: SimulationKernel,
  streams: RandomStreams,
  batchRuns = BATCH_RUNS,
  pilot: PilotShare = localPilotShare(),
): ChunkRunner {
  const batch = Math.max(1, Math.min(batchRuns, k.chunkRuns));
  const D = k.days;
  const A = k.activeSeries.length;
  const size = k.series * D;
  // place every array, 16-byte aligned, then size the memory to fit
  // `counts`: added to from zero, so cleared (a reused memory holds the last runner's values);
  // every other array is written before it is read
  const plan: {
    slot: number;
    ctor: ViewCtor<View>;
    length: number;
    init?: ArrayLike<number>;
    counts?: true;
  }[] = [
    { slot: SLOT.u32, ctor: Uint32Array, length: k.events + k.commitments },
    { slot: SLOT.eventDays, ctor: Float64Array, length: k.events },
    { slot: SLOT.condStart, ctor: Int32Array, length: k.condStart.length, init: k.condStart },
    { slot: SLOT.condEvent, ctor: Int32Array, length: k.condEvent.length, init: k.condEvent },
    { slot: SLOT.commitInt, ctor: Int32Array, length: k.commitInt.length, init: k.commitInt },
    { slot: SLOT.commitFloat, ctor: Float64Array, length: k.commitFloat.length, init: k.commitFloat },
    { slot: SLOT.lnTable, ctor: Float64Array, length: LN_TABLE.length, init: LN_TABLE },
    { slot: SLOT.pow2Neg, ctor: Float64Array, length: POW2_NEG.length, init: POW2_NEG },
    { slot: SLOT.countDelta, ctor: Int32Array, length: size },
    { slot: SLOT.moneyDelta, ctor: Float64Array, length: size },
    { slot: SLOT.fail, ctor: Int32Array, length: k.commitments },
    { slot: SLOT.conditionFail, ctor: Int32Array, length: k.commitments },
    { slot: SLOT.activeSeries, ctor: Int32Array, length: A, init: k.activeSeries },
    { slot: SLOT.lo, ctor: Float64Array, length: A * D },
    { slot: SLOT.hi, ctor: Float64Array, length: A * D },
    { slot: SLOT.scale, ctor: Float64Array, length: A * D },
    { slot: SLOT.sums, ctor: Float64Array, length: size },
    { slot: SLOT.cells, ctor: Int32Array, length: A * D * batch },
    { slot: SLOT.countHist16, ctor: Uint16Array, length: k.countBins, counts: true },
    { slot: SLOT.moneyHist16, ctor: Uint16Array, length: A * D * k.moneyBins, counts: true },
    { slot: SLOT.countHist, ctor: Int32Array, length: k.countBins, counts: true },
    { slot: SLOT.moneyHist, ctor: Int32Array, length: A * D * k.moneyBins, counts: true },
    { slot: SLOT.countRow, ctor: Int32Array, length: k.countRow.length, init: k.countRow },
  ];
  const offsets: number[] = [];
  let top = FIRST_ARRAY;
  for (const a of plan) {
    offsets.push(top);
    top += Math.ceil((a.length * a.ctor.BYTES_PER_ELEMENT) / 16) * 16;
  }
  const held: Instance = instance(top);
  const { memory, kernel } = held;
  const header = new Int32Array(memory.buffer, HEADER, HEADER_SLOTS);
  header[SLOT.commitments] = k.commitments;
  header[SLOT.events] = k.events;
  header[SLOT.days] = D;
  header[SLOT.series] = k.series;
  header[SLOT.active] = A;
  header[SLOT.moneyBins] = k.moneyBins;
  header[SLOT.batch] = batch;
  header[SLOT.lnSize] = LN_TABLE_SIZE;
  header[SLOT.pillars] = PILLARS.length;
  header[SLOT.binBits] = BIN_BITS;
  header[SLOT.free] = k.freeCommitments;
  header[SLOT.countBins] = k.countBins;
  const views = new Map<number, View>();
  plan.forEach((a, i) => {
    header[a.slot] = offsets[i]!;
    const view = new a.ctor(memory.buffer, offsets[i]!, a.length);
    if (a.init) view.set(a.init);
    else if (a.counts) view.fill(0);
    views.set(a.slot, view);
  });
  const int = (slot: number) => views.get(slot) as Int32Array;
  const float = (slot: number) => views.get(slot) as Float64Array;
  const u32 = views.get(SLOT.u32) as Uint32Array;
  const eventDays = float(SLOT.eventDays);
  // the default streams (xoshiro128**) are continued in the kernel; any other fills from here
  const rngState = new Int32Array(memory.buffer, RNG_STATE, 4);
  const open = (chunk: number): RandomStream | null => {
    const rng = streams(k.seed, chunk);
    if (!(rng instanceof Xoshiro128)) return rng;
    rngState.set(rng.state());
    return null;
  };
  const draws = u32.length;
  const draw = (rng: RandomStream | null) => {
    if (rng) rng.fill(u32);
    else kernel.fillRandom(draws);
    drawEvents(k, u32, eventDays);
    kernel.sampleRun();
  };

  // the money ranges' pilot (money-ranges.ts), here in the kernel: the same runs, the same ranges;
  // the parts this runner takes, then the ranges over every part (other runners may do some)
  const [lo, hi, scale] = [float(SLOT.lo), float(SLOT.hi), float(SLOT.scale)];
  for (let part = pilot.take(); part !== null; part = pilot.take()) {
    lo.fill(Number.POSITIVE_INFINITY);
    hi.fill(Number.NEGATIVE_INFINITY);
    const rng = open(PILOT_CHUNK - part);
    for (let r = 0; r < PILOT_RUNS / PILOT_PARTS; r++) {
      draw(rng);
      kernel.pilotRun();
    }
    pilot.publish(part, { lo: lo.slice(), hi: hi.slice() });
  }
  const ranges = combinePilot(pilot.all(), k.moneyBins);
  lo.set(ranges.lo);
  hi.set(ranges.hi);
  scale.set(ranges.scale);
  int(SLOT.fail).fill(0);
  int(SLOT.conditionFail).fill(0);

  const sums = float(SLOT.sums);
  const moneySums = new Float64Array(k.chunks * size);
  let unflushed = 0; // runs in the 16-bit histograms
  return {
    run(chunk, shouldStop) {
      const { count } = chunkRange(k, chunk);
      const rng = open(chunk);
      sums.fill(0);
      for (let first = 0; first < count; first += batch) {
        if (shouldStop?.()) return false;
        const n = Math.min(batch, count - first);
        for (let r = 0; r < n; r++) {
          draw(rng);
          kernel.bufferRun(r);
        }
        if (unflushed + n > MAX_16) {
          kernel.flush();
          unflushed = 0;
        }
        kernel.histogramBatch(n);
        unflushed += n;
      }
      moneySums.set(sums, chunk * size);
      return true;
    },
    finish(histograms) {
      kernel.flush();
      histograms?.(int(SLOT.countHist), int(SLOT.moneyHist));
      const acc = {
        countHist: histograms ? new Int32Array(0) : int(SLOT.countHist).slice(),
        moneyHist: histograms ? new Int32Array(0) : int(SLOT.moneyHist).slice(),
        ranges: { lo: lo.slice(), hi: hi.slice(), scale: scale.slice() },
        moneySums,
        fail: int(SLOT.fail).slice(),
        conditionFail: int(SLOT.conditionFail).slice(),
      };
      spare = held;
      return acc;
    },
  };
}
