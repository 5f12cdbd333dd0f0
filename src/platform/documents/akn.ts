/**
 * Akoma Ntoso 3.0 (OASIS LegalDocML) XML. Agreements and the declaration are `act`s, the
 * compliance report a `doc`. FRBR identifiers follow the AKN naming convention; every article
 * carries its eId, refers to a TLCReference naming the commitment and the version it was written
 * from, and links back to that version in the API. Validates against schemas/akn (tested).
 */
import type { Article, Chapter, DocumentModel } from '../../contracts/document';

export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const LANG3: Record<DocumentModel['lang'], string> = { en: 'eng', uk: 'ukr', fr: 'fra' };

/** Drops the characters XML 1.0 does not allow (C0 controls but tab and line ends, U+FFFE, U+FFFF). */
const xmlChars = (s: string) =>
  Array.from(s)
    .filter((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return c === 9 || c === 10 || c === 13 || (c >= 32 && c !== 0xfffe && c !== 0xffff);
    })
    .join('');

export const esc = (s: string) =>
  xmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where an article's commitment version can be read in the API. */
export const commitmentHref = (id: string, version: number) => `/api/commitments/${id}/versions/${version}`;
const refEid = (a: Article) => `ref_${a.eId.replace(/^art_/, '')}`;
const partyEid = (code: string) => `party_${code.toLowerCase()}`;

function heading(a: Article): string {
  if (!a.commitment) return esc(a.heading);
  const { ref } = a.commitment;
  const at = a.heading.indexOf(ref);
  if (at < 0) return esc(a.heading);
  const link = `<ref href="${esc(commitmentHref(a.commitment.id, a.commitment.version))}">${esc(ref)}</ref>`;
  return esc(a.heading.slice(0, at)) + link + esc(a.heading.slice(at + ref.length));
}

function article(a: Article, ind: string): string {
  const refers = a.commitment ? ` refersTo="#${refEid(a)}"` : '';
  const paras = a.paragraphs
    .map((p) => `${ind}  <paragraph eId="${esc(p.eId)}"><content><p>${esc(p.text)}</p></content></paragraph>`)
    .join('\n');
  return [
    `${ind}<article eId="${esc(a.eId)}"${refers}${a.illustrative ? ' class="illustrative"' : ''}>`,
    `${ind}  <num>${esc(a.num)}</num>`,
    `${ind}  <heading>${heading(a)}</heading>`,
    paras,
    `${ind}</article>`,
  ].join('\n');
}

function chapter(c: Chapter): string {
  const parts = [
    `    <chapter eId="${esc(c.eId)}">`,
    `      <num>${esc(c.num)}</num>`,
    `      <heading>${esc(c.heading)}</heading>`,
  ];
  if (c.intro.length)
    parts.push(
      `      <intro>${c.intro.map((p) => `<p eId="${esc(p.eId)}">${esc(p.text)}</p>`).join('')}</intro>`,
    );
  c.tables.forEach((t, i) => {
    const row = (cells: string[], tag: 'th' | 'td') =>
      `<tr>${cells.map((x) => `<${tag}><p>${esc(x)}</p></${tag}>`).join('')}</tr>`;
    parts.push(
      `      <paragraph eId="${esc(c.eId)}__para_${i + 1}"><content>`,
      `        <table eId="${esc(t.eId)}"><caption>${esc(t.caption)}</caption>${row(t.columns, 'th')}${t.rows.map((r) => row(r, 'td')).join('')}</table>`,
      '      </content></paragraph>',
    );
  });
  for (const a of c.articles) parts.push(article(a, '      '));
  parts.push('    </chapter>');
  return parts.join('\n');
}

