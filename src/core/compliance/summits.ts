/**
 * Which commitments belong to a summit. Until the register keeps summits as records, the Paris
 * summit is a window of dates: a commitment announced in it, or with a source published in it,
 * was made there. "all" takes every commitment of the register.
 */
import type { CommitmentDoc } from '../../contracts/commitment';

export interface SummitWindow {
  id: 'paris-2026' | 'all';
  date: string | null;
  from: string | null;
  to: string | null;
}

export const SUMMITS: Record<SummitWindow['id'], SummitWindow> = {
  // the meeting was on 6 January; reports of it ran from the eve to two days after
  'paris-2026': { id: 'paris-2026', date: '2026-01-06', from: '2026-01-05', to: '2026-01-08' },
  all: { id: 'all', date: null, from: null, to: null },
};

export function belongsTo(s: SummitWindow, doc: CommitmentDoc): boolean {
  if (s.from === null || s.to === null) return true;
  const inside = (d: string | undefined) => d !== undefined && d >= s.from! && d <= s.to!;
  return inside(doc.announcedOn) || doc.sources.some((x) => inside(x.publishedOn));
}
