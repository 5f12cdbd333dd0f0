/**
 * A small phrase matcher for the lexicons. A pattern is a space-separated sequence of elements
 * matched against the word stream (words and numbers; punctuation is skipped):
 *
 *   word        the word, case-insensitive (after `normalize`)
 *   a|b|c       any of the alternatives
 *   stem*       a word starting with "stem" (inflected forms: "обязу*", "commit*")
 *   *suffix     a word ending with "suffix" (Ukrainian futures: "*тиме")
 *   #           any number
 *   ~N          up to N words of anything (a gap: "sagt ~3 zu")
 *   ^           only at the start of the sentence or of a clause (after , ; : ( –)
 *
 * Patterns are indexed by their first element, so matching a sentence costs a few map lookups
 * per word rather than one test per pattern.
 */
import type { Tokenized } from './tokenize';

type Alt = { kind: 'exact' | 'prefix' | 'suffix'; s: string };
type Elem = { t: 'word'; alts: Alt[] } | { t: 'num' } | { t: 'gap'; max: number };

export interface PhraseEntry<V = unknown> {
  cat: string;
  value: V;
  pattern: string;
}

interface Compiled {
  entry: PhraseEntry;
  elems: Elem[];
  clauseStart: boolean;
  /** The last sentence position this pattern was tried at (dedupes a pattern indexed twice). */
  stamp: number;
}

/** One match: word-stream positions [w0, w1) and the entry that matched. */
export interface PhraseMatch {
  cat: string;
  value: unknown;
  w0: number;
  w1: number;
}

export class PhraseMatcher {
  // Candidate patterns by first word: exact form, first 2 or 3 letters of a stem, last 2 letters of a suffix.
  private exact = new Map<string, Compiled[]>();
  /** Patterns whose first two elements are plain words, by "first second": most "the …", "in …" patterns. */
  private exact2 = new Map<string, Map<string, Compiled[]>>();
  /** Memo: a word form → every single-word-indexed candidate for it (forms repeat across sentences). */
  private memo = new Map<string, Compiled[]>();
  private prefix2 = new Map<string, Compiled[]>();
  private prefix3 = new Map<string, Compiled[]>();
  private suffix2 = new Map<string, Compiled[]>();
  private num: Compiled[] = [];
  private tick = 0;

  constructor(entries: PhraseEntry[]) {
    for (const entry of entries) this.add(entry);
  }

  private add(entry: PhraseEntry): void {
    const parts = entry.pattern.trim().split(/\s+/).filter(Boolean);
    const clauseStart = parts[0] === '^';
    if (clauseStart) parts.shift();
    const elems: Elem[] = parts.map(parseElem);
    const first = elems[0];
    if (!first || first.t === 'gap') throw new Error(`bad lexicon pattern "${entry.pattern}" (${entry.cat})`);
    const c: Compiled = { entry, elems, clauseStart, stamp: -1 };
    if (first.t === 'num') {
      this.num.push(c);
      return;
    }
    const second = elems[1];
    const plain = (e: Elem | undefined): e is { t: 'word'; alts: Alt[] } =>
      !!e && e.t === 'word' && e.alts.every((a) => a.kind === 'exact');
    if (!clauseStart && plain(first) && plain(second) && first.alts.length * second.alts.length <= 64) {
      for (const a of first.alts) {
        let inner = this.exact2.get(a.s);
        if (!inner) {
          inner = new Map();
          this.exact2.set(a.s, inner);
        }
        for (const b of second.alts) pushTo(inner, b.s, c);
      }
      return;
    }
    for (const a of first.alts) {
      if (a.kind === 'exact') pushTo(this.exact, a.s, c);
      else if (a.kind === 'prefix') pushTo(a.s.length >= 3 ? this.prefix3 : this.prefix2, a.s.slice(0, 3), c);
      else pushTo(this.suffix2, a.s.slice(-2), c);
    }
  }

  private candidates(word: string): Compiled[] {
    const hit = this.memo.get(word);
    if (hit) return hit;
    const found = new Set<Compiled>(this.exact.get(word));
    if (word.length >= 2) {
      for (const c of this.prefix2.get(word.slice(0, 2)) ?? []) found.add(c);
      for (const c of this.prefix3.get(word.slice(0, 3)) ?? []) found.add(c);
      for (const c of this.suffix2.get(word.slice(-2)) ?? []) found.add(c);
    }
    // Keep only the patterns whose first element accepts this word, so the list is short.
    const list = [...found].filter((c) => firstAccepts(c.elems[0]!, word));
    if (this.memo.size > 50000) this.memo.clear();
    this.memo.set(word, list);
    return list;
  }

