import type { PressureMeasure } from '../../contracts/pressure';
import type { PressureRecord, PressureRepo } from '../../core/ports';
import type { Queryable } from '../db';

interface Row {
  id: string;
  version: number;
  title: string;
  kind: PressureMeasure['kind'];
  description: string;
  trigger_kind: PressureMeasure['condition']['trigger'];
  condition_text: string;
  supporters: string[];
  status: PressureMeasure['status'];
  dates: PressureMeasure['dates'];
  sources: PressureMeasure['sources'];
  illustrative: boolean;
  created_at: Date;
  created_by: string | null;
  updated_at: Date;
  updated_by: string | null;
}
const toRecord = (r: Row): PressureRecord => ({
  id: r.id,
  version: r.version,
  title: r.title,
  kind: r.kind,
  description: r.description,
  condition: { trigger: r.trigger_kind, text: r.condition_text },
  supporters: r.supporters,
  status: r.status,
  dates: r.dates,
  sources: r.sources,
  illustrative: r.illustrative,
  createdAt: r.created_at.toISOString(),
  createdBy: r.created_by,
  updatedAt: r.updated_at.toISOString(),
  updatedBy: r.updated_by,
});

const values = (m: PressureRecord) => [
  m.id,
  m.version,
  m.title,
  m.kind,
  m.description,
  m.condition.trigger,
  m.condition.text,
  m.supporters,
  m.status,
  JSON.stringify(m.dates),
  JSON.stringify(m.sources),
  m.illustrative,
  m.createdAt,
  m.createdBy,
  m.updatedAt,
  m.updatedBy,
];

const FILTERS = [
  ['status', 'status = ANY'],
  ['kind', 'kind = ANY'],
  ['trigger', 'trigger_kind = ANY'],
  ['supporter', 'supporters &&'],
] as const;

export function pressureRepo(db: Queryable): PressureRepo {
  return {
    async list(q) {
      const params: unknown[] = [];
      const where = ['true'];
      for (const [key, test] of FILTERS) {
        const v = q[key];
        if (v === undefined) continue;
        params.push([v].flat());
        where.push(
          test.endsWith('ANY') ? `${test}($${params.length}::text[])` : `${test} $${params.length}::text[]`,
        );
      }
      const rows = await db.query<Row>(
        `SELECT * FROM pressure_measure WHERE ${where.join(' AND ')} ORDER BY created_at, id`,
        params,
      );
      return rows.map(toRecord);
    },
    async get(id) {
      const [r] = await db.query<Row>('SELECT * FROM pressure_measure WHERE id = $1', [id]);
      return r ? toRecord(r) : null;
    },
    async insert(m) {
      await db.query(
        `INSERT INTO pressure_measure (id, version, title, kind, description, trigger_kind, condition_text, supporters,
           status, dates, sources, illustrative, created_at, created_by, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10::jsonb, $11::jsonb, $12, $13, $14, $15, $16)`,
        values(m),
      );
    },
    async update(m) {
      const [, ...rest] = values(m);
      const rows = await db.query(
        `UPDATE pressure_measure SET version = $2, title = $3, kind = $4, description = $5, trigger_kind = $6,
           condition_text = $7, supporters = $8::text[], status = $9, dates = $10::jsonb, sources = $11::jsonb,
           illustrative = $12, updated_at = $13, updated_by = $14
         WHERE id = $1 AND version = $2 - 1
         RETURNING id`,
        [m.id, ...rest.slice(0, 11), m.updatedAt, m.updatedBy],
      );
      return rows.length === 1;
    },
  };
}
