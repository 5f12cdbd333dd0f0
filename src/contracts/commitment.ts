/**
 * A commitment: one checkable promise by one guarantor. The input shapes (create, update) are
 * strict: an unknown field is an error that names it.
 */
import { z } from 'zod';
import { Analysis } from './analysis';
import { CurrencyCode, IsoDate, LangCode, nonEmpty, PartyCode, text } from './common';
import {
  BreachSeverity,
  Classification,
  Completion,
  ConditionKind,
  Kind,
  LegalForm,
  Pillar,
  Status,
  TriggerKind,
} from './enums';
import { LIMITS } from './limits';

export const Quantity = z
  .strictObject({
    value: z.number().positive('must be greater than 0').max(1e12),
    unit: nonEmpty(60).describe('What is counted: troops, aircraft, shells, battalions, …'),
    ceiling: z.boolean().optional().describe('True for an "up to" figure'),
  })
  .meta({ id: 'Quantity' });

export const MoneyInput = z
  .strictObject({
    amount: z.number().positive('must be greater than 0').max(1e13),
    currency: CurrencyCode,
    ceiling: z.boolean().optional().describe('True for an "up to" sum'),
    eurPerUnit: z
      .number()
      .positive()
      .optional()
      .describe("Rate to use for the EUR equivalent; by default the register's rate for the year"),
    rateDate: IsoDate.optional().describe('Date of the rate given in eurPerUnit'),
  })
  .refine((m) => m.eurPerUnit === undefined || m.rateDate !== undefined, {
    message: 'give rateDate with eurPerUnit',
    path: ['rateDate'],
  })
  .meta({ id: 'MoneyEntry' });

export const Money = z
  .object({
    amount: z.number(),
    currency: z.string(),
    ceiling: z.boolean().optional(),
    eurAmount: z.number().describe('EUR equivalent at eurPerUnit'),
    eurPerUnit: z.number(),
    rateDate: z.string(),
    rateSource: z.string(),
  })
  .meta({ id: 'Money' });

const termsShape = {
  quantity: Quantity.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  durationMonths: z.number().int().positive().max(1200).optional(),
  responseTimeHours: z
    .number()
    .positive()
    .max(24 * 365)
    .optional()
    .describe('Hours after the trigger determination within which the guarantor acts'),
};
const datesInOrder = (t: { startDate?: string | undefined; endDate?: string | undefined }) =>
  !t.startDate || !t.endDate || t.startDate <= t.endDate;

export const TermsInput = z
  .strictObject({ ...termsShape, money: MoneyInput.optional() })
  .refine(datesInOrder, { message: 'must not be before startDate', path: ['endDate'] })
  .meta({ id: 'TermsEntry' });
export const Terms = z.object({ ...termsShape, money: Money.optional() }).meta({ id: 'Terms' });

export const Trigger = z
  .strictObject({
    kind: TriggerKind,
    severity: BreachSeverity.optional().describe('For attributed_breach: the least severity that fires it'),
  })
  .refine((t) => t.kind === 'attributed_breach' || t.severity === undefined, {
    message: 'severity applies only to attributed_breach',
    path: ['severity'],
  })
  .meta({ id: 'Trigger' });

export const Condition = z
  .strictObject({
    kind: ConditionKind,
    text: nonEmpty(LIMITS.noteChars),
    satisfied: z.boolean().default(false),
  })
  .meta({ id: 'Condition' });

export const Source = z
  .strictObject({
    title: nonEmpty(LIMITS.titleChars),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(LIMITS.urlChars)
      .optional(),
    publishedOn: IsoDate.optional(),
  })
  .meta({ id: 'Source' });

const editable = {
  pillar: Pillar,
  kind: Kind,
  title: nonEmpty(LIMITS.titleChars).describe('Short English title'),
  text: nonEmpty(LIMITS.textChars).describe('The original text, in its own language'),
  lang: LangCode.describe('Language of text'),
  translation: text(LIMITS.textChars).optional().describe('English translation, if text is not English'),
  trigger: Trigger.default({ kind: 'none' }),
  conditions: z.array(Condition).max(LIMITS.conditionsPerCommitment).default([]),
  legalForm: LegalForm,
  status: Status.default('announced'),
  classification: Classification.default('coalition'),
  completion: Completion.default('no_evidence'),
  completionEvidence: text(LIMITS.noteChars).optional().describe('What shows the completion stage'),
  announcedOn: IsoDate.optional(),
  agreementRef: text(LIMITS.titleChars).optional().describe('The agreement this commitment belongs to'),
  sources: z.array(Source).max(LIMITS.sourcesPerCommitment).default([]),
  illustrative: z.boolean().default(false).describe('True for demo records that are not public facts'),
  note: text(LIMITS.noteChars).optional(),
};

const EditableFields = z.object(editable);

