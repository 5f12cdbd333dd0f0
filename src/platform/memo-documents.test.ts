/**
 * The marks survive the download formats: a DOCX or PDF copy, read back as a leaker's tools would
 * (word/document.xml; pdftotext), still traces to its own copy. Zero-width characters do not come
 * out of a PDF; the word-choice and punctuation layers must, and each alone names the copy.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markMemoCopies, traceExcerpt } from '../core/memos';
import { PARIS_MEMO_ILLUSTRATIVE as MEMO } from '../core/memos/fixtures/paris-memo';
import { seeded, testRecipients } from '../core/memos/testing';
import { docxText, extractText, PDF_FONT, renderMemoCopy } from './memo-documents';

const copies = markMemoCopies({
  memo: { ...MEMO, recipients: testRecipients(35) },
  memoKey: '3c'.repeat(32),
});
const keys = copies.map((c) => ({ copyId: c.copyId, recipient: c.recipient, copyKey: c.marks.copyKey }));
const trace = (excerpt: string) => traceExcerpt({ excerpt, language: 'en', copies: keys });
const ZW = /\u200B|\u200C|\u200D|\u2060/;
const layer = (r: ReturnType<typeof trace>, l: string) => r.evidence.find((e) => e.layer === l)!;

/** `n` consecutive words from a random word on. */
const excerpt = (text: string, n: number, rand: () => number) => {
  const words = text.split(/\s+/).filter(Boolean);
  const at = Math.floor(rand() * (words.length - n));
  return words.slice(at, at + n).join(' ');
};

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
if (!hasPdftotext && process.env.CI) throw new Error('CI must have pdftotext (poppler-utils) for this test');
if (!hasPdftotext)
  process.stderr.write('skipping the PDF tracing tests: pdftotext (poppler-utils) is not installed\n');
if (!existsSync(PDF_FONT) && process.env.CI) throw new Error(`CI must have ${PDF_FONT} (fonts-dejavu-core)`);

describe('memo copies as files', () => {
  it('a .txt copy is the marked text, byte for byte', async () => {
    const c = copies[3]!;
    const r = await renderMemoCopy({ title: MEMO.title, text: c.text, fileStem: 'x' }, 'txt');
    expect(extractText(r.body, 'txt')).toBe(c.text);
  });

  it('a DOCX copy keeps every character, zero-width ones included, and traces to its copy', async () => {
    for (const i of [0, 17, 34]) {
      const c = copies[i]!;
      const r = await renderMemoCopy({ title: MEMO.title, text: c.text, fileStem: 'x' }, 'docx');
      const text = docxText(r.body);
      expect(text.trimEnd()).toBe(c.text.trimEnd());
      // and as a leaker's unzip would see it
      const unzip = spawnSync('unzip', ['-v']).error === undefined;
      if (unzip) {
        const tmp = `${process.env.TMPDIR ?? '/tmp'}/memo-copy-${process.pid}-${i}.docx`;
        (await import('node:fs')).writeFileSync(tmp, r.body);
        expect(execFileSync('unzip', ['-p', tmp, 'word/document.xml']).toString()).toMatch(ZW);
      }
      const t = trace(text);
      expect(t.copyId).toBe(c.copyId);
      for (const l of ['words', 'punctuation', 'zero-width'])
        expect(layer(t, l).best?.copyId, l).toBe(c.copyId);
    }
  });

  it.skipIf(!hasPdftotext)(
    'a PDF copy read back by pdftotext traces to its copy by words and punctuation alone',
    async () => {
      for (const i of [2, 20]) {
        const c = copies[i]!;
        const r = await renderMemoCopy({ title: MEMO.title, text: c.text, fileStem: 'x' }, 'pdf');
        expect(r.body.subarray(0, 5).toString()).toBe('%PDF-');
        const text = extractText(r.body, 'pdf');
        expect(text).not.toMatch(ZW); // zero-width characters do not survive a PDF
        const t = trace(text);
        expect(t.copyId).toBe(c.copyId);
        expect(t.confidence).toBeGreaterThan(0.99);
        expect(layer(t, 'words').best?.copyId).toBe(c.copyId);
        expect(layer(t, 'punctuation').best?.copyId).toBe(c.copyId);
        // 150-word excerpts of the extracted text, from random places
        const rand = seeded(100 + i);
        let right = 0;
        for (let n = 0; n < 40; n++) if (trace(excerpt(text, 150, rand)).copyId === c.copyId) right++;
        expect(right / 40).toBeGreaterThanOrEqual(0.95);
      }
    },
  );
});
