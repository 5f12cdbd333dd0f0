import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const texts = (s: string) => tokenize(s).tokens.map((t) => t.text);

describe('tokenize', () => {
  it('keeps each token’s offsets into the original text', () => {
    const s = 'France will allocate up to €3 billion.';
    for (const t of tokenize(s).tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads grouped thousands with spaces, no-break and thin spaces as one number', () => {
    expect(texts('1 000 000 крон')).toEqual(['1 000 000', 'крон']);
    expect(texts('15\u00A0000 soldats')[0]).toBe('15\u00A0000');
    expect(texts('2\u202F500 Soldaten')[0]).toBe('2\u202F500');
  });

  it('does not glue a year to the number after it', () => {
    expect(texts('in 2024 100 tanks')).toEqual(['in', '2024', '100', 'tanks']);
  });

  it('splits digits from letters so "2.5bn" and "F-16" can be told apart by spacing', () => {
    const t = tokenize('£2.5bn for 24 F-16 jets').tokens;
    expect(t.map((x) => x.text)).toEqual(['£', '2.5', 'bn', 'for', '24', 'F', '-', '16', 'jets']);
    expect(t[2]!.spaceBefore).toBe(false);
    expect(t[7]!.spaceBefore).toBe(false);
  });

  it('splits French elisions and English clitics but keeps Ukrainian apostrophes inside words', () => {
    expect(texts("La France s'engage d'ici 2027")).toEqual([
      'La',
      'France',
      "s'",
      'engage',
      "d'",
      'ici',
      '2027',
    ]);
    expect(tokenize('I’ll have it done').tokens.map((t) => t.norm)).toEqual([
      'i',
      "'ll",
      'have',
      'it',
      'done',
    ]);
    expect(texts("Україна зобов'язується")).toEqual(['Україна', "зобов'язується"]);
  });

  it('normalises case, ё and apostrophes for matching', () => {
    const t = tokenize('Трёх Зобов’язання').tokens;
    expect(t.map((x) => x.norm)).toEqual(['трех', "зобов'язання"]);
    expect(t[0]!.upper).toBe(true);
  });
});
