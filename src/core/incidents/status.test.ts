import { describe, expect, it } from 'vitest';
import { VERIFICATION_STATUSES, type VerificationStatus } from '../../contracts/incident';
import { AppError } from '../errors';
import { allowedNextStatuses, assertMove, canMove } from './status';

describe('the verification ladder', () => {
  it('moves one step forward only: reported → corroborated → verified', () => {
    expect(canMove('reported', 'corroborated')).toBe(true);
    expect(canMove('corroborated', 'verified')).toBe(true);
    expect(canMove('reported', 'verified')).toBe(false); // no skipping corroboration
    expect(canMove('corroborated', 'reported')).toBe(false); // never back
    expect(canMove('verified', 'corroborated')).toBe(false);
  });

  it('rejects from any state that is not final; verified and rejected are final', () => {
    expect(canMove('reported', 'rejected')).toBe(true);
    expect(canMove('corroborated', 'rejected')).toBe(true);
    expect(canMove('verified', 'rejected')).toBe(false);
    expect(allowedNextStatuses('verified')).toEqual([]);
    expect(allowedNextStatuses('rejected')).toEqual([]);
  });

  it('a status does not "move" to itself', () => {
    for (const s of VERIFICATION_STATUSES) expect(canMove(s, s)).toBe(false);
  });

  it('every pair outside the moves throws invalid_transition naming status and the options', () => {
    const moves = new Set([
      'reported>corroborated',
      'reported>rejected',
      'corroborated>verified',
      'corroborated>rejected',
    ]);
    for (const from of VERIFICATION_STATUSES)
      for (const to of VERIFICATION_STATUSES) {
        const ok = moves.has(`${from}>${to}`);
        if (ok) expect(() => assertMove(from, to)).not.toThrow();
        else {
          let err: unknown;
          try {
            assertMove(from as VerificationStatus, to as VerificationStatus);
          } catch (e) {
            err = e;
          }
          expect(err).toBeInstanceOf(AppError);
          expect((err as AppError).code).toBe('invalid_transition');
          expect((err as AppError).issues[0]?.path).toBe('status');
        }
      }
    try {
      assertMove('verified', 'rejected');
    } catch (e) {
      expect((e as AppError).issues[0]?.message).toBe('verified is final; the status can no longer change');
    }
  });
});
