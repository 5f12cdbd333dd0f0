import type {
  CommitmentDoc,
  CommitmentQuery,
  CommitmentView,
  ConcretenessSummary,
} from '../../contracts/commitment';
import type { ReadScope } from '../../core/access/actor';
import { toView } from '../../core/commitments/view';
import type { CommitmentRepo, StoredCommitment, TotalsRow } from '../../core/ports';
import type { Queryable } from '../db';

interface Row {
  id: string;
  version: number;
  doc: CommitmentDoc;
  summary?: ConcretenessSummary;
  created_at: Date;
  updated_at: Date;
  created_by: string | null;
  updated_by: string | null;
}

// Reads carry the analysis' label, score and missing elements from their columns; the full
// analysis (with spans) is recomputed from the text where a single read needs it (45 µs).
const SELECT = `SELECT c.id, c.version, c.doc,
  CASE WHEN c.concreteness_label IS NULL THEN NULL ELSE jsonb_build_object('label', c.concreteness_label,
    'score', c.concreteness_score, 'missing', c.concreteness_missing) END AS summary,
  c.created_at, c.updated_at, c.created_by, c.updated_by FROM commitment c`;
const SELECT_WITH_PARTY = SELECT.replace(
  'FROM commitment c',
  ', p.name AS party_name, p.gdp_eur FROM commitment c JOIN party p ON p.code = c.guarantor',
);
/** One record with its guarantor's party, in one query. */
const SELECT_ONE = SELECT.replace(
  'FROM commitment c',
  ', p.name AS party_name, p.gdp_eur FROM commitment c LEFT JOIN party p ON p.code = c.guarantor',
);

type RowWithParty = Row & { party_name: string | null; gdp_eur: number | null };

const toStoredWithParty = (r: RowWithParty): StoredCommitment => ({
  ...toStored(r),
  ...(r.party_name !== null ? { guarantorParty: { name: r.party_name, gdpEur: r.gdp_eur } } : {}),
});

const toStored = (r: Row): StoredCommitment => ({
  id: r.id,
  version: r.version,
  doc: r.doc,
  analysis: null,
  ...(r.summary ? { summary: r.summary } : {}),
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  createdBy: r.created_by,
  updatedBy: r.updated_by,
});

/** SQL for "the actor may read this row"; the rules mirror core/access/actor.ts#scopeAllows. */
export function scopeSql(scope: ReadScope, params: unknown[], alias = 'c'): string {
  const parts = [`${alias}.classification = 'public'`];
  if (scope.coalition) parts.push(`${alias}.classification = 'coalition'`);
  if (scope.bilateral === 'all') parts.push(`${alias}.classification = 'bilateral'`);
  else if (scope.bilateral) {
    params.push(scope.bilateral);
    parts.push(
      `(${alias}.classification = 'bilateral' AND (${alias}.guarantor = $${params.length} OR ${alias}.beneficiary = $${params.length}))`,
    );
  }
  if (scope.national) {
    params.push(scope.national);
    parts.push(`(${alias}.classification = 'national' AND ${alias}.guarantor = $${params.length})`);
  }
  return `(${parts.join(' OR ')})`;
}

const SORT_SQL: Record<CommitmentQuery['sort'], string> = {
  updatedAt: 'c.updated_at',
  announcedOn: 'c.announced_on',
  eurAmount: 'c.eur_amount',
  guarantor: 'c.guarantor',
  ref: 'c.ref',
  status: 'c.status',
  title: 'c.title',
  concreteness: 'c.concreteness_score',
};

const NULLABLE_SORTS: ReadonlySet<CommitmentQuery['sort']> = new Set([
  'announcedOn',
  'eurAmount',
  'concreteness',
]);

const FILTERS = [
  ['guarantor', 'c.guarantor'],
  ['pillar', 'c.pillar'],
  ['kind', 'c.kind'],
  ['status', 'c.status'],
  ['trigger', 'c.trigger_kind'],
  ['classification', 'c.classification'],
  ['concreteness', 'c.concreteness_label'],
] as const;

