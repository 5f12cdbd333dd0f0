/**
 * From form values to the API: `buildDoc` makes a CommitmentCreate-shaped object, validation is
 * the contracts' own Zod schema, and an edit sends only what differs from the version loaded.
 */
import { CommitmentCreate } from '../../../contracts/commitment';
import { LIMITS } from '../../../contracts/limits';
import { CLEARABLE_TEXT, EDITABLE, type Errors, type FormValues } from './form-values';

const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());

/**
 * "1,250,000" and "1 250 000.5" read as numbers; a lone comma is a decimal comma ("2,5").
 * Returns undefined for an empty field and NaN for something that is not a number.
 */
export function parseNumber(raw: string): number | undefined {
  let v = raw.replace(/[\s\u00a0\u202f_']/g, '');
  if (v === '') return undefined;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(v)) v = v.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(v)) v = v.replace(',', '.');
  return /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v) ? Number(v) : Number.NaN;
}

/** The CommitmentCreate-shaped object the values describe, and errors found on the way. */
export function buildDoc(v: FormValues): { doc: Record<string, unknown>; errors: Errors } {
  const errors: Errors = {};
  const num = (path: keyof FormValues) => {
    const n = parseNumber(v[path] as string);
    if (n !== undefined && Number.isNaN(n)) errors[path] = 'Enter a number, like 1500 or 2.5';
    return n;
  };
  const need = (path: keyof FormValues, message: string) => {
    if (!(v[path] as string).trim()) errors[path] = message;
  };
  need('guarantor', 'Choose the guarantor');
  need('pillar', 'Choose a pillar');
  need('kind', 'Choose what is promised');
  need('title', 'Enter a title');
  need('text', 'Enter the original text');
  need('lang', 'Choose the language of the text');
  need('legalForm', 'Choose the legal form');

  const terms: Record<string, unknown> = {};
  const qValue = num('terms.quantity.value');
  const qUnit = opt(v['terms.quantity.unit']);
  if (qValue !== undefined || qUnit !== undefined) {
    if (qValue === undefined) errors['terms.quantity.value'] = 'Enter the quantity, or clear the unit';
    if (qUnit === undefined) errors['terms.quantity.unit'] = 'Enter what is counted (troops, aircraft, …)';
    terms.quantity = {
      value: qValue,
      unit: qUnit,
      ...(v['terms.quantity.ceiling'] ? { ceiling: true } : {}),
    };
  }
  const amount = num('terms.money.amount');
  const currency = opt(v['terms.money.currency'])?.toUpperCase();
  const rate = num('terms.money.eurPerUnit');
  const rateDate = opt(v['terms.money.rateDate']);
  if (amount !== undefined || currency !== undefined || rate !== undefined || rateDate !== undefined) {
    if (amount === undefined)
      errors['terms.money.amount'] = 'Enter the amount, or clear the other money fields';
    if (currency === undefined)
      errors['terms.money.currency'] = 'Enter the currency code, like EUR, GBP or USD';
    terms.money = {
      amount,
      currency,
      ...(v['terms.money.ceiling'] ? { ceiling: true } : {}),
      ...(rate !== undefined ? { eurPerUnit: rate } : {}),
      ...(rateDate !== undefined ? { rateDate } : {}),
    };
  }
  const startDate = opt(v['terms.startDate']);
  const endDate = opt(v['terms.endDate']);
  const durationMonths = num('terms.durationMonths');
  const responseTimeHours = num('terms.responseTimeHours');
  if (startDate !== undefined) terms.startDate = startDate;
  if (endDate !== undefined) terms.endDate = endDate;
  if (durationMonths !== undefined) terms.durationMonths = durationMonths;
  if (responseTimeHours !== undefined) terms.responseTimeHours = responseTimeHours;

  const triggerKind = v['trigger.kind'] || 'none';
  const severity = triggerKind === 'attributed_breach' ? opt(v['trigger.severity']) : undefined;

  v.conditions.forEach((k, i) => {
    if (!k.text.trim()) errors[`conditions.${i}.text`] = `Describe condition ${i + 1}, or remove it`;
  });
  const sources = v.sources
    .filter((x) => x.title.trim() || x.url.trim() || x.publishedOn)
    .map((x) => ({
      title: x.title.trim(),
      ...(opt(x.url) ? { url: x.url.trim() } : {}),
      ...(x.publishedOn ? { publishedOn: x.publishedOn } : {}),
    }));
  v.sources.forEach((x, i) => {
    if (!x.title.trim() && (x.url.trim() || x.publishedOn))
      errors[`sources.${i}.title`] = `Enter the title of source ${i + 1}`;
  });

  const doc: Record<string, unknown> = {
    ...(opt(v.ref) ? { ref: v.ref.trim() } : {}),
    guarantor: v.guarantor,
    beneficiary: v.beneficiary || 'UA',
    pillar: opt(v.pillar),
    kind: opt(v.kind),
    title: opt(v.title),
    text: v.text.trim() ? v.text : undefined,
    lang: opt(v.lang),
    translation: opt(v.translation),
    terms,
    trigger: { kind: triggerKind, ...(severity ? { severity } : {}) },
    conditions: v.conditions.map((k) => ({ kind: k.kind, text: k.text.trim(), satisfied: k.satisfied })),
    legalForm: opt(v.legalForm),
    status: v.status,
    classification: v.classification,
    completion: v.completion,
    completionEvidence: opt(v.completionEvidence),
    announcedOn: opt(v.announcedOn),
    agreementRef: opt(v.agreementRef),
    sources,
    illustrative: v.illustrative,
    note: opt(v.note),
  };
  return { doc, errors };
}

