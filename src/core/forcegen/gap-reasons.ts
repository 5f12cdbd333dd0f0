/**
 * Why a line is short: for every offer of a fitting capability (the line's own, or one that may
 * substitute for it), the rules it breaks for that line. Offers that break none were eligible
 * and went to other lines (or were held back by unit-days or keep-together): capacity_used_elsewhere.
 */
import type { Capability, Gap } from '../../contracts/forcegen';
import type { ClassIndex } from './classes';
import { efficiencyOf, exclusions } from './rules';

export function gapReasons(
  ci: ClassIndex,
  li: number,
  byCapability: Map<Capability, number[]>,
): Gap['reasons'] {
  const s = ci.scenario;
  const line = s.lines[li]!;
  const tally = new Map<Gap['reasons'][number]['reason'], { offers: number; units: number }>();
  const count = (reason: Gap['reasons'][number]['reason'], units: number) => {
    const t = tally.get(reason) ?? { offers: 0, units: 0 };
    t.offers += 1;
    t.units += units;
    tally.set(reason, t);
  };
  let fitting = 0;
  for (const [cap, offers] of byCapability) {
    if (efficiencyOf(ci.ctx, cap, line.capability) === 0) continue;
    for (const oi of offers) {
      fitting++;
      const o = s.offers[oi]!;
      const why = exclusions(ci.ctx, o, line);
      if (why.length === 0) count('capacity_used_elsewhere', o.quantity);
      for (const w of why) if (w !== 'capability') count(w, o.quantity);
    }
  }
  if (fitting === 0) return [{ reason: 'no_offer_of_capability', offers: 0, units: 0 }];
  return [...tally.entries()]
    .map(([reason, t]) => ({ reason, ...t }))
    .sort((a, b) => b.units - a.units || a.reason.localeCompare(b.reason));
}

export function offersByCapability(ci: ClassIndex): Map<Capability, number[]> {
  const m = new Map<Capability, number[]>();
  ci.scenario.offers.forEach((o, oi) => {
    const list = m.get(o.capability) ?? [];
    list.push(oi);
    m.set(o.capability, list);
  });
  return m;
}
