/**
 * Runs simulations in the background: each is an in-memory job (id, status, progress, result)
 * whose chunks run on the worker-thread pool, never on the event loop. Jobs run one after the
 * other (the pool has the cores); progress and status are published on `simulation:<id>` for
 * server-sent events. A job is the caller's own: it ran over what they may read. Finished jobs
 * are kept for an hour (at most KEEP of them); they do not survive a restart.
 */
import { randomUUID } from 'node:crypto';
import type { SimulationJob, SimulationProgress, SimulationResult } from '../../contracts/activation';
import { AppError } from '../../core/errors';
import type { Clock, Events } from '../../core/ports';
import type { SimulateInput } from '../../core/simulation';
import { runSimulation, type SimulationWorkerPool } from '../../platform/simulation-workers';

const KEEP = 50;
const KEEP_MS = 3_600_000;
/** Jobs waiting or running at once: per caller, and over all callers. */
const MAX_ACTIVE_EACH = 3;
const MAX_ACTIVE = 32;

interface Job {
  view: SimulationJob;
  owner: string;
  ac: AbortController;
}

export interface SimulationRunner {
  /** Queues a job. @throws AppError `rate_limited` when too many are waiting. */
  start(opts: { owner: string; input: SimulateInput; options: Record<string, unknown> }): SimulationJob;
  /** The job if `owner` started it. */
  get(id: string, owner: string): SimulationJob | null;
  /** Stops a waiting or running job; false if it had already finished. */
  cancel(id: string, owner: string): boolean | null;
  /** Cancels every job (server shutting down). */
  close(): void;
}

export function createSimulationRunner(deps: {
  events: Events;
  clock: Clock;
  pool?: SimulationWorkerPool;
}): SimulationRunner {
  const jobs = new Map<string, Job>();
  let tail: Promise<unknown> = Promise.resolve();
  const topic = (id: string) => `simulation:${id}`;
  const tell = (job: Job) =>
    deps.events.publish(topic(job.view.id), {
      type: 'status',
      data: { ...job.view, result: null },
    });
  const finish = (job: Job, status: SimulationJob['status'], change: Partial<SimulationJob>) => {
    job.view = { ...job.view, ...change, status, finishedAt: deps.clock.now().toISOString() };
    tell(job);
    deps.events.publish(topic(job.view.id), { type: 'done', data: { id: job.view.id, status } });
  };
  const prune = () => {
    const now = deps.clock.now().getTime();
    const finished = [...jobs.values()].filter((j) => j.view.finishedAt !== null);
    finished.sort((a, b) => (a.view.finishedAt ?? '').localeCompare(b.view.finishedAt ?? ''));
    finished.forEach((j, i) => {
      const old = now - Date.parse(j.view.finishedAt ?? '') > KEEP_MS;
      if (old || i < finished.length - KEEP) jobs.delete(j.view.id);
    });
  };
  const run = async (job: Job, input: SimulateInput) => {
    if (job.ac.signal.aborted) return finish(job, 'cancelled', {});
    job.view = { ...job.view, status: 'running' };
    tell(job);
    let last = 0;
    try {
      const result: SimulationResult = await runSimulation(input, {
        signal: job.ac.signal,
        ...(deps.pool ? { pool: deps.pool } : {}),
        onProgress: (p: SimulationProgress) => {
          job.view = { ...job.view, progress: p };
          const now = Date.now();
          // at most five a second, and always the last one
          if (now - last < 200 && p.chunksDone < p.chunks) return;
          last = now;
          deps.events.publish(topic(job.view.id), { type: 'progress', data: p });
        },
      });
      finish(job, 'done', { result });
    } catch (e) {
      if (job.ac.signal.aborted) finish(job, 'cancelled', {});
      else finish(job, 'failed', { error: (e as Error).message });
    }
  };
  return {
    start({ owner, input, options }) {
      prune();
      const active = [...jobs.values()].filter((j) => j.view.finishedAt === null);
      const mine = active.filter((j) => j.owner === owner).length;
      if (mine >= MAX_ACTIVE_EACH || active.length >= MAX_ACTIVE)
        throw new AppError(
          'rate_limited',
          `${mine >= MAX_ACTIVE_EACH ? `you have ${mine}` : `${active.length}`} simulations waiting or running; try again when one finishes`,
        );
      const job: Job = {
        owner,
        ac: new AbortController(),
        view: {
          id: randomUUID(),
          status: 'queued',
          progress: null,
          options,
          commitments: input.commitments.length,
          createdAt: deps.clock.now().toISOString(),
          finishedAt: null,
          error: null,
          result: null,
        },
      };
      jobs.set(job.view.id, job);
      const next = tail.then(() => run(job, input));
      tail = next.catch(() => undefined);
      return job.view;
    },
    get(id, owner) {
      const j = jobs.get(id);
      return j && j.owner === owner ? j.view : null;
    },
    cancel(id, owner) {
      const j = jobs.get(id);
      if (!j || j.owner !== owner) return null;
      if (j.view.finishedAt !== null) return false;
      j.ac.abort();
      return true;
    },
    close() {
      for (const j of jobs.values()) j.ac.abort();
    },
  };
}
