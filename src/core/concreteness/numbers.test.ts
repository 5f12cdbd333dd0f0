import { describe, expect, it } from 'vitest';
import { getLexicon } from './lexicon';
import { MatchIndex } from './match-index';
import { findNumbers, parseDigits } from './numbers';
import { tokenize } from './tokenize';

function numbers(text: string, lang: string) {
  const lex = getLexicon(lang)!;
  const t = tokenize(text);
  return findNumbers(new MatchIndex(t, lex.matcher.matchAll(t)), lex);
}
const values = (text: string, lang: string) =>
  numbers(text, lang)
    .filter((n) => !n.weak)
    .map((n) => n.value);

describe('parseDigits: number formats', () => {
  it('reads English separators: comma groups thousands, point is decimal', () => {
    expect(parseDigits('1,000', false)).toBe(1000);
    expect(parseDigits('120,000', false)).toBe(120000);
    expect(parseDigits('2.5', false)).toBe(2.5);
    expect(parseDigits('1,234.5', false)).toBe(1234.5);
  });

  it('reads a comma with one or two digits as a decimal even in English ("€1,8 billion")', () => {
    expect(parseDigits('1,8', false)).toBe(1.8);
  });

  it('reads continental separators: point groups thousands, comma is decimal', () => {
    expect(parseDigits('1.000', true)).toBe(1000);
    expect(parseDigits('500.000', true)).toBe(500000);
    expect(parseDigits('2,5', true)).toBe(2.5);
    expect(parseDigits('13,5', true)).toBe(13.5);
    expect(parseDigits('1.234,5', true)).toBe(1234.5);
    expect(parseDigits('1.000.000', true)).toBe(1000000);
    expect(parseDigits('2.5', true)).toBe(2.5);
  });

  it('reads space-grouped thousands', () => {
    expect(parseDigits('1 000', true)).toBe(1000);
    expect(parseDigits('1 000,5', true)).toBe(1000.5);
  });
});

describe('findNumbers', () => {
  it('applies multipliers in every language', () => {
    expect(values('£2.5bn', 'en')).toEqual([2.5e9]);
    expect(values('€3 billion', 'en')).toEqual([3e9]);
    expect(values('2,5 миллиардов фунтов', 'ru')).toEqual([2.5e9]);
    expect(values('50 млрд євро', 'uk')).toEqual([5e10]);
    expect(values('13,5 Mio. EUR', 'de')).toEqual([13.5e6]);
    expect(values("3 milliards d'euros", 'fr')).toEqual([3e9]);
    expect(values('2.000 millones de euros', 'es')).toEqual([2e9]);
  });

  it('reads number words, inflected forms included', () => {
    expect(values('three billion euros', 'en')).toEqual([3e9]);
    expect(values('three hundred thousand rounds', 'en')).toEqual([300000]);
    expect(values('двух тысяч', 'ru')).toEqual([2000]);
    expect(values('чотири роки', 'uk')).toEqual([4]);
    expect(values('zehn Jahre', 'de')).toEqual([10]);
    expect(values('tres mil millones', 'es')).toEqual([3e9]);
  });

  it('treats "several thousand" and "thousands of" as indefinite lower bounds', () => {
    const [a] = numbers('several thousand soldiers', 'en');
    expect(a).toMatchObject({ value: 2000, indefinite: true });
    const [b] = numbers('thousands of troops', 'en');
    expect(b).toMatchObject({ value: 1000, indefinite: true });
  });

  it('marks "one" and "a" as weak unless a multiplier follows', () => {
    expect(numbers('a year', 'en')[0]!.weak).toBe(true);
    expect(numbers('a billion', 'en')[0]).toMatchObject({ value: 1e9, weak: false });
  });

  it('marks years, ordinals and designators', () => {
    const [year] = numbers('in 2024', 'en');
    expect(year!.year).toBe(true);
    expect(numbers('the 5th day', 'en')[0]!.ordinal).toBe(true);
    expect(numbers('на 5-й день', 'ru')[0]!.ordinal).toBe(true);
    expect(numbers('F-16 jets', 'en')[0]!.designator).toBe(true);
    expect(numbers('the G7 leaders', 'en')[0]!.designator).toBe(true);
  });

  it('does not read the capitalised "Seven" of "Group of Seven" as a number', () => {
    const found = numbers('the Group of Seven (G7) will', 'en');
    expect(found.map((n) => [n.value, n.designator])).toEqual([[7, true]]);
  });

  it('reads a dotted date as a date', () => {
    expect(numbers('до 15.02.2015', 'ru')[0]!.date).toBe('2015-02-15');
  });
});
