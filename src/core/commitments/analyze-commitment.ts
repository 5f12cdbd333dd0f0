import type { Analysis } from '../../contracts/analysis';
import type { CommitmentDoc } from '../../contracts/commitment';
import { analyzeText } from '../concreteness';
import type { CommitmentRepo } from '../ports';

/** The concreteness of a commitment's original text, read in the language it was written in. */
export function analyzeCommitment(doc: Pick<CommitmentDoc, 'text' | 'lang'>): Analysis {
  return analyzeText(doc.text, { lang: doc.lang });
}

/** Analyses commitments stored before the analyser existed (derived data; no new version, no audit). */
export async function backfillAnalyses(deps: { commitments: CommitmentRepo }, batch = 500): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await deps.commitments.missingAnalysis(batch);
    if (rows.length === 0) return done;
    for (const r of rows) await deps.commitments.setAnalysis(r.id, analyzeCommitment(r));
    done += rows.length;
  }
}
