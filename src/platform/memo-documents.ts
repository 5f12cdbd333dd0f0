/**
 * A memo copy as a file — plain text, DOCX (the `docx` package) or PDF (pdfkit, DejaVu Sans
 * embedded for Latin and Cyrillic) — and back: the text of a leaked .txt, .docx or .pdf for the
 * tracer. The rendered document shows nothing of the recipient; the marks are in the text.
 *
 * What survives: a DOCX keeps every character (zero-width ones included) in word/document.xml,
 * so all three layers trace. A PDF keeps the word choices and the typographic punctuation
 * (quotes, apostrophes, dashes, non-breaking hyphens), which pdftotext gives back; zero-width
 * characters, no-break spaces and double spaces do not come back out of a PDF, so a PDF leak is
 * traced by the word and punctuation layers (see memo-documents.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import type { MemoCopyFormat } from '../contracts/memo-copy';
import { AppError } from '../core/errors';

/** From Debian's fonts-dejavu-core (CI installs it). */
export const PDF_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

export interface RenderedCopy {
  body: Buffer;
  contentType: string;
  filename: string;
}

export const CONTENT_TYPES: Record<MemoCopyFormat, string> = {
  txt: 'text/plain; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export async function renderMemoCopy(
  copy: { title: string; text: string; fileStem: string },
  format: MemoCopyFormat,
): Promise<RenderedCopy> {
  const body =
    format === 'txt'
      ? Buffer.from(copy.text, 'utf8')
      : format === 'docx'
        ? await renderDocx(copy.title, copy.text)
        : await renderPdf(copy.title, copy.text);
  return { body, contentType: CONTENT_TYPES[format], filename: `${copy.fileStem}.${format}` };
}

/** One paragraph a line; runs keep their spaces (xml:space="preserve"). */
export async function renderDocx(title: string, text: string): Promise<Buffer> {
  const doc = new Document({
    title,
    styles: { default: { document: { run: { font: 'DejaVu Sans', size: 22 } } } },
    sections: [
      {
        children: text
          .split('\n')
          .map((line) => new Paragraph({ children: line ? [new TextRun(line)] : [] })),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export function renderPdf(title: string, text: string): Promise<Buffer> {
  if (!existsSync(PDF_FONT))
    throw new AppError(
      'unavailable',
      `the PDF font is missing: ${PDF_FONT} (install the Debian package fonts-dejavu-core)`,
    );
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 64, info: { Title: title } });
    const chunks: Buffer[] = [];
    doc.on('data', (d: Buffer) => chunks.push(d));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('body', PDF_FONT);
    doc.font('body').fontSize(10.5);
    for (const line of text.split('\n')) {
      if (line.trim() === '') doc.moveDown(0.6);
      else doc.text(line, { lineGap: 2 });
    }
    doc.end();
  });
}

/** The text of a leaked file, by its extension: .txt as is, .docx from word/document.xml, .pdf by pdftotext. */
export function extractText(body: Buffer, kind: MemoCopyFormat): string {
  if (kind === 'txt') return body.toString('utf8').replace(/^\uFEFF/, '');
  if (kind === 'docx') return docxText(body);
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: body, maxBuffer: 64 * 1024 * 1024 });
  if (r.error)
    throw new AppError(
      'unavailable',
      'reading a PDF needs pdftotext (Debian: poppler-utils); or paste the text instead',
    );
  if (r.status !== 0)
    throw new AppError('validation', 'the file is not a readable PDF', [
      { path: 'file', message: r.stderr.toString().trim().split('\n')[0] ?? 'pdftotext failed' },
    ]);
  return r.stdout.toString('utf8');
}

export function formatOfFile(name: string): MemoCopyFormat {
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'docx' || ext === 'pdf') return ext;
  return 'txt';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
        )
      : (ENTITIES[e.toLowerCase()] ?? ''),
  );

/** The visible text of a DOCX body: paragraphs as lines, tabs and breaks kept, every character of the runs. */
export function docxText(body: Buffer): string {
  const xml = zipEntry(body, 'word/document.xml').toString('utf8');
  const out: string[] = [];
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<\/w:p>|<w:p\/>/g)) {
    const tag = m[0];
    if (tag === '</w:p>' || tag === '<w:p/>' || tag === '<w:br/>') out.push('\n');
    else if (tag === '<w:tab/>') out.push('\t');
    else out.push(decodeXml(m[1] ?? ''));
  }
  return out.join('');
}

/** One file of a ZIP archive, by its central directory (stored or deflated entries). */
export function zipEntry(zip: Buffer, name: string): Buffer {
  const bad = (why: string) =>
    new AppError('validation', `not a readable DOCX: ${why}`, [{ path: 'file', message: why }]);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad('no ZIP directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50) throw bad('damaged ZIP directory');
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const entry = zip.toString('utf8', p + 46, p + 46 + nameLen);
    if (entry === name) {
      if (zip.readUInt32LE(local) !== 0x04034b50) throw bad('damaged ZIP entry');
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw bad(`unsupported compression ${method}`);
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw bad(`${name} is missing`);
}
