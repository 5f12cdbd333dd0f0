/**
 * The compliance report as a document model, so that the same renderers (Markdown, DOCX, PDF,
 * Akoma Ntoso) print it: the scoring rules as definitions, the averages and rankings as tables,
 * and one article per commitment scored, linked to the commitment and the version scored.
 */
import type { ComplianceReport, ScoreGroup } from '../../contracts/compliance';
import type { Article, DocLang, DocTable, DocumentModel } from '../../contracts/document';
import { articleEid, LANG3 } from '../documents/articles';
import { formatter } from '../documents/format-terms';
import { fill } from '../documents/templates';

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

export function reportDocument(r: ComplianceReport, lang: DocLang): DocumentModel {
  const f = formatter(lang);
  const t = f.t;
  const c = t.compliance;
  const date = f.date(r.asOf);
  const edition = r.edition === 'final' ? c.final : c.interim;
  const avg = (g: ScoreGroup) => f.number(g.average, 2);
  const pct = (g: ScoreGroup) => `${f.number(g.percent, 1)} %`;
  const table = (eId: string, caption: string, first: string, groups: ScoreGroup[]): DocTable => ({
    eId,
    caption,
    columns: [c.rank, first, c.count, c.full, c.partial, c.none, c.average, c.percent],
    rows: [...groups, { ...r.overall, rank: 0 }].map((g) => [
      g.rank ? String(g.rank) : '',
      g.name,
      String(g.count),
      String(g.full),
      String(g.partial),
      String(g.none),
      avg(g),
      pct(g),
    ]),
  });
  let n = 0;
  const articles: Article[] = r.commitments.map((s) => {
    const eId = articleEid(s.ref);
    const texts = [
      `${s.guarantorName}: ${s.title}`,
      fill(c.scoreLine, {
        score: signed(s.score),
        rule: s.rule,
        reason: r.rules.find((x) => x.id === s.rule)?.when ?? '',
      }),
      fill(c.statusLine, {
        status: (t.statuses as Record<string, string>)[s.status] ?? s.status,
        completion: (t.completions as Record<string, string>)[s.completion] ?? s.completion,
      }),
      ...(s.evidence.length
        ? s.evidence.map((e) =>
            fill(e.kind === 'completion' ? c.evidenceCompletion : c.evidenceSource, {
              text: [e.text, e.date ? f.date(e.date) : '', e.url ?? ''].filter(Boolean).join(', '),
            }),
          )
        : [c.noEvidence]),
      fill(t.article.reference, { ref: s.ref, version: s.version }),
      ...(s.illustrative ? [t.article.illustrative] : []),
    ];
    return {
      eId,
      num: fill(t.headings.article, { num: ++n }),
      heading: `${s.ref}: ${signed(s.score)}`,
      paragraphs: texts.map((text, i) => ({ eId: `${eId}__para_${i + 1}`, text })),
      commitment: { id: s.id, ref: s.ref, version: s.version, guarantor: s.guarantor },
      illustrative: s.illustrative,
    };
  });
  const work = `/akn/ua/doc/${r.asOf}/compliance-${r.summit.id}-${r.edition}`;
  const expression = `${work}/${LANG3[lang]}@${r.asOf}`;
  const vars = { summit: r.summit.name, edition, date };
  return {
    kind: 'compliance',
    lang,
    asOf: r.asOf,
    party: null,
    title: fill(c.title, vars),
    subtitle: fill(c.subtitle, vars),
    frbr: { work, expression, manifestation: `${expression}/main.xml`, author: '#coalition', country: 'ua' },
    preamble: {
      eId: 'preamble',
      heading: t.headings.preamble,
      paragraphs: c.preamble.map((p, i) => ({ eId: `preamble__recital_${i + 1}`, text: p })),
    },
    definitions: {
      eId: 'chp_rules',
      heading: c.rulesHeading,
      items: r.rules.map((x) => ({
        eId: `chp_rules__def_${x.id.toLowerCase()}`,
        term: `${c.rule} ${x.id} (${signed(x.score)})`,
        text: x.when,
      })),
    },
    chapters: [
      {
        eId: 'chp_by-guarantor',
        num: fill(t.headings.chapter, { num: 1 }),
        heading: c.byGuarantor,
        intro: [],
        tables: [table('chp_by-guarantor__table_1', c.byGuarantor, c.guarantor, r.byGuarantor)],
        articles: [],
      },
      {
        eId: 'chp_by-pillar',
        num: fill(t.headings.chapter, { num: 2 }),
        heading: c.byPillar,
        intro: [],
        tables: [table('chp_by-pillar__table_1', c.byPillar, c.pillar, r.byPillar)],
        articles: [],
      },
      {
        eId: 'chp_commitments',
        num: fill(t.headings.chapter, { num: 3 }),
        heading: c.commitments,
        intro: articles.length ? [] : [{ eId: 'chp_commitments__intro_1', text: fill(c.empty, { date }) }],
        tables: [],
        articles,
      },
    ],
    finalProvisions: { eId: 'chp_final', heading: t.headings.final, articles: [] },
    signatures: { heading: t.headings.signatures, blocks: [] },
    notes: [
      fill(t.notes.provenance, { date }),
      ...(r.commitments.some((s) => s.illustrative) ? [t.notes.illustrative] : []),
    ],
    labels: t.labels,
  };
}
