/**
 * The concreteness analysis of one commitment sentence (SPEC §2): who is bound, how strongly,
 * what quantity and time, on what trigger, with which hedges, and whether that makes the
 * promise checkable by the rubric in shared/data/README.md. Produced by
 * core/concreteness/analyze-text.ts; shared by the API and the web app.
 */
import { z } from 'zod';
import { CONDITION_KINDS, TRIGGERS } from './enums';

/** Offsets into the original text, in UTF-16 code units as JavaScript strings count them. */
export const TextSpan = z
  .object({
    start: z.number().int().nonnegative().describe('Offset of the first character'),
    end: z.number().int().nonnegative().describe('Offset just past the last character (exclusive)'),
  })
  .describe('Where a finding sits in the analysed text, for highlighting')
  .meta({ id: 'TextSpan' });
export type TextSpan = z.infer<typeof TextSpan>;

export const MODALITIES = ['binding', 'aspirational', 'permissive'] as const;
export const Modality = z
  .enum(MODALITIES)
  .describe(
    'binding: shall / will / undertakes / commits to; aspirational: intends / seeks / stands ready / will continue to support; permissive: may / could',
  )
  .meta({ id: 'AnalysisModality' });
export type Modality = z.infer<typeof Modality>;

export const CONCRETENESS_LABELS = ['concrete', 'vague'] as const;
export const ConcretenessLabel = z
  .enum(CONCRETENESS_LABELS)
  .describe('concrete = named actor + binding modality + a quantity or timeframe; vague = anything else')
  .meta({ id: 'ConcretenessLabel' });
export type ConcretenessLabel = z.infer<typeof ConcretenessLabel>;

export const MISSING_ELEMENTS = ['actor', 'binding_modality', 'quantity_or_timeframe'] as const;
export const MissingElement = z.enum(MISSING_ELEMENTS).meta({ id: 'MissingElement' });
export type MissingElement = z.infer<typeof MissingElement>;

/** Trigger kinds a commitment can wait for; 'none' is the absence of one, so not listed here. */
export const ActivationTrigger = z
  .enum(TRIGGERS)
  .exclude(['none'])
  .describe('The event that switches the commitment on')
  .meta({ id: 'ActivationTrigger' });
export type ActivationTrigger = z.infer<typeof ActivationTrigger>;

export const ModalityMarker = z
  .object({
    text: z.string().describe('The marker as written'),
    span: TextSpan,
    modality: Modality,
    overridden: z
      .boolean()
      .describe(
        'True where the marker is part of a weaker construction ("will continue to", "will be in a position to")',
      ),
  })
  .meta({ id: 'ModalityMarker' });
export type ModalityMarker = z.infer<typeof ModalityMarker>;

export const Actor = z
  .object({
    text: z.string().describe('The party as written ("Germany", "the Participants", "we")'),
    span: TextSpan,
    kind: z
      .enum(['party', 'body', 'nationality', 'pronoun', 'person'])
      .describe(
        'party: a named state or organisation; body: a collective ("the parties"); person: a named official',
      ),
  })
  .describe('Who is bound, where the sentence names them')
  .meta({ id: 'AnalysisActor' });
export type Actor = z.infer<typeof Actor>;

export const Quantity = z
  .object({
    kind: z.enum(['count', 'money', 'percent', 'measure']).describe('What sort of amount'),
    text: z.string(),
    span: TextSpan,
    value: z.number().describe('The number, multipliers applied (€2.5bn → 2500000000)'),
    unit: z
      .string()
      .nullable()
      .describe('What is counted ("rounds", "km", "%"), or the currency code for money'),
    currency: z.string().nullable().describe('ISO 4217 code for money, null otherwise or where unknown'),
    bound: z
      .enum(['exact', 'ceiling', 'floor', 'approx'])
      .describe('ceiling: "up to"; floor: "at least", "more than"; approx: "about", "several"'),
    ceiling: z.boolean().describe('True for an "up to" amount: it still counts as a quantity'),
    basis: z.string().nullable().describe('What a percentage is of ("GDP"), null otherwise'),
  })
  .meta({ id: 'AnalysisQuantity' });
export type Quantity = z.infer<typeof Quantity>;

