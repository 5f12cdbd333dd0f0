/** Markdown (CommonMark with pipe tables): what the web preview shows and what diffs read well in git. */
import type { Article, DocTable, DocumentModel } from '../../contracts/document';
import { commitmentHref } from './akn';

/** Escapes what Markdown would read as markup; text stays as written otherwise. */
export const mdEscape = (s: string) =>
  s.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^(\s*)([#>+-]|\d+\.)(\s)/, '$1\\$2$3');

const cell = (s: string) => mdEscape(s).replace(/\n/g, ' ');

function table(t: DocTable): string[] {
  return [
    `*${mdEscape(t.caption)}*`,
    '',
    `| ${t.columns.map(cell).join(' | ')} |`,
    `|${t.columns.map(() => ' --- ').join('|')}|`,
    ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
  ];
}

function article(a: Article, m: DocumentModel): string[] {
  const out = [`### ${mdEscape(a.num)}. ${mdEscape(a.heading)}`, ''];
  for (const p of a.paragraphs) out.push(mdEscape(p.text), '');
  if (a.commitment)
    out.push(
      `[${mdEscape(`${a.commitment.ref}, ${m.labels.version} ${a.commitment.version}`)}](${commitmentHref(a.commitment.id, a.commitment.version)})`,
      '',
    );
  return out;
}

export function renderMarkdown(m: DocumentModel): string {
  const out: string[] = [`# ${mdEscape(m.title)}`, '', `*${mdEscape(m.subtitle)}*`, ''];
  for (const n of m.notes) out.push(`> ${mdEscape(n)}`, '>');
  if (m.notes.length) out.pop();
  out.push('', `## ${mdEscape(m.preamble.heading)}`, '');
  for (const p of m.preamble.paragraphs) out.push(mdEscape(p.text), '');
  if (m.definitions.items.length) {
    out.push(`## ${mdEscape(m.definitions.heading)}`, '');
    for (const d of m.definitions.items) out.push(`- **${mdEscape(d.term)}**: ${mdEscape(d.text)}`);
    out.push('');
  }
  for (const c of m.chapters) {
    out.push(`## ${mdEscape(c.num)}. ${mdEscape(c.heading)}`, '');
    for (const p of c.intro) out.push(mdEscape(p.text), '');
    for (const t of c.tables) out.push(...table(t));
    for (const a of c.articles) out.push(...article(a, m));
  }
  if (m.finalProvisions.articles.length) {
    out.push(`## ${mdEscape(m.finalProvisions.heading)}`, '');
    for (const a of m.finalProvisions.articles) out.push(...article(a, m));
  }
  if (m.signatures.blocks.length) {
    const l = m.labels;
    out.push(
      `## ${mdEscape(m.signatures.heading)}`,
      '',
      `| ${[l.party, l.name, l.signature, l.date, l.place].join(' | ')} |`,
      '| --- | --- | --- | --- | --- |',
      ...m.signatures.blocks.map((b) => `| ${cell(b.caption)} |  |  |  |  |`),
      '',
    );
  }
  out.push('---', '', `*${mdEscape(m.labels.generatedFrom)}: ${m.frbr.expression}*`, '');
  return out.join('\n');
}
