import { describe, expect, it } from 'vitest';
import { actionItemStatus } from './action-status';

describe('action item status', () => {
  const deadline = '2026-01-31T17:00:00.000Z';
  it('is open before the deadline and at it', () => {
    expect(actionItemStatus({ deadline, doneAt: null }, new Date('2026-01-20T00:00:00Z'))).toBe('open');
    expect(actionItemStatus({ deadline, doneAt: null }, new Date(deadline))).toBe('open');
  });
  it('is overdue one millisecond after the deadline when not done', () => {
    expect(actionItemStatus({ deadline, doneAt: null }, new Date(Date.parse(deadline) + 1))).toBe('overdue');
  });
  it('is done when marked done, even late', () => {
    expect(
      actionItemStatus({ deadline, doneAt: '2026-02-03T10:00:00.000Z' }, new Date('2026-03-01T00:00:00Z')),
    ).toBe('done');
  });
});
