/**
 * Words for the closed vocabularies of src/contracts/enums.ts. Each map is typed by its enum, so
 * a value added to the contracts without a label here is a compile error.
 */
import type {
  ConcretenessLabel,
  HEDGE_KINDS,
  MissingElement,
  Modality,
  TIMEFRAME_KINDS,
} from '../../contracts/analysis';
import type { DocLang } from '../../contracts/document';
import type {
  BREACH_SEVERITIES,
  Classification,
  CONDITION_KINDS,
  Completion,
  Kind,
  LegalForm,
  Pillar,
  Role,
  Status,
  TriggerKind,
} from '../../contracts/enums';

export type BreachSeverity = (typeof BREACH_SEVERITIES)[number];
export type ConditionKind = (typeof CONDITION_KINDS)[number];

/** Short pillar names for dense tables; PILLAR_LABELS in contracts has the full ones. */
export const PILLAR_SHORT: Record<Pillar, string> = {
  monitoring: '1 Monitoring',
  long_term_support: '2 Long-term support',
  multinational_force: '3 Multinational force',
  renewed_attack: '4 Renewed attack',
  defence_cooperation: '5 Defence cooperation',
  pressure: 'Pressure track',
};

/** The pillars' names (as PILLAR_LABELS in contracts, which a form page imports with Zod). */
export const PILLAR_LONG: Record<Pillar, string> = {
  monitoring: '1. Ceasefire monitoring and verification',
  long_term_support: "2. Long-term support for Ukraine's armed forces",
  multinational_force: '3. Multinational Force Ukraine',
  renewed_attack: '4. Commitments in case of a renewed armed attack',
  defence_cooperation: '5. Defence cooperation',
  pressure: 'Pressure track',
};

export const KIND_LABELS: Record<Kind, string> = {
  troops: 'Troops',
  air_policing: 'Air policing',
  maritime: 'Maritime',
  demining: 'Demining',
  training: 'Training',
  isr: 'ISR',
  air_defence: 'Air defence',
  equipment: 'Equipment',
  ammunition: 'Ammunition',
  finance: 'Finance',
  budget_support: 'Budget support',
  intelligence: 'Intelligence',
  logistics: 'Logistics',
  consultation: 'Consultation',
  diplomatic: 'Diplomatic action',
  sanctions: 'Sanctions',
  industrial: 'Industrial cooperation',
  monitoring: 'Monitoring',
  other: 'Other',
};

export const STATUS_LABELS: Record<Status, string> = {
  announced: 'Announced',
  drafted: 'Drafted',
  agreed: 'Agreed',
  signed: 'Signed',
  ratified: 'Ratified',
  in_force: 'In force',
  allocated: 'Allocated',
  delivered: 'Delivered',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
  breached: 'Breached',
};

export const TRIGGER_LABELS: Record<TriggerKind, string> = {
  none: 'None (applies without a trigger)',
  ceasefire_in_force: 'Ceasefire in force',
  attributed_breach: 'Attributed breach of the ceasefire',
  renewed_attack: 'Renewed armed attack',
  refusal_to_negotiate: 'Refusal to negotiate',
};

export const SEVERITY_LABELS: Record<BreachSeverity, string> = {
  minor: 'Minor',
  serious: 'Serious',
  grave: 'Grave',
};

export const CONDITION_LABELS: Record<ConditionKind, string> = {
  parliamentary_approval: 'Parliamentary approval',
  mandate: 'Mandate',
  us_backstop: 'US backstop',
  national_procedures: 'National procedures',
  ceasefire: 'Ceasefire',
  other: 'Other',
};

export const LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  treaty: 'Treaty',
  executive_agreement: 'Executive agreement',
  memorandum: 'Memorandum',
  political_declaration: 'Political declaration',
  statement: 'Statement',
};

export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  public: 'Public',
  coalition: 'Coalition',
  bilateral: 'Bilateral',
  national: 'National',
};

export const CLASSIFICATION_HINTS: Record<Classification, string> = {
  public: 'anyone may read it',
  coalition: 'every signed-in coalition member',
  bilateral: 'the guarantor, the beneficiary and the secretariat',
  national: 'the guarantor only',
};

export const COMPLETION_LABELS: Record<Completion, string> = {
  no_evidence: 'No evidence',
  not_started: 'Not started',
  limited: 'Limited',
  substantial: 'Substantial',
  complete: 'Complete',
};

export const ROLE_LABELS: Record<Role, string> = {
  secretariat: 'Secretariat',
  delegation: 'Delegation',
  beneficiary: 'Beneficiary',
  planner: 'Planner',
  monitor: 'Monitor',
  commission: 'Special Commission',
  observer: 'Observer',
};

export const CONCRETENESS_LABELS: Record<ConcretenessLabel, string> = {
  concrete: 'Concrete',
  vague: 'Vague',
};

/** What a vague commitment lacks, by the rubric's elements (shared/data/README.md). */
export const MISSING_LABELS: Record<MissingElement, string> = {
  actor: 'No named party that is bound by it',
  binding_modality: 'No binding wording (“shall”, “will”, “undertakes”): it only intends, seeks or may',
  quantity_or_timeframe: 'No quantity or deadline that makes it checkable',
};

export const MODALITY_LABELS: Record<Modality, string> = {
  binding: 'Binding',
  aspirational: 'Aspirational',
  permissive: 'Permissive',
};

export const HEDGE_LABELS: Record<(typeof HEDGE_KINDS)[number], string> = {
  escape_clause: 'Escape clause',
  procedural: 'Procedural reservation',
  best_efforts: 'Best efforts only',
  open_ended: 'Open-ended',
  unmeasurable_timing: 'Timing that cannot be measured',
};

export const TIMEFRAME_LABELS: Record<(typeof TIMEFRAME_KINDS)[number], string> = {
  deadline: 'Deadline',
  response_time: 'Response time',
  duration: 'Duration',
  start_date: 'Start',
  recurrence: 'Recurrence',
};

/** A label for a value of any of these vocabularies, or the raw value when unknown. */
export const labelOf = (map: Record<string, string>, value: string | null | undefined): string =>
  value == null ? '' : (map[value] ?? value);

/**
 * The values of each vocabulary, in the contracts' order, read off the maps above. Pages that do
 * not validate use these rather than the arrays in contracts/enums.ts: that module builds Zod
 * schemas when loaded, which would put Zod in the first load.
 */
const keys = <K extends string>(m: Record<K, string>) => Object.keys(m) as K[];
export const PILLAR_VALUES = keys(PILLAR_SHORT);
export const KIND_VALUES = keys(KIND_LABELS);
export const STATUS_VALUES = keys(STATUS_LABELS);
export const TRIGGER_VALUES = keys(TRIGGER_LABELS);
export const CLASSIFICATION_VALUES = keys(CLASSIFICATION_LABELS);
export const CONCRETENESS_VALUES = keys(CONCRETENESS_LABELS);

/** The languages the documents are written in, each named in itself. */
export const DOC_LANG_LABELS: Record<DocLang, string> = {
  en: 'English',
  uk: 'Українська (Ukrainian)',
  fr: 'Français (French)',
};
export const DOC_LANG_VALUES = keys(DOC_LANG_LABELS);
