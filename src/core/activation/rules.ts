/**
 * The rules that decide which commitments a determination switches on. One place, so that the
 * activation plan and the simulation's hypothetical determination agree.
 *
 * - Trigger: the commitment's trigger kind must equal the determined one. A renewed armed attack
 *   does not also fire attributed-breach commitments: each commitment names its own trigger.
 * - Severity: an attributed_breach commitment names the least severity that fires it
 *   (minor < serious < grave); one that names none fires on any attributed breach.
 * - Status: a commitment activates once it binds its guarantor, from `agreed` up the ladder
 *   (agreed, signed, ratified, in_force, allocated, delivered) and also when `breached` (a past
 *   breach does not release the guarantor). `announced` and `drafted` are not yet binding;
 *   `withdrawn` and `expired` no longer bind.
 * - Dates: when the terms give a start, an end or a duration, the determination's date (on the
 *   determining body's calendar) must fall inside them.
 */
import type { ActivationExclusion, ActivationTriggerKind } from '../../contracts/activation';
import type { Status } from '../../contracts/enums';
import type { ActivatableCommitment, BreachSeverity } from './types';

export const SEVERITY_RANK: Record<BreachSeverity, number> = { minor: 1, serious: 2, grave: 3 };

export const BINDING_STATUSES: ReadonlySet<Status> = new Set<Status>([
  'agreed',
  'signed',
  'ratified',
  'in_force',
  'allocated',
  'delivered',
  'breached',
]);

export interface ActivationQuery {
  trigger: ActivationTriggerKind;
  severity?: BreachSeverity | undefined;
  /** The determination's calendar date (YYYY-MM-DD); dates are not checked when absent. */
  onDate?: string | undefined;
}

export type Selection =
  | { activated: true }
  | { activated: false; reason: ActivationExclusion['reason'] | 'other_trigger'; detail: string };

/** Whether `c` switches on for `q`, and if not, why. */
export function selectCommitment(c: ActivatableCommitment, q: ActivationQuery): Selection {
  if (c.trigger.kind !== q.trigger) return { activated: false, reason: 'other_trigger', detail: '' };
  if (q.trigger === 'attributed_breach') {
    const threshold = c.trigger.severity ?? 'minor';
    const found = q.severity ?? 'minor';
    if (SEVERITY_RANK[found] < SEVERITY_RANK[threshold])
      return {
        activated: false,
        reason: 'below_severity',
        detail: `fires from a ${threshold} breach; this one is ${found}`,
      };
  }
  if (!BINDING_STATUSES.has(c.status))
    return {
      activated: false,
      reason: 'not_yet_binding',
      detail:
        c.status === 'withdrawn' || c.status === 'expired'
          ? `${c.status}: no longer binding`
          : `${c.status}: not yet binding`,
    };
  if (q.onDate) {
    const { startDate } = c.terms;
    const end = endDate(c.terms);
    if (startDate && q.onDate < startDate)
      return { activated: false, reason: 'not_in_effect', detail: `in effect from ${startDate}` };
    if (end && q.onDate > end) return { activated: false, reason: 'ended', detail: `ended on ${end}` };
  }
  return { activated: true };
}

/** The last day of effect: endDate, or startDate + durationMonths − 1 day. */
export function endDate(t: ActivatableCommitment['terms']): string | undefined {
  if (t.endDate) return t.endDate;
  if (!t.startDate || !t.durationMonths) return undefined;
  const d = new Date(`${t.startDate}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + t.durationMonths);
  // clamp 31 Jan + 1 month to the end of February rather than rolling into March
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
