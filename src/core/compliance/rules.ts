/**
 * How a commitment's compliance score follows from the register, as a table: the first row that
 * matches gives the score (−1 not complied, 0 partial or work in progress, +1 full), after the
 * G7 Research Group's scale. "Evidence attached" is the commitment's completion evidence (what
 * shows its completion stage); its sources show what was promised, not what was done.
 * docs/documents.md prints the same table.
 */
import type { CommitmentDoc } from '../../contracts/commitment';
import type { Edition, Score } from '../../contracts/compliance';
import type { Status } from '../../contracts/enums';

export interface RuleContext {
  doc: CommitmentDoc;
  edition: Edition;
  /** The report's date, YYYY-MM-DD. */
  asOf: string;
}

export interface Rule {
  id: 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8';
  score: Score;
  when: (c: RuleContext) => boolean;
}

const ACTED: ReadonlySet<Status> = new Set(['signed', 'ratified', 'in_force', 'allocated', 'delivered']);
const hasEvidence = (d: CommitmentDoc) => (d.completionEvidence ?? '').trim().length > 0;
const farAlong = (d: CommitmentDoc) => d.completion === 'substantial' || d.completion === 'complete';

export const RULES: Rule[] = [
  { id: 'R1', score: -1, when: ({ doc }) => doc.status === 'withdrawn' || doc.status === 'breached' },
  { id: 'R2', score: 1, when: ({ doc }) => doc.completion === 'complete' && hasEvidence(doc) },
  {
    id: 'R3',
    score: 1,
    when: ({ doc }) => doc.status === 'delivered' && doc.completion === 'substantial' && hasEvidence(doc),
  },
  {
    id: 'R4',
    score: -1,
    when: ({ doc, edition, asOf }) =>
      edition === 'final' && doc.terms.endDate !== undefined && doc.terms.endDate <= asOf && !farAlong(doc),
  },
  { id: 'R5', score: -1, when: ({ doc }) => doc.status === 'expired' && !farAlong(doc) },
  {
    id: 'R6',
    score: 0,
    when: ({ doc }) => doc.completion === 'limited' || farAlong(doc),
  },
  { id: 'R7', score: 0, when: ({ doc }) => ACTED.has(doc.status) },
  { id: 'R8', score: -1, when: () => true },
];

export function scoreCommitment(c: RuleContext): { score: Score; rule: Rule['id'] } {
  const rule = RULES.find((r) => r.when(c)) ?? RULES[RULES.length - 1]!;
  return { score: rule.score, rule: rule.id };
}
