/**
 * One article per commitment: who commits to whom, the text (original, or a person's
 * translation, or the original with its language noted), the terms in words, the sources, and
 * the register reference with the version the article was written from.
 */
import type { Article, DocLang, Paragraph } from '../../contracts/document';
import type { AsOfCommitment } from '../ports';
import { capital, type Formatter, termsInWords } from './format-terms';
import { fill, languageName } from './templates';

/** Stable across dates and versions: the same commitment keeps its eId (diffs match on it). */
export const articleEid = (ref: string) => `art_${ref.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

export interface ArticleInput {
  c: AsOfCommitment;
  num: number;
  /** A party's name in the document's language. */
  name: (code: string) => string;
  /** A person's translation of this version's text into the document's language, if recorded. */
  translation: string | undefined;
}

function textParagraphs(f: Formatter, c: AsOfCommitment, translation: string | undefined): string[] {
  const a = f.t.article;
  const { doc } = c;
  const language = languageName(f.t, doc.lang);
  if (doc.lang === f.lang) return [fill(a.textOriginal, { language }), doc.text];
  if (translation) return [fill(a.textPerson, { language }), translation];
  if (f.lang === 'en' && doc.translation) return [fill(a.textRegister, { language }), doc.translation];
  return [fill(a.textUntranslated, { language }), doc.text];
}

export function headingFor(f: Formatter, c: AsOfCommitment, name: (code: string) => string): string {
  const title = f.lang === 'en' ? c.doc.title : `${f.t.kinds[c.doc.kind]} — ${name(c.doc.guarantor)}`;
  return fill(f.t.article.heading, { ref: c.doc.ref, title });
}

export function buildArticle(f: Formatter, input: ArticleInput): Article {
  const { c, num, name } = input;
  const { doc } = c;
  const a = f.t.article;
  const eId = articleEid(doc.ref);
  const kind = f.t.kinds[doc.kind];
  const texts = [
    fill(a.opening, {
      guarantor: name(doc.guarantor),
      beneficiary: name(doc.beneficiary),
      kind: f.lang === 'en' ? kind.toLowerCase() : kind,
      legalForm: f.t.legalForms[doc.legalForm],
      status: f.t.statuses[doc.status],
    }),
    ...textParagraphs(f, c, input.translation),
    ...termsInWords(f, doc),
    ...doc.sources.map((s) =>
      fill(a.source, {
        source: [s.title, s.publishedOn ? f.date(s.publishedOn) : '', s.url ?? ''].filter(Boolean).join(', '),
      }),
    ),
    fill(a.reference, { ref: doc.ref, version: c.version }),
    ...(doc.illustrative ? [a.illustrative] : []),
  ];
  const paragraphs: Paragraph[] = texts.map((text, i) => ({ eId: `${eId}__para_${i + 1}`, text }));
  return {
    eId,
    num: fill(f.t.headings.article, { num }),
    heading: capital(headingFor(f, c, name)),
    paragraphs,
    commitment: { id: c.id, ref: doc.ref, version: c.version, guarantor: doc.guarantor },
    illustrative: doc.illustrative,
  };
}

export const LANG3: Record<DocLang, string> = { en: 'eng', uk: 'ukr', fr: 'fra' };
