import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { allowedNext, assertTransition, canTransition } from './status';

describe('status ladder', () => {
  it('moves up the ladder, skipping steps a legal form lacks (a declaration is never ratified)', () => {
    expect(canTransition('announced', 'drafted')).toBe(true);
    expect(canTransition('signed', 'in_force')).toBe(true);
    expect(canTransition('announced', 'delivered')).toBe(true);
  });
  it('never moves down the ladder', () => {
    expect(canTransition('signed', 'agreed')).toBe(false);
    expect(canTransition('delivered', 'allocated')).toBe(false);
  });
  it('withdrawn is possible until delivery, not after', () => {
    expect(canTransition('allocated', 'withdrawn')).toBe(true);
    expect(canTransition('delivered', 'withdrawn')).toBe(false);
  });
  it('expired only once in force; breached only once signed (boundaries included)', () => {
    expect(canTransition('ratified', 'expired')).toBe(false);
    expect(canTransition('in_force', 'expired')).toBe(true);
    expect(canTransition('agreed', 'breached')).toBe(false);
    expect(canTransition('signed', 'breached')).toBe(true);
  });
  it('withdrawn, expired and breached are final', () => {
    for (const s of ['withdrawn', 'expired', 'breached'] as const) expect(allowedNext(s)).toEqual([]);
  });
  it('an invalid move names the status field and the allowed moves', () => {
    try {
      assertTransition('signed', 'drafted');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('invalid_transition');
      expect((e as AppError).issues[0]?.path).toBe('status');
      expect((e as AppError).issues[0]?.message).toContain('ratified');
    }
  });
});
