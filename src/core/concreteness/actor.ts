/**
 * Who is bound. Candidates are named parties ("Germany", "Велика Британія", "the EU"), bodies
 * ("the Participants", "стороны", "die Teilnehmer"), first-person signatories ("we", "мы",
 * "обязуемся"), nationality + noun ("Danish military support", "российские войска", "la partie
 * française"), titles ("President Macron") and capitalised names before a verb ("Scholz also
 * announced"). A candidate does not count where the sentence names it only as a beneficiary,
 * place or attacker: after a preposition ("to Ukraine", "regions of Ukraine", "в самой
 * Британии", "armed attack by Russia"), or, in Russian and Ukrainian, in an oblique case (the
 * lexicons list only nominative and instrumental forms). The first candidate before the deciding
 * modal marker wins; failing that, the first one anywhere.
 */
import type { Actor } from '../../contracts/analysis';
import type { Lexicon } from './lexicon';
import type { MatchIndex } from './match-index';

interface Candidate {
  w0: number;
  w1: number;
  kind: Actor['kind'];
}

const KIND: Record<string, Actor['kind']> = {
  'actor.party': 'party',
  'actor.body': 'body',
  'actor.pronoun': 'pronoun',
  'actor.implied': 'pronoun',
  'actor.title': 'person',
  'actor.nationality': 'nationality',
};

export interface ActorCandidate {
  w0: number;
  w1: number;
  kind: Actor['kind'];
}

/** Every named party that is not blocked (after a preposition, in an oblique case), in order. */
export function actorCandidates(m: MatchIndex, lex: Lexicon): ActorCandidate[] {
  const cands: Candidate[] = [];
  for (const cat of Object.keys(KIND)) {
    for (const x of m.all(cat)) {
      const c = candidate(m, lex, cat, x.w0, x.w1);
      if (c) cands.push(c);
    }
  }
  cands.push(...names(m, lex));
  const oblique = m.all('actor.oblique');
  return cands
    .filter((c) => !blocked(m, lex, c) && !oblique.some((o) => o.w0 <= c.w0 && c.w1 <= o.w1))
    .sort((a, b) => a.w0 - b.w0);
}

/**
 * The bound party: the first candidate before the deciding modal marker, else the first one.
 * A party named inside a condition ("if Russia attacks", "until Ukraine joins") is not bound.
 */
export function chooseActor(
  m: MatchIndex,
  cands: ActorCandidate[],
  firstMarker: number | null,
  conditionSpans: { start: number; end: number }[],
): Actor | null {
  const outside = cands.filter((c) => {
    const sp = m.span(c.w0, c.w1);
    return !conditionSpans.some((x) => sp.start >= x.start && sp.end <= x.end);
  });
  if (outside.length === 0) return null;
  const before = firstMarker === null ? [] : outside.filter((c) => c.w1 <= firstMarker);
  const best = before[0] ?? outside[0]!;
  const span = m.span(best.w0, best.w1);
  return { text: m.t.text.slice(span.start, span.end), span, kind: best.kind };
}

function candidate(m: MatchIndex, lex: Lexicon, cat: string, w0: number, w1: number): Candidate | undefined {
  const kind = KIND[cat]!;
  const first = m.token(w0)!;
  if (
    kind === 'party' &&
    w1 - w0 === 1 &&
    first.text.length <= 3 &&
    first.text !== first.text.toUpperCase()
  ) {
    return undefined; // "us", "un", "eu" in lower case are words, not the US, the UN, the EU
  }
  if (kind === 'nationality') {
    const next = m.token(w1);
    if (next?.kind !== 'word') return undefined;
    if (lex.nationalityEndings.length && !lex.nationalityEndings.some((e) => first.norm.endsWith(e)))
      return undefined;
    // "Danish military support", "российские войска": the adjective and its noun.
    return { w0, w1: w1 + 1, kind };
  }
  if (kind === 'person') {
    let end = w1;
    while (m.token(end)?.upper && m.token(end)?.kind === 'word') end++;
    return { w0, w1: end, kind };
  }
  return { w0, w1, kind };
}

