/**
 * Loads the per-language lexicons (lexicons/<lang>.json, described in lexicons/README.md) and
 * compiles each, once, into one phrase matcher whose matches carry a category such as
 * 'mod.binding' or 'time.prep'. Adding a language is adding a JSON file and a line below.
 */
import common from './lexicons/common.json';
import de from './lexicons/de.json';
import en from './lexicons/en.json';
import es from './lexicons/es.json';
import fr from './lexicons/fr.json';
import ru from './lexicons/ru.json';
import sv from './lexicons/sv.json';
import uk from './lexicons/uk.json';
import { type PhraseEntry, PhraseMatcher } from './phrases';

type Dict<V> = Record<string, V>;

export interface LexiconFile {
  lang: string;
  name: string;
  support: 'full' | 'partial';
  script: 'latin' | 'cyrillic';
  stopwords: string[];
  flags: {
    /** "2,5" is two and a half (true everywhere but English). */
    decimalComma: boolean;
    /** Which capitalised words before a verb count as a named person: any verb, reporting verbs only, none. */
    nameHeuristic: 'any' | 'reporting' | 'none';
    /** Verb-second languages: a capitalised name right after the finite verb ("kommer Reykjavik"). */
    nameAfterModal: boolean;
    /** Capitalised number words mid-sentence are names ("the Group of Seven"). */
    skipCapitalisedNumberWords: boolean;
    /** Nationality adjectives follow their noun ("la partie française"). */
    adjectiveAfterNoun: boolean;
    /** Month names count only when capitalised (English "May" the month, "may" the modal). */
    capitalisedMonths: boolean;
  };
  numbers: {
    words: Dict<number>;
    weak: Dict<number>;
    multipliers: Dict<number>;
    indefinite: Dict<number>;
    ordinalSuffixes: string[];
  };
  currencies: Dict<string>;
  quantity: {
    ceiling: string[];
    floor: string[];
    approx: string[];
    percent: string[];
    basis: Dict<string>;
    measures: Dict<string>;
    references: string[];
    notUnits: string[];
    connectors: string[];
  };
  time: {
    units: Dict<string>;
    months: Dict<number>;
    seasons: string[];
    prepositions: Dict<string>;
    modifiers: string[];
    relative: Dict<string>;
    recurrence: string[];
    dayN: string[];
    clock: string[];
    yearWords: string[];
    eventDeadline: string[];
  };
  modality: {
    binding: string[];
    auxiliaries: string[];
    aspirational: string[];
    permissive: string[];
    neutral: string[];
    /** "that", "что", "dass": an aspirational verb governs the clause they open ("expects that … will"). */
    complementizers: string[];
  };
  actors: {
    parties: string[];
    bodies: string[];
    pronouns: string[];
    impliedFirstPerson: string[];
    nationalities: string[];
    nationalityEndings: string[];
    titles: string[];
    blockers: string[];
    agents: string[];
    agentBlockers: string[];
    modifiers: string[];
    adverbs: string[];
    /** "and", "і", "und": a party joined to a blocked one is blocked too ("of Ukraine or Belgium"). */
    conjunctions: string[];
    /** Forms that name a party in an oblique case ("der Ukraine"): never the actor. */
    obliqueForms: string[];
  };
  conditions: {
    markers: string[];
    clauseInitial: string[];
    standalone: string[];
    afterMarkers: string[];
    triggers: Dict<string[]>;
    kinds: Dict<string[]>;
  };
  hedges: Dict<string[]>;
  rubric: {
    /** Unmeasurable content ("support", "assistance"): a duration alone does not make it checkable. */
    vagueContent: string[];
  };
}

export interface Lexicon {
  lang: string;
  name: string;
  support: 'full' | 'partial';
  file: LexiconFile;
  flags: LexiconFile['flags'];
  matcher: PhraseMatcher;
  stopwords: Set<string>;
  ordinalSuffixes: Set<string>;
  nationalityEndings: string[];
}

const FILES: Record<string, unknown> = { en, uk, ru, fr, de, es, sv };

