import { describe, expect, it } from 'vitest';
import { CommitmentCreate, type CommitmentDoc } from '../../contracts/commitment';
import { group, type summarise } from './compliance-report';
import { scoreCommitment } from './rules';

const doc = (over: Record<string, unknown>): CommitmentDoc =>
  ({
    ...CommitmentCreate.parse({
      ref: 'GB-2026-100',
      guarantor: 'GB',
      pillar: 'long_term_support',
      kind: 'training',
      title: 'Training',
      text: 'The United Kingdom will train 1,000 recruits a year.',
      lang: 'en',
      legalForm: 'memorandum',
      ...over,
    }),
    terms: (over.terms as CommitmentDoc['terms']) ?? {},
  }) as CommitmentDoc;

const score = (over: Record<string, unknown>, edition: 'interim' | 'final' = 'interim') =>
  scoreCommitment({ doc: doc(over), edition, asOf: '2026-06-30' });

describe('compliance scores: the first matching rule of the table', () => {
  it.each([
    [{ status: 'withdrawn', completion: 'complete', completionEvidence: 'x' }, -1, 'R1'],
    [{ status: 'breached' }, -1, 'R1'],
    [{ status: 'agreed', completion: 'complete', completionEvidence: 'Delivery report' }, 1, 'R2'],
    [{ status: 'delivered', completion: 'substantial', completionEvidence: 'Training reports' }, 1, 'R3'],
    [{ status: 'delivered', completion: 'substantial' }, 0, 'R6'],
    [{ status: 'agreed', completion: 'complete' }, 0, 'R6'],
    [{ status: 'expired', completion: 'limited' }, -1, 'R5'],
    [{ status: 'expired', completion: 'substantial' }, 0, 'R6'],
    [{ status: 'announced', completion: 'limited' }, 0, 'R6'],
    [{ status: 'signed', completion: 'not_started' }, 0, 'R7'],
    [{ status: 'allocated', completion: 'no_evidence' }, 0, 'R7'],
    [{ status: 'agreed', completion: 'not_started' }, -1, 'R8'],
    [{ status: 'announced', completion: 'no_evidence' }, -1, 'R8'],
  ])('%o scores %i by %s', (over, expected, rule) => {
    expect(score(over)).toEqual({ score: expected, rule });
  });

  it('a passed deadline counts against the guarantor in the final edition only; the deadline day counts as passed', () => {
    const ended = { status: 'in_force', completion: 'limited', terms: { endDate: '2026-06-30' } };
    expect(score(ended, 'interim')).toEqual({ score: 0, rule: 'R6' });
    expect(score(ended, 'final')).toEqual({ score: -1, rule: 'R4' });
    expect(score({ ...ended, terms: { endDate: '2026-07-01' } }, 'final')).toEqual({ score: 0, rule: 'R6' });
    expect(score({ ...ended, completion: 'substantial' }, 'final')).toEqual({ score: 0, rule: 'R6' });
  });

  it('averages run from −1 to +1, the percentage is (average + 1) × 50, equal averages share a rank', () => {
    const s = (guarantor: string, value: -1 | 0 | 1) =>
      ({ guarantor, score: value }) as Parameters<typeof summarise>[2][number];
    const g = group(
      [s('A', 1), s('A', 0), s('B', 1), s('B', 0), s('C', -1)],
      (x) => x.guarantor,
      (k) => k,
    );
    expect(g.map((x) => [x.key, x.average, x.percent, x.rank])).toEqual([
      ['A', 0.5, 75, 1],
      ['B', 0.5, 75, 1],
      ['C', -1, 0, 3],
    ]);
  });
});
