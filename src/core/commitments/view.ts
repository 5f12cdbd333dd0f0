import type { CommitmentView } from '../../contracts/commitment';
import type { PartyRecord, StoredCommitment } from '../ports';

export function pctOfGdp(eurAmount: number | undefined, gdpEur: number | null): number | null {
  if (eurAmount === undefined || !gdpEur) return null;
  return Math.round((eurAmount / gdpEur) * 100 * 10_000) / 10_000;
}

export function toView(c: StoredCommitment, guarantor: Pick<PartyRecord, 'name' | 'gdpEur'>): CommitmentView {
  return {
    ...c.doc,
    id: c.id,
    version: c.version,
    guarantorName: guarantor.name,
    pctGdp: pctOfGdp(c.doc.terms.money?.eurAmount, guarantor.gdpEur),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    createdBy: c.createdBy,
    updatedBy: c.updatedBy,
  };
}
