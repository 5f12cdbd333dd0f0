/**
 * Runs simulations in the background. Each job is a row (`simulation_job`: state, progress,
 * result), so any server reads it and cancels it; the server that accepted it runs it, its chunks
 * on the worker-thread pool, never on the event loop. Jobs run one after the other on each
 * server (the pool has the cores); progress and status are published on `simulation:<id>` for
 * server-sent events, and progress saved at most twice a second. A job is the caller's own: it
 * ran over what they may read (those commitments stay in this server's memory, never in the row).
 * Ended jobs are kept for an hour (at most KEEP per caller). A cancel through another server
 * flags the row and publishes on `jobs:cancel`, which the running server hears (or, should the
 * notification be lost, sees within `cancelPollMs`). Jobs left by a stopped server are marked
 * failed (at the next start on PGlite; by the other servers on PostgreSQL).
 */
import { randomUUID } from 'node:crypto';
import type { SimulationJob, SimulationProgress, SimulationResult } from '../../contracts/activation';
import { AppError } from '../../core/errors';
import type { Clock, JobRepo, SimulationJobRecord } from '../../core/ports';
import type { SimulateInput } from '../../core/simulation';
import { runSimulation, type SimulationWorkerPool } from '../../platform/simulation-workers';
import type { EventHub } from './event-hub';
import { INTERRUPTED } from './instance';
import { CANCEL_TOPIC } from './plan-runner';

const KEEP = 50;
const KEEP_MS = 3_600_000;
/** Jobs waiting or running at once: per caller (on every server), and over all callers here. */
const MAX_ACTIVE_EACH = 3;
const MAX_ACTIVE = 32;

interface LocalJob {
  id: string;
  ac: AbortController;
  done: Promise<void>;
}

export interface SimulationRunner {
  /** Queues a job here. @throws AppError `rate_limited` when too many are waiting. */
  start(opts: {
    owner: string;
    input: SimulateInput;
    options: Record<string, unknown>;
  }): Promise<SimulationJob>;
  /** The job if `owner` started it (on any server). */
  get(id: string, owner: string): Promise<SimulationJob | null>;
  /**
   * Stops a waiting or running job (on any server): null if `owner` has no such job; `cancelled`
   * false if it had already ended. A running job ends as cancelled a moment later.
   */
  cancel(id: string, owner: string): Promise<{ job: SimulationJob; cancelled: boolean } | null>;
  /** Stops every job of this server (shutting down): they end as failed (interrupted). */
  close(): Promise<void>;
}

export function toSimulationJob(r: SimulationJobRecord): SimulationJob {
  return {
    id: r.id,
    status: r.state,
    progress: r.progress,
    options: r.input,
    commitments: r.commitments,
    createdAt: r.createdAt,
    finishedAt: r.finishedAt,
    error: r.error,
    result: r.result,
  };
}

