import type { AuditEntry } from '../../core/audit/chain';
import type { AuditRepo } from '../../core/ports';
import type { Queryable } from '../db';

interface Row {
  seq: number;
  at: Date;
  actor_id: string | null;
  actor_label: string;
  action: string;
  entity: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  prev_hash: string;
  hash: string;
}
/** Entries per INSERT statement: 11 parameters an entry. */
const APPEND_CHUNK = 500;

const toEntry = (r: Row): AuditEntry => ({
  seq: r.seq,
  at: r.at.toISOString(),
  actorId: r.actor_id,
  actorLabel: r.actor_label,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  before: r.before,
  after: r.after,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/**
 * The chain's head as of the last commit, kept by the store on PGlite only (the process is the
 * data directory's only writer); `pending` becomes `committed` when the transaction commits.
 */
export interface AuditHeadCache {
  committed: { seq: number; hash: string } | undefined;
  pending: { seq: number; hash: string } | undefined;
}

/** `db` must be a transaction: the lock and the read of the last hash hold until it commits. */
export function auditRepo(db: Queryable, headCache?: AuditHeadCache): AuditRepo {
  const appendMany: AuditRepo['appendMany'] = async (inputs, build) => {
    if (!inputs.length) return [];
    // the row lock orders writers across servers; after waiting, PostgreSQL re-reads the row.
    // On PGlite (one writer, transactions one at a time) the head known from the last commit serves.
    // an earlier append of the same transaction has moved the head (pending)
    const known = headCache?.pending ?? headCache?.committed;
    const head =
      known !== undefined
        ? known
        : (await db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head FOR UPDATE'))[0];
    let prev = head && head.seq > 0 ? head : null;
    const entries = inputs.map((input) => {
      const e = build(input, prev);
      prev = e;
      return e;
    });
    const last = entries[entries.length - 1]!;
    for (let i = 0; i < entries.length; i += APPEND_CHUNK) {
      const chunk = entries.slice(i, i + APPEND_CHUNK);
      const params: unknown[] = [];
      const values = chunk.map((e) => {
        const at = params.length;
        params.push(
          e.seq,
          e.at,
          e.actorId,
          e.actorLabel,
          e.action,
          e.entity,
          e.entityId,
          JSON.stringify(e.before ?? null),
          JSON.stringify(e.after ?? null),
          e.prevHash,
          e.hash,
        );
        const p = Array.from(
          { length: 11 },
          (_, k) => `$${at + k + 1}${k === 7 || k === 8 ? '::jsonb' : ''}`,
        );
        return `(${p.join(', ')})`;
      });
      const tip = chunk[chunk.length - 1]!;
      params.push(tip.seq, tip.hash);
      // a data-modifying WITH runs whether or not the UPDATE reads it
      await db.query(
        `WITH entry AS (
             INSERT INTO audit_log (seq, at, actor_id, actor_label, action, entity, entity_id, before, after, prev_hash, hash)
             VALUES ${values.join(',\n')})
           UPDATE audit_head SET seq = $${params.length - 1}, hash = $${params.length}`,
        params,
      );
    }
    if (headCache) headCache.pending = { seq: last.seq, hash: last.hash };
    return entries;
  };
  return {
    async append(input, build) {
      const [e] = await appendMany([input], (_input, prev) => build(prev));
      return e!;
    },
    appendMany,
    async head() {
      const [h] = await db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head');
      return h ?? { seq: 0, hash: '' };
    },
    async forEntity(entity, entityId) {
      return (
        await db.query<Row>('SELECT * FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY seq', [
          entity,
          entityId,
        ])
      ).map(toEntry);
    },
    async scan(afterSeq, limit) {
      return (
        await db.query<Row>('SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2', [afterSeq, limit])
      ).map(toEntry);
    },
    async recent(limit) {
      return (await db.query<Row>('SELECT * FROM audit_log ORDER BY seq DESC LIMIT $1', [limit])).map(
        toEntry,
      );
    },
  };
}
