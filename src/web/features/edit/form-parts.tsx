/** Building blocks of the commitment form: a titled group, and a list of repeated rows. */
import type { ReactNode } from 'react';
import { fieldId } from './form-values';

export function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">
        <h2 className="heading-m">{title}</h2>
      </legend>
      {hint ? <p className="hint">{hint}</p> : null}
      {children}
    </fieldset>
  );
}

/** A list of repeated rows (conditions, sources) with add and remove buttons. */
export function Rows<T extends { key: string }>({
  legend,
  noun,
  rows,
  max,
  error,
  fresh,
  onChange,
  render,
}: {
  legend: string;
  noun: string;
  rows: T[];
  max: number;
  error?: string | undefined;
  fresh: () => T;
  onChange: (rows: T[]) => void;
  render: (row: T, index: number, update: (row: T) => void) => ReactNode;
}) {
  const Noun = noun[0]!.toUpperCase() + noun.slice(1);
  return (
    <div className="rows" id={fieldId(legend.toLowerCase())} tabIndex={-1}>
      {error ? <p className="error-message">{error}</p> : null}
      {rows.length === 0 ? <p className="muted">No {noun}s.</p> : null}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="fieldset fieldset--row">
          <legend className="fieldset__legend fieldset__legend--s">
            {Noun} {i + 1}
          </legend>
          {render(row, i, (next) => onChange(rows.map((r) => (r.key === row.key ? next : r))))}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            Remove {noun} {i + 1}
          </button>
        </fieldset>
      ))}
      {rows.length < max ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange([...rows, fresh()])}
        >
          Add {rows.length ? 'another' : 'a'} {noun}
        </button>
      ) : (
        <p className="hint">
          At most {max} {noun}s.
        </p>
      )}
    </div>
  );
}
