/**
 * Background jobs across servers (docs/scale-out.md): simulation jobs as rows, cancel flags on
 * plans and simulations, the servers alive (by the database's clock, so that servers' clocks
 * need not agree), and the notifications (NOTIFY) that carry live events between servers.
 */
import type { SimulationProgress, SimulationResult } from '../../contracts/activation-simulation';
import type { JobRepo, SimulationJobRecord } from '../../core/ports';
import type { Queryable } from '../db';

interface SimulationRow {
  id: string;
  owner_id: string;
  runner_id: string | null;
  input: Record<string, unknown>;
  commitments: number;
  state: SimulationJobRecord['state'];
  progress: SimulationProgress | null;
  result: SimulationResult | null;
  error: string | null;
  cancel_requested_at: Date | null;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}
const toSimulation = (r: SimulationRow): SimulationJobRecord => ({
  id: r.id,
  ownerId: r.owner_id,
  runnerId: r.runner_id,
  input: r.input,
  commitments: r.commitments,
  state: r.state,
  progress: r.progress,
  result: r.result,
  error: r.error,
  cancelRequested: r.cancel_requested_at !== null,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  finishedAt: r.finished_at?.toISOString() ?? null,
});

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
const UNFINISHED = `('queued', 'running')`;

export function jobRepo(db: Queryable): JobRepo {
  return {
    async insertSimulation(j) {
      await db.query(
        `INSERT INTO simulation_job (id, owner_id, runner_id, input, commitments, state, progress, result, error,
           cancel_requested_at, created_at, updated_at, finished_at)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7::jsonb, $8::jsonb, $9, NULL, $10, $11, $12)`,
        [
          j.id,
          j.ownerId,
          j.runnerId,
          json(j.input),
          j.commitments,
          j.state,
          json(j.progress),
          json(j.result),
          j.error,
          j.createdAt,
          j.updatedAt,
          j.finishedAt,
        ],
      );
    },
    async getSimulation(id) {
      const [r] = await db.query<SimulationRow>('SELECT * FROM simulation_job WHERE id = $1', [id]);
      return r ? toSimulation(r) : null;
    },
    async countActiveSimulations(ownerId) {
      const [r] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM simulation_job WHERE owner_id = $1 AND state IN ${UNFINISHED}`,
        [ownerId],
      );
      return r?.n ?? 0;
    },
    async markSimulationRunning(id, now) {
      const rows = await db.query(
        `UPDATE simulation_job SET state = 'running', updated_at = $2
         WHERE id = $1 AND state = 'queued' AND cancel_requested_at IS NULL RETURNING id`,
        [id, now],
      );
      return rows.length === 1;
    },
    async setSimulationProgress(id, progress, now) {
      await db.query(
        `UPDATE simulation_job SET progress = $2::jsonb, updated_at = $3 WHERE id = $1 AND state = 'running'`,
        [id, json(progress), now],
      );
    },
    async finishSimulation(id, end, now) {
      const [r] = await db.query<SimulationRow>(
        `UPDATE simulation_job SET state = $2, result = $3::jsonb, error = $4, updated_at = $5, finished_at = $5
         WHERE id = $1 AND state IN ${UNFINISHED} RETURNING *`,
        [id, end.state, json(end.result), end.error ?? null, now],
      );
      return r ? toSimulation(r) : null;
    },
    async requestSimulationCancel(id, now) {
      const [r] = await db.query<SimulationRow>(
        `UPDATE simulation_job SET
           cancel_requested_at = coalesce(cancel_requested_at, $2),
           state = CASE WHEN state = 'queued' THEN 'cancelled' ELSE state END,
           finished_at = CASE WHEN state = 'queued' THEN $2 ELSE finished_at END,
           updated_at = $2
         WHERE id = $1 AND state IN ${UNFINISHED} RETURNING *`,
        [id, now],
      );
      return r ? toSimulation(r) : null;
    },
    async pruneSimulations(ownerId, keep, before) {
      await db.query(
        `DELETE FROM simulation_job
         WHERE finished_at IS NOT NULL
           AND (finished_at < $3
             OR id IN (SELECT id FROM simulation_job WHERE owner_id = $1 AND finished_at IS NOT NULL
                       ORDER BY finished_at DESC OFFSET $2))`,
        [ownerId, keep, before],
      );
    },
    async claimPlan(id, runnerId) {
      const [r] = await db.query<{ cancel_requested: boolean }>(
        `UPDATE forcegen_plan SET runner_id = $2 WHERE id = $1
         RETURNING cancel_requested_at IS NOT NULL AS cancel_requested`,
        [id, runnerId],
      );
      return r ? { cancelRequested: r.cancel_requested } : null;
    },
    async requestPlanCancel(id, now) {
      const rows = await db.query(
        `UPDATE forcegen_plan SET cancel_requested_at = coalesce(cancel_requested_at, $2)
         WHERE id = $1 AND status IN ${UNFINISHED} RETURNING id`,
        [id, now],
      );
      return rows.length === 1;
    },
    async cancelRequested(ids) {
      const plans = ids.plans.length
        ? await db.query<{ id: string }>(
            `SELECT id FROM forcegen_plan WHERE id = ANY($1::uuid[]) AND cancel_requested_at IS NOT NULL`,
            [ids.plans],
          )
        : [];
      const simulations = ids.simulations.length
        ? await db.query<{ id: string }>(
            `SELECT id FROM simulation_job WHERE id = ANY($1::uuid[]) AND cancel_requested_at IS NOT NULL`,
            [ids.simulations],
          )
        : [];
      return { plans: plans.map((r) => r.id), simulations: simulations.map((r) => r.id) };
    },
    async registerInstance(id) {
      await db.query(
        `INSERT INTO server_instance (id, started_at, seen_at) VALUES ($1, now(), now())
         ON CONFLICT (id) DO UPDATE SET seen_at = now()`,
        [id],
      );
    },
    async heartbeat(id) {
      // re-inserted if another server took it for dead and removed it
      await db.query(
        `INSERT INTO server_instance (id, started_at, seen_at) VALUES ($1, now(), now())
         ON CONFLICT (id) DO UPDATE SET seen_at = now()`,
        [id],
      );
    },
    async removeInstance(id) {
      await db.query('DELETE FROM server_instance WHERE id = $1', [id]);
    },
    async failOrphans(reason, now, aliveWithinSeconds) {
      // a plan is named by its server a moment after it is inserted; until then it has grace
      const orphan =
        aliveWithinSeconds === null
          ? 'TRUE'
          : `NOT EXISTS (SELECT 1 FROM server_instance s
                         WHERE s.id = j.runner_id AND s.seen_at > now() - make_interval(secs => $3))
             AND (j.runner_id IS NOT NULL OR j.created_at < now() - make_interval(secs => $3))`;
      const params = aliveWithinSeconds === null ? [reason, now] : [reason, now, aliveWithinSeconds];
      const plans = await db.query<{ id: string; scenario_id: string }>(
        `UPDATE forcegen_plan j SET status = 'failed', error = $1, finished_at = $2
         WHERE j.status IN ${UNFINISHED} AND ${orphan} RETURNING j.id, j.scenario_id`,
        params,
      );
      const simulations = await db.query<{ id: string }>(
        `UPDATE simulation_job j SET state = 'failed', error = $1, finished_at = $2, updated_at = $2
         WHERE j.state IN ${UNFINISHED} AND ${orphan} RETURNING j.id`,
        params,
      );
      if (aliveWithinSeconds !== null)
        await db.query(`DELETE FROM server_instance WHERE seen_at < now() - interval '1 day'`);
      return {
        plans: plans.map((r) => ({ id: r.id, scenarioId: r.scenario_id })),
        simulations: simulations.map((r) => r.id),
      };
    },
    async notify(channel, payloads) {
      if (payloads.length === 0) return;
      // one statement: the notifications are delivered in this order (and, each carrying a
      // sequence number, none is folded into an identical one)
      await db.query(
        'SELECT pg_notify($1, p) FROM unnest($2::text[]) WITH ORDINALITY AS t(p, n) ORDER BY n',
        [channel, payloads],
      );
    },
    async putLiveEvent(topic, body) {
      const [r] = await db.query<{ id: number }>(
        'INSERT INTO live_event (topic, body) VALUES ($1, $2::jsonb) RETURNING id',
        [topic, JSON.stringify(body)],
      );
      if (!r) throw new Error('live_event insert returned no row');
      return r.id;
    },
    async liveEvent(id) {
      const [r] = await db.query<{ topic: string; body: unknown }>(
        'SELECT topic, body FROM live_event WHERE id = $1',
        [id],
      );
      return r ?? null;
    },
    async pruneLiveEvents(olderThanSeconds) {
      await db.query('DELETE FROM live_event WHERE created_at < now() - make_interval(secs => $1)', [
        olderThanSeconds,
      ]);
    },
  };
}