export function createSimulationRunner(deps: {
  jobs: JobRepo;
  events: EventHub;
  clock: Clock;
  pool?: SimulationWorkerPool;
  /** This server's id (server_instance); a fresh one when not given. */
  runnerId?: string;
  cancelPollMs?: number;
}): SimulationRunner {
  const runnerId = deps.runnerId ?? randomUUID();
  const local = new Map<string, LocalJob>();
  let tail: Promise<unknown> = Promise.resolve();
  let stopping = false;
  const now = () => deps.clock.now().toISOString();
  const topic = (id: string) => `simulation:${id}`;
  const tellStatus = (r: SimulationJobRecord) =>
    deps.events.publish(topic(r.id), { type: 'status', data: { ...toSimulationJob(r), result: null } });
  const tellEnd = (r: SimulationJobRecord) => {
    tellStatus(r);
    deps.events.publish(topic(r.id), { type: 'done', data: { id: r.id, status: r.state } });
  };

  const run = async (job: LocalJob, input: SimulateInput) => {
    // writes of one job in order: a late progress never lands after the end
    let writes: Promise<unknown> = Promise.resolve();
    const write = <T>(fn: () => Promise<T>): Promise<T> => {
      const p = writes.then(fn);
      writes = p.catch(() => undefined);
      return p;
    };
    const end = async (
      state: 'done' | 'failed' | 'cancelled',
      change: { result?: SimulationResult; error?: string },
    ) => {
      const r = await write(() => deps.jobs.finishSimulation(job.id, { state, ...change }, now()));
      if (r) tellEnd(r);
    };
    if (stopping) return end('failed', { error: INTERRUPTED });
    // not running when cancelled while waiting (here or through another server)
    if (job.ac.signal.aborted || !(await deps.jobs.markSimulationRunning(job.id, now()))) {
      const r = await deps.jobs.finishSimulation(job.id, { state: 'cancelled' }, now());
      if (r) tellEnd(r);
      return;
    }
    const started = await deps.jobs.getSimulation(job.id);
    if (started) tellStatus(started);
    let lastEvent = 0;
    let lastSave = 0;
    try {
      const result: SimulationResult = await runSimulation(input, {
        signal: job.ac.signal,
        ...(deps.pool ? { pool: deps.pool } : {}),
        onProgress: (p: SimulationProgress) => {
          const t = Date.now();
          const last = p.chunksDone >= p.chunks;
          // saved at most twice a second, published at most five times, and always the last one
          if (t - lastSave >= 500 || last) {
            lastSave = t;
            void write(() => deps.jobs.setSimulationProgress(job.id, p, now())).catch(() => {});
          }
          if (t - lastEvent < 200 && !last) return;
          lastEvent = t;
          deps.events.publish(topic(job.id), { type: 'progress', data: p });
        },
      });
      await end(stopping ? 'failed' : 'done', stopping ? { error: INTERRUPTED } : { result });
    } catch (e) {
      if (stopping) await end('failed', { error: INTERRUPTED });
      else if (job.ac.signal.aborted) await end('cancelled', {});
      else await end('failed', { error: (e as Error).message });
    }
  };

  const abortHere = (id: string) => local.get(id)?.ac.abort();
  const off = deps.events.subscribe(CANCEL_TOPIC, (e) => {
    const id = (e.data as { id?: unknown } | null)?.id;
    if (e.type === 'simulation' && typeof id === 'string') abortHere(id);
  });
  const poll = setInterval(() => {
    if (local.size === 0) return;
    deps.jobs
      .cancelRequested({ plans: [], simulations: [...local.keys()] })
      .then((r) => {
        for (const id of r.simulations) abortHere(id);
      })
      .catch(() => {});
  }, deps.cancelPollMs ?? 2_000);
  poll.unref();

  const mine = async (id: string, owner: string) => {
    const r = await deps.jobs.getSimulation(id);
    return r && r.ownerId === owner ? r : null;
  };

  return {
    async start({ owner, input, options }) {
      await deps.jobs
        .pruneSimulations(owner, KEEP, new Date(deps.clock.now().getTime() - KEEP_MS).toISOString())
        .catch(() => {});
      const theirs = await deps.jobs.countActiveSimulations(owner);
      if (theirs >= MAX_ACTIVE_EACH || local.size >= MAX_ACTIVE)
        throw new AppError(
          'rate_limited',
          `${theirs >= MAX_ACTIVE_EACH ? `you have ${theirs}` : `${local.size}`} simulations waiting or running; try again when one finishes`,
        );
      const at = now();
      const rec: SimulationJobRecord = {
        id: randomUUID(),
        ownerId: owner,
        runnerId,
        input: options,
        commitments: input.commitments.length,
        state: 'queued',
        progress: null,
        result: null,
        error: null,
        cancelRequested: false,
        createdAt: at,
        updatedAt: at,
        finishedAt: null,
      };
      await deps.jobs.insertSimulation(rec);
      const job: LocalJob = { id: rec.id, ac: new AbortController(), done: Promise.resolve() };
      local.set(rec.id, job);
      const next = tail.then(() => run(job, input));
      job.done = next.catch(() => undefined).finally(() => local.delete(rec.id));
      tail = job.done;
      return toSimulationJob(rec);
    },
    async get(id, owner) {
      const r = await mine(id, owner);
      return r ? toSimulationJob(r) : null;
    },
    async cancel(id, owner) {
      const r = await mine(id, owner);
      if (!r) return null;
      if (r.finishedAt !== null) return { job: toSimulationJob(r), cancelled: false };
      const flagged = await deps.jobs.requestSimulationCancel(id, now());
      if (!flagged) {
        const ended = await deps.jobs.getSimulation(id);
        return { job: toSimulationJob(ended ?? r), cancelled: false };
      }
      // a waiting job is cancelled at once; a running one stops where it runs
      if (flagged.state === 'cancelled') tellEnd(flagged);
      if (local.has(id)) abortHere(id);
      else deps.events.publish(CANCEL_TOPIC, { type: 'simulation', data: { id } });
      return { job: toSimulationJob(flagged), cancelled: true };
    },
    async close() {
      stopping = true;
      off();
      clearInterval(poll);
      const all = [...local.values()];
      for (const j of all) j.ac.abort();
      await Promise.race([
        Promise.all(all.map((j) => j.done)),
        new Promise((r) => setTimeout(r, 10_000).unref()),
      ]);
    },
  };
}
