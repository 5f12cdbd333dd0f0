/**
 * The register's filters: a free-text search and one group of checkboxes a vocabulary. Nothing
 * changes until "Apply filters", so a screen reader user is not surprised by a changing table.
 */
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import type { PartyInfo } from '../../api/endpoints';
import { FilterGroup } from '../../components/filter-group';
import {
  CLASSIFICATION_LABELS,
  CLASSIFICATION_VALUES,
  CONCRETENESS_LABELS,
  CONCRETENESS_VALUES,
  KIND_LABELS,
  KIND_VALUES,
  labelOf,
  PILLAR_SHORT,
  PILLAR_VALUES,
  STATUS_LABELS,
  STATUS_VALUES,
  TRIGGER_LABELS,
  TRIGGER_VALUES,
} from '../../components/labels';
import { FILTER_KEYS, type FilterKey, hasFilters, PAGE_SIZES, type RegisterState } from './query';

interface Group {
  key: FilterKey;
  legend: string;
  options: { value: string; label: string }[];
}

const opts = (values: readonly string[], labels: Record<string, string>) =>
  values.map((v) => ({ value: v, label: labelOf(labels, v) }));

export function groupsFor(parties: PartyInfo[] | undefined, state: RegisterState): Group[] {
  const known = new Set((parties ?? []).map((p) => p.code));
  const partyOptions = [
    ...(parties ?? []).map((p) => ({ value: p.code, label: `${p.name} (${p.code})` })),
    // a code in the URL that the list does not have (yet) stays visible and can be unticked
    ...state.filters.guarantor.filter((c) => !known.has(c)).map((c) => ({ value: c, label: c })),
  ];
  return [
    { key: 'guarantor', legend: 'Guarantor', options: partyOptions },
    { key: 'pillar', legend: 'Pillar', options: opts(PILLAR_VALUES, PILLAR_SHORT) },
    { key: 'kind', legend: 'Kind', options: opts(KIND_VALUES, KIND_LABELS) },
    { key: 'status', legend: 'Status', options: opts(STATUS_VALUES, STATUS_LABELS) },
    { key: 'trigger', legend: 'Trigger', options: opts(TRIGGER_VALUES, TRIGGER_LABELS) },
    {
      key: 'classification',
      legend: 'Classification',
      options: opts(CLASSIFICATION_VALUES, CLASSIFICATION_LABELS),
    },
    { key: 'concreteness', legend: 'Concreteness', options: opts(CONCRETENESS_VALUES, CONCRETENESS_LABELS) },
  ];
}

export function Filters({
  state,
  parties,
  onApply,
}: {
  state: RegisterState;
  parties: PartyInfo[] | undefined;
  onApply: (next: RegisterState) => void;
}) {
  const groups = groupsFor(parties, state);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, data.getAll(k).map(String)])) as Record<
      FilterKey,
      string[]
    >;
    onApply({
      ...state,
      filters,
      q: String(data.get('q') ?? ''),
      pageSize: Number(data.get('pageSize')) || state.pageSize,
      page: 1,
    });
  }

  return (
    <form className="filters" onSubmit={submit} aria-label="Filter the register">
      <div className="filters__row">
        <div className="form-group filters__search">
          <label className="label" htmlFor="q">
            Search
          </label>
          <div className="hint" id="q-hint">
            Reference, title, text or translation
          </div>
          <input
            id="q"
            name="q"
            type="search"
            className="input"
            defaultValue={state.q}
            aria-describedby="q-hint"
          />
        </div>
        <div className="form-group filters__size">
          <label className="label" htmlFor="pageSize">
            Rows per page
          </label>
          <select id="pageSize" name="pageSize" className="select" defaultValue={String(state.pageSize)}>
            {[...new Set([...PAGE_SIZES, state.pageSize])]
              .sort((a, b) => a - b)
              .map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
          </select>
        </div>
      </div>
      <div className="filters__groups">
        {groups.map((g) => (
          <FilterGroup
            key={g.key}
            field={g.key}
            legend={g.legend}
            group="filter-groups"
            options={g.options}
            chosen={new Set(state.filters[g.key])}
          />
        ))}
      </div>
      <div className="button-group">
        <button type="submit" className="button">
          Apply filters
        </button>
        {hasFilters(state) ? (
          <Link to="/commitments" className="link">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** "Status: In force, Signed · Guarantor: GB" for the filters in force. */
export function describeFilters(state: RegisterState, parties: PartyInfo[] | undefined): string[] {
  const out: string[] = [];
  if (state.q.trim()) out.push(`Search: “${state.q.trim()}”`);
  for (const g of groupsFor(parties, state)) {
    const chosen = state.filters[g.key];
    if (chosen.length === 0) continue;
    const labels = chosen.map((v) => g.options.find((o) => o.value === v)?.label ?? v);
    out.push(`${g.legend}: ${labels.join(', ')}`);
  }
  return out;
}
