/**
 * The written guarantees: a neutral document model (what every renderer — Markdown, DOCX, PDF,
 * Akoma Ntoso — draws from), and the API shapes around it (queries, diff, signatures,
 * translations). Every article names the commitment and the version it was written from.
 */
import { z } from 'zod';
import { IsoDate, nonEmpty, PartyCode, Uuid } from './common';
import { LIMITS } from './limits';

export const DOC_LANGS = ['en', 'uk', 'fr'] as const;
export const DocLang = z
  .enum(DOC_LANGS)
  .describe('Language version: English, Ukrainian or French')
  .meta({ id: 'DocLang' });
export type DocLang = z.infer<typeof DocLang>;

/** The kinds of generated document; only agreements are signed. */
export const DOC_KINDS = ['declaration', 'agreement', 'compliance'] as const;
export const DocKind = z.enum(DOC_KINDS).meta({ id: 'DocKind' });
export type DocKind = z.infer<typeof DocKind>;

/** json is the document model itself (the web preview draws it). */
export const DOC_FORMATS = ['md', 'docx', 'pdf', 'akn', 'json'] as const;
export const DocFormat = z
  .enum(DOC_FORMATS)
  .describe('md: Markdown; docx: Word; pdf: PDF with fonts embedded; akn: Akoma Ntoso XML; json: the model')
  .meta({ id: 'DocFormat' });
export type DocFormat = z.infer<typeof DocFormat>;

export const CommitmentLink = z
  .object({
    id: z.string(),
    ref: z.string(),
    version: z.number().int(),
    guarantor: z.string(),
  })
  .describe('The commitment, and the version of it, that an article was written from')
  .meta({ id: 'CommitmentLink' });
export type CommitmentLink = z.infer<typeof CommitmentLink>;

export const Paragraph = z.object({ eId: z.string(), text: z.string() }).meta({ id: 'DocParagraph' });
export type Paragraph = z.infer<typeof Paragraph>;

export const Article = z
  .object({
    eId: z.string().describe('Stable across dates: the same commitment keeps its eId'),
    num: z.string().describe('The number as printed ("Article 3")'),
    heading: z.string(),
    paragraphs: z.array(Paragraph),
    commitment: CommitmentLink.nullable().describe('Null for articles of the template (final provisions)'),
    illustrative: z.boolean(),
  })
  .meta({ id: 'DocArticle' });
export type Article = z.infer<typeof Article>;

export const Definition = z
  .object({ eId: z.string(), term: z.string(), text: z.string() })
  .meta({ id: 'DocDefinition' });
export type Definition = z.infer<typeof Definition>;

export const DocTable = z
  .object({
    eId: z.string(),
    caption: z.string(),
    columns: z.array(z.string()),
    rows: z.array(z.array(z.string())),
  })
  .meta({ id: 'DocTable' });
export type DocTable = z.infer<typeof DocTable>;

export const Chapter = z
  .object({
    eId: z.string(),
    num: z.string(),
    heading: z.string(),
    intro: z.array(Paragraph),
    tables: z.array(DocTable),
    articles: z.array(Article),
  })
  .meta({ id: 'DocChapter' });
export type Chapter = z.infer<typeof Chapter>;

export const SignatureBlock = z
  .object({
    eId: z.string(),
    party: z.string(),
    partyName: z.string(),
    caption: z.string().describe('"For the United Kingdom"'),
  })
  .meta({ id: 'DocSignatureBlock' });
export type SignatureBlock = z.infer<typeof SignatureBlock>;

export const DocumentModel = z
  .object({
    kind: DocKind,
    lang: DocLang,
    asOf: z.string().describe('The register as it stood at the end of this day (UTC)'),
    party: z.string().nullable().describe('For an agreement: the guarantor it is with'),
    title: z.string(),
    subtitle: z.string(),
    /** FRBR identifiers (Akoma Ntoso naming convention): work, expression (adds @lang), manifestation. */
    frbr: z.object({
      work: z.string(),
      expression: z.string(),
      manifestation: z.string(),
      author: z.string(),
      country: z.string(),
    }),
    preamble: z.object({ eId: z.string(), heading: z.string(), paragraphs: z.array(Paragraph) }),
    definitions: z.object({ eId: z.string(), heading: z.string(), items: z.array(Definition) }),
    chapters: z.array(Chapter),
    finalProvisions: z.object({ eId: z.string(), heading: z.string(), articles: z.array(Article) }),
    signatures: z.object({ heading: z.string(), blocks: z.array(SignatureBlock) }),
    notes: z.array(z.string()).describe('Printed after the title: provenance, illustrative records'),
    /** Words the renderers need, in the document's language (table headers, "Contents"…). */
    labels: z.object({
      contents: z.string(),
      party: z.string(),
      name: z.string(),
      signature: z.string(),
      date: z.string(),
      place: z.string(),
      source: z.string(),
      version: z.string(),
      generatedFrom: z.string(),
    }),
  })
  .meta({ id: 'DocumentModel' });
