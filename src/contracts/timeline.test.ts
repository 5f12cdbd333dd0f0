import { describe, expect, it } from 'vitest';
import { TimelineImportRequest, TimelineSpan } from './timeline';

describe('timeline contracts', () => {
  it('an import request: text, optional real dates', () => {
    expect(TimelineImportRequest.safeParse({ text: 'x', published: '2026-01-06' }).success).toBe(true);
    const bad = TimelineImportRequest.safeParse({ text: 'x', published: '2026-02-30' });
    expect(bad.error!.issues[0]!.path).toEqual(['published']);
  });

  it('a span ends at or after its start', () => {
    expect(TimelineSpan.safeParse({ start: 5, end: 4 }).error!.issues[0]!.path).toEqual(['end']);
  });
});
