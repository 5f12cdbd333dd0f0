/** Small pieces the force-generation tabs share: names, readiness tags, caveat chips, filters. */
import { type FormEvent, type ReactNode, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Caveat, ForceGenScenario, Readiness } from '../../../contracts/forcegen';
import { Select } from '../../components/field';
import { fmtNumber, plural } from '../../components/format';
import {
  CAPABILITY_LABELS,
  CAPABILITY_ORDER,
  CAVEAT_LABELS,
  MANDATE_LABELS,
  READINESS_HINTS,
  READINESS_LABELS,
  READINESS_TONE,
} from './labels';

export interface Names {
  nation: (id: string) => string;
  region: (id: string) => string;
}

/** Display names of the scenario's nations and regions (the id where there is none). */
export function useNames(scenario: ForceGenScenario | undefined): Names {
  return useMemo(() => {
    const nations = new Map((scenario?.nations ?? []).map((n) => [n.id, n.name || n.id]));
    const regions = new Map((scenario?.regions ?? []).map((r) => [r.id, r.name || r.id]));
    return {
      nation: (id: string) => nations.get(id) ?? id,
      region: (id: string) => regions.get(id) ?? id,
    };
  }, [scenario]);
}

export const days = (n: number) => plural(n, 'day');

export function ReadinessTag({ readiness }: { readiness: Readiness }) {
  return (
    <strong className={`tag tag--${READINESS_TONE[readiness]}`} title={READINESS_HINTS[readiness]}>
      {READINESS_LABELS[readiness]}
    </strong>
  );
}

export function caveatInWords(c: Caveat, names: Names): string {
  switch (c.kind) {
    case 'region_limit':
      return `Only in ${c.regions.map(names.region).join(', ')}`;
    case 'needs_mandate':
      return `Needs a mandate: ${MANDATE_LABELS[c.mandate]}`;
    case 'max_duration_days':
      return `At most ${days(c.days)} a unit`;
    default:
      return CAVEAT_LABELS[c.kind];
  }
}

export function CaveatChips({ caveats, names }: { caveats: Caveat[]; names: Names }) {
  if (caveats.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="chips" aria-label="Caveats">
      {caveats.map((c) => (
        <li key={c.kind} className="chip" title={c.note || undefined}>
          {caveatInWords(c, names)}
          {c.note ? <span className="visually-hidden"> (national wording: {c.note})</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** "Day 0 to day 365", "From day 30, open-ended". */
export function windowInWords(from: number, until: number | null): string {
  if (until === null) return from === 0 ? 'Open-ended from day 0' : `From day ${fmtNumber(from)}, open-ended`;
  return `Day ${fmtNumber(from)} to day ${fmtNumber(until)}`;
}

export const PRIORITY_WORDS: Record<number, string> = {
  1: 'critical',
  2: 'essential',
  3: 'important',
  4: 'useful',
  5: 'desirable',
};

export interface FilterSpec {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  all: string;
}

/** The capability filter, which the requirements and the offers share. */
export const capabilityFilter = (value: string): FilterSpec => ({
  name: 'capability',
  label: 'Capability',
  value,
  all: 'All capabilities',
  options: CAPABILITY_ORDER.map((c) => ({ value: c, label: CAPABILITY_LABELS[c] })),
});

/**
 * Filters of one tab as selects applied by a button (a changing select alone does not reload
 * the table under a screen reader's feet). Values live in the URL: applying sets them (an empty
 * one is dropped), and "Clear filters" is a link to the URL without them.
 */
export function TabFilters({
  idPrefix,
  filters,
  children,
}: {
  idPrefix: string;
  filters: FilterSpec[];
  children?: ReactNode;
}) {
  const [params, setParams] = useSearchParams();
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const values = filters.map((f) => [f.name, String(data.get(f.name) ?? '')] as const);
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        for (const [k, x] of values) x ? n.set(k, x) : n.delete(k);
        return n;
      },
      { preventScrollReset: true },
    );
  }
  // the current URL without this tab's filters
  const cleared = new URLSearchParams(params);
  for (const f of filters) cleared.delete(f.name);
  const clearHref = filters.some((f) => f.value) ? `?${cleared}` : null;
  return (
    <form className="fg-filters" onSubmit={submit} aria-label="Filters">
      <div className="row">
        {filters.map((f) => (
          <Select
            key={`${f.name}:${f.value}`}
            id={`${idPrefix}-${f.name}`}
            name={f.name}
            label={f.label}
            defaultValue={f.value}
            options={f.options}
            placeholder={f.all}
          />
        ))}
        <div className="button-group fg-filters__actions">
          <button type="submit" className="button button--secondary">
            Apply filters
          </button>
          {clearHref ? (
            <Link to={clearHref} preventScrollReset>
              Clear filters
            </Link>
          ) : null}
        </div>
        {children}
      </div>
    </form>
  );
}
