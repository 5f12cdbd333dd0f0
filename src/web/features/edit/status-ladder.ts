import { LADDER, STATUSES, type Status } from '../../../contracts/enums';

/**
 * Mirrors the status ladder of core/commitments/status.ts: up the ladder only, skipping allowed;
 * withdrawn before delivered; expired once in force or later; breached once signed or later;
 * withdrawn, expired and breached are final.
 */
export function allowedNext(from: string): Status[] {
  const rank = (x: string) => (LADDER as readonly string[]).indexOf(x);
  const r = rank(from);
  if (r < 0) return [];
  const next: Status[] = LADDER.slice(r + 1) as Status[];
  if (from !== 'delivered') next.push('withdrawn');
  if (r >= rank('in_force')) next.push('expired');
  if (r >= rank('signed')) next.push('breached');
  return next;
}

export const ALL_STATUSES: readonly string[] = STATUSES;
