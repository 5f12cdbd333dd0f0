import { describe, expect, it } from 'vitest';
import { ActivationDeterminationInput } from '../../contracts/activation';
import { planActivation } from './plan-activation';
import { localTime } from './time-zones';
import type { ActivatableCommitment } from './types';

const base: ActivatableCommitment = {
  id: 'x',
  ref: 'x',
  title: 'Consult within 24 hours',
  guarantor: 'GB',
  pillar: 'renewed_attack',
  kind: 'consultation',
  legalForm: 'executive_agreement',
  status: 'signed',
  trigger: { kind: 'renewed_attack' },
  conditions: [],
  terms: { responseTimeHours: 24 },
};

function due(determinedAt: string, guarantor: string, hours = 24, timeZone = 'Europe/Kyiv') {
  const determination = {
    id: 'd',
    ...ActivationDeterminationInput.parse({ trigger: 'renewed_attack', determinedAt, timeZone }),
  };
  const c = { ...base, id: guarantor, ref: guarantor, guarantor, terms: { responseTimeHours: hours } };
  const [item] = planActivation({ determination, commitments: [c], now: new Date(0) }).items;
  return item!;
}

describe('due times: the response time runs from the determination, in elapsed hours', () => {
  it('across the spring change: 2026-03-29 00:30 Kyiv + 24 h is 30 March 01:30 Kyiv (EEST)', () => {
    // Kyiv moves from +02:00 to +03:00 at 03:00 local on 29 March 2026: 24 h later is 01:30 next day
    const i = due('2026-03-29T00:30:00+02:00', 'GB');
    expect(i.dueAt).toBe('2026-03-29T22:30:00.000Z');
    expect(i.dueLocal!.kyiv).toEqual({ timeZone: 'Europe/Kyiv', local: '2026-03-30T01:30:00+03:00' });
    // London moved to BST at 01:00 UTC the same day: the determination was at 22:30 GMT
    expect(i.dueLocal!.guarantor).toEqual({ timeZone: 'Europe/London', local: '2026-03-29T23:30:00+01:00' });
  });

  it('the same instant written with a Z is the same determination', () => {
    expect(due('2026-03-28T22:30:00Z', 'GB').dueAt).toBe(due('2026-03-29T00:30:00+02:00', 'GB').dueAt);
  });

  it('across the autumn change: 24 October 12:00 Kyiv + 24 h is 25 October 11:00 Kyiv (EET)', () => {
    const i = due('2026-10-24T12:00:00+03:00', 'FR');
    expect(i.dueAt).toBe('2026-10-25T09:00:00.000Z');
    expect(i.dueLocal!.kyiv.local).toBe('2026-10-25T11:00:00+02:00');
    expect(i.dueLocal!.guarantor).toEqual({ timeZone: 'Europe/Paris', local: '2026-10-25T10:00:00+01:00' });
  });

  it('a guarantor whose zone changes on another date: Washington is already on EDT in late March', () => {
    const i = due('2026-03-29T00:30:00+02:00', 'US');
    expect(i.dueLocal!.guarantor).toEqual({
      timeZone: 'America/New_York',
      local: '2026-03-29T18:30:00-04:00',
    });
  });

  it('across the date line and the southern summer: Auckland, 72 h', () => {
    const i = due('2026-04-03T10:00:00+03:00', 'NZ', 72);
    // NZ leaves daylight time (+13 → +12) at 03:00 local on 5 April 2026
    expect(i.dueAt).toBe('2026-04-06T07:00:00.000Z');
    expect(i.dueLocal!.guarantor.local).toBe('2026-04-06T19:00:00+12:00');
  });

  it('fractional hours and an unknown guarantor (shown in UTC)', () => {
    const i = due('2026-01-10T08:00:00+02:00', 'XX', 1.5);
    expect(i.dueAt).toBe('2026-01-10T07:30:00.000Z');
    expect(i.dueLocal!.guarantor).toEqual({ timeZone: 'UTC', local: '2026-01-10T07:30:00+00:00' });
  });

  it('renders a zero offset as +00:00 and a half-hour zone correctly', () => {
    expect(localTime(Date.parse('2026-01-01T00:00:00Z'), 'Europe/London').local).toBe(
      '2026-01-01T00:00:00+00:00',
    );
    expect(localTime(Date.parse('2026-01-01T00:00:00Z'), 'Asia/Kolkata').local).toBe(
      '2026-01-01T05:30:00+05:30',
    );
  });
});
