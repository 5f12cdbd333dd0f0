import type { UserInfo } from '../../api/endpoints';

/**
 * Who may record, import and verify incident reports: the monitoring mission and the
 * secretariat. The API decides (core/access/policy.ts); this only hides what would be refused.
 */
export const canRecord = (user: UserInfo | null | undefined): boolean =>
  !!user && !user.disabled && (user.role === 'monitor' || user.role === 'secretariat');