function whereSql(query: CommitmentQuery, scope: ReadScope, params: unknown[]): string {
  const where = [scopeSql(scope, params)];
  for (const [key, column] of FILTERS) {
    const v = query[key];
    if (v === undefined) continue;
    params.push(Array.isArray(v) ? v : [v]);
    where.push(`${column} = ANY($${params.length}::text[])`);
  }
  if (query.q?.trim()) {
    params.push(`%${query.q.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    const p = `$${params.length}`;
    where.push(
      `(c.ref ILIKE ${p} OR c.title ILIKE ${p} OR c.body ILIKE ${p} OR coalesce(c.doc->>'translation', '') ILIKE ${p})`,
    );
  }
  return where.join(' AND ');
}

export function commitmentRepo(db: Queryable): CommitmentRepo {
  return {
    async get(id) {
      const [r] = await db.query<RowWithParty>(`${SELECT_ONE} WHERE c.id = $1`, [id]);
      return r ? toStoredWithParty(r) : null;
    },
    async getByRef(ref) {
      const [r] = await db.query<RowWithParty>(`${SELECT_ONE} WHERE c.ref = $1`, [ref]);
      return r ? toStoredWithParty(r) : null;
    },
    async list(query, scope) {
      const params: unknown[] = [];
      const where = whereSql(query, scope, params);
      // NOT NULL columns sort without a NULLS clause, so that their indexes serve the order
      const nulls = NULLABLE_SORTS.has(query.sort) ? ' NULLS LAST' : '';
      const order = `${SORT_SQL[query.sort]} ${query.order === 'asc' ? 'ASC' : 'DESC'}${nulls}, c.id`;
      const filterParams = params.length;
      params.push(query.pageSize, (query.page - 1) * query.pageSize);
      // the page and the total in one statement, a round trip fewer per page: the count is an
      // uncorrelated subquery, run once (an index-only count), while the page keeps its top-N plan
      // (a window count over every row would read every matching record)
      const count = `(SELECT count(*)::int FROM commitment c WHERE ${where}) AS total`;
      const rows = await db.query<Row & { party_name: string; gdp_eur: number | null; total: number }>(
        `${SELECT_WITH_PARTY.replace(' FROM commitment c', `, ${count} FROM commitment c`)} WHERE ${where} ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length}`,
        params,
      );
      let total = rows[0]?.total ?? 0;
      if (rows.length === 0 && query.page > 1) {
        // past the last page: the window had no row to count on
        const [{ n } = { n: 0 }] = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM commitment c WHERE ${where}`,
          params.slice(0, filterParams),
        );
        total = n;
      }
      const items: CommitmentView[] = rows.map((r) =>
        toView(toStored(r), { name: r.party_name, gdpEur: r.gdp_eur }),
      );
      return { items, total };
    },
    async insertMany(cs, changeNote) {
      const inserted: boolean[] = [];
      for (let i = 0; i < cs.length; i += INSERT_CHUNK)
        inserted.push(...(await insertRows(db, cs.slice(i, i + INSERT_CHUNK), changeNote)));
      return inserted;
    },
    async update(c, changeNote) {
      const rows = await db.query(
        `WITH c AS (
           UPDATE commitment SET version = $3, guarantor = $4, beneficiary = $5, pillar = $6, kind = $7, status = $8,
             trigger_kind = $9, classification = $10, legal_form = $11, title = $12, body = $13, eur_amount = $14,
             announced_on = $15, illustrative = $16, doc = $17::jsonb, updated_at = $18, updated_by = $19,
             analysis = $21::jsonb, concreteness_label = $22, concreteness_score = $23, concreteness_missing = $24::jsonb
           WHERE id = $1 AND version = $2
           RETURNING id, version, doc, updated_at, updated_by)
         INSERT INTO commitment_version (commitment_id, version, doc, changed_by, changed_at, change_note)
         SELECT id, version, doc, updated_by, updated_at, $20 FROM c RETURNING commitment_id`,
        [
          c.id,
          c.version - 1,
          c.version,
          ...columns(c.doc),
          JSON.stringify(c.doc),
          c.updatedAt,
          c.updatedBy,
          changeNote,
          ...analysisColumns(c),
        ],
      );
      return rows.length === 1;
    },
    async versions(id) {
      const rows = await db.query<{
        version: number;
        doc: CommitmentDoc;
        changed_by: string | null;
        changed_at: Date;
        change_note: string | null;
      }>(
        'SELECT version, doc, changed_by, changed_at, change_note FROM commitment_version WHERE commitment_id = $1 ORDER BY version',
        [id],
      );
      return rows.map((r) => ({
        version: r.version,
        doc: r.doc,
        changedBy: r.changed_by,
        changedAt: r.changed_at.toISOString(),
        changeNote: r.change_note,
      }));
    },
    async concreteness(scope) {
      const params: unknown[] = [];
      const rows = await db.query<{
        guarantor: string;
        name: string;
        pillar: string;
        label: 'concrete' | 'vague' | null;
        n: number;
        score_sum: number;
      }>(
        `SELECT c.guarantor, p.name, c.pillar, c.concreteness_label AS label, count(*)::int AS n,
           coalesce(sum(c.concreteness_score), 0)::int AS score_sum
         FROM commitment c JOIN party p ON p.code = c.guarantor WHERE ${scopeSql(scope, params)}
         GROUP BY c.guarantor, p.name, c.pillar, c.concreteness_label`,
        params,
      );
      return rows.map((r) => ({
        guarantor: r.guarantor,
        guarantorName: r.name,
        pillar: r.pillar,
        label: r.label,
        count: r.n,
        scoreSum: r.score_sum,
      }));
    },
    async missingAnalysis(limit) {
      return db.query<{ id: string; text: string; lang: string }>(
        `SELECT id, body AS text, doc->>'lang' AS lang FROM commitment WHERE concreteness_label IS NULL ORDER BY id LIMIT $1`,
        [limit],
      );
    },
    async setAnalysis(id, a) {
      await db.query(
        `UPDATE commitment SET analysis = NULL, concreteness_label = $2, concreteness_score = $3,
           concreteness_missing = $4::jsonb WHERE id = $1`,
        [id, a.label, a.score, JSON.stringify(a.missing)],
      );
    },
    async nextRefNumber(prefix) {
      const rows = await db.query<{ ref: string }>('SELECT ref FROM commitment WHERE starts_with(ref, $1)', [
        prefix,
      ]);
      const nums = rows.map((r) => Number(r.ref.slice(prefix.length))).filter(Number.isInteger);
      return (nums.length ? Math.max(...nums) : 0) + 1;
    },
    async totals(scope) {
      const params: unknown[] = [];
      const rows = await db.query<{
        guarantor: string;
        name: string;
        gdp_eur: number | null;
        pillar: string;
        status: string;
        n: number;
        eur: number;
      }>(
        `SELECT c.guarantor, p.name, p.gdp_eur, c.pillar, c.status, count(*)::int AS n, coalesce(sum(c.eur_amount), 0)::float8 AS eur
         FROM commitment c JOIN party p ON p.code = c.guarantor WHERE ${scopeSql(scope, params)}
         GROUP BY c.guarantor, p.name, p.gdp_eur, c.pillar, c.status`,
        params,
      );
      return rows.map(
        (r): TotalsRow => ({
          guarantor: r.guarantor,
          guarantorName: r.name,
          gdpEur: r.gdp_eur,
          pillar: r.pillar,
          status: r.status,
          count: r.n,
          eurAmount: r.eur,
        }),
      );
    },
  };
}

