import type { Totals } from '../../contracts/stats';
import type { Actor } from '../access/actor';
import { readScope } from '../access/actor';
import type { CommitmentRepo } from '../ports';

/** Totals of what the actor may read, by pillar, status and guarantor (EUR and % of GDP). */
export async function dashboardTotals(
  opts: { actor: Actor },
  deps: { commitments: CommitmentRepo },
): Promise<Totals> {
  const rows = await deps.commitments.totals(readScope(opts.actor));
  const group = <K extends string>(key: (r: (typeof rows)[number]) => K) => {
    const m = new Map<K, { count: number; eurAmount: number }>();
    for (const r of rows) {
      const g = m.get(key(r)) ?? { count: 0, eurAmount: 0 };
      g.count += r.count;
      g.eurAmount += r.eurAmount;
      m.set(key(r), g);
    }
    return m;
  };
  const byG = group((r) => r.guarantor);
  const meta = new Map(rows.map((r) => [r.guarantor, r]));
  return {
    count: rows.reduce((s, r) => s + r.count, 0),
    eurAmount: rows.reduce((s, r) => s + r.eurAmount, 0),
    byPillar: [...group((r) => r.pillar)].map(([pillar, g]) => ({ pillar, ...g })),
    byStatus: [...group((r) => r.status)].map(([status, g]) => ({ status, ...g })),
    byGuarantor: [...byG]
      .map(([guarantor, g]) => {
        const m = meta.get(guarantor)!;
        return {
          guarantor,
          name: m.guarantorName,
          ...g,
          pctGdp: m.gdpEur ? Math.round((g.eurAmount / m.gdpEur) * 1e6) / 1e4 : null,
        };
      })
      .sort((a, b) => b.eurAmount - a.eurAmount || a.name.localeCompare(b.name)),
  };
}
