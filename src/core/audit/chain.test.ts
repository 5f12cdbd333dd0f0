import { describe, expect, it } from 'vitest';
import { canonicalJson, chainEntry, GENESIS, verifyRun } from './chain';

const input = (n: number) => ({
  at: new Date(Date.UTC(2026, 0, 6, 9, 0, n)),
  actorId: null,
  actorLabel: 'test',
  action: 'commitment.update',
  entity: 'commitment',
  entityId: `c${n}`,
  before: { b: 1, a: [1, 2] },
  after: { a: [1, 3], b: 1 },
});

function chain(n: number) {
  const out = [];
  let prev: { seq: number; hash: string } | null = null;
  for (let i = 0; i < n; i++) {
    const e = chainEntry(input(i), prev);
    out.push(e);
    prev = e;
  }
  return out;
}

describe('audit hash chain', () => {
  it('canonical JSON ignores key order, so the database may reorder keys', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
  });
  it('starts from the genesis hash and links each entry to the one before', () => {
    const c = chain(3);
    expect(c[0]!.prevHash).toBe(GENESIS);
    expect(c[1]!.prevHash).toBe(c[0]!.hash);
    expect(verifyRun(c, null)).toBeNull();
  });
  it('names the first entry whose content changed', () => {
    const c = chain(5);
    c[2] = { ...c[2]!, after: { a: [9] } };
    expect(verifyRun(c, null)).toMatchObject({ seq: 3, reason: 'hash_mismatch' });
  });
  it('detects a deleted entry as a gap', () => {
    const c = chain(4);
    c.splice(1, 1);
    expect(verifyRun(c, null)).toMatchObject({ seq: 3, reason: 'sequence_gap' });
  });
  it('detects a rewritten entry whose own hash was recomputed, by the next link', () => {
    const c = chain(4);
    const forged = chainEntry({ ...input(1), actorLabel: 'someone else' }, c[0]!);
    c[1] = forged;
    expect(verifyRun(c, null)).toMatchObject({ seq: 3, reason: 'prev_hash_mismatch' });
  });
});