/** Rows per INSERT statement: 25 parameters a row, well under PostgreSQL's 65,535. */
const INSERT_CHUNK = 200;
const ROW_PARAMS = 25;

/**
 * Inserts records and their version 1 in one statement; a row whose ref is taken (by a stored
 * record or an earlier row of the same statement) is skipped, not an error. The unique constraint
 * is the check (no read first), so this holds across servers too. Returns, per row, whether it
 * was inserted.
 */
async function insertRows(db: Queryable, cs: StoredCommitment[], changeNote: string | null) {
  const params: unknown[] = [changeNote];
  const values = cs.map((c) => {
    const at = params.length;
    params.push(
      c.id,
      c.doc.ref,
      c.version,
      ...columns(c.doc),
      JSON.stringify(c.doc),
      c.createdAt,
      c.updatedAt,
      c.createdBy,
      c.updatedBy,
      ...analysisColumns(c),
    );
    const p = Array.from({ length: ROW_PARAMS }, (_, k) => `$${at + k + 1}`);
    for (const k of [16, 21, 24]) p[k] = `${p[k]}::jsonb`;
    return `(${p.join(', ')})`;
  });
  const rows = await db.query<{ commitment_id: string }>(
    `WITH c AS (
       INSERT INTO commitment (id, ref, version, guarantor, beneficiary, pillar, kind, status, trigger_kind, classification,
         legal_form, title, body, eur_amount, announced_on, illustrative, doc, created_at, updated_at, created_by, updated_by,
         analysis, concreteness_label, concreteness_score, concreteness_missing)
       VALUES ${values.join(',\n')}
       ON CONFLICT (ref) DO NOTHING
       RETURNING id, version, doc, updated_at, updated_by)
     INSERT INTO commitment_version (commitment_id, version, doc, changed_by, changed_at, change_note)
     SELECT id, version, doc, updated_by, updated_at, $1 FROM c RETURNING commitment_id`,
    params,
  );
  const done = new Set(rows.map((r) => r.commitment_id));
  return cs.map((c) => done.has(c.id));
}

function analysisColumns(c: StoredCommitment): unknown[] {
  return [
    // the analysis document is not stored (see SELECT); the column stays for older rows
    null,
    c.analysis?.label ?? null,
    c.analysis?.score ?? null,
    c.analysis ? JSON.stringify(c.analysis.missing) : null,
  ];
}

function columns(d: CommitmentDoc): unknown[] {
  return [
    d.guarantor,
    d.beneficiary,
    d.pillar,
    d.kind,
    d.status,
    d.trigger.kind,
    d.classification,
    d.legalForm,
    d.title,
    d.text,
    d.terms.money?.eurAmount ?? null,
    d.announcedOn ?? null,
    d.illustrative,
  ];
}
