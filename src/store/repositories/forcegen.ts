import type { ForceGenScenario } from '../../contracts/forcegen';
import type { ForceGenRepo, PlanRecord, ScenarioRecord } from '../../core/ports';
import type { Queryable } from '../db';

interface ScenarioRow {
  id: string;
  name: string;
  version: number;
  doc: ForceGenScenario;
  illustrative: boolean;
  updated_at: Date;
  updated_by: string | null;
}
const toScenario = (r: ScenarioRow): ScenarioRecord => ({
  id: r.id,
  name: r.name,
  version: r.version,
  doc: r.doc,
  illustrative: r.illustrative,
  updatedAt: r.updated_at.toISOString(),
  updatedBy: r.updated_by,
});

interface PlanRow {
  id: string;
  scenario_id: string;
  scenario_version: number;
  what_if: PlanRecord['whatIf'];
  status: PlanRecord['status'];
  progress: PlanRecord['progress'];
  result: PlanRecord['result'];
  comparison: PlanRecord['comparison'];
  error: string | null;
  created_at: Date;
  created_by: string | null;
  finished_at: Date | null;
}
const toPlan = (r: PlanRow): PlanRecord => ({
  id: r.id,
  scenarioId: r.scenario_id,
  scenarioVersion: r.scenario_version,
  whatIf: r.what_if,
  status: r.status,
  progress: r.progress,
  result: r.result,
  comparison: r.comparison,
  error: r.error,
  createdAt: r.created_at.toISOString(),
  createdBy: r.created_by,
  finishedAt: r.finished_at?.toISOString() ?? null,
});

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
const PLAN_COLUMNS = {
  status: 'status',
  progress: 'progress',
  result: 'result',
  comparison: 'comparison',
  error: 'error',
  finishedAt: 'finished_at',
} as const;
const JSON_COLUMNS = new Set(['progress', 'result', 'comparison']);

export function forcegenRepo(db: Queryable): ForceGenRepo {
  return {
    async listScenarios() {
      return (await db.query<ScenarioRow>('SELECT * FROM forcegen_scenario ORDER BY updated_at DESC')).map(
        toScenario,
      );
    },
    async getScenario(id) {
      const [r] = await db.query<ScenarioRow>('SELECT * FROM forcegen_scenario WHERE id = $1', [id]);
      return r ? toScenario(r) : null;
    },
    async scenarioAt(id, version) {
      const [r] = await db.query<{ doc: ForceGenScenario }>(
        'SELECT doc FROM forcegen_scenario_version WHERE scenario_id = $1 AND version = $2',
        [id, version],
      );
      return r?.doc ?? null;
    },
    async insertScenario(s, note) {
      await db.query(
        `WITH s AS (
           INSERT INTO forcegen_scenario (id, name, version, doc, illustrative, updated_at, updated_by)
           VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7) RETURNING id, version, doc, updated_at, updated_by)
         INSERT INTO forcegen_scenario_version (scenario_id, version, doc, changed_at, changed_by, change_note)
         SELECT id, version, doc, updated_at, updated_by, $8 FROM s`,
        [s.id, s.name, s.version, JSON.stringify(s.doc), s.illustrative, s.updatedAt, s.updatedBy, note],
      );
    },
    async updateScenario(s, note) {
      const rows = await db.query(
        `WITH s AS (
           UPDATE forcegen_scenario SET name = $2, version = $3, doc = $4::jsonb, illustrative = $5, updated_at = $6, updated_by = $7
           WHERE id = $1 AND version = $3 - 1 RETURNING id, version, doc, updated_at, updated_by)
         INSERT INTO forcegen_scenario_version (scenario_id, version, doc, changed_at, changed_by, change_note)
         SELECT id, version, doc, updated_at, updated_by, $8 FROM s RETURNING scenario_id`,
        [s.id, s.name, s.version, JSON.stringify(s.doc), s.illustrative, s.updatedAt, s.updatedBy, note],
      );
      return rows.length === 1;
    },
    async insertPlan(p) {
      await db.query(
        `INSERT INTO forcegen_plan (id, scenario_id, scenario_version, what_if, status, progress, result, comparison, error, created_at, created_by, finished_at)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9, $10, $11, $12)`,
        [
          p.id,
          p.scenarioId,
          p.scenarioVersion,
          json(p.whatIf),
          p.status,
          json(p.progress),
          json(p.result),
          json(p.comparison),
          p.error,
          p.createdAt,
          p.createdBy,
          p.finishedAt,
        ],
      );
    },
    async updatePlan(id, change) {
      const sets: string[] = [];
      const params: unknown[] = [id];
      for (const [key, column] of Object.entries(PLAN_COLUMNS)) {
        const v = change[key as keyof typeof change];
        if (v === undefined) continue;
        params.push(JSON_COLUMNS.has(key) ? json(v) : v);
        sets.push(`${column} = $${params.length}${JSON_COLUMNS.has(key) ? '::jsonb' : ''}`);
      }
      if (sets.length) await db.query(`UPDATE forcegen_plan SET ${sets.join(', ')} WHERE id = $1`, params);
    },
    async getPlan(id) {
      const [r] = await db.query<PlanRow>('SELECT * FROM forcegen_plan WHERE id = $1', [id]);
      return r ? toPlan(r) : null;
    },
    async listPlans(scenarioId, limit) {
      // lists leave out the (large) results; a plan's own read has them
      const rows = await db.query<PlanRow>(
        `SELECT id, scenario_id, scenario_version, what_if, status, progress, NULL::jsonb AS result, comparison, error, created_at, created_by, finished_at
         FROM forcegen_plan WHERE scenario_id = $1 ORDER BY created_at DESC LIMIT $2`,
        [scenarioId, limit],
      );
      return rows.map(toPlan);
    },
    async failUnfinishedPlans(reason, now) {
      const rows = await db.query(
        `UPDATE forcegen_plan SET status = 'failed', error = $1, finished_at = $2 WHERE status IN ('queued', 'running') RETURNING id`,
        [reason, now],
      );
      return rows.length;
    },
  };
}
