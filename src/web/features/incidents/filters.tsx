/**
 * The period, the baseline and the filters of the incidents page. Nothing changes until "Apply",
 * so a screen reader user is not surprised by a changing page; the state goes to the URL.
 */
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { FilterGroup } from '../../components/filter-group';
import { keysOf, REGION_LABELS, TYPE_LABELS, VERIFICATION_LABELS } from './labels';
import { FILTER_KEYS, type FilterKey, type IncidentsState } from './query';

const GROUPS: { key: FilterKey; legend: string; labels: Record<string, string> }[] = [
  { key: 'region', legend: 'Region', labels: REGION_LABELS },
  { key: 'type', legend: 'Type', labels: TYPE_LABELS },
  { key: 'status', legend: 'Verification', labels: VERIFICATION_LABELS },
];

export function describeFilters(s: IncidentsState): string[] {
  return GROUPS.filter((g) => s.filters[g.key].length > 0).map(
    (g) => `${g.legend}: ${s.filters[g.key].map((v) => g.labels[v] ?? v).join(', ')}`,
  );
}

export function IncidentFilters({
  state,
  onApply,
}: {
  state: IncidentsState;
  onApply: (next: IncidentsState) => void;
}) {
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const str = (k: string) => String(data.get(k) ?? '');
    onApply({
      ...state,
      from: str('from'),
      to: str('to'),
      baselineFrom: str('baselineFrom'),
      baselineTo: str('baselineTo'),
      filters: Object.fromEntries(FILTER_KEYS.map((k) => [k, data.getAll(k).map(String)])) as Record<
        FilterKey,
        string[]
      >,
      page: 1,
    });
  }
  const date = (id: string, label: string, value: string, hint?: string) => (
    <div className="form-group">
      <label className="label" htmlFor={`f-${id}`}>
        {label}
      </label>
      {hint ? (
        <div className="hint" id={`f-${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <input
        id={`f-${id}`}
        name={id}
        type="date"
        className="input"
        defaultValue={value}
        aria-describedby={hint ? `f-${id}-hint` : undefined}
      />
    </div>
  );
  return (
    <form className="filters" onSubmit={submit} aria-label="Period and filters">
      <div className="filters__row">
        {date('from', 'From', state.from, 'Days on Kyiv time')}
        {date('to', 'To', state.to, 'Inclusive')}
        {date('baselineFrom', 'Baseline from', state.baselineFrom, 'Default: the 30 days before')}
        {date('baselineTo', 'Baseline to', state.baselineTo, 'Give both, or neither')}
      </div>
      <div className="filters__groups">
        {GROUPS.map((g) => (
          <FilterGroup
            key={g.key}
            field={g.key}
            legend={g.legend}
            group="incident-filter-groups"
            options={keysOf(g.labels).map((v) => ({ value: v, label: g.labels[v] ?? v }))}
            chosen={new Set(state.filters[g.key])}
          />
        ))}
      </div>
      <div className="button-group">
        <button type="submit" className="button">
          Apply
        </button>
        <Link to="/incidents" className="link">
          Reset
        </Link>
      </div>
    </form>
  );
}