/** Languages with a lexicon, full support first. */
export const LEXICON_LANGS = Object.keys(FILES);

export const CURRENCY_SYMBOLS: Dict<string> = common.symbols;

const cache = new Map<string, Lexicon>();

export function getLexicon(lang: string): Lexicon | undefined {
  const hit = cache.get(lang);
  if (hit) return hit;
  const raw = FILES[lang];
  if (!raw) return undefined;
  const lex = compile(raw as LexiconFile);
  cache.set(lang, lex);
  return lex;
}

function compile(f: LexiconFile): Lexicon {
  const entries: PhraseEntry[] = [];
  const list = (cat: string, ps: string[], value: unknown = true) => {
    for (const p of ps) entries.push({ cat, pattern: p, value });
  };
  const dict = (cat: string, d: Dict<unknown>) => {
    for (const [p, v] of Object.entries(d)) entries.push({ cat, pattern: p, value: v });
  };
  const groups = (cat: string, d: Dict<string[]>) => {
    for (const [k, ps] of Object.entries(d)) list(cat, ps, k);
  };
  dict('num.word', f.numbers.words);
  dict('num.weak', f.numbers.weak);
  dict('num.mult', f.numbers.multipliers);
  dict('num.indef', f.numbers.indefinite);
  dict('cur', { ...common.codes, ...f.currencies });
  list('qty.ceiling', f.quantity.ceiling);
  list('qty.floor', f.quantity.floor);
  list('qty.approx', f.quantity.approx);
  list('qty.percent', f.quantity.percent);
  dict('qty.basis', f.quantity.basis);
  dict('qty.measure', f.quantity.measures);
  list('qty.ref', f.quantity.references);
  list('qty.notunit', f.quantity.notUnits);
  list('qty.conn', f.quantity.connectors);
  dict('time.unit', f.time.units);
  dict('time.month', f.time.months);
  list('time.season', f.time.seasons);
  dict('time.prep', f.time.prepositions);
  list('time.mod', f.time.modifiers);
  dict('time.rel', f.time.relative);
  list('time.recur', f.time.recurrence);
  list('time.dayn', f.time.dayN);
  list('time.clock', f.time.clock);
  list('time.yearword', f.time.yearWords);
  list('time.event', f.time.eventDeadline);
  for (const k of ['binding', 'auxiliaries', 'aspirational', 'permissive', 'neutral'] as const) {
    list(`mod.${k === 'auxiliaries' ? 'aux' : k}`, f.modality[k]);
  }
  const a = f.actors;
  list('actor.party', [...a.parties, ...common.parties]);
  list('actor.body', a.bodies);
  list('actor.pronoun', a.pronouns);
  list('actor.implied', a.impliedFirstPerson);
  list('actor.nationality', a.nationalities);
  list('actor.title', a.titles);
  list('actor.blocker', a.blockers);
  list('actor.agent', a.agents);
  list('actor.agentblocker', a.agentBlockers);
  list('actor.mod', a.modifiers);
  list('actor.adverb', a.adverbs);
  list('actor.oblique', a.obliqueForms);
  list('actor.conj', a.conjunctions);
  list('mod.comp', f.modality.complementizers);
  list('rubric.vague', f.rubric.vagueContent);
  const c = f.conditions;
  list('cond.marker', c.markers);
  list(
    'cond.marker',
    c.clauseInitial.map((p) => `^ ${p}`),
  );
  list('cond.standalone', c.standalone);
  list('cond.after', c.afterMarkers);
  groups('cond.trigger', c.triggers);
  groups('cond.kind', c.kinds);
  groups('hedge', f.hedges);
  return {
    lang: f.lang,
    name: f.name,
    support: f.support,
    file: f,
    flags: f.flags,
    matcher: new PhraseMatcher(entries),
    stopwords: new Set(f.stopwords),
    ordinalSuffixes: new Set(f.numbers.ordinalSuffixes),
    nationalityEndings: a.nationalityEndings,
  };
}
