/**
 * What-if transforms: each returns a new scenario and leaves the given one untouched.
 * A withdrawing nation leaves the coalition altogether (its offers and its GDP weight).
 * Throws Error when a nation or offer named by the what-if is not in the scenario.
 */
import type { CaveatKind, ForceGenScenario, Offer, WhatIf } from '../../contracts/forcegen';

export function withdrawNation(s: ForceGenScenario, nation: string): ForceGenScenario {
  if (!s.nations.some((n) => n.id === nation)) throw new Error(`unknown nation "${nation}"`);
  return {
    ...s,
    nations: s.nations.filter((n) => n.id !== nation),
    offers: s.offers.filter((o) => o.nation !== nation),
  };
}

export function dropUsBackstop(s: ForceGenScenario): ForceGenScenario {
  return { ...s, usBackstop: false };
}

export function liftCaveat(
  s: ForceGenScenario,
  caveat: CaveatKind,
  scope: { nation?: string; offer?: string } = {},
): ForceGenScenario {
  if (scope.nation && !s.nations.some((n) => n.id === scope.nation))
    throw new Error(`unknown nation "${scope.nation}"`);
  if (scope.offer && !s.offers.some((o) => o.id === scope.offer))
    throw new Error(`unknown offer "${scope.offer}"`);
  const hit = (o: Offer) =>
    (!scope.nation || o.nation === scope.nation) && (!scope.offer || o.id === scope.offer);
  return {
    ...s,
    offers: s.offers.map((o) => (hit(o) ? { ...o, caveats: o.caveats.filter((c) => c.kind !== caveat) } : o)),
  };
}

export function addOffer(s: ForceGenScenario, offer: Offer): ForceGenScenario {
  return { ...s, offers: [...s.offers, offer] };
}

export function applyWhatIf(s: ForceGenScenario, w: WhatIf): ForceGenScenario {
  switch (w.kind) {
    case 'withdraw_nation':
      return withdrawNation(s, w.nation);
    case 'drop_us_backstop':
      return dropUsBackstop(s);
    case 'lift_caveat':
      return liftCaveat(s, w.caveat, { nation: w.nation, offer: w.offer });
    case 'add_offer':
      return addOffer(s, w.offer);
  }
}
