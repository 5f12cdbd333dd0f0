/**
 * The verification ladder of an incident report: reported → corroborated → verified, one step
 * at a time; rejected from reported or corroborated. Verified and rejected are final.
 */
import { VERIFICATION_NEXT, type VerificationStatus } from '../../contracts/incident';
import { AppError } from '../errors';

export function allowedNextStatuses(from: VerificationStatus): readonly VerificationStatus[] {
  return VERIFICATION_NEXT[from];
}

export function canMove(from: VerificationStatus, to: VerificationStatus): boolean {
  return VERIFICATION_NEXT[from].includes(to);
}

/** Throws `invalid_transition` (naming the field `status`) unless `from → to` is one of the moves. */
export function assertMove(from: VerificationStatus, to: VerificationStatus): void {
  if (canMove(from, to)) return;
  const options = VERIFICATION_NEXT[from];
  throw new AppError('invalid_transition', `cannot move an incident report from ${from} to ${to}`, [
    {
      path: 'status',
      message: options.length
        ? `from ${from} the status may become: ${options.join(', ')}`
        : `${from} is final; the status can no longer change`,
    },
  ]);
}
