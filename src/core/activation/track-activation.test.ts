import { describe, expect, it } from 'vitest';
import type { ActivationPlanItem } from '../../contracts/activation';
import { ActivationMark } from '../../contracts/activation';
import { AppError } from '../errors';
import { reliabilityRecords } from './reliability';
import { activationState, markActivationItem } from './track-activation';

const determinedAt = '2026-03-28T22:30:00.000Z';
const item: ActivationPlanItem = {
  commitmentId: 'c1',
  commitmentRef: 'GB-1',
  title: 'Consult within 24 hours',
  guarantor: 'GB',
  pillar: 'renewed_attack',
  kind: 'consultation',
  legalForm: 'treaty',
  status: 'in_force',
  responseTimeHours: 24,
  dueAt: '2026-03-29T22:30:00.000Z',
  dueLocal: null,
  blockers: [],
  mustAct: [],
  state: 'pending',
  honouredAt: null,
  declinedAt: null,
  lateByHours: null,
  evidence: null,
};
const later = new Date('2026-04-10T00:00:00Z');
const mark = (outcome: 'honoured' | 'declined', at: string) =>
  ActivationMark.parse({ outcome, at, evidence: 'Joint statement of the consultation' });

describe('tracking: honoured on time, late, not honoured', () => {
  it('honoured exactly at the due time is on time (the boundary is inclusive)', () => {
    const m = markActivationItem({
      item,
      determinedAt,
      mark: mark('honoured', '2026-03-30T01:30:00+03:00'),
      now: later,
    });
    expect(m.state).toBe('honoured_on_time');
    expect(m.honouredAt).toBe('2026-03-29T22:30:00.000Z');
    expect(m.lateByHours).toBeNull();
  });

  it('honoured one minute after the due time is late, by the minute', () => {
    const m = markActivationItem({
      item,
      determinedAt,
      mark: mark('honoured', '2026-03-29T22:31:00Z'),
      now: later,
    });
    expect(m.state).toBe('honoured_late');
    expect(m.lateByHours).toBeCloseTo(1 / 60, 2);
  });

  it('unmarked: pending before the due time, not honoured after it', () => {
    expect(activationState(item, new Date('2026-03-29T22:30:00Z'))).toBe('pending');
    expect(activationState(item, new Date('2026-03-29T22:30:01Z'))).toBe('not_honoured');
  });

  it('blocked until the due time; then not honoured (the conditions are the guarantor’s own)', () => {
    const blocked = { ...item, blockers: [{ kind: 'mandate' as const, text: 'UN mandate' }] };
    expect(activationState(blocked, new Date('2026-03-29T00:00:00Z'))).toBe('blocked');
    expect(activationState(blocked, later)).toBe('not_honoured');
  });

  it('declined is not honoured, and a later honoured mark turns it into honoured late', () => {
    const declined = markActivationItem({
      item,
      determinedAt,
      mark: mark('declined', '2026-03-29T10:00:00Z'),
      now: later,
    });
    expect(declined.state).toBe('not_honoured');
    const after = markActivationItem({
      item: declined,
      determinedAt,
      mark: mark('honoured', '2026-04-02T10:00:00Z'),
      now: later,
    });
    expect(after.state).toBe('honoured_late');
  });

  it('refuses a mark before the determination, in the future, or a second honoured mark', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof AppError ? `${e.code}:${e.issues[0]?.path ?? ''}` : 'other';
      }
      return 'none';
    };
    expect(
      code(() =>
        markActivationItem({
          item,
          determinedAt,
          mark: mark('honoured', '2026-03-28T22:00:00Z'),
          now: later,
        }),
      ),
    ).toBe('validation:at');
    expect(
      code(() =>
        markActivationItem({
          item,
          determinedAt,
          mark: mark('honoured', '2026-05-01T00:00:00Z'),
          now: later,
        }),
      ),
    ).toBe('validation:at');
    const done = markActivationItem({
      item,
      determinedAt,
      mark: mark('honoured', '2026-03-29T12:00:00Z'),
      now: later,
    });
    expect(
      code(() =>
        markActivationItem({
          item: done,
          determinedAt,
          mark: mark('honoured', '2026-03-30T12:00:00Z'),
          now: later,
        }),
      ),
    ).toBe('conflict:');
  });

  it('an honoured mark needs evidence', () => {
    expect(ActivationMark.safeParse({ outcome: 'honoured', at: '2026-03-29T12:00:00Z' }).success).toBe(false);
    expect(ActivationMark.safeParse({ outcome: 'declined', at: '2026-03-29T12:00:00Z' }).success).toBe(true);
  });
});

describe('reliability record', () => {
  it('counts closed items per guarantor and ignores pending and blocked ones', () => {
    const rows = reliabilityRecords([
      { guarantor: 'GB', state: 'honoured_on_time', lateByHours: null },
      { guarantor: 'GB', state: 'honoured_late', lateByHours: 10 },
      { guarantor: 'GB', state: 'honoured_late', lateByHours: 30 },
      { guarantor: 'GB', state: 'not_honoured', lateByHours: null },
      { guarantor: 'GB', state: 'pending', lateByHours: null },
      { guarantor: 'FR', state: 'blocked', lateByHours: null },
      { guarantor: 'DE', state: 'not_honoured', lateByHours: null },
    ]);
    expect(rows).toEqual([
      {
        guarantor: 'DE',
        items: 1,
        onTime: 0,
        late: 0,
        notHonoured: 1,
        honouredRate: 0,
        onTimeRate: null,
        meanLateHours: null,
      },
      {
        guarantor: 'GB',
        items: 4,
        onTime: 1,
        late: 2,
        notHonoured: 1,
        honouredRate: 0.75,
        onTimeRate: 1 / 3,
        meanLateHours: 20,
      },
    ]);
  });
});
