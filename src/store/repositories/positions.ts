import type { Issue, Position } from '../../contracts/positions';
import type { PositionRepo } from '../../core/ports';
import type { Queryable } from '../db';

interface IssueRow {
  slug: string;
  title: string;
  description: string;
  low_label: string;
  high_label: string;
  sort_order: number;
  illustrative: boolean;
}
const toIssue = (r: IssueRow): Issue => ({
  slug: r.slug,
  title: r.title,
  description: r.description,
  lowLabel: r.low_label,
  highLabel: r.high_label,
  sortOrder: r.sort_order,
  illustrative: r.illustrative,
});

interface PositionRow {
  id: string;
  issue: string;
  party: string;
  party_name: string | null;
  as_of: string;
  stance: number | string;
  summary: string;
  red_lines: string[];
  sources: Position['sources'];
  illustrative: boolean;
  recorded_by: string | null;
  recorded_by_name: string | null;
  recorded_at: Date;
}
const toPosition = (r: PositionRow): Position => ({
  id: r.id,
  issue: r.issue,
  party: r.party,
  partyName: r.party_name ?? r.party,
  asOf: r.as_of,
  stance: Number(r.stance),
  summary: r.summary,
  redLines: r.red_lines,
  sources: r.sources,
  illustrative: r.illustrative,
  recordedBy: r.recorded_by,
  recordedByName: r.recorded_by_name,
  recordedAt: r.recorded_at.toISOString(),
});

const SELECT = `SELECT p.*, pa.name AS party_name, u.name AS recorded_by_name
  FROM negotiation_position p
  LEFT JOIN party pa ON pa.code = p.party
  LEFT JOIN app_user u ON u.id = p.recorded_by`;

const list = <T>(v: T | T[] | undefined): T[] | undefined =>
  v === undefined ? undefined : ([v].flat() as T[]);

export function positionRepo(db: Queryable): PositionRepo {
  return {
    async listIssues() {
      return (
        await db.query<IssueRow>('SELECT * FROM negotiation_issue ORDER BY sort_order, title, slug')
      ).map(toIssue);
    },
    async getIssue(slug) {
      const [r] = await db.query<IssueRow>('SELECT * FROM negotiation_issue WHERE slug = $1', [slug]);
      return r ? toIssue(r) : null;
    },
    async upsertIssue(i, now) {
      await db.query(
        `INSERT INTO negotiation_issue (slug, title, description, low_label, high_label, sort_order, illustrative, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description,
           low_label = EXCLUDED.low_label, high_label = EXCLUDED.high_label, sort_order = EXCLUDED.sort_order,
           illustrative = EXCLUDED.illustrative`,
        [i.slug, i.title, i.description, i.lowLabel, i.highLabel, i.sortOrder, i.illustrative, now],
      );
    },
    async insertPosition(p) {
      await db.query(
        `INSERT INTO negotiation_position (id, issue, party, as_of, stance, summary, red_lines, sources, illustrative, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11)`,
        [
          p.id,
          p.issue,
          p.party,
          p.asOf,
          p.stance,
          p.summary,
          JSON.stringify(p.redLines),
          JSON.stringify(p.sources),
          p.illustrative,
          p.recordedBy,
          p.recordedAt,
        ],
      );
    },
    async getPosition(id) {
      const [r] = await db.query<PositionRow>(`${SELECT} WHERE p.id = $1`, [id]);
      return r ? toPosition(r) : null;
    },
    async listPositions(q) {
      const params: unknown[] = [];
      const where: string[] = ['true'];
      const issues = list(q.issue);
      const parties = list(q.party);
      if (issues) {
        params.push(issues);
        where.push(`p.issue = ANY($${params.length}::text[])`);
      }
      if (parties) {
        params.push(parties);
        where.push(`p.party = ANY($${params.length}::text[])`);
      }
      if (q.from) {
        params.push(q.from);
        where.push(`p.as_of >= $${params.length}`);
      }
      if (q.to) {
        params.push(q.to);
        where.push(`p.as_of <= $${params.length}`);
      }
      const rows = await db.query<PositionRow>(
        `${SELECT} WHERE ${where.join(' AND ')} ORDER BY p.as_of DESC, p.recorded_at DESC, p.id`,
        params,
      );
      return rows.map(toPosition);
    },
    async latestAt(date, parties) {
      const params: unknown[] = [date];
      let filter = '';
      if (parties) {
        params.push(parties);
        filter = ' AND p.party = ANY($2::text[])';
      }
      // DISTINCT ON keeps the first row of each issue × party in the ORDER BY: the latest
      const rows = await db.query<PositionRow>(
        `SELECT DISTINCT ON (p.issue, p.party) p.*, pa.name AS party_name, u.name AS recorded_by_name
         FROM negotiation_position p
         LEFT JOIN party pa ON pa.code = p.party
         LEFT JOIN app_user u ON u.id = p.recorded_by
         WHERE p.as_of <= $1${filter}
         ORDER BY p.issue, p.party, p.as_of DESC, p.recorded_at DESC, p.id DESC`,
        params,
      );
      return rows.map(toPosition);
    },
  };
}