  private tryAll(
    list: Compiled[] | undefined,
    w: number,
    stamp: number,
    clauseStart: boolean,
    ctx: Ctx,
    out: PhraseMatch[],
  ): void {
    if (!list) return;
    for (const c of list) {
      if (c.stamp === stamp) continue;
      c.stamp = stamp;
      if (c.clauseStart && !clauseStart) continue;
      // The memo already checked the first element; a one-word pattern has matched.
      const end =
        c.elems.length === 1 && c.elems[0]!.t === 'word' ? w + 1 : matchFrom(c.elems, 0, w, ctx, true);
      if (end > w) out.push({ cat: c.entry.cat, value: c.entry.value, w0: w, w1: end });
    }
  }

  /** Every match in the sentence, in order of start position. */
  matchAll(t: Tokenized): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const n = t.words.length;
    const norms: string[] = new Array(n);
    const isNum: boolean[] = new Array(n);
    const clauseStartAt: boolean[] = new Array(n);
    const hardBreak: boolean[] = new Array(n);
    let prevTok = -1;
    for (let w = 0; w < n; w++) {
      const ti = t.words[w]!;
      const tok = t.tokens[ti]!;
      norms[w] = tok.norm;
      isNum[w] = tok.kind === 'num';
      let cs = w === 0;
      let hb = false;
      for (let k = prevTok + 1; k < ti; k++) {
        const p = t.tokens[k]!.text;
        if (CLAUSE_START.has(p)) cs = true;
        if (HARD_BREAK.has(p)) hb = true;
      }
      clauseStartAt[w] = cs;
      hardBreak[w] = hb;
      prevTok = ti;
    }
    const ctx: Ctx = { norms, isNum, hardBreak, n };
    for (let w = 0; w < n; w++) {
      const word = norms[w]!;
      const stamp = ++this.tick;
      if (isNum[w]) this.tryAll(this.num, w, stamp, clauseStartAt[w]!, ctx, out);
      this.tryAll(this.candidates(word), w, stamp, clauseStartAt[w]!, ctx, out);
      if (w + 1 < n)
        this.tryAll(this.exact2.get(word)?.get(norms[w + 1]!), w, stamp, clauseStartAt[w]!, ctx, out);
    }
    return out;
  }
}

const CLAUSE_START = new Set([',', ';', ':', '(', '–', '—']);
const HARD_BREAK = new Set([';', '!', '?']);

interface Ctx {
  norms: string[];
  isNum: boolean[];
  hardBreak: boolean[];
  n: number;
}

function pushTo(map: Map<string, Compiled[]>, key: string, c: Compiled): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

function parseElem(part: string): Elem {
  if (part === '#') return { t: 'num' };
  const gap = /^~(\d+)$/.exec(part);
  if (gap) return { t: 'gap', max: Number(gap[1]) };
  const alts: Alt[] = part.split('|').map((raw) => {
    const a = raw.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ]/g, "'");
    if (a.length > 2 && a.endsWith('*')) return { kind: 'prefix', s: a.slice(0, -1) };
    if (a.length > 2 && a.startsWith('*')) return { kind: 'suffix', s: a.slice(1) };
    return { kind: 'exact', s: a };
  });
  return { t: 'word', alts };
}

function firstAccepts(e: Elem, s: string): boolean {
  if (e.t !== 'word') return e.t === 'num';
  for (const a of e.alts) {
    if (
      a.kind === 'exact'
        ? s === a.s
        : a.kind === 'prefix'
          ? s.startsWith(a.s)
          : s.endsWith(a.s) && s.length > a.s.length + 1
    )
      return true;
  }
  return false;
}

function wordMatches(e: Elem, w: number, ctx: Ctx): boolean {
  if (e.t === 'num') return ctx.isNum[w]!;
  if (e.t !== 'word') return false;
  const s = ctx.norms[w]!;
  for (const a of e.alts) {
    if (
      a.kind === 'exact'
        ? s === a.s
        : a.kind === 'prefix'
          ? s.startsWith(a.s)
          : s.endsWith(a.s) && s.length > a.s.length + 1
    )
      return true;
  }
  return false;
}

/** Returns the end (exclusive) of the match of elems[ei…] starting at w, or -1. Gaps are lazy. */
function matchFrom(elems: Elem[], ei: number, w: number, ctx: Ctx, first: boolean): number {
  if (ei === elems.length) return w;
  const e = elems[ei]!;
  if (e.t === 'gap') {
    for (let skip = 0; skip <= e.max; skip++) {
      // A skipped word may not sit after a hard break (; ! ?): gaps stay inside the clause.
      if (skip > 0 && (w + skip - 1 >= ctx.n || ctx.hardBreak[w + skip - 1])) break;
      const end = matchFrom(elems, ei + 1, w + skip, ctx, false);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (w >= ctx.n) return -1;
  if (!first && ctx.hardBreak[w]) return -1;
  if (!wordMatches(e, w, ctx)) return -1;
  return matchFrom(elems, ei + 1, w + 1, ctx, false);
}
