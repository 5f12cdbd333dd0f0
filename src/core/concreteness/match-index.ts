/**
 * The lexicon matches of one sentence, indexed by category and position, so each extractor can
 * ask "is there a time preposition ending right before word 7?" in constant time. Position tables
 * are built per category on first use.
 */
import type { PhraseMatch } from './phrases';
import type { Tokenized } from './tokenize';

interface Table {
  list: PhraseMatch[];
  /** Longest match starting at each word. */
  start: (PhraseMatch | undefined)[];
  /** Longest match ending just before each word (last word is w - 1). */
  end: (PhraseMatch | undefined)[];
  covered: Uint8Array;
}

const EMPTY: PhraseMatch[] = [];
const SCAN_MAX = 8;

export class MatchIndex {
  private byCat = new Map<string, PhraseMatch[]>();
  private tables = new Map<string, Table>();

  constructor(
    readonly t: Tokenized,
    matches: PhraseMatch[],
  ) {
    for (const m of matches) {
      const list = this.byCat.get(m.cat);
      if (list) list.push(m);
      else this.byCat.set(m.cat, [m]);
    }
  }

  all(cat: string): PhraseMatch[] {
    return this.byCat.get(cat) ?? EMPTY;
  }

  private table(cat: string): Table {
    let tb = this.tables.get(cat);
    if (tb) return tb;
    const n = this.t.words.length;
    const list = this.all(cat);
    tb = { list, start: new Array(n + 1), end: new Array(n + 1), covered: new Uint8Array(n + 1) };
    for (const m of list) {
      const s = tb.start[m.w0];
      if (!s || m.w1 > s.w1) tb.start[m.w0] = m;
      const e = tb.end[m.w1];
      if (!e || m.w0 < e.w0) tb.end[m.w1] = m;
      for (let w = m.w0; w < m.w1; w++) tb.covered[w] = 1;
    }
    this.tables.set(cat, tb);
    return tb;
  }

  // Short lists are scanned; longer ones get position tables (built once per category).

  /** The longest match of `cat` starting at word w. */
  startingAt(w: number, cat: string): PhraseMatch | undefined {
    const list = this.byCat.get(cat);
    if (!list || w < 0) return undefined;
    if (list.length > SCAN_MAX) return this.table(cat).start[w];
    let best: PhraseMatch | undefined;
    for (const m of list) if (m.w0 === w && (!best || m.w1 > best.w1)) best = m;
    return best;
  }

  /** The longest match of `cat` ending just before word w (its last word is w - 1). */
  endingAt(w: number, cat: string): PhraseMatch | undefined {
    const list = this.byCat.get(cat);
    if (!list || w < 0) return undefined;
    if (list.length > SCAN_MAX) return this.table(cat).end[w];
    let best: PhraseMatch | undefined;
    for (const m of list) if (m.w1 === w && (!best || m.w0 < best.w0)) best = m;
    return best;
  }

  /** Whether word w lies inside some match of `cat`. */
  covers(w: number, cat: string): boolean {
    const list = this.byCat.get(cat);
    if (!list || w < 0) return false;
    if (list.length > SCAN_MAX) return this.table(cat).covered[w] === 1;
    for (const m of list) if (m.w0 <= w && w < m.w1) return true;
    return false;
  }

  /** Character span of word-stream positions [w0, w1). */
  span(w0: number, w1: number): { start: number; end: number } {
    const a = this.t.tokens[this.t.words[w0]!]!;
    const b = this.t.tokens[this.t.words[w1 - 1]!]!;
    return { start: a.start, end: b.end };
  }

  norm(w: number): string {
    return this.t.tokens[this.t.words[w]!]?.norm ?? '';
  }

  token(w: number) {
    return this.t.tokens[this.t.words[w]!];
  }

  /** The word-stream index of the word containing character offset `at`, or -1. */
  wordAt(at: number): number {
    const { tokens, words } = this.t;
    let lo = 0;
    let hi = words.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const tok = tokens[words[mid]!]!;
      if (at < tok.start) hi = mid - 1;
      else if (at >= tok.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}

/** Keeps the longest of overlapping matches (earliest first on ties). */
export function longestNonOverlapping<M extends { w0: number; w1: number }>(ms: M[]): M[] {
  if (ms.length < 2) return ms;
  const sorted = [...ms].sort((a, b) => b.w1 - b.w0 - (a.w1 - a.w0) || a.w0 - b.w0);
  const kept: M[] = [];
  for (const m of sorted) if (!kept.some((k) => m.w0 < k.w1 && k.w0 < m.w1)) kept.push(m);
  return kept.sort((a, b) => a.w0 - b.w0);
}
