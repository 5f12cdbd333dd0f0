import type { ConcretenessGroup, ConcretenessStats } from '../../contracts/stats';
import { type Actor, readScope } from '../access/actor';
import type { CommitmentRepo, ConcretenessRow } from '../ports';

/** Who writes checkable promises: concrete and vague counts and mean score, by guarantor and pillar. */
export async function concretenessStats(
  opts: { actor: Actor },
  deps: { commitments: CommitmentRepo },
): Promise<ConcretenessStats> {
  const rows = await deps.commitments.concreteness(readScope(opts.actor));
  return {
    byGuarantor: group(rows, (r) => [r.guarantor, r.guarantorName]).sort(
      (a, b) => (b.meanScore ?? -1) - (a.meanScore ?? -1) || a.name.localeCompare(b.name),
    ),
    byPillar: group(rows, (r) => [r.pillar, r.pillar]),
  };
}

function group(rows: ConcretenessRow[], key: (r: ConcretenessRow) => [string, string]): ConcretenessGroup[] {
  const m = new Map<
    string,
    { name: string; concrete: number; vague: number; scored: number; scoreSum: number }
  >();
  for (const r of rows) {
    const [k, name] = key(r);
    const g = m.get(k) ?? { name, concrete: 0, vague: 0, scored: 0, scoreSum: 0 };
    if (r.label === 'concrete') g.concrete += r.count;
    if (r.label === 'vague') g.vague += r.count;
    if (r.label) {
      g.scored += r.count;
      g.scoreSum += r.scoreSum;
    }
    m.set(k, g);
  }
  return [...m].map(([k, g]) => ({
    key: k,
    name: g.name,
    concrete: g.concrete,
    vague: g.vague,
    meanScore: g.scored ? Math.round(g.scoreSum / g.scored) : null,
  }));
}
