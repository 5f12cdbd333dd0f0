/**
 * PDF with pdfkit. DejaVu Sans and DejaVu Sans Bold (Debian's fonts-dejavu-core) are embedded
 * as subsets, so Ukrainian and French print right on any reader. Each article's reference links
 * back to its commitment version; the signature blocks are a table with lines to sign on.
 */
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { Article, DocTable, DocumentModel } from '../../contracts/document';
import { AppError } from '../../core/errors';
import { commitmentHref } from './akn';

export const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
export const PDF_FONTS = { regular: `${FONT_DIR}/DejaVuSans.ttf`, bold: `${FONT_DIR}/DejaVuSans-Bold.ttf` };

/** Throws `unavailable` naming the missing font and the Debian package that has it. */
export function assertFonts(fonts = PDF_FONTS): void {
  const missing = Object.values(fonts).filter((f) => !existsSync(f));
  if (missing.length)
    throw new AppError(
      'unavailable',
      `PDF output needs the DejaVu fonts, and ${missing.join(', ')} is missing: install the Debian package fonts-dejavu-core`,
      [{ path: 'query.format', message: 'pdf is not available on this server; try docx, md or akn' }],
    );
}

const LOCALE = { en: 'en-GB', uk: 'uk-UA', fr: 'fr-FR' } as const;
type Doc = InstanceType<typeof PDFDocument>;

export async function renderPdf(m: DocumentModel, base = '', fonts = PDF_FONTS): Promise<Buffer> {
  assertFonts(fonts);
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 60, right: 60 },
    bufferPages: true,
    lang: LOCALE[m.lang],
    displayTitle: true,
    info: {
      Title: m.title,
      Subject: m.subtitle,
      Author: 'Guarantor',
      Creator: 'Guarantor',
      Keywords: [m.kind, m.lang, m.asOf, m.party ?? '', m.frbr.expression].filter(Boolean).join(', '),
    },
  });
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = doc.page.margins.left;

  const text = (s: string, size = 10, font = 'body', opts: PDFKit.Mixins.TextOptions = {}) =>
    doc
      .font(font)
      .fontSize(size)
      .fillColor('black')
      .text(s, left, undefined, { width, lineGap: 2, ...opts });
  const heading = (s: string, size: number) => {
    // keep a heading with at least three lines of what follows
    if (doc.y + size * 5 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    doc.moveDown(0.6);
    text(s, size, 'bold');
    doc.moveDown(0.3);
  };
  const article = (a: Article) => {
    heading(`${a.num}. ${a.heading}`, 11.5);
    for (const p of a.paragraphs) text(p.text, 10, 'body', { paragraphGap: 4 });
    if (a.commitment) {
      const label = `${a.commitment.ref}, ${m.labels.version} ${a.commitment.version}`;
      doc
        .font('body')
        .fontSize(9)
        .fillColor('#1d4f91')
        .text(label, left, undefined, {
          width,
          link: base + commitmentHref(a.commitment.id, a.commitment.version),
          underline: true,
        });
      doc.fillColor('black');
    }
  };
  const table = (t: DocTable) => {
    text(t.caption, 9.5, 'body', { paragraphGap: 4 });
    grid(doc, left, width, t.columns, t.rows);
    doc.moveDown(0.5);
  };

  text(m.title, 17, 'bold', { align: 'center' });
  doc.moveDown(0.3);
  doc
    .font('body')
    .fontSize(10.5)
    .fillColor('#444444')
    .text(m.subtitle, left, undefined, { width, align: 'center' });
  doc.moveDown(0.8);
  for (const n of m.notes)
    doc.font('body').fontSize(8.5).fillColor('#444444').text(n, left, undefined, { width });
  doc.fillColor('black');
  heading(m.preamble.heading, 14);
  for (const p of m.preamble.paragraphs) text(p.text, 10, 'body', { paragraphGap: 4 });
  if (m.definitions.items.length) {
    heading(m.definitions.heading, 14);
    for (const d of m.definitions.items) {
      doc
        .font('bold')
        .fontSize(10)
        .text(`${d.term}: `, left, undefined, { width, continued: true, lineGap: 2 });
      doc.font('body').text(d.text, { paragraphGap: 4, lineGap: 2 });
    }
  }
  for (const c of m.chapters) {
    heading(`${c.num}. ${c.heading}`, 14);
    for (const p of c.intro) text(p.text);
    for (const t of c.tables) table(t);
    for (const a of c.articles) article(a);
  }
  if (m.finalProvisions.articles.length) {
    heading(m.finalProvisions.heading, 14);
    for (const a of m.finalProvisions.articles) article(a);
  }
  if (m.signatures.blocks.length) {
    heading(m.signatures.heading, 14);
    const l = m.labels;
    grid(
      doc,
      left,
      width,
      [l.party, l.name, l.signature, l.date, l.place],
      m.signatures.blocks.map((b) => [b.caption, '', '', '', '']),
      34,
    );
  }

  // page numbers, written into the bottom margin of every page once the text is laid out
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(8)
      .fillColor('#666666')
      .text(`${i + 1} / ${range.count}`, left, doc.page.height - 40, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

/** A ruled table; rows at least `minRow` points high; a row that does not fit starts a new page. */
function grid(doc: Doc, left: number, width: number, head: string[], rows: string[][], minRow = 0) {
  const first = head.length > 2 ? 0.3 : 0.5;
  const widths = head.map((_, i) => (i === 0 ? width * first : (width * (1 - first)) / (head.length - 1)));
  const pad = 4;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'body').fontSize(8.5);
    const h = Math.max(
      minRow,
      ...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 2 * pad }) + 2 * pad),
    );
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      doc.rect(x, y, widths[i]!, h).lineWidth(0.5).strokeColor('#888888').stroke();
      doc.fillColor('black').text(c, x + pad, y + pad, { width: widths[i]! - 2 * pad });
      x += widths[i]!;
    });
    doc.x = left;
    doc.y = y + h;
  };
  drawRow(head, true);
  for (const r of rows) drawRow(r, false);
}
