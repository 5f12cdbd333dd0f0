/**
 * How strongly the sentence binds: binding ("shall", "will", "undertakes", "обязуется",
 * "s'engage à", "verpflichtet sich"), aspirational ("intends", "stands ready", "will continue to
 * support", "планирует", "beabsichtigt") or permissive ("may", "could", "может", "pourrait").
 *
 * Rules, in order:
 * 1. A binding marker that is part of a weaker construction is overridden: it overlaps an
 *    aspirational or permissive marker ("remain committed"), or one follows it with only adverbs
 *    between ("will continue to", "will also seek", "will be in a position to", "kommer att fortsätta").
 * 2. Any binding marker left makes the sentence binding ("will allocate €3bn … and will continue to
 *    support" is binding: the first clause binds).
 * 3. Otherwise aspirational beats permissive.
 * 4. No marker at all: a declarative or verbless statement ("Withdrawal of all heavy weapons …",
 *    "Сунак объявил о пакете …") is read as binding, and flagged `defaulted`.
 * Best-efforts hedges ("do everything possible") count as aspirational markers.
 */
import type { Hedge, Modality, ModalityMarker } from '../../contracts/analysis';
import type { MatchIndex } from './match-index';

export interface ModalityResult {
  modality: Modality;
  markers: ModalityMarker[];
  defaulted: boolean;
  /** Word position of the first marker that decides the modality, for finding the actor. */
  firstAt: number | null;
}

interface Raw {
  modality: Modality;
  w0: number;
  w1: number;
  overridden: boolean;
}

const CATS: [Modality, string][] = [
  ['binding', 'mod.binding'],
  ['binding', 'mod.aux'],
  ['aspirational', 'mod.aspirational'],
  ['permissive', 'mod.permissive'],
];

export function findModality(m: MatchIndex, hedges: Hedge[]): ModalityResult {
  const raw: Raw[] = [];
  // Modal words inside a hedge belong to it ("aussi longtemps qu'il le faudra", "as long as it will take").
  const inHedge = hedges
    .filter((h) => h.kind !== 'best_efforts')
    .map((h) => [wordAt(m, h.span.start), wordAt(m, h.span.end - 1) + 1] as const);
  for (const [modality, cat] of CATS) {
    for (const x of m.all(cat)) {
      const tok = m.token(x.w0)!;
      // "May" the month, "Will" the name: capitalised mid-sentence is not a modal.
      if (tok.upper && x.w0 > 0 && tok.text !== tok.text.toUpperCase()) continue;
      if (inHedge.some(([a, b]) => x.w0 >= a && x.w1 <= b)) continue;
      raw.push({ modality, w0: x.w0, w1: x.w1, overridden: false });
    }
  }
  for (const h of hedges) {
    if (h.kind !== 'best_efforts') continue;
    const w0 = wordAt(m, h.span.start);
    const w1 = wordAt(m, h.span.end - 1) + 1;
    if (w0 >= 0) raw.push({ modality: 'aspirational', w0, w1, overridden: false });
  }
  const weaker = raw.filter((r) => r.modality !== 'binding');
  for (const b of raw) {
    if (b.modality !== 'binding') continue;
    if (weaker.some((x) => x.w0 < b.w1 && b.w0 < x.w1)) b.overridden = true;
    else if (weaker.some((x) => x.w0 >= b.w1 && onlyAdverbsBetween(m, b.w1, x.w0))) b.overridden = true;
    else if (governed(m, weaker, b)) b.overridden = true;
  }
  const deduped = dedupe(raw);
  const live = deduped.filter((r) => !r.overridden);
  const binding = live.filter((r) => r.modality === 'binding');
  const aspirational = live.filter((r) => r.modality === 'aspirational');
  const permissive = live.filter((r) => r.modality === 'permissive');
  const decided = binding.length ? binding : aspirational.length ? aspirational : permissive;
  const modality: Modality = decided[0]?.modality ?? 'binding';
  const order: Record<Modality, number> = { binding: 0, aspirational: 1, permissive: 2 };
  const markers = deduped
    .sort(
      (a, b) =>
        Number(a.overridden) - Number(b.overridden) || order[a.modality] - order[b.modality] || a.w0 - b.w0,
    )
    .map((r) => {
      const span = m.span(r.w0, r.w1);
      return {
        text: m.t.text.slice(span.start, span.end),
        span,
        modality: r.modality,
        overridden: r.overridden,
      };
    });
  return {
    modality,
    markers,
    defaulted: decided.length === 0,
    firstAt: decided.length ? Math.min(...decided.map((d) => d.w0)) : null,
  };
}

/** "is expected that Germany will", "ожидается, что … будут": the clause reports a hope, not a promise. */
function governed(m: MatchIndex, weaker: Raw[], b: Raw): boolean {
  return weaker.some((x) => {
    if (x.modality !== 'aspirational' || x.w1 > b.w0) return false;
    for (let w = x.w1; w <= Math.min(x.w1 + 2, b.w0 - 1); w++) if (m.startingAt(w, 'mod.comp')) return true;
    return false;
  });
}

function onlyAdverbsBetween(m: MatchIndex, from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let w = from; w < to; w++) if (!m.covers(w, 'actor.adverb')) return false;
  return true;
}

function dedupe(rs: Raw[]): Raw[] {
  const out: Raw[] = [];
  for (const r of rs) {
    const same = out.find((o) => o.modality === r.modality && o.w0 < r.w1 && r.w0 < o.w1);
    if (!same) out.push(r);
    else {
      same.w0 = Math.min(same.w0, r.w0);
      same.w1 = Math.max(same.w1, r.w1);
      same.overridden = same.overridden && r.overridden;
    }
  }
  return out;
}

/** The word-stream index of the word containing character offset `at`, or -1. */
export function wordAt(m: MatchIndex, at: number): number {
  return m.wordAt(at);
}
