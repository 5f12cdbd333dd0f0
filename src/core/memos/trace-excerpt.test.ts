/**
 * The rule: a 150-word excerpt of any of 35 copies is traced to its copy in ≥ 99 % of
 * trials verbatim, and ≥ 95 % with zero-width characters stripped and whitespace normalised.
 * Excerpts start at random words of random copies (seeded, so a failure replays).
 */
import { describe, expect, it } from 'vitest';
import { MemoTraceResult } from '../../contracts/memo';
import { PARIS_MEMO_ILLUSTRATIVE as MEMO } from './fixtures/paris-memo';
import { markMemoCopies } from './mark-memo-copies';
import { randomExcerpt, seeded, stripAndNormalise, testRecipients } from './testing';
import { traceExcerpt } from './trace-excerpt';
import { stripZeroWidth } from './zero-width';

const copies = markMemoCopies({
  memo: { ...MEMO, recipients: testRecipients(35) },
  memoKey: '5e'.repeat(32),
});
const keys = copies.map((c) => ({ copyId: c.copyId, recipient: c.recipient, copyKey: c.marks.copyKey }));
const trace = (excerpt: string) => traceExcerpt({ excerpt, language: 'en', copies: keys });

function trials(n: number, seed: number, words: number, alter: (s: string) => string) {
  const rand = seeded(seed);
  return Array.from({ length: n }, () => {
    const i = Math.floor(rand() * copies.length);
    const r = trace(alter(randomExcerpt(copies[i]!.text, words, rand)));
    return { r, right: r.copyId === copies[i]!.copyId, truth: copies[i]!.copyId };
  });
}
const share = (xs: { right: boolean }[]) => xs.filter((x) => x.right).length / xs.length;

describe('tracing a leaked excerpt', () => {
  it('150 words verbatim: the right copy in ≥ 99 % of 300 trials', () => {
    const ts = trials(300, 1, 150, (s) => s);
    expect(share(ts)).toBeGreaterThanOrEqual(0.99);
    expect(MemoTraceResult.safeParse(ts[0]!.r).success).toBe(true);
  });

  it('150 words, zero-width stripped and whitespace normalised: the right copy in ≥ 95 % of 300 trials', () => {
    expect(share(trials(300, 2, 150, stripAndNormalise))).toBeGreaterThanOrEqual(0.95);
  });

  it('each layer alone names the copy of a verbatim 150-word excerpt', () => {
    const ts = trials(100, 3, 150, (s) => s);
    for (const layer of ['words', 'punctuation', 'zero-width'] as const) {
      const alone = ts.filter((t) => t.r.evidence.find((e) => e.layer === layer)!.best?.copyId === t.truth);
      expect(alone.length / ts.length, layer).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('survives a cut mid-word and typographic quotes, apostrophes and dashes folded to ASCII', () => {
    const rand = seeded(4);
    let right = 0;
    for (let n = 0; n < 100; n++) {
      const i = Math.floor(rand() * copies.length);
      const t = copies[i]!.text;
      const at = Math.floor(rand() * (t.length - 1100));
      const ascii = stripAndNormalise(t.slice(at, at + 1000))
        .replace(/[‘’]/g, "'")
        .replace(/[“”]/g, '"')
        .replace(/[\u2011\u2013]/g, '-');
      if (trace(ascii).copyId === copies[i]!.copyId) right++;
    }
    expect(right).toBeGreaterThanOrEqual(95);
  });

  it('reports the evidence per layer: zero-width absent once stripped, spacing flagged as normalised', () => {
    const excerpt = randomExcerpt(copies[7]!.text, 150, seeded(5));
    const verbatim = trace(excerpt);
    expect(verbatim.copyId).toBe(copies[7]!.copyId);
    expect(verbatim.confidence).toBeGreaterThan(0.999);
    expect(verbatim.evidence.map((e) => e.present)).toEqual([true, true, true]);
    const zw = verbatim.evidence[2]!;
    expect(zw.agreement.copy.matched).toBe(zw.agreement.copy.of);
    const stripped = trace(stripAndNormalise(excerpt));
    expect(stripped.evidence[2]!.present).toBe(false);
    expect(stripped.evidence[1]!.normalised).toEqual(expect.arrayContaining(['word-space']));
    expect(trace(stripZeroWidth(excerpt)).evidence[1]!.normalised).toEqual([]);
  });

  it('gives a calibrated confidence: on short stripped excerpts the mean confidence is near the hit rate', () => {
    const ts = trials(200, 6, 30, stripAndNormalise);
    const meanConfidence = ts.reduce((s, t) => s + t.r.confidence, 0) / ts.length;
    expect(Math.abs(meanConfidence - share(ts))).toBeLessThan(0.08);
    const sure = ts.filter((t) => t.r.confidence >= 0.9);
    expect(share(sure.length ? sure : [{ right: true }])).toBeGreaterThanOrEqual(0.85);
  });

  it('does not name a copy with confidence for the unmarked master', () => {
    const r = trace(randomExcerpt(MEMO.text, 150, seeded(7)));
    expect(r.confidence).toBeLessThan(0.5);
    expect(r.noCopy).toBeGreaterThan(0.5);
  });

  it('traces a Russian memo too', () => {
    const text =
      'Кроме того, в настоящее время стороны готовы направить примерно 10–12 батальонов. Однако, по крайней мере на первом этапе, требуется решение парламентов. В частности, необходимо согласовать «письменные гарантии» в ходе встречи. Таким образом, в дальнейшем участники смогут как можно скорее определить вклад каждой страны в многонациональные силы.';
    const ru = markMemoCopies({
      memo: {
        id: 'ru-memo',
        text: `${text} ${text.replace(/Кроме того/g, 'К тому же')}`,
        language: 'ru',
        recipients: testRecipients(35),
      },
      memoKey: '77'.repeat(32),
    });
    const k = ru.map((c) => ({ copyId: c.copyId, recipient: c.recipient, copyKey: c.marks.copyKey }));
    const r = traceExcerpt({ excerpt: stripZeroWidth(ru[12]!.text), language: 'ru', copies: k });
    expect(r.copyId).toBe(ru[12]!.copyId);
  });

  it('with no copies given names none', () => {
    const r = traceExcerpt({ excerpt: 'anything', language: 'en', copies: [] });
    expect(r.copyId).toBeNull();
    expect(r.runnerUp).toBeNull();
  });
});
