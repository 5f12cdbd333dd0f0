/**
 * The greedy baseline a planner would run by hand: most important lines first, each filled from
 * the offers that fit it, exact capability before substitutes and the least flexible offers
 * first. It obeys every rule the optimiser obeys. The optimiser starts from this plan, so its
 * coverage is never below it.
 */
import type { ClassIndex } from './classes';
import { type Assignment, efficiencyFor } from './evaluate-plan';
import { keepsTogether, maxDurationOf } from './rules';

export function greedyPlan(ci: ClassIndex): Assignment[] {
  const s = ci.scenario;
  const lineOffers: number[][] = s.lines.map(() => []);
  ci.offerLines.forEach((ls, oi) => {
    for (const li of ls) lineOffers[li]!.push(oi);
  });
  const supply = s.lines.map(
    (l, li) =>
      lineOffers[li]!.reduce((a, oi) => a + efficiencyFor(ci, oi, li) * s.offers[oi]!.quantity, 0) /
      l.quantity,
  );
  const order = s.lines
    .map((_, li) => li)
    .sort((a, b) => {
      const la = s.lines[a]!;
      const lb = s.lines[b]!;
      return (
        la.priority - lb.priority || ci.linePhase[a]! - ci.linePhase[b]! || supply[a]! - supply[b]! || a - b
      );
    });
  const phases = ci.phaseDays.length;
  // Remaining units (or blocks) per offer and phase, and unit-days per offer under max_duration_days.
  const left = new Float64Array(s.offers.length * phases);
  const daysLeft = new Float64Array(s.offers.length).fill(Number.POSITIVE_INFINITY);
  s.offers.forEach((o, oi) => {
    left.fill(keepsTogether(o) ? 1 : o.quantity, oi * phases, oi * phases + phases);
    const d = maxDurationOf(o);
    if (d !== null) daysLeft[oi] = d * o.quantity;
  });
  const plan: Assignment[] = [];
  for (const li of order) {
    const l = s.lines[li]!;
    const ph = ci.linePhase[li]!;
    const cands = [...lineOffers[li]!].sort(
      (a, b) =>
        efficiencyFor(ci, b, li) - efficiencyFor(ci, a, li) ||
        ci.offerLines[a]!.length - ci.offerLines[b]!.length ||
        a - b,
    );
    let covered = 0;
    for (const oi of cands) {
      if (covered >= l.quantity - 1e-9) break;
      const o = s.offers[oi]!;
      const block = keepsTogether(o) ? o.quantity : 1;
      const step = efficiencyFor(ci, oi, li) * block;
      const need = Math.ceil((l.quantity - covered) / step - 1e-9);
      const room = Math.floor((l.quantity + ci.lineSlack[li]! - covered) / step + 1e-9);
      const budget = Math.floor(daysLeft[oi]! / (ci.phaseDays[ph]! * block) + 1e-9);
      const take = Math.min(left[oi * phases + ph]!, need, room, budget);
      if (take <= 0) continue;
      left[oi * phases + ph]! -= take;
      if (Number.isFinite(daysLeft[oi]!)) daysLeft[oi]! -= take * block * ci.phaseDays[ph]!;
      covered += take * step;
      plan.push({ offer: oi, line: li, units: take * block });
    }
  }
  return plan;
}
