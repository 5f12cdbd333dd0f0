/**
 * The analysis's suggested terms (`prefill`) as changes to the form. Each term is a group of
 * fields (a quantity is value, unit and "up to"); a group whose fields are empty can be filled,
 * one the drafter has already filled differently is replaced only if they say so.
 */
import type { Analysis } from '../../api/endpoints';
import { fmtDate, fmtMoney, fmtNumber, plural } from '../../components/format';
import { labelOf, TRIGGER_LABELS } from '../../components/labels';
import { LABELS } from './field-labels';
import type { FormValues } from './form-values';

export type TermKey =
  | 'quantity'
  | 'money'
  | 'durationMonths'
  | 'responseTimeHours'
  | 'startDate'
  | 'endDate'
  | 'trigger';
type Field = keyof FormValues;
type Scalar = string | boolean;

export interface TermProposal {
  key: TermKey;
  label: string;
  /** The suggested term in words ("up to 2,000 troops"). */
  display: string;
  /** The fields it sets and their suggested values. */
  set: Partial<Record<Field, Scalar>>;
  /** empty: the form has nothing here yet; same: it already says this; different: it says something else. */
  state: 'empty' | 'same' | 'different';
  /** What the form holds now, in words, where it differs. */
  current: string;
}

const isEmpty = (f: Field, v: unknown) => v === '' || v === false || (f === 'trigger.kind' && v === 'none');

/** "2027" → 2027-01-01 (a start) or 2027-12-31 (an end); "2027-03" → the first or last of March. */
export function fullDate(iso: string, end: boolean): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return iso;
  if (mo) {
    if (!end) return `${y}-${mo}-01`;
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return `${y}-${mo}-${String(last).padStart(2, '0')}`;
  }
  return end ? `${y}-12-31` : `${y}-01-01`;
}

function describeCurrent(key: TermKey, v: FormValues): string {
  switch (key) {
    case 'quantity':
      return `${v['terms.quantity.ceiling'] ? 'up to ' : ''}${v['terms.quantity.value'] || '?'} ${v['terms.quantity.unit'] || ''}`.trim();
    case 'money':
      return `${v['terms.money.ceiling'] ? 'up to ' : ''}${v['terms.money.amount'] || '?'} ${v['terms.money.currency'] || ''}`.trim();
    case 'durationMonths':
      return `${v['terms.durationMonths']} months`;
    case 'responseTimeHours':
      return `${v['terms.responseTimeHours']} hours`;
    case 'startDate':
      return fmtDate(v['terms.startDate']);
    case 'endDate':
      return fmtDate(v['terms.endDate']);
    case 'trigger':
      return labelOf(TRIGGER_LABELS, v['trigger.kind']);
  }
}

