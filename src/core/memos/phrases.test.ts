import { describe, expect, it } from 'vitest';
import { compilePhrases, MEMO_LANGS, phrasesFor } from './phrases';

describe('phrase tables', () => {
  it.each(MEMO_LANGS)('%s: compiles, every group has two or more variants, no variant twice', (lang) => {
    const t = phrasesFor(lang);
    expect(t.groups.length).toBeGreaterThanOrEqual(15);
    expect(t.byVariant.size).toBe(t.groups.reduce((n, g) => n + g.variants.length, 0));
  });

  it('English offers enough choice points: at least 80 groups', () => {
    expect(phrasesFor('en').groups.length).toBeGreaterThanOrEqual(80);
  });

  it('refuses a table with a variant in two groups, or a group of one', () => {
    const twice = {
      lang: 'en',
      groups: [
        { id: 'a', variants: ['x', 'y'] },
        { id: 'b', variants: ['Y', 'z'] },
      ],
    };
    expect(() => compilePhrases(twice, 'en')).toThrow(/twice/);
    expect(() => compilePhrases({ lang: 'en', groups: [{ id: 'a', variants: ['x'] }] }, 'en')).toThrow(
      /two variants/,
    );
  });
});
