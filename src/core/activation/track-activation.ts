/**
 * Tracking: each activated commitment is pending, blocked, honoured on time, honoured late or not
 * honoured. The state is a function of the item's due time, its marks and the current time, so
 * it can always be recomputed:
 *
 * - marked honoured → on time if at or before the due time (or if no due time was written),
 *   late otherwise, with the hours it was late;
 * - else declined → not honoured;
 * - else past the due time → not honoured (a later honoured mark turns it into honoured late);
 * - else an unsatisfied condition → blocked;
 * - else pending.
 *
 * A blocked item whose due time passes counts as not honoured: its conditions are the
 * guarantor's own.
 */
import type { ActivationMark, ActivationPlanItem, ActivationState } from '../../contracts/activation';
import { AppError } from '../errors';
import { HOUR_MS, instantMs } from './time-zones';

type Trackable = Pick<ActivationPlanItem, 'dueAt' | 'blockers' | 'honouredAt' | 'declinedAt'>;

export function activationState(item: Trackable, now: Date): ActivationState {
  const due = item.dueAt === null ? null : instantMs(item.dueAt);
  if (item.honouredAt !== null)
    return due === null || instantMs(item.honouredAt) <= due ? 'honoured_on_time' : 'honoured_late';
  if (item.declinedAt !== null) return 'not_honoured';
  if (due !== null && now.getTime() > due) return 'not_honoured';
  return item.blockers.length > 0 ? 'blocked' : 'pending';
}

/** Hours after the due time it was honoured; null if on time, unhonoured or without a due time. */
export function lateByHours(item: Trackable): number | null {
  if (item.honouredAt === null || item.dueAt === null) return null;
  const late = (instantMs(item.honouredAt) - instantMs(item.dueAt)) / HOUR_MS;
  return late > 0 ? Math.round(late * 100) / 100 : null;
}

/** The item with its state and lateness recomputed for `now`. */
export function refreshItem(item: ActivationPlanItem, now: Date): ActivationPlanItem {
  return { ...item, state: activationState(item, now), lateByHours: lateByHours(item) };
}

export interface MarkItemInput {
  item: ActivationPlanItem;
  /** When the determination was made: nothing can be honoured for it before then. */
  determinedAt: string;
  mark: ActivationMark;
  now: Date;
}

/**
 * Records a guarantor's report on one item.
 * @throws AppError `validation` (path `at`) when the time is before the determination or in the
 *   future; `conflict` when the item is already marked honoured.
 */
export function markActivationItem({ item, determinedAt, mark, now }: MarkItemInput): ActivationPlanItem {
  const at = instantMs(mark.at);
  if (at < instantMs(determinedAt))
    throw new AppError('validation', 'mark before the determination', [
      { path: 'at', message: 'must not be before the determination' },
    ]);
  if (at > now.getTime() + 60_000)
    throw new AppError('validation', 'mark in the future', [
      { path: 'at', message: 'must not be in the future' },
    ]);
  if (item.honouredAt !== null)
    throw new AppError('conflict', `${item.commitmentRef} is already marked honoured`);
  const iso = new Date(at).toISOString();
  const next: ActivationPlanItem =
    mark.outcome === 'honoured'
      ? { ...item, honouredAt: iso, evidence: mark.evidence ?? null }
      : { ...item, declinedAt: iso, evidence: mark.evidence ?? item.evidence };
  return refreshItem(next, now);
}
