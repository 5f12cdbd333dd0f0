import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  CaveatKind,
  ForceGenResult,
  ForceGenScenario,
  ForceGenSolveOptions,
  OfferInput,
} from '../../contracts/forcegen';
import { highsMipSolver } from '../../solver/highs-mip';
import { generateScenario } from './generate-scenario';
import type { MipSolver } from './mip';
import { greedyForceGeneration, planForceGeneration } from './plan-force-generation';
import { exclusions, keepsTogether, maxDurationOf, phaseWindow, ruleContext } from './rules';
import { line, offer, scenario } from './testing';
import { liftCaveat } from './what-if';

let solveMip: MipSolver;
beforeAll(async () => {
  solveMip = highsMipSolver(await highsLoader());
});

const solve = (s: ForceGenScenario, o: ForceGenSolveOptions = {}) =>
  planForceGeneration(s, { timeLimitSeconds: 20, ...o }, { solveMip });
const units = (r: ForceGenResult, by: (a: ForceGenResult['allocation'][number]) => boolean) =>
  r.allocation.filter(by).reduce((a, x) => a + x.units, 0);
const covered = (r: ForceGenResult, id: string) => r.lines.find((l) => l.line === id)!.covered;

/** An independent check that a plan obeys every rule of the model. */
function expectValidPlan(s: ForceGenScenario, r: ForceGenResult) {
  const ctx = ruleContext(s);
  const offers = new Map(s.offers.map((o) => [o.id, o]));
  const lines = new Map(s.lines.map((l) => [l.id, l]));
  const perPhase = new Map<string, number>();
  const days = new Map<string, number>();
  const blockLines = new Map<string, Set<string>>();
  for (const a of r.allocation) {
    const o = offers.get(a.offer)!;
    const l = lines.get(a.line)!;
    expect(exclusions(ctx, o, l), `${a.offer} → ${a.line}`).toEqual([]);
    const key = `${o.id}|${l.phase}`;
    perPhase.set(key, (perPhase.get(key) ?? 0) + a.units);
    const w = phaseWindow(l.phase, s.horizonDays);
    days.set(o.id, (days.get(o.id) ?? 0) + a.units * (w.end - w.start));
    if (keepsTogether(o)) {
      expect(a.units).toBe(o.quantity);
      blockLines.set(key, new Set([...(blockLines.get(key) ?? []), l.id]));
    }
  }
  for (const [key, u] of perPhase)
    expect(u, key).toBeLessThanOrEqual(offers.get(key.split('|')[0]!)!.quantity);
  for (const set of blockLines.values()) expect(set.size).toBe(1);
  for (const [id, d] of days) {
    const o = offers.get(id)!;
    const cap = maxDurationOf(o);
    if (cap !== null) expect(d).toBeLessThanOrEqual(o.quantity * cap);
  }
  for (const l of r.lines) expect(l.covered).toBeLessThanOrEqual(l.demand + 1e-9);
}