/** The terms the analysis suggests, compared with what the form holds. */
export function proposalsFor(a: Analysis, v: FormValues): TermProposal[] {
  const p = a.prefill;
  const out: Omit<TermProposal, 'state' | 'current'>[] = [];
  if (p.quantity && p.quantity.value > 0) {
    const q = a.quantities.find((x) => x.kind !== 'money' && x.value === p.quantity!.value);
    const ceiling = !!q?.ceiling;
    const unit = p.quantity.unit;
    out.push({
      key: 'quantity',
      label: 'Quantity',
      display: `${ceiling ? 'up to ' : ''}${fmtNumber(p.quantity.value)}${unit ? ` ${unit}` : ' (no unit found)'}`,
      set: {
        'terms.quantity.value': String(p.quantity.value),
        ...(unit ? { 'terms.quantity.unit': unit } : {}),
        'terms.quantity.ceiling': ceiling,
      },
    });
  }
  if (p.money && p.money.amount > 0) {
    const m = a.quantities.find((x) => x.kind === 'money' && x.value === p.money!.amount);
    const ceiling = !!m?.ceiling;
    out.push({
      key: 'money',
      label: 'Money',
      display: `${ceiling ? 'up to ' : ''}${fmtMoney(p.money.amount, p.money.currency)}`,
      set: {
        'terms.money.amount': String(p.money.amount),
        'terms.money.currency': p.money.currency,
        'terms.money.ceiling': ceiling,
      },
    });
  }
  const months = p.durationMonths !== undefined ? Math.round(p.durationMonths) : 0;
  if (months >= 1) {
    out.push({
      key: 'durationMonths',
      label: LABELS['terms.durationMonths']!,
      display: plural(months, 'month'),
      set: { 'terms.durationMonths': String(months) },
    });
  }
  if (p.responseTimeHours !== undefined && p.responseTimeHours > 0) {
    out.push({
      key: 'responseTimeHours',
      label: LABELS['terms.responseTimeHours']!,
      display: `within ${plural(p.responseTimeHours, 'hour')}${
        p.responseTimeHours >= 48 && p.responseTimeHours % 24 === 0
          ? ` (${plural(p.responseTimeHours / 24, 'day')})`
          : ''
      }`,
      set: { 'terms.responseTimeHours': String(p.responseTimeHours) },
    });
  }
  const start = p.startDate ? fullDate(p.startDate, false) : null;
  if (start) {
    out.push({
      key: 'startDate',
      label: LABELS['terms.startDate']!,
      display: fmtDate(start),
      set: { 'terms.startDate': start },
    });
  }
  const end = p.endDate ? fullDate(p.endDate, true) : null;
  if (end) {
    out.push({
      key: 'endDate',
      label: LABELS['terms.endDate']!,
      display: fmtDate(end),
      set: { 'terms.endDate': end },
    });
  }
  if (p.trigger) {
    out.push({
      key: 'trigger',
      label: 'Trigger',
      display: labelOf(TRIGGER_LABELS, p.trigger),
      set: { 'trigger.kind': p.trigger },
    });
  }
  return out.map((t) => {
    const fields = Object.entries(t.set) as [Field, Scalar][];
    // an unticked "up to" and the trigger "none" are no claim of the drafter's: they count as empty
    const differs = fields.some(([f, x]) => !isEmpty(f, v[f]) && v[f] !== x);
    const same = fields.every(([f, x]) => v[f] === x);
    const state = same ? 'same' : differs ? 'different' : 'empty';
    return { ...t, state, current: state === 'different' ? describeCurrent(t.key, v) : '' };
  });
}

export interface Applied {
  /** What the fields held before, and what they were set to. */
  previous: Partial<FormValues>;
  set: Partial<FormValues>;
  labels: string[];
}

/** The values to set for the chosen proposals, and the values they replace (for undo). */
export function applyProposals(v: FormValues, chosen: TermProposal[]): Applied & { next: FormValues } {
  const next = { ...v } as Record<string, unknown>;
  const previous: Record<string, unknown> = {};
  const set: Record<string, unknown> = {};
  const labels: string[] = [];
  for (const t of chosen) {
    let changed = false;
    for (const [f, x] of Object.entries(t.set) as [Field, Scalar][]) {
      if (v[f] === x) continue;
      previous[f] = v[f];
      next[f] = x;
      set[f] = x;
      changed = true;
    }
    if (changed) labels.push(t.label);
  }
  return {
    next: next as unknown as FormValues,
    previous: previous as Partial<FormValues>,
    set: set as Partial<FormValues>,
    labels,
  };
}

/**
 * Undo: the fields put back as they were, except those the drafter has changed since (their
 * later typing is kept). Returns the values and the labels of the fields kept.
 */
export function undoApplied(v: FormValues, a: Applied): { next: FormValues; kept: string[] } {
  const next = { ...v } as Record<string, unknown>;
  const kept = new Set<string>();
  for (const [f, before] of Object.entries(a.previous)) {
    if (v[f as Field] === a.set[f as Field]) next[f] = before;
    else kept.add(LABELS[f] ?? f);
  }
  return { next: next as unknown as FormValues, kept: [...kept] };
}