const WORDS: [RegExp, string][] = [
  [/\bterms\.money\.eurPerUnit\b/g, 'the exchange rate to EUR'],
  [/\bterms\.money\.rateDate\b/g, 'the rate date'],
  [/\beurPerUnit\b/g, 'the exchange rate to EUR'],
  [/\brateDate\b/g, 'the rate date'],
  [/\bstartDate\b/g, 'the start date'],
  [/\bendDate\b/g, 'the end date'],
  [/\battributed_breach\b/g, 'an attributed breach'],
];

/**
 * A message as a sentence: API field names become words, and a predicate ("must be …") gets the
 * field's name in front of it; anything else just starts with a capital.
 */
export function sentence(label: string, message: string): string {
  let m = message;
  for (const [re, words] of WORDS) m = m.replace(re, words);
  if (/^(must|should|is|are|cannot|may|at (most|least)|not|needs?|expected)\b/.test(m))
    return `${label} ${m}`;
  // the reference's pattern message lists what it may hold
  if (/^letters\b/.test(m))
    return `${label} may hold only ${m.replace('at most 64', 'at most 64 characters')}`;
  return m ? m[0]!.toUpperCase() + m.slice(1) : m;
}

/**
 * Every problem with the values: the builder's own, then the contracts' Zod schema; the first
 * message a field gets wins. `statusOptions` are the statuses allowed from the loaded one.
 */
export function validate(
  v: FormValues,
  o: { statusOptions: string[]; labels: (path: string) => string },
): Errors {
  const { doc, errors } = buildDoc(v);
  const parsed = CommitmentCreate.safeParse(doc);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.') || 'form';
      if (!errors[path]) errors[path] = sentence(o.labels(path), issue.message);
    }
  }
  if (v.status && !o.statusOptions.includes(v.status)) {
    errors.status ??= `Status cannot become ${v.status} from here`;
  }
  if (v.changeNote.length > LIMITS.noteChars)
    errors.changeNote = `Change note must be at most ${LIMITS.noteChars} characters`;
  return errors;
}

/** JSON with sorted keys and no undefined values, to compare two documents. */
function canon(x: unknown): string {
  return JSON.stringify(x, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(
          Object.entries(val as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : val,
  );
}

export const sameValues = (a: FormValues, b: FormValues) => canon(strip(a)) === canon(strip(b));
/** Row keys are for React only. */
const strip = (v: FormValues) => ({
  ...v,
  conditions: v.conditions.map(({ key: _k, ...r }) => r),
  sources: v.sources.map(({ key: _k, ...r }) => r),
});

/**
 * The PATCH body: the version edited, the fields that differ from it, and the change note.
 * `terms` goes whole (the API replaces terms as one). Returns errors for changes the API cannot
 * express (a date, once given, cannot be removed).
 */
export function buildPatch(
  base: FormValues,
  v: FormValues,
  version: number,
): { patch: Record<string, unknown>; errors: Errors } {
  const before = buildDoc(base).doc;
  const after = buildDoc(v).doc;
  const patch: Record<string, unknown> = { version };
  const errors: Errors = {};
  for (const k of EDITABLE) {
    if (canon(before[k]) === canon(after[k])) continue;
    if (after[k] === undefined) {
      if (CLEARABLE_TEXT.has(k)) patch[k] = '';
      else errors[k] = 'cannot be removed once recorded; change it instead';
      continue;
    }
    patch[k] = after[k];
  }
  if (v.changeNote.trim()) patch.changeNote = v.changeNote.trim();
  return { patch, errors };
}

/** The top-level fields whose values differ (row keys aside). */
export function changedKeys(a: FormValues, b: FormValues): (keyof FormValues)[] {
  const x = strip(a) as Record<string, unknown>;
  const y = strip(b) as Record<string, unknown>;
  return (Object.keys(x) as (keyof FormValues)[]).filter((k) => canon(x[k]) !== canon(y[k]));
}

/** Someone else saved: their version, with the fields this user changed laid over it. */
export function rebase(
  oldBase: FormValues,
  mine: FormValues,
  theirs: FormValues,
): { values: FormValues; both: (keyof FormValues)[] } {
  const mineChanged = changedKeys(oldBase, mine).filter((k) => k !== 'changeNote');
  const theirsChanged = new Set(changedKeys(oldBase, theirs));
  const values = { ...theirs, changeNote: mine.changeNote } as Record<string, unknown>;
  for (const k of mineChanged) values[k] = mine[k];
  return { values: values as unknown as FormValues, both: mineChanged.filter((k) => theirsChanged.has(k)) };
}
