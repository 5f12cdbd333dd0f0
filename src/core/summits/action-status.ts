import type { ActionItemStatus } from '../../contracts/summit';

/**
 * An action item is done once marked done; otherwise overdue from the instant its deadline
 * passes (the deadline itself is still on time), and open before that.
 */
export function actionItemStatus(
  a: { deadline: string; doneAt: string | null },
  now: Date,
): ActionItemStatus {
  if (a.doneAt) return 'done';
  return Date.parse(a.deadline) < now.getTime() ? 'overdue' : 'open';
}
