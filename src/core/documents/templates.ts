/**
 * The template strings of the written guarantees, one JSON file a language (data, not code: a
 * translator edits templates/<lang>.json). English is the shape; the others must match it, which
 * the type annotations below check at compile time.
 */
import type { DocLang } from '../../contracts/document';
import en from './templates/en.json';
import fr from './templates/fr.json';
import uk from './templates/uk.json';

export type Template = typeof en;

const ukTemplate: Template = uk;
const frTemplate: Template = fr;
const TEMPLATES: Record<DocLang, Template> = { en, uk: ukTemplate, fr: frTemplate };

export function template(lang: DocLang): Template {
  return TEMPLATES[lang];
}

/** Replaces {name} with vars.name; an unknown name is left as it is, so a gap shows in review. */
export function fill(s: string, vars: Record<string, string | number>): string {
  return (
    s
      .replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m))
      // a value that ends a sentence itself ("31 березня 2025 р.") takes the template's full stop
      .replace(/(?<!\.)\.\.(?!\.)/g, '.')
  );
}

/** A language's name in the document's language ("French", "французька"), else its code. */
export function languageName(t: Template, code: string): string {
  return (t.languageNames as Record<string, string>)[code] ?? code;
}

const displayNames = new Map<DocLang, Intl.DisplayNames>();
/**
 * A party's name in the document's language: CLDR's region names for states (and the EU), the
 * register's English name for the rest (NATO).
 */
export function partyName(lang: DocLang, code: string, englishName: string): string {
  if (lang === 'en') return englishName;
  if (!/^[A-Z]{2}$/.test(code)) return englishName;
  let dn = displayNames.get(lang);
  if (!dn) {
    dn = new Intl.DisplayNames([template(lang).locale], { type: 'region', fallback: 'none' });
    displayNames.set(lang, dn);
  }
  return dn.of(code) ?? englishName;
}
