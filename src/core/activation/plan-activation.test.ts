import { describe, expect, it } from 'vitest';
import { type ActivationDetermination, ActivationDeterminationInput } from '../../contracts/activation';
import { planActivation } from './plan-activation';
import { endDate } from './rules';
import type { ActivatableCommitment } from './types';

function commitment(over: Partial<ActivatableCommitment> & { ref: string }): ActivatableCommitment {
  return {
    id: `id-${over.ref}`,
    title: `Commitment ${over.ref}`,
    guarantor: 'GB',
    pillar: 'renewed_attack',
    kind: 'consultation',
    legalForm: 'treaty',
    status: 'in_force',
    trigger: { kind: 'renewed_attack' },
    conditions: [],
    terms: { responseTimeHours: 24 },
    ...over,
  };
}

function determination(input: ActivationDeterminationInput): ActivationDetermination {
  return { id: 'det-1', ...ActivationDeterminationInput.parse(input) };
}

const now = new Date('2026-03-29T00:00:00Z');

describe('planActivation: which commitments a determination switches on', () => {
  const register = [
    commitment({ ref: 'ATTACK-1' }),
    commitment({ ref: 'ATTACK-ANNOUNCED', status: 'announced' }),
    commitment({ ref: 'ATTACK-DRAFTED', status: 'drafted' }),
    commitment({ ref: 'ATTACK-WITHDRAWN', status: 'withdrawn' }),
    commitment({ ref: 'ATTACK-EXPIRED', status: 'expired' }),
    commitment({ ref: 'ATTACK-AGREED', status: 'agreed' }),
    commitment({ ref: 'ATTACK-BREACHED', status: 'breached' }),
    commitment({ ref: 'ATTACK-ENDED', terms: { responseTimeHours: 24, endDate: '2025-12-31' } }),
    commitment({ ref: 'ATTACK-LATER', terms: { responseTimeHours: 24, startDate: '2027-01-01' } }),
    commitment({ ref: 'BREACH-ANY', trigger: { kind: 'attributed_breach' } }),
    commitment({ ref: 'BREACH-MINOR', trigger: { kind: 'attributed_breach', severity: 'minor' } }),
    commitment({ ref: 'BREACH-SERIOUS', trigger: { kind: 'attributed_breach', severity: 'serious' } }),
    commitment({ ref: 'BREACH-GRAVE', trigger: { kind: 'attributed_breach', severity: 'grave' } }),
    commitment({ ref: 'CEASEFIRE', trigger: { kind: 'ceasefire_in_force' } }),
    commitment({ ref: 'NONE', trigger: { kind: 'none' } }),
  ];
  const refs = (trigger: ActivationDeterminationInput) =>
    planActivation({ determination: determination(trigger), commitments: register, now }).items.map(
      (i) => i.commitmentRef,
    );

  it('renewed attack: binding (agreed and up, or breached), in-effect renewed_attack commitments only', () => {
    const plan = planActivation({
      determination: determination({ trigger: 'renewed_attack', determinedAt: '2026-03-28T12:00:00Z' }),
      commitments: register,
      now,
    });
    expect(plan.items.map((i) => i.commitmentRef).sort()).toEqual([
      'ATTACK-1',
      'ATTACK-AGREED',
      'ATTACK-BREACHED',
    ]);
    expect(Object.fromEntries(plan.excluded.map((e) => [e.commitmentRef, e.reason]))).toEqual({
      'ATTACK-ANNOUNCED': 'not_yet_binding',
      'ATTACK-DRAFTED': 'not_yet_binding',
      'ATTACK-WITHDRAWN': 'not_yet_binding',
      'ATTACK-EXPIRED': 'not_yet_binding',
      'ATTACK-ENDED': 'ended',
      'ATTACK-LATER': 'not_in_effect',
    });
  });

  it('attributed breach: fires commitments whose severity threshold is at or below the determined one', () => {
    const at = '2026-03-28T12:00:00Z';
    expect(refs({ trigger: 'attributed_breach', severity: 'minor', determinedAt: at }).sort()).toEqual([
      'BREACH-ANY',
      'BREACH-MINOR',
    ]);
    expect(refs({ trigger: 'attributed_breach', severity: 'serious', determinedAt: at }).sort()).toEqual([
      'BREACH-ANY',
      'BREACH-MINOR',
      'BREACH-SERIOUS',
    ]);
    expect(refs({ trigger: 'attributed_breach', severity: 'grave', determinedAt: at }).sort()).toEqual([
      'BREACH-ANY',
      'BREACH-GRAVE',
      'BREACH-MINOR',
      'BREACH-SERIOUS',
    ]);
  });

  it('ceasefire in force fires only its own; nothing fires a trigger-less commitment', () => {
    expect(refs({ trigger: 'ceasefire_in_force', determinedAt: '2026-03-28T12:00:00Z' })).toEqual([
      'CEASEFIRE',
    ]);
    expect(refs({ trigger: 'refusal_to_negotiate', determinedAt: '2026-03-28T12:00:00Z' })).toEqual([]);
  });

  it('the dates are those of the determining body: 31 Dec 23:30 in Kyiv is still the last day', () => {
    const c = [commitment({ ref: 'ENDS', terms: { responseTimeHours: 24, endDate: '2025-12-31' } })];
    const d = (at: string) =>
      planActivation({
        determination: determination({ trigger: 'renewed_attack', determinedAt: at }),
        commitments: c,
        now,
      });
    expect(d('2025-12-31T23:30:00+02:00').items).toHaveLength(1);
    expect(d('2026-01-01T00:30:00+02:00').items).toHaveLength(0);
  });

  it('a duration ends the day before the same date months later, clamped to the month', () => {
    expect(endDate({ startDate: '2024-01-12', durationMonths: 120 })).toBe('2034-01-11');
    expect(endDate({ startDate: '2024-01-31', durationMonths: 1 })).toBe('2024-02-28');
  });

  it('a determination needs a severity for attributed_breach and only for it', () => {
    const at = '2026-03-28T12:00:00Z';
    expect(
      ActivationDeterminationInput.safeParse({ trigger: 'attributed_breach', determinedAt: at }).success,
    ).toBe(false);
    expect(
      ActivationDeterminationInput.safeParse({
        trigger: 'renewed_attack',
        severity: 'grave',
        determinedAt: at,
      }).success,
    ).toBe(false);
    expect(
      ActivationDeterminationInput.safeParse({ trigger: 'renewed_attack', determinedAt: '2026-03-28T12:00' })
        .success,
    ).toBe(false);
    expect(
      ActivationDeterminationInput.safeParse({
        trigger: 'renewed_attack',
        determinedAt: at,
        timeZone: 'Europe/Nowhere',
      }).success,
    ).toBe(false);
  });
});

