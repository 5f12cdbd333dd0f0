import type { CommitmentView } from '../../contracts/commitment';
import type { PartyRecord, StoredCommitment } from '../ports';
import { analyzeCommitment } from './analyze-commitment';

export function pctOfGdp(eurAmount: number | undefined, gdpEur: number | null): number | null {
  if (eurAmount === undefined || !gdpEur) return null;
  return Math.round((eurAmount / gdpEur) * 100 * 10_000) / 10_000;
}

/** The register's view of a commitment; `full` adds the analysis with its spans (single reads). */
export function toView(
  c: StoredCommitment,
  guarantor: Pick<PartyRecord, 'name' | 'gdpEur'>,
  full = false,
): CommitmentView {
  return {
    ...c.doc,
    id: c.id,
    version: c.version,
    guarantorName: guarantor.name,
    pctGdp: pctOfGdp(c.doc.terms.money?.eurAmount, guarantor.gdpEur),
    concreteness: c.analysis
      ? { label: c.analysis.label, score: c.analysis.score, missing: c.analysis.missing }
      : (c.summary ?? null),
    ...(full ? { analysis: c.analysis ?? analyzeCommitment(c.doc) } : {}),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    createdBy: c.createdBy,
    updatedBy: c.updatedBy,
  };
}
