/**
 * Figures of an offer-level plan, computed the same way for the optimiser and the greedy
 * baseline so that the two compare like with like.
 */
import type { ClassIndex } from './classes';
import { personnelPerUnit } from './rules';

/** Units of one offer sent to one line. */
export interface Assignment {
  offer: number;
  line: number;
  units: number;
}

export interface PlanMetrics {
  /** Line units covered, ≤ demand. */
  covered: Float64Array;
  /** Priority-weighted coverage, 0..1. */
  coverage: number;
  /** Σ covered ÷ Σ demand. */
  unitsCoverage: number;
  personnel: Float64Array;
  units: Float64Array;
  /** Σ_n |P_n − share_n·T|, personnel. */
  burdenDeviation: number;
  /** Nations contributing to each line. */
  lineNations: Set<number>[];
  nationLinePairs: number;
}

export const efficiencyFor = (ci: ClassIndex, offer: number, line: number): number => {
  const from = ci.scenario.offers[offer]!.capability;
  const to = ci.scenario.lines[line]!.capability;
  return from === to ? 1 : (ci.ctx.efficiency.get(from)?.get(to) ?? 0);
};

export function nationIndexOf(ci: ClassIndex): Map<string, number> {
  return new Map(ci.scenario.nations.map((n, i) => [n.id, i]));
}

export function evaluatePlan(ci: ClassIndex, plan: readonly Assignment[]): PlanMetrics {
  const s = ci.scenario;
  const nIdx = nationIndexOf(ci);
  const raw = new Float64Array(s.lines.length);
  const personnel = new Float64Array(s.nations.length);
  const units = new Float64Array(s.nations.length);
  const lineNations = s.lines.map(() => new Set<number>());
  for (const a of plan) {
    if (a.units <= 0) continue;
    const o = s.offers[a.offer]!;
    const n = nIdx.get(o.nation)!;
    raw[a.line]! += efficiencyFor(ci, a.offer, a.line) * a.units;
    personnel[n]! += personnelPerUnit(o) * a.units;
    units[n]! += a.units;
    lineNations[a.line]!.add(n);
  }
  const covered = raw.map((v, li) => Math.min(v, s.lines[li]!.quantity));
  let weighted = 0;
  let weights = 0;
  let demand = 0;
  let got = 0;
  s.lines.forEach((l, li) => {
    const w = s.priorityWeights[l.priority - 1]!;
    weighted += (w * covered[li]!) / l.quantity;
    weights += w;
    demand += l.quantity;
    got += covered[li]!;
  });
  const total = personnel.reduce((a, b) => a + b, 0);
  const gdp = s.nations.reduce((a, n) => a + n.gdp, 0);
  const burdenDeviation = s.nations.reduce(
    (a, n, i) => a + Math.abs(personnel[i]! - (n.gdp / gdp) * total),
    0,
  );
  return {
    covered,
    coverage: weights > 0 ? weighted / weights : 1,
    unitsCoverage: demand > 0 ? got / demand : 1,
    personnel,
    units,
    burdenDeviation,
    lineNations,
    nationLinePairs: lineNations.reduce((a, set) => a + set.size, 0),
  };
}