describe('planActivation: blockers and who must act', () => {
  it('an unsatisfied condition shows as a blocker and the item as blocked; a satisfied one does not', () => {
    const c = commitment({
      ref: 'DE-1',
      guarantor: 'DE',
      conditions: [
        { kind: 'parliamentary_approval', text: 'Bundestag mandate', satisfied: false },
        { kind: 'us_backstop', text: 'US backstop confirmed', satisfied: true },
      ],
    });
    const plan = planActivation({
      determination: determination({ trigger: 'renewed_attack', determinedAt: '2026-03-28T12:00:00Z' }),
      commitments: [c, commitment({ ref: 'GB-1' })],
      now,
    });
    const de = plan.items.find((i) => i.commitmentRef === 'DE-1')!;
    expect(de.state).toBe('blocked');
    expect(de.blockers).toEqual([{ kind: 'parliamentary_approval', text: 'Bundestag mandate' }]);
    expect(de.mustAct.map((a) => `${a.party} ${a.body}`)).toEqual(['DE parliament', 'DE government']);
    expect(plan.items.find((i) => i.commitmentRef === 'GB-1')!.state).toBe('pending');
    expect(plan.counts).toMatchObject({ blocked: 1, pending: 1 });
  });

  it('a commitment without a response time has no due time, and is listed last', () => {
    const plan = planActivation({
      determination: determination({ trigger: 'renewed_attack', determinedAt: '2026-03-28T12:00:00Z' }),
      commitments: [commitment({ ref: 'A-VAGUE', terms: {} }), commitment({ ref: 'B-24H' })],
      now: new Date('2026-06-01T00:00:00Z'),
    });
    expect(plan.items.map((i) => [i.commitmentRef, i.dueAt, i.state])).toEqual([
      ['B-24H', '2026-03-29T12:00:00.000Z', 'not_honoured'],
      ['A-VAGUE', null, 'pending'],
    ]);
  });
});
