/**
 * The audit log is a hash chain: entry n's hash is SHA-256 over entry n-1's hash and entry n's
 * canonical content. Changing, inserting or deleting any row breaks every hash from there on,
 * and `verifyChain` names the first entry that no longer matches.
 */
import { createHash } from 'node:crypto';

export interface AuditInput {
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntry extends Omit<AuditInput, 'at'> {
  seq: number;
  /** ISO 8601 with milliseconds, as hashed. */
  at: string;
  prevHash: string;
  hash: string;
}

export const GENESIS = '0'.repeat(64);

/** JSON with object keys sorted, so that the database's key order never changes a hash. */
export function canonicalJson(v: unknown): string {
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

export function entryHash(e: Omit<AuditEntry, 'hash'>): string {
  const content = canonicalJson({
    seq: e.seq,
    at: e.at,
    actorId: e.actorId,
    actorLabel: e.actorLabel,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
  });
  return createHash('sha256').update(e.prevHash).update('\n').update(content).digest('hex');
}

/** Builds the next entry from the last one (null for the first). */
export function chainEntry(input: AuditInput, prev: { seq: number; hash: string } | null): AuditEntry {
  const base = {
    ...input,
    at: input.at.toISOString(),
    seq: prev ? prev.seq + 1 : 1,
    prevHash: prev ? prev.hash : GENESIS,
    before: input.before ?? null,
    after: input.after ?? null,
  };
  return { ...base, hash: entryHash(base) };
}

export interface ChainBreak {
  seq: number;
  reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap';
  detail: string;
}

/** Checks a run of consecutive entries against the one before it (null at the start). */
export function verifyRun(
  entries: AuditEntry[],
  prev: { seq: number; hash: string } | null,
): ChainBreak | null {
  let last = prev;
  for (const e of entries) {
    const expectedSeq = last ? last.seq + 1 : 1;
    if (e.seq !== expectedSeq) {
      return { seq: e.seq, reason: 'sequence_gap', detail: `expected entry ${expectedSeq}, found ${e.seq}` };
    }
    const expectedPrev = last ? last.hash : GENESIS;
    if (e.prevHash !== expectedPrev) {
      return {
        seq: e.seq,
        reason: 'prev_hash_mismatch',
        detail: 'its link to the previous entry does not match',
      };
    }
    if (entryHash(e) !== e.hash) {
      return {
        seq: e.seq,
        reason: 'hash_mismatch',
        detail: 'its content does not match its hash (changed after it was written)',
      };
    }
    last = { seq: e.seq, hash: e.hash };
  }
  return null;
}
