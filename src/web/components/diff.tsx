/**
 * Field-by-field differences between two versions of a commitment, as the server computes them
 * (core/commitments/diff.ts: dotted paths, before → after), and a table that shows them.
 */
import type { Change } from '../../contracts/diff';
import { fmtNumber } from './format';
import {
  CLASSIFICATION_LABELS,
  COMPLETION_LABELS,
  CONDITION_LABELS,
  KIND_LABELS,
  LEGAL_FORM_LABELS,
  PILLAR_LONG,
  SEVERITY_LABELS,
  STATUS_LABELS,
  TRIGGER_LABELS,
} from './labels';

export { type Change, diffDocs } from '../../contracts/diff';

const isObj = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const SEGMENTS: Record<string, string> = {
  ref: 'Reference',
  guarantor: 'Guarantor',
  beneficiary: 'Beneficiary',
  pillar: 'Pillar',
  kind: 'Kind',
  title: 'Title',
  text: 'Original text',
  lang: 'Language',
  translation: 'English translation',
  terms: 'Terms',
  quantity: 'quantity',
  value: 'value',
  unit: 'unit',
  ceiling: '“up to”',
  money: 'money',
  amount: 'amount',
  currency: 'currency',
  eurAmount: 'EUR equivalent',
  eurPerUnit: 'EUR rate',
  rateDate: 'rate date',
  rateSource: 'rate source',
  startDate: 'start date',
  endDate: 'end date',
  durationMonths: 'duration in months',
  responseTimeHours: 'response time in hours',
  trigger: 'Trigger',
  severity: 'severity',
  conditions: 'Conditions',
  satisfied: 'satisfied',
  legalForm: 'Legal form',
  status: 'Status',
  classification: 'Classification',
  completion: 'Completion',
  completionEvidence: 'Completion evidence',
  announcedOn: 'Announced on',
  agreementRef: 'Agreement',
  sources: 'Sources',
  url: 'web address',
  publishedOn: 'published on',
  illustrative: 'Illustrative',
  note: 'Note',
  version: 'Version',
};

/** `terms.money.amount` → "Terms › money › amount"; `conditions.0.text` → "Conditions › 1 › text". */
export function fieldLabel(path: string): string {
  return path
    .split('.')
    .map((s) => (/^\d+$/.test(s) ? `#${Number(s) + 1}` : (SEGMENTS[s] ?? s)))
    .join(' › ');
}

const VALUE_LABELS: Record<string, Record<string, string>> = {
  pillar: PILLAR_LONG,
  kind: KIND_LABELS,
  status: STATUS_LABELS,
  classification: CLASSIFICATION_LABELS,
  completion: COMPLETION_LABELS,
  legalForm: LEGAL_FORM_LABELS,
  'trigger.kind': TRIGGER_LABELS,
  'trigger.severity': SEVERITY_LABELS,
};

function Value({ path, v }: { path: string; v: unknown }) {
  if (v === null || v === undefined || v === '') return <span className="muted">(none)</span>;
  const labels: Record<string, string> | undefined =
    VALUE_LABELS[path] ?? (/^conditions\.\d+\.kind$/.test(path) ? CONDITION_LABELS : undefined);
  if (typeof v === 'string') return <span className="diff__text">{labels?.[v] ?? v}</span>;
  if (typeof v === 'number') return <>{fmtNumber(v, 6)}</>;
  if (typeof v === 'boolean') return <>{v ? 'Yes' : 'No'}</>;
  if (Array.isArray(v)) {
    if (v.length === 0) return <span className="muted">(none)</span>;
    return (
      <ol className="diff__list">
        {v.map((x, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: list items are compared by position
          <li key={i}>{isObj(x) ? describeObject(x) : String(x)}</li>
        ))}
      </ol>
    );
  }
  if (isObj(v)) return <>{describeObject(v)}</>;
  return <code className="diff__json">{JSON.stringify(v)}</code>;
}

/** `{kind: 'mandate', text: '…', satisfied: false}` → "kind: Mandate; text: …; satisfied: No". */
function describeObject(o: Record<string, unknown>): string {
  return Object.entries(o)
    .map(([k, x]) => {
      const labels =
        k === 'kind'
          ? { ...CONDITION_LABELS, ...TRIGGER_LABELS }
          : k === 'severity'
            ? SEVERITY_LABELS
            : undefined;
      const shown =
        typeof x === 'boolean'
          ? x
            ? 'Yes'
            : 'No'
          : typeof x === 'string'
            ? ((labels as Record<string, string> | undefined)?.[x] ?? x)
            : JSON.stringify(x);
      return `${SEGMENTS[k] ?? k}: ${shown}`;
    })
    .join('; ');
}

export function DiffTable({ changes, caption }: { changes: Change[]; caption: string }) {
  if (changes.length === 0) return <p className="muted">No field changed.</p>;
  return (
    <table className="table table--compact diff">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.path}>
            <th scope="row">{fieldLabel(c.path)}</th>
            <td className="diff__before">
              <span className="visually-hidden">Before: </span>
              <Value path={c.path} v={c.before} />
            </td>
            <td className="diff__after">
              <span className="visually-hidden">After: </span>
              <Value path={c.path} v={c.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
