/**
 * The commitment form's values: what the inputs hold (strings and booleans), keyed by the API's
 * dotted paths, so that a Zod issue or a server error (`body.terms.money.currency`) lands on the
 * field it names.
 */
import type { Commitment } from '../../api/endpoints';

export interface ConditionValues {
  key: string;
  kind: string;
  text: string;
  satisfied: boolean;
}
export interface SourceValues {
  key: string;
  title: string;
  url: string;
  publishedOn: string;
}

export interface FormValues {
  ref: string;
  guarantor: string;
  beneficiary: string;
  pillar: string;
  kind: string;
  title: string;
  announcedOn: string;
  agreementRef: string;
  text: string;
  lang: string;
  translation: string;
  'terms.quantity.value': string;
  'terms.quantity.unit': string;
  'terms.quantity.ceiling': boolean;
  'terms.money.amount': string;
  'terms.money.currency': string;
  'terms.money.ceiling': boolean;
  'terms.money.eurPerUnit': string;
  'terms.money.rateDate': string;
  'terms.startDate': string;
  'terms.endDate': string;
  'terms.durationMonths': string;
  'terms.responseTimeHours': string;
  'trigger.kind': string;
  'trigger.severity': string;
  conditions: ConditionValues[];
  legalForm: string;
  status: string;
  classification: string;
  completion: string;
  completionEvidence: string;
  illustrative: boolean;
  note: string;
  sources: SourceValues[];
  changeNote: string;
}

export type Errors = Record<string, string>;

/** The top-level fields an edit may change (CommitmentUpdate), in the order the form shows them. */
export const EDITABLE = [
  'pillar',
  'kind',
  'title',
  'announcedOn',
  'agreementRef',
  'text',
  'lang',
  'translation',
  'terms',
  'trigger',
  'conditions',
  'legalForm',
  'status',
  'classification',
  'completion',
  'completionEvidence',
  'illustrative',
  'sources',
  'note',
] as const;

/** Optional free-text fields: clearing one in an edit sends '' (an absent field means "unchanged"). */
export const CLEARABLE_TEXT = new Set(['translation', 'agreementRef', 'completionEvidence', 'note']);

/** The fields inside a group, in form order; the group's own path follows them. */
const GROUPED: Partial<Record<(typeof EDITABLE)[number], string[]>> = {
  terms: [
    'terms.quantity.value',
    'terms.quantity.unit',
    'terms.money.amount',
    'terms.money.currency',
    'terms.money.eurPerUnit',
    'terms.money.rateDate',
    'terms.startDate',
    'terms.endDate',
    'terms.durationMonths',
    'terms.responseTimeHours',
  ],
  trigger: ['trigger.kind', 'trigger.severity'],
};

/** Every field in form order, for sorting the error summary the way the page reads. */
export const FIELD_ORDER = [
  'guarantor',
  'beneficiary',
  'ref',
  ...EDITABLE.flatMap((f) => [...(GROUPED[f] ?? []), f]),
  'changeNote',
  'version',
];

export const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;

let seq = 0;
export const rowKey = () => `row${++seq}`;

export function emptyValues(o: { guarantor?: string } = {}): FormValues {
  return {
    ref: '',
    guarantor: o.guarantor ?? '',
    beneficiary: 'UA',
    pillar: '',
    kind: '',
    title: '',
    announcedOn: '',
    agreementRef: '',
    text: '',
    lang: 'en',
    translation: '',
    'terms.quantity.value': '',
    'terms.quantity.unit': '',
    'terms.quantity.ceiling': false,
    'terms.money.amount': '',
    'terms.money.currency': '',
    'terms.money.ceiling': false,
    'terms.money.eurPerUnit': '',
    'terms.money.rateDate': '',
    'terms.startDate': '',
    'terms.endDate': '',
    'terms.durationMonths': '',
    'terms.responseTimeHours': '',
    'trigger.kind': 'none',
    'trigger.severity': '',
    conditions: [],
    legalForm: '',
    status: 'announced',
    classification: 'coalition',
    completion: 'no_evidence',
    completionEvidence: '',
    illustrative: false,
    note: '',
    sources: [],
    changeNote: '',
  };
}

const s = (v: string | number | undefined | null) => (v === undefined || v === null ? '' : String(v));

/** The form as it would be filled for a stored commitment. */
export function valuesFromCommitment(c: Commitment): FormValues {
  const t = c.terms;
  // a rate the register chose is not the user's: only a rate given with the commitment is shown
  const givenRate = t.money && t.money.rateSource === 'given with the commitment';
  return {
    ref: c.ref,
    guarantor: c.guarantor,
    beneficiary: c.beneficiary,
    pillar: c.pillar,
    kind: c.kind,
    title: c.title,
    announcedOn: s(c.announcedOn),
    agreementRef: s(c.agreementRef),
    text: c.text,
    lang: c.lang,
    translation: s(c.translation),
    'terms.quantity.value': s(t.quantity?.value),
    'terms.quantity.unit': s(t.quantity?.unit),
    'terms.quantity.ceiling': !!t.quantity?.ceiling,
    'terms.money.amount': s(t.money?.amount),
    'terms.money.currency': s(t.money?.currency),
    'terms.money.ceiling': !!t.money?.ceiling,
    'terms.money.eurPerUnit': givenRate ? s(t.money?.eurPerUnit) : '',
    'terms.money.rateDate': givenRate ? s(t.money?.rateDate) : '',
    'terms.startDate': s(t.startDate),
    'terms.endDate': s(t.endDate),
    'terms.durationMonths': s(t.durationMonths),
    'terms.responseTimeHours': s(t.responseTimeHours),
    'trigger.kind': c.trigger.kind,
    'trigger.severity': s(c.trigger.severity),
    conditions: c.conditions.map((k) => ({
      key: rowKey(),
      kind: k.kind,
      text: k.text,
      satisfied: !!k.satisfied,
    })),
    legalForm: c.legalForm,
    status: c.status,
    classification: c.classification,
    completion: c.completion,
    completionEvidence: s(c.completionEvidence),
    illustrative: !!c.illustrative,
    note: s(c.note),
    sources: c.sources.map((x) => ({
      key: rowKey(),
      title: x.title,
      url: s(x.url),
      publishedOn: s(x.publishedOn),
    })),
    changeNote: '',
  };
}
