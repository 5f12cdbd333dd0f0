import {
  type Incident,
  type ObservationMethod,
  UA_REGION_NAMES,
  type UaRegion,
} from '../../contracts/incident';
import { AppError } from '../../core/errors';
import type { IncidentFilter, IncidentRepo } from '../../core/ports';
import type { Queryable } from '../db';

interface Row {
  id: string;
  reference: string;
  occurred_at: Date;
  reported_at: Date;
  latitude: number;
  longitude: number;
  region: UaRegion;
  settlement: string | null;
  type: Incident['type'];
  weapon_class: Incident['weaponClass'];
  civilian_killed: number;
  civilian_injured: number;
  military_killed: number;
  military_injured: number;
  observed_by: ObservationMethod[];
  team: string;
  description: string;
  status: Incident['status'];
  status_note: string | null;
  attributed_to: string | null;
  illustrative: boolean;
  created_at: Date;
  updated_at: Date;
  created_by: string | null;
  updated_by: string | null;
}

const toIncident = (r: Row): Incident => ({
  id: r.id,
  reference: r.reference,
  occurredAt: r.occurred_at.toISOString(),
  reportedAt: r.reported_at.toISOString(),
  latitude: r.latitude,
  longitude: r.longitude,
  region: r.region,
  regionName: UA_REGION_NAMES[r.region] ?? r.region,
  ...(r.settlement !== null ? { settlement: r.settlement } : {}),
  type: r.type,
  weaponClass: r.weapon_class,
  casualties: {
    civilianKilled: r.civilian_killed,
    civilianInjured: r.civilian_injured,
    militaryKilled: r.military_killed,
    militaryInjured: r.military_injured,
  },
  observedBy: r.observed_by,
  team: r.team,
  description: r.description,
  status: r.status,
  statusNote: r.status_note,
  attributedTo: r.attributed_to,
  illustrative: r.illustrative,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  createdBy: r.created_by,
  updatedBy: r.updated_by,
});

function whereSql(f: IncidentFilter, params: unknown[]): string {
  const where = ['true'];
  if (f.start) {
    params.push(f.start);
    where.push(`i.occurred_at >= $${params.length}`);
  }
  if (f.end) {
    params.push(f.end);
    where.push(`i.occurred_at < $${params.length}`);
  }
  for (const [values, column] of [
    [f.region, 'i.region'],
    [f.type, 'i.type'],
    [f.status, 'i.status'],
  ] as const) {
    if (!values?.length) continue;
    params.push(values);
    where.push(`${column} = ANY($${params.length}::text[])`);
  }
  return where.join(' AND ');
}

export function incidentRepo(db: Queryable): IncidentRepo {
  return {
    async get(id) {
      const [r] = await db.query<Row>('SELECT * FROM incident WHERE id = $1', [id]);
      return r ? toIncident(r) : null;
    },
    async getByReference(reference) {
      const [r] = await db.query<Row>('SELECT * FROM incident WHERE reference = $1', [reference]);
      return r ? toIncident(r) : null;
    },
    async list(filter, page) {
      const params: unknown[] = [];
      const where = whereSql(filter, params);
      const [{ n } = { n: 0 }] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM incident i WHERE ${where}`,
        params,
      );
      const dir = page.order === 'asc' ? 'ASC' : 'DESC';
      params.push(page.pageSize, (page.page - 1) * page.pageSize);
      const rows = await db.query<Row>(
        `SELECT * FROM incident i WHERE ${where} ORDER BY i.occurred_at ${dir}, i.id ${dir}
         LIMIT $${params.length - 1} OFFSET $${params.length}`,
        params,
      );
      return { items: rows.map(toIncident), total: n };
    },
    async insert(i) {
      try {
        await db.query(
          `INSERT INTO incident (id, reference, occurred_at, reported_at, latitude, longitude, region, settlement, type,
             weapon_class, civilian_killed, civilian_injured, military_killed, military_injured, observed_by, team,
             description, status, status_note, attributed_to, illustrative, created_at, updated_at, created_by, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::text[], $16, $17, $18, $19, $20, $21,
             $22, $23, $24, $25)`,
          [
            i.id,
            i.reference,
            i.occurredAt,
            i.reportedAt,
            i.latitude,
            i.longitude,
            i.region,
            i.settlement ?? null,
            i.type,
            i.weaponClass,
            i.casualties.civilianKilled,
            i.casualties.civilianInjured,
            i.casualties.militaryKilled,
            i.casualties.militaryInjured,
            i.observedBy,
            i.team,
            i.description,
            i.status,
            i.statusNote,
            i.attributedTo,
            i.illustrative,
            i.createdAt,
            i.updatedAt,
            i.createdBy,
            i.updatedBy,
          ],
        );
      } catch (e) {
        const err = e as { code?: string; constraint?: string; message?: string };
        if (
          err.code === '23505' &&
          (err.constraint === 'incident_reference_unique' ||
            err.message?.includes('incident_reference_unique'))
        ) {
          throw new AppError('conflict', `reference ${i.reference} is taken`, [
            { path: 'reference', message: 'already used by another incident' },
          ]);
        }
        throw e;
      }
    },
    async setStatus(c) {
      const [r] = await db.query<Row>(
        `UPDATE incident SET status = $3, status_note = $4, updated_at = $5, updated_by = $6
         WHERE id = $1 AND status = $2 RETURNING *`,
        [c.id, c.from, c.to, c.note, c.at, c.by],
      );
      return r ? toIncident(r) : null;
    },
    async nextReferenceNumber(year) {
      const prefix = `INC-${year}-`;
      const [r] = await db.query<{ n: number | null }>(
        `SELECT max(substring(reference FROM ${prefix.length + 1})::int) AS n FROM incident
         WHERE starts_with(reference, $1)`,
        [prefix],
      );
      return (r?.n ?? 0) + 1;
    },
    async takenReferences(references) {
      if (!references.length) return [];
      const rows = await db.query<{ reference: string }>(
        'SELECT reference FROM incident WHERE reference = ANY($1::text[])',
        [references],
      );
      return rows.map((r) => r.reference);
    },
    async countByDayAndRegion(filter, timeZone) {
      const params: unknown[] = [];
      const where = whereSql(filter, params);
      params.push(timeZone);
      const rows = await db.query<{ day: string; region: string; n: number }>(
        `SELECT to_char((i.occurred_at AT TIME ZONE $${params.length})::date, 'YYYY-MM-DD') AS day, i.region,
           count(*)::int AS n
         FROM incident i WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
        params,
      );
      return rows.map((r) => ({ day: r.day, region: r.region, count: r.n }));
    },
  };
}
