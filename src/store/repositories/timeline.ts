import type { TimelineEvent } from '../../contracts/timeline';
import type { TimelineRepo } from '../../core/ports';
import type { Queryable } from '../db';

interface Row {
  id: string;
  event_date: string;
  date_precision: TimelineEvent['datePrecision'];
  title: string;
  description: string;
  parties: string[];
  pillars: TimelineEvent['pillars'];
  sources: TimelineEvent['sources'];
  confirmed: boolean;
  illustrative: boolean;
  imported_from: TimelineEvent['importedFrom'];
  recorded_by: string | null;
  recorded_at: Date;
}
const toEvent = (r: Row): TimelineEvent => ({
  id: r.id,
  date: r.event_date,
  datePrecision: r.date_precision,
  title: r.title,
  description: r.description,
  parties: r.parties,
  pillars: r.pillars,
  sources: r.sources,
  confirmed: r.confirmed,
  illustrative: r.illustrative,
  importedFrom: r.imported_from,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at.toISOString(),
});

export function timelineRepo(db: Queryable): TimelineRepo {
  return {
    async list(q) {
      const params: unknown[] = [];
      const where = ['true'];
      if (q.party !== undefined) {
        params.push([q.party].flat());
        where.push(`parties && $${params.length}::text[]`);
      }
      if (q.pillar !== undefined) {
        params.push([q.pillar].flat());
        where.push(`pillars && $${params.length}::text[]`);
      }
      if (q.from) {
        params.push(q.from);
        where.push(`event_date >= $${params.length}`);
      }
      if (q.to) {
        params.push(q.to);
        where.push(`event_date <= $${params.length}`);
      }
      const rows = await db.query<Row>(
        `SELECT * FROM timeline_event WHERE ${where.join(' AND ')} ORDER BY event_date, recorded_at, id`,
        params,
      );
      return rows.map(toEvent);
    },
    async get(id) {
      const [r] = await db.query<Row>('SELECT * FROM timeline_event WHERE id = $1', [id]);
      return r ? toEvent(r) : null;
    },
    async insert(e) {
      await db.query(
        `INSERT INTO timeline_event (id, event_date, date_precision, title, description, parties, pillars, sources,
           confirmed, illustrative, imported_from, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6::text[], $7::text[], $8::jsonb, $9, $10, $11::jsonb, $12, $13)`,
        [
          e.id,
          e.date,
          e.datePrecision,
          e.title,
          e.description,
          e.parties,
          e.pillars,
          JSON.stringify(e.sources),
          e.confirmed,
          e.illustrative,
          e.importedFrom === null ? null : JSON.stringify(e.importedFrom),
          e.recordedBy,
          e.recordedAt,
        ],
      );
    },
  };
}
