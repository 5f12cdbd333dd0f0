import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text';
import { detectLanguage } from './detect-language';
import { tokenize } from './tokenize';

const lang = (s: string) => detectLanguage(tokenize(s)).lang;

describe('detectLanguage', () => {
  it('tells the five fully supported languages apart', () => {
    expect(lang('Germany will provide more than €7 billion in military aid to Ukraine in 2024.')).toBe('en');
    expect(lang('Германия обязуется предоставить Украине военную помощь в 2024 году.')).toBe('ru');
    expect(lang("Німеччина зобов'язується надати Україні військову допомогу у 2024 році.")).toBe('uk');
    expect(lang("La France s'engage à fournir jusqu'à 3 milliards d'euros en 2024.")).toBe('fr');
    expect(
      lang('Deutschland verpflichtet sich, der Ukraine im Jahr 2024 Militärhilfe bereitzustellen.'),
    ).toBe('de');
  });

  it('recognises Spanish and Swedish, analysed with best-effort lexicons', () => {
    const es = analyzeText(
      'Los Países Bajos han prometido proporcionar a Ucrania 2.000 millones de euros en 2024.',
    );
    expect(es).toMatchObject({ lang: 'es', languageSupport: 'partial', languageSupported: true });
    expect(es.notes.join(' ')).toMatch(/best-effort/);
    expect(analyzeText('Sverige kommer att bidra med 5 miljarder kronor under 2025.').lang).toBe('sv');
  });

  it('gives other languages a best-effort answer flagged as unsupported', () => {
    const it_ = analyzeText(
      "L'Italia fornirà 500 milioni di euro all'Ucraina nel 2025 e sarà al fianco del paese.",
    );
    expect(it_.lang).toBe('it');
    expect(it_.languageSupported).toBe(false);
    expect(it_.languageSupport).toBe('none');
    const pl = analyzeText(
      'Polska przekaże Ukrainie 100 czołgów do końca roku i będzie wspierać jej obronę.',
    );
    expect(pl.lang).toBe('pl');
    expect(pl.languageSupported).toBe(false);
  });

  it('returns "und" for text with no letters, and honours an explicit language', () => {
    expect(lang('2024 — 50 %')).toBe('und');
    expect(analyzeText('Ukraine', { lang: 'fr' }).lang).toBe('fr');
  });
});