export const TIMEFRAME_KINDS = ['deadline', 'response_time', 'duration', 'start_date', 'recurrence'] as const;
export const Timeframe = z
  .object({
    kind: z
      .enum(TIMEFRAME_KINDS)
      .describe(
        'deadline: by / in a year or date; response_time: within N hours or days; duration: for N years; start_date: from a date; recurrence: annually, per year',
      ),
    text: z.string(),
    span: TextSpan,
    hours: z.number().nullable().describe('For response times and short durations: the length in hours'),
    months: z.number().nullable().describe('For durations and relative deadlines: the length in months'),
    startDate: z
      .string()
      .nullable()
      .describe('ISO date (YYYY, YYYY-MM or YYYY-MM-DD) where the text fixes a start'),
    endDate: z
      .string()
      .nullable()
      .describe('ISO date where the text fixes an end or deadline ("by 2027" → 2027-12-31)'),
    relative: z
      .boolean()
      .describe(
        'True where the time is relative to an event or to now ("day 2 of the ceasefire", "this year")',
      ),
  })
  .meta({ id: 'AnalysisTimeframe' });
export type Timeframe = z.infer<typeof Timeframe>;

export const HEDGE_KINDS = [
  'escape_clause',
  'procedural',
  'best_efforts',
  'open_ended',
  'unmeasurable_timing',
] as const;
export const Hedge = z
  .object({
    kind: z
      .enum(HEDGE_KINDS)
      .describe(
        'escape_clause: "as appropriate", "where possible"; procedural: "in accordance with national procedures", "subject to"; best_efforts: "do everything possible"; open_ended: "for as long as it takes"; unmeasurable_timing: "immediately", "without delay"',
      ),
    text: z.string(),
    span: TextSpan,
  })
  .meta({ id: 'AnalysisHedge' });
export type Hedge = z.infer<typeof Hedge>;

export const Condition = z
  .object({
    text: z.string().describe('The condition clause, from its marker to the clause end'),
    span: TextSpan,
    trigger: ActivationTrigger.nullable().describe('The trigger event the clause names, if any'),
    conditionKind: z.enum(CONDITION_KINDS).describe("The register's condition kind that fits best"),
  })
  .meta({ id: 'AnalysisCondition' });
export type Condition = z.infer<typeof Condition>;

export const Prefill = z
  .object({
    quantity: z.object({ value: z.number(), unit: z.string().nullable() }).optional(),
    money: z.object({ amount: z.number(), currency: z.string() }).optional(),
    durationMonths: z.number().optional(),
    responseTimeHours: z.number().optional(),
    startDate: z.string().optional().describe('ISO date'),
    endDate: z.string().optional().describe('ISO date'),
    trigger: ActivationTrigger.optional(),
  })
  .describe('Suggested structured terms for the register form; a person confirms them')
  .meta({ id: 'AnalysisPrefill' });
export type Prefill = z.infer<typeof Prefill>;

export const LANGUAGE_SUPPORT = ['full', 'partial', 'none'] as const;

export const Analysis = z
  .object({
    lang: z.string().describe('ISO 639-1 code detected (or given); "und" where undetermined'),
    languageSupported: z
      .boolean()
      .describe('False where no lexicon exists for the language: a best-effort answer'),
    languageSupport: z
      .enum(LANGUAGE_SUPPORT)
      .describe(
        'full: en, uk, ru, fr, de; partial: best-effort lexicons (es, sv); none: numbers and symbols only',
      ),
    label: ConcretenessLabel,
    score: z.number().int().min(0).max(100).describe('Concreteness, 0–100; concrete ≥ 50 > vague'),
    modality: Modality,
    modalityMarkers: z.array(ModalityMarker).describe('Every modal marker found, strongest reading first'),
    modalityDefaulted: z
      .boolean()
      .describe('True where no marker was found and a declarative statement was read as binding'),
    actor: Actor.nullable(),
    quantities: z.array(Quantity),
    timeframes: z.array(Timeframe),
    conditional: z.boolean().describe('Whether the commitment depends on a condition or trigger'),
    trigger: Condition.nullable().describe('The first condition clause (with its trigger event, if named)'),
    conditions: z.array(Condition),
    hedges: z
      .array(Hedge)
      .describe('Hedges and unmeasurable timing ("immediately" is a hedge, not a timeframe)'),
    missing: z.array(MissingElement).describe('Rubric elements absent from the sentence'),
    prefill: Prefill,
    notes: z.array(z.string()).describe('Caveats for the reader, e.g. best-effort language support'),
  })
  .describe('The concreteness analysis of one commitment sentence')
  .meta({ id: 'Analysis' });
export type Analysis = z.infer<typeof Analysis>;
