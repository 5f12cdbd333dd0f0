import { describe, expect, it } from 'vitest';
import { diffDocs } from './diff';

describe('diffDocs', () => {
  it('lists changed, added and removed fields by dotted path', () => {
    const changes = diffDocs(
      { a: 1, terms: { money: { amount: 1 }, x: 2 } },
      { a: 1, terms: { money: { amount: 2 } }, note: 'n' },
    );
    expect(changes).toEqual([
      { path: 'note', before: null, after: 'n' },
      { path: 'terms.money.amount', before: 1, after: 2 },
      { path: 'terms.x', before: 2, after: null },
    ]);
  });
  it('treats arrays as values and finds no change between equal documents', () => {
    expect(diffDocs({ s: [{ t: 'a' }] }, { s: [{ t: 'a' }] })).toEqual([]);
    expect(diffDocs({ s: [1] }, { s: [1, 2] })).toEqual([{ path: 's', before: [1], after: [1, 2] }]);
  });
});
