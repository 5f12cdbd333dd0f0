import type { ReactNode } from 'react';

/** The GOV.UK summary list: key and value rows. */
export function SummaryList({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="summary-list">
      {rows.map(([k, v]) => (
        <div className="summary-list__row" key={k}>
          <dt className="summary-list__key">{k}</dt>
          <dd className="summary-list__value">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
