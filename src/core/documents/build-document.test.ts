import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CommitmentCreate, type CommitmentDoc } from '../../contracts/commitment';
import type { AsOfCommitment } from '../ports';
import { buildDocument } from './build-document';
import { diffDocuments } from './diff-documents';
import { canonicalDocument } from './load-document';

const c = (ref: string, version: number, over: Record<string, unknown> = {}): AsOfCommitment => ({
  id: `00000000-0000-4000-8000-${createHash('sha256').update(ref).digest('hex').slice(0, 12)}`,
  version,
  changedAt: '2026-01-06T09:00:00.000Z',
  doc: {
    ...CommitmentCreate.parse({
      ref,
      guarantor: ref.slice(0, 2),
      pillar: 'renewed_attack',
      kind: 'consultation',
      title: `Consultations (${ref})`,
      text: 'The Participants will consult within 24 hours.',
      lang: 'en',
      legalForm: 'memorandum',
      trigger: { kind: 'renewed_attack' },
      ...over,
    }),
    terms: { responseTimeHours: 24 },
  } as CommitmentDoc,
});

const build = (commitments: AsOfCommitment[], asOf = '2026-01-06') =>
  buildDocument({
    kind: 'declaration',
    lang: 'en',
    asOf,
    party: null,
    commitments,
    partyNames: new Map([
      ['GB', 'United Kingdom'],
      ['FR', 'France'],
      ['UA', 'Ukraine'],
    ]),
    translations: new Map(),
  });

describe('the document model and its diff', () => {
  it('one article per commitment held, with a stable eId, its version, and withdrawn ones left out', () => {
    const m = build([c('GB-2024-002', 1), c('FR-2024-002', 3), c('GB-2026-009', 1, { status: 'withdrawn' })]);
    const articles = m.chapters.flatMap((ch) => ch.articles);
    expect(articles.map((a) => [a.eId, a.num, a.commitment?.version])).toEqual([
      ['art_fr-2024-002', 'Article 1', 3],
      ['art_gb-2024-002', 'Article 2', 1],
    ]);
    expect(m.finalProvisions.articles[0]!.num).toBe('Article 3');
    expect(m.signatures.blocks.map((b) => b.party)).toEqual(['FR', 'GB', 'UA']);
    expect(m.definitions.items.map((d) => d.term)).toContain('Attributed breach');
  });

  it('the canonical form does not depend on key order', () => {
    const m = build([c('GB-2024-002', 1)]);
    const reordered = JSON.parse(JSON.stringify(m, Object.keys(m).reverse()));
    expect(canonicalDocument({ ...reordered, ...m }).hash).toBe(canonicalDocument(m).hash);
  });

  it('matches clauses by eId: a number that moves is no change; a new version, a withdrawal and an addition are', () => {
    const before = [c('GB-2024-002', 1), c('GB-2026-004', 1)];
    const after = [
      c('FR-2024-002', 1),
      c('GB-2024-002', 2, { text: 'The Participants will consult within 12 hours.' }),
      c('GB-2026-004', 2, { status: 'withdrawn' }),
    ];
    const d = diffDocuments(
      { model: build(before), commitments: before },
      { model: build(after, '2026-02-01'), commitments: after },
    );
    expect(d.added.map((x) => x.eId)).toEqual(['art_fr-2024-002']);
    expect(d.removed.map((x) => x.eId)).toEqual(['art_gb-2026-004']);
    expect(d.changed.map((x) => [x.eId, x.commitment?.fromVersion, x.commitment?.toVersion])).toEqual([
      ['art_gb-2024-002', 1, 2],
    ]);
    expect(d.changed[0]!.fields).toEqual([
      {
        path: 'text',
        before: 'The Participants will consult within 24 hours.',
        after: 'The Participants will consult within 12 hours.',
      },
    ]);
    // the final provisions moved from Article 3 to 4 and are unchanged
    expect(d.unchanged).toBeGreaterThan(10);
  });
});
