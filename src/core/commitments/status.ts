/**
 * The status ladder: announced → drafted → agreed → signed → ratified → in force → allocated →
 * delivered. A commitment moves up, never down, and may skip steps its legal form does not have
 * (a political declaration is never ratified). Off the ladder: withdrawn (before delivery),
 * expired (once in force) and breached (once signed); these are final.
 */
import { LADDER, type Status } from '../../contracts/enums';
import { AppError } from '../errors';

const rank = (s: Status) => (LADDER as readonly string[]).indexOf(s);

export function allowedNext(from: Status): Status[] {
  const r = rank(from);
  if (r < 0) return []; // withdrawn, expired, breached are final
  const next: Status[] = LADDER.slice(r + 1) as Status[];
  if (from !== 'delivered') next.push('withdrawn');
  if (r >= rank('in_force')) next.push('expired');
  if (r >= rank('signed')) next.push('breached');
  return next;
}

export function canTransition(from: Status, to: Status): boolean {
  return from === to || allowedNext(from).includes(to);
}

/** Throws `invalid_transition` (naming the field `status`) unless `from → to` is allowed. */
export function assertTransition(from: Status, to: Status): void {
  if (canTransition(from, to)) return;
  const options = allowedNext(from);
  throw new AppError('invalid_transition', `cannot move a commitment from ${from} to ${to}`, [
    {
      path: 'status',
      message: options.length
        ? `from ${from} the status may become: ${options.join(', ')}`
        : `${from} is final; the status can no longer change`,
    },
  ]);
}
