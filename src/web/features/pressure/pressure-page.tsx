/**
 * /pressure: the pressure track's measures with their condition (the trigger the Special
 * Commission can determine), supporters and status; the secretariat adds measures and moves their
 * status along the allowed steps.
 */
import { useState } from 'react';
import type { PressureMeasure } from '../../../contracts/pressure';
import { api } from '../../api/client';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { type Column, DataTable } from '../../components/data-table';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary';
import { Select, TextArea, TextInput } from '../../components/field';
import { fmtDate } from '../../components/format';
import { labelOf, TRIGGER_LABELS, TRIGGER_VALUES } from '../../components/labels';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { SourceFields, sourcesOf } from '../../components/source-fields';
import { IllustrativeBadge } from '../../components/tags';
import { formErrors } from '../positions/form-errors';

const KIND_LABELS: Record<PressureMeasure['kind'], string> = {
  sanctions_package: 'Sanctions package',
  asset_measure: 'Asset measure',
  trade_measure: 'Trade measure',
  diplomatic: 'Diplomatic',
  other: 'Other',
};
const STATUS_LABELS: Record<PressureMeasure['status'], string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  in_force: 'In force',
  suspended: 'Suspended',
  lifted: 'Lifted',
};
const FIELDS = ['title', 'kind', 'description', 'condition', 'supporters', 'status', 'sources'];

const list = (signal: AbortSignal) => api<PressureMeasure[]>('/api/pressure', { signal });

function StatusChange({ m, onChanged }: { m: PressureMeasure; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  if (m.allowedStatuses.length === 0) return null;
  return (
    <div>
      <label className="visually-hidden" htmlFor={`status-${m.id}`}>
        Change the status of {m.title}
      </label>
      <select
        id={`status-${m.id}`}
        className="select"
        value=""
        onChange={async (e) => {
          const status = e.target.value;
          if (!status) return;
          try {
            await api(`/api/pressure/${m.id}`, { method: 'PATCH', body: { version: m.version, status } });
            setError(null);
            onChanged();
          } catch (err) {
            setError(err instanceof Error ? err.message : 'not changed');
          }
        }}
      >
        <option value="">Move to…</option>
        {m.allowedStatuses.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      {error ? <p className="error-message">{error}</p> : null}
    </div>
  );
}

function MeasureForm({ onSaved }: { onSaved: () => void }) {
  const [v, setV] = useState({
    title: '',
    kind: 'sanctions_package',
    description: '',
    trigger: 'refusal_to_negotiate',
    conditionText: '',
    supporters: '',
    sourceTitle: '',
    sourceUrl: '',
    illustrative: false,
  });
  const [errors, setErrors] = useState<{ items: SummaryItem[]; byField: Record<string, string> }>({
    items: [],
    byField: {},
  });
  const [focusKey, setFocusKey] = useState(0);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await api('/api/pressure', {
            method: 'POST',
            body: {
              title: v.title,
              kind: v.kind,
              description: v.description,
              condition: { trigger: v.trigger, text: v.conditionText },
              supporters: v.supporters
                .split(/[\s,]+/)
                .map((s) => s.trim().toUpperCase())
                .filter(Boolean),
              sources: sourcesOf(v),
              illustrative: v.illustrative,
            },
          });
          setErrors({ items: [], byField: {} });
          setV({ ...v, title: '', description: '', conditionText: '', supporters: '' });
          onSaved();
        } catch (err) {
          setErrors(formErrors(err, 'pm', FIELDS));
          setFocusKey((k) => k + 1);
        }
      }}
    >
      <ErrorSummary items={errors.items} focusKey={focusKey} />
      <TextInput
        id="pm-title"
        label="Title"
        value={v.title}
        onChange={set('title')}
        error={errors.byField.title}
      />
      <Select
        id="pm-kind"
        label="Kind"
        value={v.kind}
        onChange={set('kind')}
        options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <TextArea
        id="pm-description"
        label="Description"
        rows={3}
        value={v.description}
        onChange={set('description')}
        error={errors.byField.description}
      />
      <Select
        id="pm-condition"
        label="Condition: the determination that calls for it"
        hint="A trigger the Special Commission can determine, e.g. a refusal to negotiate."
        value={v.trigger}
        onChange={set('trigger')}
        error={errors.byField.condition}
        options={TRIGGER_VALUES.map((t) => ({ value: t, label: TRIGGER_LABELS[t] }))}
      />
      <TextInput
        id="pm-conditionText"
        label="Condition as worded"
        value={v.conditionText}
        onChange={set('conditionText')}
      />
      <TextInput
        id="pm-supporters"
        label="Supporters"
        hint="Party codes, e.g. FR GB DE EU."
        value={v.supporters}
        onChange={set('supporters')}
        error={errors.byField.supporters}
      />
      <SourceFields
        idPrefix="pm"
        values={v}
        onChange={(change) => setV({ ...v, ...change })}
        error={errors.byField.sources}
        illustrativeLabel="Illustrative: not a public fact"
      />
      <button type="submit" className="button">
        Add the measure
      </button>
    </form>
  );
}

export default function PressurePage() {
  usePageTitle('Pressure track');
  const { user } = useSession();
  const measures = useResource(user === undefined ? null : `pressure:${user?.id ?? ''}`, list);
  const manage = user?.role === 'secretariat';
  const columns: Column<PressureMeasure>[] = [
    {
      key: 'title',
      header: 'Measure',
      className: 'col-title',
      cell: (m) => (
        <>
          {m.title} {m.illustrative ? <IllustrativeBadge /> : null}
          <span className="hint" style={{ display: 'block' }}>
            {KIND_LABELS[m.kind]}
            {m.sources[0]?.url ? (
              <>
                {' · '}
                <a href={m.sources[0].url} rel="noreferrer noopener" target="_blank">
                  source
                </a>
              </>
            ) : null}
          </span>
        </>
      ),
    },
    {
      key: 'condition',
      header: 'Condition',
      cell: (m) => (
        <>
          <strong>{labelOf(TRIGGER_LABELS, m.condition.trigger)}</strong>
          {m.condition.text ? <span style={{ display: 'block' }}>{m.condition.text}</span> : null}
        </>
      ),
    },
    { key: 'supporters', header: 'Supporters', cell: (m) => m.supporters.join(', ') },
    {
      key: 'status',
      header: 'Status',
      cell: (m) => (
        <>
          <strong className="tag">{STATUS_LABELS[m.status]}</strong>
          {m.dates[m.status] ? (
            <span style={{ display: 'block' }}>since {fmtDate(m.dates[m.status])}</span>
          ) : null}
          {manage ? <StatusChange m={m} onChanged={measures.reload} /> : null}
        </>
      ),
    },
  ];
  return (
    <>
      <h1 className="heading-l">Pressure track</h1>
      <p className="lead">
        Measures on Russia beside the guarantees: sanctions packages, asset measures and others, each with the
        condition that calls for it, its supporters and its status.
      </p>
      {measures.error ? (
        <ErrorMessage error={measures.error} retry={measures.reload} />
      ) : !measures.data ? (
        <Loading what="Loading the measures" />
      ) : (
        <DataTable
          caption="Pressure measures"
          columns={columns}
          rows={measures.data}
          rowKey={(m) => m.id}
          busy={measures.loading}
          empty="No measure yet."
        />
      )}
      {manage ? (
        <>
          <h2 className="heading-m">Add a measure</h2>
          <MeasureForm onSaved={measures.reload} />
        </>
      ) : null}
    </>
  );
}