describe('planForceGeneration on scenarios solved by hand', () => {
  it('fills a line from an eligible offer and proves it optimal', () => {
    const r = solve(scenario({ lines: [line('L', { quantity: 2 })], offers: [offer('O', { quantity: 3 })] }));
    expect(r.status).toBe('optimal');
    expect(r.objective.coverage).toBe(1);
    expect(r.allocation).toMatchObject([{ offer: 'O', line: 'L', units: 2, personnel: 300 }]);
    expect(r.gaps).toEqual([]);
  });

  const blocked: [
    CaveatKind,
    OfferInput['caveats'],
    Parameters<typeof scenario>[0],
    Parameters<typeof line>[1],
  ][] = [
    ['region_limit', [{ kind: 'region_limit', regions: ['east'] }], {}, {}],
    ['no_combat_zone', [{ kind: 'no_combat_zone' }], {}, { region: 'east' }],
    ['outside_ukraine_only', [{ kind: 'outside_ukraine_only' }], {}, {}],
    ['needs_us_backstop', [{ kind: 'needs_us_backstop' }], { usBackstop: false }, {}],
    [
      'needs_parliamentary_approval',
      [{ kind: 'needs_parliamentary_approval' }],
      {
        nations: [
          { id: 'AA', gdp: 1, parliamentaryApproval: 'pending' },
          { id: 'BB', gdp: 1 },
        ],
      },
      {},
    ],
    [
      'needs_mandate',
      [{ kind: 'needs_mandate', mandate: 'un_security_council' }],
      { mandate: 'coalition' },
      {},
    ],
    ['max_duration_days', [{ kind: 'max_duration_days', days: 45 }], {}, {}],
  ];
  it.each(blocked)(
    'caveat %s keeps the offer off the line; the gap names it; lifting it fills the line',
    (kind, caveats, over, l) => {
      const s = scenario({
        ...over,
        lines: [line('L', { quantity: 3, ...l })],
        offers: [offer('O1', { quantity: 2, caveats }), offer('O2', { nation: 'BB' })],
      });
      const r = solve(s);
      expect(r.status).toBe('optimal');
      expect(units(r, (a) => a.offer === 'O1')).toBe(0);
      expect(covered(r, 'L')).toBe(1);
      expect(r.gaps).toHaveLength(1);
      expect(r.gaps[0]).toMatchObject({ line: 'L', shortfall: 2 });
      expect(r.gaps[0]!.reasons).toContainEqual({ reason: kind, offers: 1, units: 2 });
      const lifted = solve(liftCaveat(s, kind));
      expect(covered(lifted, 'L')).toBe(3);
    },
  );

  it('keep_together: the whole offer goes to one line per phase', () => {
    const lines = [line('L1', { quantity: 2 }), line('L2', { quantity: 1 })];
    const split = solve(scenario({ lines, offers: [offer('O', { quantity: 3 })] }));
    expect(split.objective.coverage).toBe(1);
    const together = solve(
      scenario({ lines, offers: [offer('O', { quantity: 3, caveats: [{ kind: 'keep_together' }] })] }),
    );
    expect(together.objective.coverage).toBe(0.5); // equal priorities: one line of two
    expect(together.allocation).toHaveLength(1);
    expect(together.allocation[0]!.units).toBe(3);
  });

  it('max_duration_days is a unit-days budget across phases', () => {
    const lines = [line('A', { phase: 'D0_30' }), line('B', { phase: 'D30_90' })]; // 30 + 60 days
    const mk = (days: number) =>
      scenario({ lines, offers: [offer('O', { caveats: [{ kind: 'max_duration_days', days }] })] });
    expect(solve(mk(90)).objective.coverage).toBe(1);
    const r = solve(mk(60));
    expect(r.objective.coverage).toBe(0.5);
    expect(r.allocation).toHaveLength(1);
  });

  it('substitution: a substitute fills a line at its efficiency', () => {
    const s = (efficiency: number) =>
      scenario({
        lines: [line('L', { capability: 'demining', quantity: 3 })],
        offers: [offer('O', { capability: 'engineering', quantity: 10 })],
        substitutions: [{ from: 'engineering', to: 'demining', efficiency }],
      });
    const half = solve(s(0.5));
    expect(half.objective.coverage).toBe(1);
    expect(half.allocation).toMatchObject([{ units: 6, efficiency: 0.5, covered: 3 }]);
    const r = solve(s(0.4)); // 3 ÷ 0.4 = 7.5: eight units, 3.2 line units, counted as 3
    expect(r.allocation).toMatchObject([{ units: 8 }]);
    expect(covered(r, 'L')).toBe(3);
    const none = solve(
      scenario({
        lines: [line('L', { capability: 'demining' })],
        offers: [offer('O', { capability: 'engineering' })],
      }),
    );
    expect(none.gaps[0]!.reasons).toEqual([{ reason: 'no_offer_of_capability', offers: 0, units: 0 }]);
  });

  it('readiness and notice-to-move: an unverified pledge cannot fill a short-notice line', () => {
    const s = scenario({
      lines: [line('L', { phase: 'D0_30', maxNoticeToMoveDays: 10, minReadiness: 'assessed', quantity: 2 })],
      offers: [
        offer('reg', { readiness: 'registered', noticeToMoveDays: 2 }),
        offer('slow', { readiness: 'ready', noticeToMoveDays: 15 }),
        offer('ok', { readiness: 'ready', noticeToMoveDays: 10 }),
      ],
    });
    const r = solve(s);
    expect(r.allocation.map((a) => a.offer)).toEqual(['ok']);
    expect(r.gaps[0]!.reasons).toEqual(
      expect.arrayContaining([
        { reason: 'readiness', offers: 1, units: 1 },
        { reason: 'notice_to_move', offers: 2, units: 2 },
      ]),
    );
  });

  it('windows and phases: a unit serves each phase it is there for, one place at a time', () => {
    const lines = [
      line('early', { phase: 'D0_30' }),
      line('mid', { phase: 'D30_90' }),
      line('mid2', { phase: 'D30_90' }),
    ];
    const r = solve(scenario({ lines, offers: [offer('O')] }));
    expect(covered(r, 'early')).toBe(1);
    expect(covered(r, 'mid') + covered(r, 'mid2')).toBe(1);
    const late = solve(scenario({ lines, offers: [offer('O', { availableFromDay: 30 })] }));
    expect(covered(late, 'early')).toBe(0);
    expect(late.gaps.find((g) => g.line === 'early')!.reasons).toContainEqual({
      reason: 'availability_window',
      offers: 1,
      units: 1,
    });
  });

  it('priority: the scarce unit goes to the most important line', () => {
    const r = solve(
      scenario({
        lines: [line('low', { priority: 5 }), line('high', { priority: 1 })],
        offers: [offer('O')],
      }),
    );
    expect(covered(r, 'high')).toBe(1);
    expect(r.objective.coverage).toBeCloseTo(16 / 17, 12);
  });

  it('burden sharing: between equivalent offers, personnel follow GDP shares (3 : 1)', () => {
    const s = scenario({
      nations: [
        { id: 'AA', gdp: 300 },
        { id: 'BB', gdp: 100 },
      ],
      lines: [line('L', { quantity: 4 })],
      offers: [offer('A', { quantity: 4 }), offer('B', { nation: 'BB', quantity: 4 })],
    });
    const r = solve(s, { burdenBand: 0, burdenSlackPersonnel: 0 });
    expect(units(r, (a) => a.nation === 'AA')).toBe(3);
    expect(units(r, (a) => a.nation === 'BB')).toBe(1);
    expect(r.objective.burdenDeviation).toBe(0);
    expect(r.burdenSharing.map((b) => [b.nation, b.forceShare])).toEqual([
      ['AA', 0.75],
      ['BB', 0.25],
    ]);
    // coverage comes first: fairness never costs a covered unit
    const greedyFirst = solve(s, { stages: 1 });
    expect(greedyFirst.objective.coverage).toBe(r.objective.coverage);
  });

  it('nations per line: equal shares, one nation per line', () => {
    const s = scenario({
      lines: [line('L1', { quantity: 2 }), line('L2', { quantity: 2 })],
      offers: [offer('A', { quantity: 2 }), offer('B', { nation: 'BB', quantity: 2 })],
    });
    const r = solve(s, { burdenBand: 0, burdenSlackPersonnel: 0 });
    expect(r.objective.coverage).toBe(1);
    expect(r.objective.burdenDeviation).toBe(0);
    expect(r.objective.nationLinePairs).toBe(2);
    expect(r.lines.map((l) => l.nations.length)).toEqual([1, 1]);
    expect(r.stages.map((st) => st.status)).toEqual(['optimal', 'optimal', 'optimal']);
  });

  it('a line no offer can fill is a gap, not an error', () => {
    const s = scenario({
      lines: [line('L', { capability: 'air_defence', quantity: 2 }), line('M', { quantity: 1 })],
      offers: [
        offer('O'),
        offer('P', { capability: 'air_defence', caveats: [{ kind: 'needs_us_backstop' }] }),
      ],
    });
    const r = solve(s);
    expect(r.status).toBe('optimal');
    expect(r.gaps.map((g) => g.line)).toEqual(['L']);
    expect(r.gaps[0]).toMatchObject({
      demand: 2,
      covered: 0,
      shortfall: 2,
      reasons: [{ reason: 'needs_us_backstop', offers: 1, units: 1 }],
    });
    expect(r.coverage).toEqual({ units: 0.333333, linesFull: 1, linesPartial: 0, linesEmpty: 1 });
    const empty = solve(scenario({ lines: [line('L')], offers: [] }));
    expect(empty.objective.coverage).toBe(0);
    expect(empty.gaps[0]!.reasons).toEqual([{ reason: 'no_offer_of_capability', offers: 0, units: 0 }]);
  });

  it('on generated scenarios: every rule holds and the greedy never beats the optimiser', () => {
    for (const seed of [1, 2, 3, 4]) {
      const s = generateScenario({ nations: 8, lines: 30, offers: 160, seed });
      const opt = solve(s, { timeLimitSeconds: 10 });
      const greedy = greedyForceGeneration(s);
      expectValidPlan(s, opt);
      expectValidPlan(s, greedy);
      expect(opt.objective.coverage).toBeGreaterThanOrEqual(greedy.objective.coverage - 1e-9);
      expect(opt.objective.coverage).toBeLessThanOrEqual(opt.bound + 1e-9);
    }
  });
});
