import { describe, expect, it } from 'vitest';
import { insertZeroWidth, readZeroWidth, stripZeroWidth, ZW_CHUNKS } from './zero-width';

const code = Uint8Array.from({ length: 16 }, (_, i) => (i * 37 + 11) % 256);
const text = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');

describe('zero-width layer', () => {
  it('puts one six-character cluster after every sixth word, none inside a word', () => {
    const { text: marked, clusters } = insertZeroWidth(text, code);
    expect(clusters).toBe(33);
    expect(stripZeroWidth(marked)).toBe(text);
    for (const w of marked.split(' '))
      expect(/[\u200B-\u200D\u2060]/.test(w.replace(/[\u200B-\u200D\u2060]+$/, ''))).toBe(false);
  });

  it('reads back each chunk number and byte of the code', () => {
    const { clusters } = readZeroWidth(insertZeroWidth(text, code).text);
    expect(clusters.slice(0, ZW_CHUNKS)).toEqual([...code].map((byte, chunk) => ({ chunk, byte })));
  });

  it('decodes any excerpt on its own: a cluster cut at the edge is counted as damaged, not misread', () => {
    const marked = insertZeroWidth(text, code).text;
    const cut = marked.indexOf('\u200B', 100) + 2;
    const r = readZeroWidth(marked.slice(cut, cut + 300));
    expect(r.clusters.length).toBeGreaterThan(3);
    for (const c of r.clusters) expect(c.byte).toBe(code[c.chunk]);
  });

  it('strip removes the four marking characters and a byte-order mark, nothing else', () => {
    expect(stripZeroWidth('a\u200Bb\u200Cc\u200Dd\u2060e\uFEFF f\u00A0g')).toBe('abcde f\u00A0g');
  });
});
