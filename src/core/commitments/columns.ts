/**
 * The register as a sheet: one row a commitment, stable column names, in the spirit of the Kiel
 * Ukraine Support Tracker's releases (up to four sources a row). Documented in docs/columns.md;
 * export writes every column, import reads the input ones and ignores the export-only ones.
 */
import type { CommitmentCreate, CommitmentView } from '../../contracts/commitment';

export const INPUT_COLUMNS = [
  'ref',
  'guarantor',
  'beneficiary',
  'pillar',
  'kind',
  'title',
  'text',
  'lang',
  'translation',
  'quantity_value',
  'quantity_unit',
  'quantity_ceiling',
  'money_amount',
  'money_currency',
  'money_ceiling',
  'eur_per_unit',
  'rate_date',
  'start_date',
  'end_date',
  'duration_months',
  'response_time_hours',
  'trigger',
  'trigger_severity',
  'conditions',
  'legal_form',
  'status',
  'classification',
  'completion',
  'completion_evidence',
  'announced_on',
  'agreement_ref',
  'source_1_title',
  'source_1_url',
  'source_1_date',
  'source_2_title',
  'source_2_url',
  'source_2_date',
  'source_3_title',
  'source_3_url',
  'source_3_date',
  'source_4_title',
  'source_4_url',
  'source_4_date',
  'illustrative',
  'note',
] as const;
export const EXPORT_ONLY_COLUMNS = [
  'id',
  'version',
  'guarantor_name',
  'eur_amount',
  'pct_gdp',
  'updated_at',
] as const;
export const EXPORT_COLUMNS = [
  ...EXPORT_ONLY_COLUMNS.slice(0, 1),
  ...INPUT_COLUMNS,
  ...EXPORT_ONLY_COLUMNS.slice(1),
] as const;

type Cell = string | number | boolean | null;
export type SheetRow = Record<string, Cell>;

const s = (v: unknown) => (v === undefined || v === null ? '' : String(v));

export function toRow(c: CommitmentView): SheetRow {
  const src = (i: number) => c.sources[i];
  const t = c.terms;
  const row: SheetRow = {
    id: c.id,
    ref: c.ref,
    guarantor: c.guarantor,
    beneficiary: c.beneficiary,
    pillar: c.pillar,
    kind: c.kind,
    title: c.title,
    text: c.text,
    lang: c.lang,
    translation: s(c.translation),
    quantity_value: t.quantity?.value ?? null,
    quantity_unit: s(t.quantity?.unit),
    quantity_ceiling: t.quantity?.ceiling ?? null,
    money_amount: t.money?.amount ?? null,
    money_currency: s(t.money?.currency),
    money_ceiling: t.money?.ceiling ?? null,
    eur_per_unit: t.money?.eurPerUnit ?? null,
    rate_date: s(t.money?.rateDate),
    start_date: s(t.startDate),
    end_date: s(t.endDate),
    duration_months: t.durationMonths ?? null,
    response_time_hours: t.responseTimeHours ?? null,
    trigger: c.trigger.kind,
    trigger_severity: s(c.trigger.severity),
    conditions: c.conditions.length ? JSON.stringify(c.conditions) : '',
    legal_form: c.legalForm,
    status: c.status,
    classification: c.classification,
    completion: c.completion,
    completion_evidence: s(c.completionEvidence),
    announced_on: s(c.announcedOn),
    agreement_ref: s(c.agreementRef),
    illustrative: c.illustrative,
    note: s(c.note),
    version: c.version,
    guarantor_name: c.guarantorName,
    eur_amount: t.money?.eurAmount ?? null,
    pct_gdp: c.pctGdp,
    updated_at: c.updatedAt,
  };
  for (let i = 0; i < 4; i++) {
    row[`source_${i + 1}_title`] = s(src(i)?.title);
    row[`source_${i + 1}_url`] = s(src(i)?.url);
    row[`source_${i + 1}_date`] = s(src(i)?.publishedOn);
  }
  return row;
}

/** A sheet row as the API's create body, before validation. Empty cells are absent fields. */
export function fromRow(row: SheetRow): {
  body: Record<string, unknown>;
  errors: { path: string; message: string }[];
} {
  const errors: { path: string; message: string }[] = [];
  const get = (k: string): string | undefined => {
    const v = row[k];
    if (v === null || v === undefined) return undefined;
    const t = String(v).trim();
    return t === '' ? undefined : t;
  };
  const num = (k: string) => {
    const v = get(k);
    if (v === undefined) return undefined;
    const n = Number(v.replace(/[\s_]/g, ''));
    if (!Number.isFinite(n)) errors.push({ path: k, message: `not a number: ${v}` });
    return n;
  };
  const bool = (k: string) => {
    const v = get(k)?.toLowerCase();
    if (v === undefined) return undefined;
    if (['true', 'yes', '1', 'y'].includes(v)) return true;
    if (['false', 'no', '0', 'n'].includes(v)) return false;
    errors.push({ path: k, message: `not true/false: ${v}` });
    return undefined;
  };
  const known = new Set<string>([...INPUT_COLUMNS, ...EXPORT_ONLY_COLUMNS]);
  for (const k of Object.keys(row))
    if (!known.has(k)) errors.push({ path: k, message: 'unknown column (see docs/columns.md)' });

  let conditions: unknown;
  const condText = get('conditions');
  if (condText) {
    try {
      conditions = JSON.parse(condText);
    } catch {
      errors.push({ path: 'conditions', message: 'must be a JSON array of {kind, text, satisfied}' });
    }
  }
  const qv = num('quantity_value');
  const ma = num('money_amount');
  const sources = [1, 2, 3, 4]
    .map((i) => ({
      title: get(`source_${i}_title`),
      url: get(`source_${i}_url`),
      publishedOn: get(`source_${i}_date`),
    }))
    .filter((x) => x.title || x.url || x.publishedOn)
    .map((x) => prune({ ...x, title: x.title ?? x.url ?? '' }));
  const body = prune({
    ref: get('ref'),
    guarantor: get('guarantor'),
    beneficiary: get('beneficiary'),
    pillar: get('pillar'),
    kind: get('kind'),
    title: get('title'),
    text: get('text'),
    lang: get('lang'),
    translation: get('translation'),
    terms: prune({
      quantity:
        qv === undefined && !get('quantity_unit')
          ? undefined
          : prune({ value: qv, unit: get('quantity_unit'), ceiling: bool('quantity_ceiling') }),
      money:
        ma === undefined && !get('money_currency')
          ? undefined
          : prune({
              amount: ma,
              currency: get('money_currency'),
              ceiling: bool('money_ceiling'),
              eurPerUnit: num('eur_per_unit'),
              rateDate: get('rate_date'),
            }),
      startDate: get('start_date'),
      endDate: get('end_date'),
      durationMonths: num('duration_months'),
      responseTimeHours: num('response_time_hours'),
    }),
    trigger: get('trigger') ? prune({ kind: get('trigger'), severity: get('trigger_severity') }) : undefined,
    conditions,
    legalForm: get('legal_form'),
    status: get('status'),
    classification: get('classification'),
    completion: get('completion'),
    completionEvidence: get('completion_evidence'),
    announcedOn: get('announced_on'),
    agreementRef: get('agreement_ref'),
    sources: sources.length ? sources : undefined,
    illustrative: bool('illustrative'),
    note: get('note'),
  } satisfies Partial<Record<keyof CommitmentCreate, unknown>>);
  return { body, errors };
}

function prune<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
