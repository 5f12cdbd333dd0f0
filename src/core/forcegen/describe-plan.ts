/**
 * From an offer-level plan to the parts of the result a planner reads: the allocation, each
 * line's cover, the gap list with reasons, and the burden-sharing table.
 */
import type { ForceGenResult } from '../../contracts/forcegen';
import type { ClassIndex } from './classes';
import { type Assignment, efficiencyFor, evaluatePlan, type PlanMetrics } from './evaluate-plan';
import { gapReasons, offersByCapability } from './gap-reasons';
import { personnelPerUnit } from './rules';

type Parts = Pick<ForceGenResult, 'allocation' | 'lines' | 'gaps' | 'burdenSharing' | 'coverage'>;

const round = (v: number, digits = 6) => Number(v.toFixed(digits));

export function describePlan(
  ci: ClassIndex,
  plan: readonly Assignment[],
  metrics: PlanMetrics = evaluatePlan(ci, plan),
): Parts {
  const s = ci.scenario;
  const allocation = [...plan]
    .filter((a) => a.units > 0)
    .sort((a, b) => a.line - b.line || a.offer - b.offer)
    .map((a) => {
      const o = s.offers[a.offer]!;
      const e = efficiencyFor(ci, a.offer, a.line);
      return {
        offer: o.id,
        nation: o.nation,
        line: s.lines[a.line]!.id,
        units: a.units,
        efficiency: e,
        covered: round(e * a.units),
        personnel: personnelPerUnit(o) * a.units,
      };
    });
  const lines = s.lines.map((l, li) => ({
    line: l.id,
    demand: l.quantity,
    covered: round(metrics.covered[li]!),
    nations: [...metrics.lineNations[li]!].map((n) => s.nations[n]!.id).sort(),
  }));
  const byCap = offersByCapability(ci);
  const gaps = s.lines.flatMap((l, li) => {
    const covered = metrics.covered[li]!;
    if (covered >= l.quantity - 1e-9) return [];
    return [
      {
        line: l.id,
        capability: l.capability,
        phase: l.phase,
        region: l.region,
        priority: l.priority,
        demand: l.quantity,
        covered: round(covered),
        shortfall: round(l.quantity - covered),
        reasons: gapReasons(ci, li, byCap),
      },
    ];
  });
  const gdp = s.nations.reduce((a, n) => a + n.gdp, 0);
  const total = metrics.personnel.reduce((a, b) => a + b, 0);
  const linesOf = s.nations.map(() => 0);
  for (const set of metrics.lineNations) for (const n of set) linesOf[n]!++;
  const burdenSharing = s.nations.map((n, i) => {
    const forceShare = total > 0 ? metrics.personnel[i]! / total : 0;
    return {
      nation: n.id,
      gdp: n.gdp,
      gdpShare: round(n.gdp / gdp),
      personnel: metrics.personnel[i]!,
      units: metrics.units[i]!,
      forceShare: round(forceShare),
      deviation: round(forceShare - n.gdp / gdp),
      lines: linesOf[i]!,
    };
  });
  const full = lines.filter((l) => l.covered >= l.demand - 1e-9).length;
  const empty = lines.filter((l) => l.covered <= 1e-9).length;
  return {
    allocation,
    lines,
    gaps,
    burdenSharing,
    coverage: {
      units: round(metrics.unitsCoverage),
      linesFull: full,
      linesPartial: lines.length - full - empty,
      linesEmpty: empty,
    },
  };
}
