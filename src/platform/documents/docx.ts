/**
 * Word (DOCX, Office Open XML) with the `docx` package: the title, parts and chapters as
 * Heading 1, each article as a numbered Heading 2 with a link back to its commitment version,
 * tables for the compliance figures, and the signature blocks as a table to sign in. The core
 * properties carry the title, the creator and the document's FRBR expression.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Article, DocTable, DocumentModel } from '../../contracts/document';
import { commitmentHref } from './akn';

const FONT = 'DejaVu Sans';

const para = (text: string, opts: { italics?: boolean; bold?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, ...opts })], spacing: { after: 120 } });

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 }, keepNext: true });

function cellOf(text: string, bold = false, widthPct?: number) {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
    ...(widthPct ? { width: { size: widthPct, type: WidthType.PERCENTAGE } } : {}),
    margins: { top: 80, bottom: 80, left: 100, right: 100 },
  });
}

function table(t: DocTable): (Paragraph | Table)[] {
  return [
    para(t.caption, { italics: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: t.columns.map((c) => cellOf(c, true)) }),
        ...t.rows.map((r) => new TableRow({ children: r.map((c) => cellOf(c)) })),
      ],
    }),
    para(''),
  ];
}

function article(a: Article, m: DocumentModel, base: string): Paragraph[] {
  const out = [heading(`${a.num}. ${a.heading}`, HeadingLevel.HEADING_2)];
  for (const p of a.paragraphs) out.push(para(p.text));
  if (a.commitment) {
    out.push(
      new Paragraph({
        spacing: { after: 200 },
        children: [
          new ExternalHyperlink({
            link: base + commitmentHref(a.commitment.id, a.commitment.version),
            children: [
              new TextRun({
                text: `${a.commitment.ref}, ${m.labels.version} ${a.commitment.version}`,
                style: 'Hyperlink',
              }),
            ],
          }),
        ],
      }),
    );
  }
  return out;
}

function signatures(m: DocumentModel): (Paragraph | Table)[] {
  const l = m.labels;
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const blank = () =>
    new TableCell({
      children: [new Paragraph('')],
      borders: { top: none, left: none, right: none, bottom: line },
    });
  return [
    heading(m.signatures.heading, HeadingLevel.HEADING_1),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: [l.party, l.name, l.signature, l.date, l.place].map((h, i) =>
            cellOf(h, true, i === 0 ? 32 : 17),
          ),
        }),
        ...m.signatures.blocks.map(
          (b) =>
            new TableRow({
              height: { value: 700, rule: 'atLeast' },
              children: [cellOf(b.caption), blank(), blank(), blank(), blank()],
            }),
        ),
      ],
    }),
  ];
}

/** `base` is prepended to the API links (the server's public address), empty for relative links. */
export async function renderDocx(m: DocumentModel, base = ''): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: m.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: m.subtitle, italics: true })],
    }),
    ...m.notes.map((n) => para(n, { italics: true })),
    heading(m.preamble.heading, HeadingLevel.HEADING_1),
    ...m.preamble.paragraphs.map((p) => para(p.text)),
  ];
  if (m.definitions.items.length) {
    body.push(heading(m.definitions.heading, HeadingLevel.HEADING_1));
    for (const d of m.definitions.items)
      body.push(
        new Paragraph({
          spacing: { after: 120 },
          children: [new TextRun({ text: `${d.term}: `, bold: true }), new TextRun(d.text)],
        }),
      );
  }
  for (const c of m.chapters) {
    body.push(heading(`${c.num}. ${c.heading}`, HeadingLevel.HEADING_1));
    for (const p of c.intro) body.push(para(p.text));
    for (const t of c.tables) body.push(...table(t));
    for (const a of c.articles) body.push(...article(a, m, base));
  }
  if (m.finalProvisions.articles.length) {
    body.push(heading(m.finalProvisions.heading, HeadingLevel.HEADING_1));
    for (const a of m.finalProvisions.articles) body.push(...article(a, m, base));
  }
  if (m.signatures.blocks.length) body.push(...signatures(m));
  const doc = new Document({
    title: m.title,
    subject: m.subtitle,
    creator: 'Guarantor',
    lastModifiedBy: 'Guarantor',
    description: `${m.labels.generatedFrom}: ${m.frbr.expression}`,
    keywords: [m.kind, m.lang, m.asOf, m.party ?? ''].filter(Boolean).join(', '),
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [{ children: body }],
  });
  return Packer.toBuffer(doc);
}
