/**
 * A fast language guess from the script and stop words: Cyrillic is Ukrainian where і ї є ґ
 * appear and Russian where ы э ъ ё do; Latin-script text goes to the language whose stop words
 * (from the lexicons, plus a few unsupported languages in common.json) it uses most, with a push
 * from tell-tale letters (ß, å, ñ, ç). Good on a sentence; unreliable on three words.
 */

import type { LexiconFile } from './lexicon';
import common from './lexicons/common.json';
import de from './lexicons/de.json';
import en from './lexicons/en.json';
import es from './lexicons/es.json';
import fr from './lexicons/fr.json';
import ru from './lexicons/ru.json';
import sv from './lexicons/sv.json';
import uk from './lexicons/uk.json';
import type { Tokenized } from './tokenize';

export interface LanguageGuess {
  lang: string;
  /** Share of the winning language's evidence, 0–1; 0 where there was none. */
  confidence: number;
}

const LATIN = [
  'en',
  'fr',
  'de',
  'es',
  'sv',
  ...Object.keys(common.detectOnly).filter((l) => !['be', 'bg'].includes(l)),
];
const CYRILLIC = ['ru', 'uk', 'be', 'bg'];
const files = { en, fr, de, es, sv, ru, uk } as unknown as Record<string, LexiconFile>;

/** word → the languages whose stop word it is: one lookup a token. */
const STOP = new Map<string, string[]>();
const addStop = (lang: string, words: string[]) => {
  for (const w of words) {
    const langs = STOP.get(w);
    if (!langs) STOP.set(w, [lang]);
    else if (!langs.includes(lang)) langs.push(lang);
  }
};
for (const [lang, f] of Object.entries(files)) addStop(lang, f.stopwords);
for (const [lang, words] of Object.entries(common.detectOnly)) addStop(lang, words as string[]);

/** Tell-tale letters: letter → [language, weight] pairs. */
const HINTS = new Map<string, [string, number][]>();
const hint = (letters: string, lang: string, weight: number) => {
  for (const ch of letters + letters.toUpperCase()) {
    const list = HINTS.get(ch) ?? [];
    list.push([lang, weight]);
    HINTS.set(ch, list);
  }
};
hint('іїєґ', 'uk', 3);
hint('ыэъё', 'ru', 3);
hint('ў', 'be', 5);
hint('ß', 'de', 3);
hint('äöü', 'de', 1);
hint('å', 'sv', 3);
hint('äö', 'sv', 0.5);
hint('ñ¿¡', 'es', 3);
hint('áíóú', 'es', 0.5);
hint('çœèêàù', 'fr', 1);
hint('é', 'fr', 0.5);
hint('ąęłńśźż', 'pl', 3);
hint('ãõ', 'pt', 3);

const ALL = [...new Set([...LATIN, ...CYRILLIC, ...Object.keys(files)])];
const ID = new Map(ALL.map((l, i) => [l, i]));
const STOP_IDS = new Map([...STOP].map(([w, langs]) => [w, langs.map((l) => ID.get(l)!)]));
/** Letter hints by char code (all below U+0500), so the scan makes no string or map lookup. */
const HINT_AT: (readonly (readonly [number, number])[] | undefined)[] = new Array(0x500);
for (const [ch, list] of HINTS) HINT_AT[ch.charCodeAt(0)] = list.map(([l, w]) => [ID.get(l)!, w] as const);

export function detectLanguage(t: Tokenized): LanguageGuess {
  const text = t.text;
  let cyr = 0;
  let lat = 0;
  const score = new Float64Array(ALL.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x52f) cyr++;
    else if (
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
    )
      lat++;
    if (c >= 0xbf && c < 0x500) {
      const h = HINT_AT[c];
      if (h) for (const [l, w] of h) score[l]! += w;
    }
  }
  if (cyr === 0 && lat === 0) return { lang: 'und', confidence: 0 };
  for (const tok of t.tokens) {
    if (tok.kind !== 'word') continue;
    const langs = STOP_IDS.get(tok.norm);
    if (langs) for (const l of langs) score[l]! += 1;
  }
  const candidates = cyr > lat ? CYRILLIC : LATIN;
  let best = candidates[0]!;
  let bestScore = -1;
  let total = 0;
  for (const l of candidates) {
    const s = score[ID.get(l)!]!;
    total += s;
    if (s > bestScore) {
      best = l;
      bestScore = s;
    }
  }
  return { lang: best, confidence: total > 0 ? Math.round((bestScore / total) * 100) / 100 : 0 };
}
