/**
 * The per-language tables of equivalent phrasings (phrase-tables/<lang>.json) compiled, once, into
 * the tokeniser's regular expression. A table is data: each group lists phrasings that fit wherever
 * any of them appears, so choosing among them changes no meaning; the first letter's case is kept.
 */
import en from './phrase-tables/en.json';
import ru from './phrase-tables/ru.json';
import uk from './phrase-tables/uk.json';

export const MEMO_LANGS = ['en', 'ru', 'uk'] as const;
export type MemoLang = (typeof MEMO_LANGS)[number];

interface PhraseTableFile {
  lang: string;
  groups: { id: string; variants: string[] }[];
}

export interface PhraseGroup {
  id: string;
  variants: readonly string[];
}

export interface CompiledPhrases {
  lang: MemoLang;
  groups: readonly PhraseGroup[];
  /** Lower-case variant, single-spaced → its group and index. */
  byVariant: ReadonlyMap<string, { group: number; variant: number }>;
  /**
   * Alternation of every variant, longest first; the caller anchors it on word boundaries.
   * Spaces match any run of whitespace, so wrapped or re-spaced text still matches.
   */
  alternation: string;
}

const FILES: Record<MemoLang, PhraseTableFile> = { en, ru, uk };
const cache = new Map<MemoLang, CompiledPhrases>();

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lower-case and single-spaced: the form variants are looked up by. */
export function phraseKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

/** Throws when a table breaks its rules (a variant in two groups, a group of one). */
export function compilePhrases(file: PhraseTableFile, lang: MemoLang): CompiledPhrases {
  const byVariant = new Map<string, { group: number; variant: number }>();
  file.groups.forEach((g, gi) => {
    if (g.variants.length < 2) throw new Error(`phrase group ${lang}/${g.id} needs at least two variants`);
    g.variants.forEach((v, vi) => {
      const key = phraseKey(v);
      if (byVariant.has(key)) throw new Error(`phrase "${v}" appears twice in the ${lang} table`);
      byVariant.set(key, { group: gi, variant: vi });
    });
  });
  const alternation = [...byVariant.keys()]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((v) => escapeRegex(v).replace(/ /g, '\\s+'))
    .join('|');
  return { lang, groups: file.groups, byVariant, alternation };
}

export function phrasesFor(lang: MemoLang): CompiledPhrases {
  let c = cache.get(lang);
  if (!c) {
    c = compilePhrases(FILES[lang], lang);
    cache.set(lang, c);
  }
  return c;
}
