import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ForceGenScenario } from '../../contracts/forcegen';
import { Offer } from '../../contracts/forcegen';
import { highsMipSolver } from '../../solver/highs-mip';
import { comparePlans } from './compare-plans';
import type { MipSolver } from './mip';
import { planForceGeneration } from './plan-force-generation';
import { line, offer, scenario } from './testing';
import { addOffer, applyWhatIf, dropUsBackstop, liftCaveat, withdrawNation } from './what-if';

let solveMip: MipSolver;
beforeAll(async () => {
  solveMip = highsMipSolver(await highsLoader());
});
const solve = (s: ForceGenScenario) => planForceGeneration(s, { timeLimitSeconds: 10 }, { solveMip });

const base = scenario({
  usBackstop: true,
  lines: [line('L1', { quantity: 2, priority: 1 }), line('L2', { quantity: 1, region: 'east' })],
  offers: [
    offer('A1', { quantity: 2 }),
    offer('B1', { nation: 'BB', caveats: [{ kind: 'no_combat_zone' }, { kind: 'needs_us_backstop' }] }),
  ],
});

describe('what-if transforms', () => {
  it('leave the base scenario untouched', () => {
    const before = structuredClone(base);
    withdrawNation(base, 'AA');
    dropUsBackstop(base);
    liftCaveat(base, 'no_combat_zone');
    addOffer(base, Offer.parse(offer('C1')));
    expect(base).toEqual(before);
  });

  it('withdraw a nation: its offers and its GDP weight leave the coalition', () => {
    const s = withdrawNation(base, 'BB');
    expect(s.nations.map((n) => n.id)).toEqual(['AA']);
    expect(s.offers.map((o) => o.id)).toEqual(['A1']);
    expect(() => withdrawNation(base, 'ZZ')).toThrow(/unknown nation/);
  });

  it('lift a caveat, for everyone or for one nation or offer', () => {
    expect(liftCaveat(base, 'no_combat_zone').offers[1]!.caveats.map((c) => c.kind)).toEqual([
      'needs_us_backstop',
    ]);
    expect(liftCaveat(base, 'no_combat_zone', { nation: 'AA' }).offers[1]!.caveats).toHaveLength(2);
    expect(liftCaveat(base, 'no_combat_zone', { offer: 'B1' }).offers[1]!.caveats).toHaveLength(1);
  });

  it('compared with the base plan: dropping the US backstop loses the line it filled', () => {
    const plan = solve(base); // B1 fills one unit of L1, A1 the other and L2
    expect(plan.gaps).toEqual([]);
    const w = { kind: 'drop_us_backstop' } as const;
    const variant = solve(applyWhatIf(base, w));
    const c = comparePlans(w, plan, variant);
    expect(c.newGaps).toEqual(['L2']);
    expect(c.closedGaps).toEqual([]);
    expect(c.lines).toEqual([{ line: 'L2', base: 1, variant: 0, delta: -1 }]);
    expect(c.nations).toEqual([{ nation: 'BB', basePersonnel: 150, variantPersonnel: 0, delta: -150 }]);
    expect(c.unitsMoved).toBe(2); // B1's unit on L1, A1's unit on L2
    expect(c.coverage.delta).toBeLessThan(0);
  });

  it('compared with the base plan: an added offer closes a gap', () => {
    const noBackstop = dropUsBackstop(base);
    const plan = solve(noBackstop);
    expect(plan.gaps.map((g) => g.line)).toEqual(['L2']);
    const w = { kind: 'add_offer', offer: Offer.parse(offer('C1', { nation: 'BB' })) } as const;
    const c = comparePlans(w, plan, solve(applyWhatIf(noBackstop, w)));
    expect(c.closedGaps).toEqual(['L2']);
    expect(c.coverage.variant).toBe(1);
  });
});
