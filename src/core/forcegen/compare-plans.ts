/** A what-if plan against the base plan: what changed, line by line and nation by nation. */
import type { ForceGenResult, PlanComparison, WhatIf } from '../../contracts/forcegen';

const delta = (base: number, variant: number) => ({
  base,
  variant,
  delta: Number((variant - base).toFixed(9)),
});

export function comparePlans(whatIf: WhatIf, base: ForceGenResult, variant: ForceGenResult): PlanComparison {
  const bl = new Map(base.lines.map((l) => [l.line, l]));
  const vl = new Map(variant.lines.map((l) => [l.line, l]));
  const full = (l: { covered: number; demand: number } | undefined) => !!l && l.covered >= l.demand - 1e-9;
  const lineIds = [...new Set([...bl.keys(), ...vl.keys()])].sort();
  const lines = lineIds
    .map((id) => ({ line: id, ...delta(bl.get(id)?.covered ?? 0, vl.get(id)?.covered ?? 0) }))
    .filter((l) => Math.abs(l.delta) > 1e-9);
  const bp = new Map(base.burdenSharing.map((b) => [b.nation, b.personnel]));
  const vp = new Map(variant.burdenSharing.map((b) => [b.nation, b.personnel]));
  const nations = [...new Set([...bp.keys(), ...vp.keys()])]
    .sort()
    .map((n) => {
      const d = delta(bp.get(n) ?? 0, vp.get(n) ?? 0);
      return { nation: n, basePersonnel: d.base, variantPersonnel: d.variant, delta: d.delta };
    })
    .filter((n) => n.delta !== 0);
  const units = (r: ForceGenResult) => {
    const m = new Map<string, number>();
    for (const a of r.allocation)
      m.set(`${a.offer}\u0000${a.line}`, (m.get(`${a.offer}\u0000${a.line}`) ?? 0) + a.units);
    return m;
  };
  const bu = units(base);
  const vu = units(variant);
  let unitsMoved = 0;
  for (const [k, u] of bu) unitsMoved += Math.max(0, u - (vu.get(k) ?? 0));
  return {
    whatIf,
    coverage: delta(base.objective.coverage, variant.objective.coverage),
    burdenDeviation: delta(base.objective.burdenDeviation, variant.objective.burdenDeviation),
    newGaps: lineIds.filter((id) => full(bl.get(id)) && !full(vl.get(id))),
    closedGaps: lineIds.filter((id) => !full(bl.get(id)) && full(vl.get(id))),
    lines,
    nations,
    unitsMoved,
  };
}
