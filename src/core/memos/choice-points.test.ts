/** Layers 1 and 2: each kind of choice point is found, read, and named the same in every copy. */
import { describe, expect, it } from 'vitest';
import { type ChoicePoint, contextKey, findChoicePoints, type MarkFamily } from './choice-points';
import { phrasesFor } from './phrases';

const en = phrasesFor('en');
const find = (s: string, family: MarkFamily, lang: 'en' | 'ru' | 'uk' = 'en') =>
  findChoicePoints(s, phrasesFor(lang)).points.filter((p) => p.family === family);
const observed = (ps: ChoicePoint[]) => ps.map((p) => p.observed);

describe('layer 1: word choices', () => {
  it('finds each phrase of the table and reads which variant the text shows', () => {
    const ps = find(
      'In addition, we will ensure that troops deploy. Moreover, they will make sure that it holds.',
      'phrase',
    );
    expect(ps.map((p) => p.group)).toEqual(['additive', 'ensure-that', 'additive', 'ensure-that']);
    expect(observed(ps)).toEqual([0, 0, 2, 1]);
  });

  it('matches whole words only: "non-essential" and "crucially" are not choice points', () => {
    expect(find('A non-essential, crucially timed step.', 'phrase')).toEqual([]);
  });

  it('gives a phrase the same name whichever variant a copy shows', () => {
    const name = (s: string) => {
      const { tokens, points } = findChoicePoints(s, en);
      return contextKey(points.find((p) => p.family === 'phrase')!, tokens, 0);
    };
    expect(name('The chairs will, in addition, invite each delegation.')).toBe(
      name('The chairs will, furthermore, invite each delegation.'),
    );
  });

  it('reads Russian and Ukrainian tables', () => {
    expect(observed(find('Кроме того, стороны в настоящее время готовы.', 'phrase', 'ru'))).toEqual([0, 0]);
    expect(observed(find('Окрім того, сторони наразі готові.', 'phrase', 'uk'))).toEqual([1, 0]);
  });
});

describe('layer 2: punctuation and spacing', () => {
  it("apostrophe: ' or ’ (Ukrainian also ʼ)", () => {
    expect(observed(find("Ukraine's and Kyiv’s forces", 'apostrophe'))).toEqual([0, 1]);
    expect(observed(find('обʼєднаних сил', 'apostrophe', 'uk'))).toEqual([2]);
  });

  it('hyphen in a compound: - or a non-breaking hyphen; not a range or a date', () => {
    expect(observed(find('long-term and force\u2011generation, 10-12 and 2026-01-06', 'hyphen'))).toEqual([
      0, 1,
    ]);
  });

  it('numeric range: hyphen or en dash; a date or a code is not a range', () => {
    expect(observed(find('within 30–45 days, 10-12 nations, on 2026-01-06, code 1-2-3', 'range'))).toEqual([
      1, 0,
    ]);
  });

  it('dash: spaced em dash, closed em dash or spaced en dash', () => {
    expect(observed(find('needs — logistics, needs—logistics, needs – logistics', 'dash'))).toEqual([
      0, 1, 2,
    ]);
  });

  it('quotation marks: straight or curly; ru/uk guillemets, straight or low-high', () => {
    expect(observed(find('were "mostly vague" and “concrete”', 'quote'))).toEqual([0, 1]);
    expect(observed(find('были «расплывчатыми» и "конкретными" и „общими“', 'quote', 'ru'))).toEqual([
      0, 1, 2,
    ]);
  });

  it('space after a number or a short word: normal or no-break', () => {
    expect(observed(find('within 24 hours and 48\u00A0hours', 'unit-space'))).toEqual([0, 1]);
    expect(observed(find('set of guarantees and a\u00A0force', 'word-space'))).toEqual([0, 0, 0, 1]);
  });

  it('space after a full stop: one or two; not after a heading number', () => {
    expect(observed(find('It holds. Then it ends.  Next one. 1. Purpose', 'sentence-space'))).toEqual([0, 1]);
  });

  it('no punctuation mark inside a phrase of the table (the hyphen of "cease-fire")', () => {
    expect(find('once a cease-fire is in force', 'hyphen')).toEqual([]);
  });
});

describe('naming a point in an excerpt', () => {
  it('gives no name to a point whose context reaches the possibly cut first or last three tokens', () => {
    const { tokens, points } = findChoicePoints(
      "one two three four five Ukraine's six seven eight nine ten",
      en,
    );
    const p = points.find((x) => x.family === 'apostrophe')!;
    expect(contextKey(p, tokens, 3)).toBe('apostrophe||four five ukraines six seven');
    const short = findChoicePoints("one two Ukraine's six seven", en);
    expect(contextKey(short.points.find((x) => x.family === 'apostrophe')!, short.tokens, 3)).toBeNull();
  });
});
