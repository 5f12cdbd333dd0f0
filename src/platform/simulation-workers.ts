/**
 * Runs a simulation's chunks across worker threads. Workers take chunks from a shared counter
 * (so a busy core does not hold the others back); each adds its integer histograms into shared
 * ones and returns the rest of its accumulator (per-chunk sums, failure counts), so merging
 * gives the same result whatever the number of workers or which took which chunk. Jobs run one at a time; workers stay warm
 * between jobs and are unref'd while idle, so they never keep the process alive.
 *
 * Cancellation: the AbortSignal sets a shared stop flag that workers check between batches of
 * runs; a worker that has not stopped within `graceMs` is terminated.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SimulationProgress, SimulationResult } from '../contracts/activation';
import {
  abortError,
  chunkRange,
  mergeAccumulator,
  PILOT_PARTS,
  prepareSimulation,
  type SimulateInput,
  type SimulationAccumulator,
  type SimulationEngine,
  type SimulationModel,
  summariseSimulation,
} from '../core/simulation';
import { CONTROL_SLOTS, CONTROL_STOP, type SimRequest, type SimWorkerMessage } from './simulation-protocol';

export class SimulationError extends Error {
  override name = 'SimulationError';
}

export interface SimulationRunOptions {
  /** Worker threads for this job (at most the pool's size and the number of chunks); default 2. */
  workers?: number;
  signal?: AbortSignal;
  onProgress?: (p: SimulationProgress) => void;
  /** Milliseconds after a cancel before a worker that has not stopped is terminated. */
  graceMs?: number;
  /** The hot loops' implementation (default the WebAssembly kernel); for tests and benchmarks. */
  engine?: SimulationEngine;
}

function workerUrl(): URL {
  // From sources, a plain-JS shim registers tsx in the worker before loading the TypeScript
  // worker; this works the same under tsx, vitest and node.
  const ts = import.meta.url.endsWith('.ts');
  return new URL(ts ? './simulation-worker.mjs' : './simulation-worker.js', import.meta.url);
}

class Slot {
  readonly worker = new Worker(workerUrl(), { execArgv: [] });
  readonly ready: Promise<void>;
  dead = false;
  onMessage: ((m: SimWorkerMessage) => void) | null = null;
  onExit: ((e: Error) => void) | null = null;

  constructor() {
    this.worker.unref();
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (m: SimWorkerMessage) =>
        m.type === 'ready' ? resolve() : this.onMessage?.(m),
      );
      const die = (e: Error) => {
        this.dead = true;
        reject(e);
        this.onExit?.(e);
      };
      this.worker.once('error', die);
      this.worker.once('exit', (code) => die(new SimulationError(`simulation worker exited (code ${code})`)));
    });
    this.ready.catch(() => undefined);
  }
}

let nextId = 1;

export class SimulationWorkerPool {
  private slots: Slot[] = [];
  private histograms: SharedArrayBuffer | null = null;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(readonly size = Math.max(1, availableParallelism())) {}

  /** Starts up to `n` workers and waits until they are ready (their modules loaded). */
  async warm(n = this.size): Promise<void> {
    await Promise.all(this.take(Math.min(n, this.size)).map((s) => s.ready));
  }

  /** Runs the model's chunks on the workers. @throws AbortError when cancelled; SimulationError. */
  run(model: SimulationModel, opts: SimulationRunOptions = {}): Promise<SimulationResult> {
    const job = this.tail.then(() => this.exec(model, opts));
    this.tail = job.catch(() => undefined);
    return job;
  }