export function renderAkn(m: DocumentModel): string {
  const articles = [...m.chapters.flatMap((c) => c.articles), ...m.finalProvisions.articles];
  const parties = new Map<string, string>();
  for (const b of m.signatures.blocks) parties.set(b.party, b.partyName);
  const frbr = (
    level: 'Work' | 'Expression' | 'Manifestation',
    thisValue: string,
    uri: string,
    extra: string,
  ) =>
    [
      `        <FRBR${level}>`,
      `          <FRBRthis value="${esc(thisValue)}"/>`,
      `          <FRBRuri value="${esc(uri)}"/>`,
      `          <FRBRdate date="${esc(m.asOf)}" name="asOf"/>`,
      `          <FRBRauthor href="${level === 'Manifestation' ? '#guarantor' : esc(m.frbr.author)}"/>`,
      extra,
      `        </FRBR${level}>`,
    ]
      .filter(Boolean)
      .join('\n');
  const refs = [
    '        <TLCOrganization eId="guarantor" href="/ontology/organization/guarantor-register" showAs="Guarantor register"/>',
    '        <TLCOrganization eId="coalition" href="/ontology/organization/coalition-of-the-willing" showAs="Coalition of the willing"/>',
    ...[...parties].map(
      ([code, name]) =>
        `        <TLCOrganization eId="${partyEid(code)}" href="/ontology/organization/${esc(code.toLowerCase())}" showAs="${esc(name)}"/>`,
    ),
    ...articles
      .filter((a) => a.commitment)
      .map(
        (a) =>
          `        <TLCReference eId="${refEid(a)}" href="${esc(commitmentHref(a.commitment!.id, a.commitment!.version))}" showAs="${esc(`${a.commitment!.ref}, ${m.labels.version} ${a.commitment!.version}`)}" name="commitment"/>`,
      ),
  ];
  const isAct = m.kind !== 'compliance';
  const root = isAct ? 'act' : 'doc';
  const bodyTag = isAct ? 'body' : 'mainBody';
  const defs = m.definitions.items.length
    ? [
        `    <chapter eId="${esc(m.definitions.eId)}">`,
        `      <heading>${esc(m.definitions.heading)}</heading>`,
        ...m.definitions.items.map(
          (d) =>
            `      <paragraph eId="${esc(d.eId)}"><content><p><def>${esc(d.term)}</def>: ${esc(d.text)}</p></content></paragraph>`,
        ),
        '    </chapter>',
      ]
    : [];
  const finals = m.finalProvisions.articles.length
    ? [
        `    <chapter eId="${esc(m.finalProvisions.eId)}">`,
        `      <heading>${esc(m.finalProvisions.heading)}</heading>`,
        ...m.finalProvisions.articles.map((a) => article(a, '      ')),
        '    </chapter>',
      ]
    : [];
  const conclusions = m.signatures.blocks.length
    ? [
        '  <conclusions>',
        ...m.signatures.blocks.map(
          (b) =>
            `    <p eId="${esc(b.eId)}"><signature><role refersTo="#${partyEid(b.party)}">${esc(b.caption)}</role> <party refersTo="#${partyEid(b.party)}">${esc(b.partyName)}</party></signature></p>`,
        ),
        '  </conclusions>',
      ]
    : [];
  const name = isAct ? (m.kind === 'agreement' ? 'agreement' : 'declaration') : 'complianceReport';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<akomaNtoso xmlns="${AKN_NS}">`,
    `<${root} name="${name}">`,
    '  <meta>',
    '    <identification source="#guarantor">',
    frbr(
      'Work',
      `${m.frbr.work}/!main`,
      m.frbr.work,
      `          <FRBRcountry value="${esc(m.frbr.country)}"/>`,
    ),
    frbr(
      'Expression',
      `${m.frbr.expression}/!main`,
      m.frbr.expression,
      `          <FRBRlanguage language="${LANG3[m.lang]}"/>`,
    ),
    frbr('Manifestation', m.frbr.manifestation, m.frbr.manifestation, ''),
    '    </identification>',
    '    <references source="#guarantor">',
    ...refs,
    '    </references>',
    '  </meta>',
    '  <preface>',
    `    <longTitle><p><docTitle>${esc(m.title)}</docTitle></p></longTitle>`,
    `    <p class="subtitle">${esc(m.subtitle)}</p>`,
    ...m.notes.map((n) => `    <p class="note">${esc(n)}</p>`),
    '  </preface>',
    '  <preamble>',
    ...m.preamble.paragraphs.map((p) => `    <p eId="${esc(p.eId)}">${esc(p.text)}</p>`),
    '  </preamble>',
    `  <${bodyTag}>`,
    ...defs,
    ...m.chapters.map(chapter),
    ...finals,
    `  </${bodyTag}>`,
    ...conclusions,
    `</${root}>`,
    '</akomaNtoso>',
    '',
  ].join('\n');
}
