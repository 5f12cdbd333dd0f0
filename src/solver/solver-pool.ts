/**
 * A small pool of warm HiGHS worker threads. Jobs queue and run one per worker; a worker is
 * unref'd while idle so it never keeps the process alive. A job can be cancelled (the worker
 * stops at HiGHS's next checkpoint and returns its best plan so far) and is bounded by a hard
 * deadline: a worker that overruns it is terminated and the job gets the plan it had reported.
 */
import { Worker } from 'node:worker_threads';
import type { ForceGenResult, ForceGenSolveOptions, StageReport } from '../contracts/forcegen';
import type { ScenarioIssue } from '../core/forcegen/validate-scenario';
import type { MipProgress } from './highs-mip';
import type { SolveRequest, WorkerMessage } from './protocol';

export class ScenarioInvalidError extends Error {
  constructor(readonly issues: ScenarioIssue[]) {
    super(`invalid scenario: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'ScenarioInvalidError';
  }
}

export class SolverError extends Error {
  override name = 'SolverError';
}

export interface JobOptions {
  signal?: AbortSignal;
  onProgress?: (p: MipProgress) => void;
  onStage?: (r: StageReport) => void;
  /** Milliseconds past the time limit (or past a cancel) before the worker is terminated. */
  graceMs?: number;
}

interface Job extends JobOptions {
  scenario: unknown;
  options: ForceGenSolveOptions;
  resolve: (r: ForceGenResult) => void;
  reject: (e: unknown) => void;
}

function workerUrl(): URL {
  // From sources, a plain-JS shim registers tsx in the worker before loading the TypeScript
  // worker; this works the same under tsx, vitest and node.
  const ts = import.meta.url.endsWith('.ts');
  return new URL(ts ? './highs-worker.mjs' : './highs-worker.js', import.meta.url);
}

class Slot {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  job: Job | null = null;
  dead = false;
  private onMessage: ((m: WorkerMessage) => void) | null = null;

  constructor() {
    this.worker = new Worker(workerUrl(), { execArgv: [] });
    this.worker.unref();
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (m: WorkerMessage) => (m.type === 'ready' ? resolve() : this.onMessage?.(m)));
      this.worker.once('error', (e) => {
        this.dead = true;
        reject(e);
        this.fail(e);
      });
      this.worker.once('exit', (code) => {
        this.dead = true;
        const e = new SolverError(`solver worker exited (code ${code})`);
        reject(e);
        this.fail(e);
      });
    });
    this.ready.catch(() => undefined);
  }

  listen(fn: (m: WorkerMessage) => void): void {
    this.onMessage = fn;
  }

  private fail(e: unknown): void {
    const job = this.job;
    this.job = null;
    job?.reject(e);
  }
}

let nextId = 1;

export class ForceGenSolverPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];

  constructor(private readonly size = 1) {}

  solve(scenario: unknown, options: ForceGenSolveOptions, job: JobOptions = {}): Promise<ForceGenResult> {
    return new Promise((resolve, reject) => {
      if (job.signal?.aborted) return reject(job.signal.reason);
      const entry: Job = { ...job, scenario, options, resolve, reject };
      job.signal?.addEventListener(
        'abort',
        () => {
          const i = this.queue.indexOf(entry);
          if (i >= 0) {
            this.queue.splice(i, 1);
            reject(job.signal!.reason);
          }
        },
        { once: true },
      );
      this.queue.push(entry);
      this.pump();
    });
  }

  /** Terminates every worker; queued jobs are rejected. */
  async close(): Promise<void> {
    for (const j of this.queue.splice(0)) j.reject(new SolverError('solver pool closed'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private pump(): void {
    for (let i = this.slots.length - 1; i >= 0; i--) if (this.slots[i]!.dead) this.slots.splice(i, 1);
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) {
        slot = new Slot();
        this.slots.push(slot);
      }
      if (!slot) return;
      this.run(slot, this.queue.shift()!);
    }
  }

  private run(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    const id = nextId++;
    const stop = new SharedArrayBuffer(4);
    const flag = new Int32Array(stop);
    const limitMs = (job.options.timeLimitSeconds ?? 10) * 1000;
    const grace = job.graceMs ?? 3000;
    let partial: ForceGenResult | null = null;
    let timer: NodeJS.Timeout | undefined;
    const settle = (fn: () => void) => {
      clearTimeout(timer);
      job.signal?.removeEventListener('abort', onAbort);
      if (slot.job !== job) return;
      slot.job = null;
      slot.worker.unref();
      fn();
      this.pump();
    };
    const kill = (why: string) => {
      slot.dead = true;
      slot.job = null;
      void slot.worker.terminate();
      clearTimeout(timer);
      job.signal?.removeEventListener('abort', onAbort);
      if (partial) job.resolve(markUnfinished(partial, why === 'cancelled' ? 'interrupted' : 'time_limit'));
      else job.reject(new SolverError(`solver ${why} and was terminated`));
      this.pump();
    };
    const onAbort = () => {
      Atomics.store(flag, 0, 1);
      clearTimeout(timer);
      timer = setTimeout(() => kill('cancelled'), grace);
    };
    job.signal?.addEventListener('abort', onAbort, { once: true });
    slot.listen((m) => {
      if (!('id' in m) || m.id !== id) return;
      if (m.type === 'progress') job.onProgress?.(m.progress);
      else if (m.type === 'stage') job.onStage?.(m.report);
      else if (m.type === 'partial') partial = m.result;
      else if (m.type === 'result') settle(() => job.resolve(m.result));
      else if (m.type === 'invalid') settle(() => job.reject(new ScenarioInvalidError(m.issues)));
      else if (m.type === 'error') settle(() => job.reject(new SolverError(m.message)));
    });
    slot.ready.then(
      () => {
        if (slot.job !== job) return;
        timer = setTimeout(() => kill('overran its time limit'), limitMs + grace);
        const req: SolveRequest = { type: 'solve', id, scenario: job.scenario, options: job.options, stop };
        slot.worker.postMessage(req);
      },
      () => undefined, // the slot's error handler has rejected the job
    );
  }
}

function markUnfinished(r: ForceGenResult, status: 'interrupted' | 'time_limit'): ForceGenResult {
  return { ...r, stages: r.stages.map((s) => (s.method === 'skipped' ? { ...s, status } : s)) };
}