  /** Terminates every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private take(n: number): Slot[] {
    this.slots = this.slots.filter((s) => !s.dead);
    while (this.slots.length < n) this.slots.push(new Slot());
    return this.slots.slice(0, n);
  }

  private async exec(model: SimulationModel, opts: SimulationRunOptions): Promise<SimulationResult> {
    const { signal } = opts;
    if (signal?.aborted) throw cancelReason(signal);
    const k = model.kernel;
    const slots = this.take(Math.max(1, Math.min(opts.workers ?? 2, this.size, k.chunks)));
    await Promise.all(slots.map((s) => s.ready));
    if (signal?.aborted) throw cancelReason(signal);
    const histograms = this.histogramBuffer(4 * (k.countBins + k.activeSeries.length * k.days * k.moneyBins));
    const accs = await this.dispatch(model, slots, opts, histograms);
    // the workers have merged their histograms into `histograms`; the rest is merged here
    const acc = accs[0]!;
    for (const other of accs.slice(1)) mergeAccumulator(acc, other);
    acc.countHist = new Int32Array(histograms, 0, k.countBins);
    acc.moneyHist = new Int32Array(histograms, 4 * k.countBins, k.activeSeries.length * k.days * k.moneyBins);
    return summariseSimulation(model, acc);
  }

  /**
   * The shared buffer the workers merge histograms into: kept from job to job (jobs run one at a
   * time, and a job's result is summarised before the next starts), so that its pages are not
   * fresh each time. The first worker to merge overwrites it, so it needs no clearing.
   */
  private histogramBuffer(bytes: number): SharedArrayBuffer {
    if (!this.histograms || this.histograms.byteLength < bytes)
      this.histograms = new SharedArrayBuffer(bytes);
    return this.histograms;
  }

  private dispatch(
    model: SimulationModel,
    slots: Slot[],
    opts: SimulationRunOptions,
    histograms: SharedArrayBuffer,
  ): Promise<SimulationAccumulator[]> {
    const k = model.kernel;
    const id = nextId++;
    const control = new SharedArrayBuffer(4 * CONTROL_SLOTS);
    const pilot = new SharedArrayBuffer(PILOT_PARTS * 2 * 8 * k.activeSeries.length * k.days);
    const flags = new Int32Array(control);
    return new Promise((resolve, reject) => {
      const accs: SimulationAccumulator[] = [];
      let pending = slots.length;
      let failure: Error | null = null;
      let chunksDone = 0;
      let runsDone = 0;
      let timer: NodeJS.Timeout | undefined;
      const settle = (slot: Slot) => {
        slot.onMessage = null;
        slot.onExit = null;
        slot.worker.unref();
        if (--pending > 0) return;
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
        if (failure) reject(failure);
        else if (opts.signal?.aborted) reject(cancelReason(opts.signal));
        else resolve(accs);
      };
      const onAbort = () => {
        Atomics.store(flags, CONTROL_STOP, 1);
        timer = setTimeout(() => {
          for (const s of slots) if (s.onMessage) void s.worker.terminate(); // its exit settles it
        }, opts.graceMs ?? 2000);
      };
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      for (const [worker, slot] of slots.entries()) {
        slot.worker.ref();
        slot.onExit = (e) => {
          // the others may be waiting for its pilot part or its merge: stop them
          Atomics.store(flags, CONTROL_STOP, 1);
          failure ??= opts.signal?.aborted ? null : e;
          settle(slot);
        };
        slot.onMessage = (m) => {
          if (!('id' in m) || m.id !== id) return;
          if (m.type === 'progress') {
            chunksDone++;
            runsDone += chunkRange(k, m.chunk).count;
            opts.onProgress?.({ chunksDone, chunks: k.chunks, runsDone });
            return;
          }
          if (m.type === 'result') accs.push(m.acc);
          else if (m.type === 'error') {
            failure ??= new SimulationError(m.message);
            Atomics.store(flags, CONTROL_STOP, 1);
          }
          settle(slot);
        };
        const req: SimRequest = {
          type: 'run',
          id,
          kernel: k,
          control,
          histograms,
          pilot,
          worker,
          workers: slots.length,
          ...(opts.engine ? { engine: opts.engine } : {}),
        };
        slot.worker.postMessage(req);
      }
    });
  }
}

function cancelReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : abortError();
}

let shared: SimulationWorkerPool | null = null;

/** Parses the options, compiles the model and runs it on the shared pool (or `pool`). */
export function runSimulation(
  input: SimulateInput,
  opts: Omit<SimulationRunOptions, 'workers'> & { pool?: SimulationWorkerPool } = {},
): Promise<SimulationResult> {
  const model = prepareSimulation(input);
  shared ??= opts.pool ? null : new SimulationWorkerPool();
  const pool = opts.pool ?? shared!;
  return pool.run(model, { ...opts, workers: model.workers });
}

export async function shutdownSimulationWorkers(): Promise<void> {
  const p = shared;
  shared = null;
  await p?.close();
}