/** Capitalised words right before a verb ("Scholz also announced", "Путин заявил"). */
function names(m: MatchIndex, lex: Lexicon): Candidate[] {
  const mode = lex.flags.nameHeuristic;
  const out: Candidate[] = [];
  if (mode === 'none') return out;
  const verbCats = mode === 'reporting' ? REPORTING : ANY_VERB;
  const n = m.t.words.length;
  for (let w = 0; w < n; w++) {
    const tok = m.token(w)!;
    if (!isNameWord(m, lex, w)) continue;
    if (m.token(w + 1)?.upper && m.token(w + 1)?.kind === 'word') continue; // take the last word of a name
    let v = w + 1;
    while (v < n && v - w <= 3 && !verbAt(m, verbCats, v) && m.covers(v, 'actor.adverb')) v++;
    // At the start of a sentence a capitalised word may be any noun ("Документ гарантирует"):
    // there only a reporting verb ("Sánchez said", "Путин заявил") makes it a name.
    if (v < n && (w > 0 ? verbAt(m, verbCats, v) : !!m.startingAt(v, 'mod.neutral'))) {
      let start = w;
      while (start > 0 && isNameWord(m, lex, start - 1)) start--;
      out.push({ w0: start, w1: w + 1, kind: 'person' });
    }
    if (
      lex.flags.nameAfterModal &&
      w > 0 &&
      tok.upper &&
      (m.startingAt(w - 1, 'mod.binding') || m.startingAt(w - 1, 'mod.aux'))
    ) {
      out.push({ w0: w, w1: w + 1, kind: 'party' });
    }
  }
  return out;
}

const REPORTING = ['mod.neutral'];
const ANY_VERB = ['mod.neutral', 'mod.binding', 'mod.aux', 'mod.aspirational', 'mod.permissive'];
const NOT_NAMES = [
  'mod.binding',
  'mod.aux',
  'mod.aspirational',
  'mod.permissive',
  'mod.neutral',
  'time.month',
  'num.word',
  'cur',
  'hedge',
];

function verbAt(m: MatchIndex, cats: string[], w: number): boolean {
  for (const c of cats) if (m.startingAt(w, c)) return true;
  return false;
}

function isNameWord(m: MatchIndex, lex: Lexicon, w: number): boolean {
  const tok = m.token(w);
  if (tok?.kind !== 'word' || !tok.upper || lex.stopwords.has(tok.norm)) return false;
  for (const c of NOT_NAMES) if (m.covers(w, c)) return false;
  return true;
}

/**
 * Whether the candidate is only mentioned after a preposition (walking back over determiners and,
 * where adjectives follow nouns, over the noun itself), or as the attacker after "attack by".
 */
function blocked(m: MatchIndex, lex: Lexicon, c: Candidate): boolean {
  let w = c.w0;
  let freeSkips = c.kind === 'nationality' && lex.flags.adjectiveAfterNoun ? 2 : 0;
  for (let steps = 0; steps < 5 && w > 0; steps++) {
    if (clauseBreakBefore(m, w)) return false;
    const agent = m.endingAt(w, 'actor.agent');
    if (agent) return agentBlocked(m, agent.w0);
    if (m.endingAt(w, 'actor.blocker')) return true;
    const mod = m.endingAt(w, 'actor.mod');
    if (mod) {
      w = mod.w0;
      continue;
    }
    // "of Ukraine or Belgium", "в ЕС и НАТО": a party coordinated with the one before shares its fate.
    const conj = m.endingAt(w, 'actor.conj');
    const partner = conj && (m.endingAt(conj.w0, 'actor.party') ?? m.endingAt(conj.w0, 'actor.body'));
    if (conj && partner) {
      w = partner.w0;
      continue;
    }
    const prev = m.token(w - 1);
    if (freeSkips > 0 && prev?.kind === 'word' && !prev.upper) {
      freeSkips--;
      w--;
      continue;
    }
    return false;
  }
  return false;
}

function agentBlocked(m: MatchIndex, agentW0: number): boolean {
  for (let w = agentW0 - 1; w >= Math.max(0, agentW0 - 3); w--)
    if (m.covers(w, 'actor.agentblocker')) return true;
  return false;
}

function clauseBreakBefore(m: MatchIndex, w: number): boolean {
  const ti = m.t.words[w]!;
  const prev = m.t.words[w - 1];
  if (prev === undefined) return true;
  for (let k = prev + 1; k < ti; k++) if (/[,;:()–—]/.test(m.t.tokens[k]!.text)) return true;
  return false;
}