export type DocumentModel = z.infer<typeof DocumentModel>;

// ---- API shapes ----------------------------------------------------------------------------

export const DocumentQuery = z.strictObject({
  format: DocFormat.default('md'),
  date: IsoDate.optional().describe('As of the end of this day (UTC); today by default'),
  lang: DocLang.default('en'),
});
export type DocumentQuery = z.output<typeof DocumentQuery>;

export const DiffQuery = z
  .strictObject({
    kind: z.enum(['declaration', 'agreement']).default('declaration'),
    party: PartyCode.optional().describe('For kind=agreement: the guarantor'),
    from: IsoDate,
    to: IsoDate,
    lang: DocLang.default('en'),
  })
  .refine((q) => q.kind !== 'agreement' || q.party !== undefined, {
    message: 'give party for an agreement',
    path: ['party'],
  })
  .refine((q) => q.from <= q.to, { message: 'must not be after to', path: ['from'] });
export type DiffQuery = z.output<typeof DiffQuery>;

export const ClauseChange = z
  .object({
    eId: z.string(),
    heading: z.string(),
    commitment: z
      .object({
        id: z.string(),
        ref: z.string(),
        fromVersion: z.number().int().nullable(),
        toVersion: z.number().int().nullable(),
      })
      .nullable(),
    before: z.array(z.string()).describe('The clause text at `from` (empty when added)'),
    after: z.array(z.string()).describe('The clause text at `to` (empty when removed)'),
    fields: z
      .array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() }))
      .describe('Field-level changes of the commitment between the two versions'),
  })
  .meta({ id: 'ClauseChange' });
export type ClauseChange = z.infer<typeof ClauseChange>;

export const DocumentDiff = z
  .object({
    kind: DocKind,
    party: z.string().nullable(),
    lang: DocLang,
    from: z.string(),
    to: z.string(),
    added: z.array(ClauseChange),
    removed: z.array(ClauseChange),
    changed: z.array(ClauseChange),
    unchanged: z.number().int(),
  })
  .meta({ id: 'DocumentDiff' });
export type DocumentDiff = z.infer<typeof DocumentDiff>;

export const SignatureCreate = z
  .strictObject({
    date: IsoDate.optional().describe('The agreement as of this day; today by default (not in the future)'),
    lang: DocLang.default('en'),
    confirm: z.literal(true, { error: 'confirm that you sign for your delegation' }),
  })
  .meta({ id: 'SignatureCreate' });
export type SignatureCreate = z.output<typeof SignatureCreate>;

export const SignatureView = z
  .object({
    id: z.string(),
    kind: DocKind,
    party: z.string(),
    asOf: z.string(),
    lang: DocLang,
    hash: z.string().describe('SHA-256 of the canonical document, hex'),
    signature: z.string().describe('Ed25519 over the canonical document, base64'),
    publicKey: z.string().describe("The party's Ed25519 public key, SPKI DER, base64"),
    signedBy: z.string(),
    signedByName: z.string().nullable(),
    signedAt: z.string(),
  })
  .meta({ id: 'SignatureView' });
export type SignatureView = z.infer<typeof SignatureView>;

export const VERIFY_STATUSES = ['valid', 'changed', 'invalid'] as const;
export const VerifyResult = z
  .object({
    signature: SignatureView,
    status: z
      .enum(VERIFY_STATUSES)
      .describe(
        'valid: the signature holds and the agreement is unchanged; changed: the register changed after signing, so the agreement as it stands is unsigned; invalid: the signature or the signed history does not check out',
      ),
    valid: z.boolean(),
    checks: z.array(z.object({ name: z.string(), ok: z.boolean(), detail: z.string() })),
    changedClauses: z
      .array(ClauseChange)
      .describe('Clauses that differ from what was signed (that you may read)'),
    hiddenChanges: z.number().int().describe('Changed clauses you may not read'),
  })
  .meta({ id: 'VerifyResult' });
export type VerifyResult = z.infer<typeof VerifyResult>;

export const TranslationPut = z
  .strictObject({
    text: nonEmpty(LIMITS.textChars).describe("A person's translation of the commitment's text"),
    version: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('The version translated; the current by default'),
  })
  .meta({ id: 'TranslationPut' });

export const TranslationView = z
  .object({
    commitmentId: z.string(),
    version: z.number().int(),
    lang: DocLang,
    text: z.string(),
    translatedBy: z.string().nullable(),
    translatedAt: z.string(),
  })
  .meta({ id: 'TranslationView' });
export type TranslationView = z.infer<typeof TranslationView>;

export const TranslationParams = z.strictObject({
  commitmentId: z.string().min(1).max(80).describe('Commitment id (UUID) or ref'),
  lang: DocLang,
});
export const PartyParams = z.strictObject({ party: PartyCode });
export const SignatureParams = z.strictObject({ id: Uuid });
