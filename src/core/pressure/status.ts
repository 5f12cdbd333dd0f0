/**
 * The status of a pressure measure: proposed → agreed → in force; in force ⇄ suspended; lifted
 * ends it (from agreed, in force or suspended: a measure agreed and then dropped is lifted too).
 * A measure may be adopted straight into force (EU packages are agreed and in force the same day).
 */
import type { PressureStatus } from '../../contracts/pressure';
import { AppError } from '../errors';

export const PRESSURE_MOVES: Record<PressureStatus, PressureStatus[]> = {
  proposed: ['agreed', 'in_force'],
  agreed: ['in_force', 'lifted'],
  in_force: ['suspended', 'lifted'],
  suspended: ['in_force', 'lifted'],
  lifted: [],
};

export const canMovePressure = (from: PressureStatus, to: PressureStatus) =>
  from === to || PRESSURE_MOVES[from].includes(to);

/** Throws `invalid_transition` (naming the field `status`) unless `from → to` is allowed. */
export function assertPressureMove(from: PressureStatus, to: PressureStatus): void {
  if (canMovePressure(from, to)) return;
  const next = PRESSURE_MOVES[from];
  throw new AppError('invalid_transition', `cannot move a measure from ${from} to ${to}`, [
    {
      path: 'status',
      message: next.length
        ? `from ${from} the status may become: ${next.join(', ')}`
        : `${from} is final; the status can no longer change`,
    },
  ]);
}
