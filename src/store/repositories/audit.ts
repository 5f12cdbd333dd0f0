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
  return {
    async append(_input, build) {
      // the row lock orders writers across servers; after waiting, PostgreSQL re-reads the row.
      // On PGlite (one writer, transactions one at a time) the head known from the last commit serves.
      const known = headCache?.committed;
      const head =
        known !== undefined
          ? known
          : (await db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head FOR UPDATE'))[0];
      const e = build(head && head.seq > 0 ? head : null);
      await db.query(
        `WITH entry AS (
           INSERT INTO audit_log (seq, at, actor_id, actor_label, action, entity, entity_id, before, after, prev_hash, hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11) RETURNING seq, hash)
         UPDATE audit_head SET seq = entry.seq, hash = entry.hash FROM entry`,
        [
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
        ],
      );
      if (headCache) headCache.pending = { seq: e.seq, hash: e.hash };
      return e;
    },
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