export const CommitmentCreate = z
  .strictObject({
    ref: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, dot, dash, underscore; at most 64')
      .optional()
      .describe('Stable reference, e.g. GB-2024-001; generated when absent'),
    guarantor: PartyCode,
    beneficiary: PartyCode.default('UA'),
    terms: TermsInput.default({}),
    ...editable,
  })
  .meta({ id: 'CommitmentCreate' });
export type CommitmentCreate = z.input<typeof CommitmentCreate>;
export type CommitmentCreateParsed = z.output<typeof CommitmentCreate>;

/** A change: the version it was based on (a stale one is a conflict) and the fields to change. */
export const CommitmentUpdate = z
  .strictObject({
    version: z.number().int().positive().describe('The version this edit is based on'),
    changeNote: text(LIMITS.noteChars).optional(),
    terms: TermsInput.optional(),
    ...Object.fromEntries(Object.entries(editable).map(([k, v]) => [k, unwrapDefault(v).optional()])),
  })
  .meta({ id: 'CommitmentUpdate' });

function unwrapDefault(s: z.ZodType): z.ZodType {
  return s instanceof z.ZodDefault ? (s.unwrap() as z.ZodType) : s;
}

export type CommitmentUpdate = {
  version: number;
  changeNote?: string | undefined;
  terms?: z.output<typeof TermsInput> | undefined;
} & Partial<z.output<typeof EditableFields>>;

export const ConcretenessSummary = z
  .object({
    label: z.enum(['concrete', 'vague']),
    score: z.number().int().min(0).max(100),
    missing: z.array(z.string()).describe('Rubric elements the text lacks'),
  })
  .meta({ id: 'ConcretenessSummary' });
export type ConcretenessSummary = z.infer<typeof ConcretenessSummary>;

export const Commitment = z
  .object({
    id: z.string(),
    ref: z.string(),
    version: z.number().int(),
    guarantor: z.string(),
    guarantorName: z.string(),
    beneficiary: z.string(),
    terms: Terms,
    ...Object.fromEntries(Object.entries(editable).map(([k, v]) => [k, unwrapDefault(v)])),
    pctGdp: z.number().nullable().describe("EUR amount as % of the guarantor's GDP"),
    concreteness: ConcretenessSummary.nullable().describe('The label and score of the concreteness analysis'),
    analysis: Analysis.optional().describe('The full analysis with spans (single-record reads only)'),
    permissions: z
      .object({ canEdit: z.boolean(), allowedStatuses: z.array(Status) })
      .optional()
      .describe(
        'What the caller may do with this record, and the statuses it may move to (single-record reads only)',
      ),
    createdAt: z.string(),
    updatedAt: z.string(),
    createdBy: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'Commitment' });

/** The stored document of one version (what is diffed and, later, signed). */
export type CommitmentDoc = {
  ref: string;
  guarantor: string;
  beneficiary: string;
  terms: z.output<typeof Terms>;
} & z.output<typeof EditableFields>;

export type CommitmentView = CommitmentDoc & {
  id: string;
  version: number;
  guarantorName: string;
  pctGdp: number | null;
  concreteness: ConcretenessSummary | null;
  /** The full analysis, with character spans into `text` (single-record reads only). */
  analysis?: Analysis;
  /** What the caller may do with this record (single-record reads only). */
  permissions?: { canEdit: boolean; allowedStatuses: Status[] };
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
};

export const SORT_FIELDS = [
  'updatedAt',
  'announcedOn',
  'eurAmount',
  'guarantor',
  'ref',
  'status',
  'title',
  'concreteness',
] as const;

export const CommitmentQuery = z
  .strictObject({
    guarantor: z.union([PartyCode, z.array(PartyCode)]).optional(),
    pillar: z.union([Pillar, z.array(Pillar)]).optional(),
    kind: z.union([Kind, z.array(Kind)]).optional(),
    status: z.union([Status, z.array(Status)]).optional(),
    trigger: z.union([TriggerKind, z.array(TriggerKind)]).optional(),
    classification: z.union([Classification, z.array(Classification)]).optional(),
    concreteness: z
      .union([z.enum(['concrete', 'vague']), z.array(z.enum(['concrete', 'vague']))])
      .optional()
      .describe('Label of the concreteness analysis'),
    q: text(200).optional().describe('Free text: reference, title, text, translation'),
    sort: z.enum(SORT_FIELDS).default('updatedAt'),
    order: z.enum(['asc', 'desc']).default('desc'),
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
  })
  // no schema id: OpenAPI inlines query parameters
  .describe('Filters, sort and page of the register');
export type CommitmentQuery = z.output<typeof CommitmentQuery>;

export const CommitmentPage = z
  .object({
    items: z.array(Commitment),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'CommitmentPage' });

export const VersionEntry = z
  .object({
    version: z.number().int(),
    changedAt: z.string(),
    changedBy: z.string().nullable(),
    changedByName: z.string().nullable().describe("The author's name"),
    changeNote: z.string().nullable(),
    changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
  })
  .meta({ id: 'VersionEntry' });
