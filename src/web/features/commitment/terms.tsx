/** A commitment's structured terms, trigger and conditions, in words. */
import type { ReactNode } from 'react';
import type { Commitment } from '../../api/endpoints';
import { fmtDate, fmtEur, fmtMoney, fmtNumber, fmtPct, plural } from '../../components/format';
import { CONDITION_LABELS, labelOf, SEVERITY_LABELS, TRIGGER_LABELS } from '../../components/labels';
import { SummaryList } from '../../components/summary-list';

export function TermsInWords({ c }: { c: Commitment }) {
  const t = c.terms;
  const rows: [string, ReactNode][] = [];
  if (t.quantity) {
    rows.push([
      'Quantity',
      `${t.quantity.ceiling ? 'Up to ' : ''}${fmtNumber(t.quantity.value)} ${t.quantity.unit}`,
    ]);
  }
  if (t.money) {
    const m = t.money;
    rows.push([
      'Money',
      <>
        {m.ceiling ? 'Up to ' : ''}
        <strong>{fmtMoney(m.amount, m.currency)}</strong>
        {m.currency !== 'EUR' ? (
          <>
            {' '}
            ≈ <strong>{fmtEur(m.eurAmount)}</strong>
            <span className="hint-inline">
              {' '}
              at {fmtNumber(m.eurPerUnit, 6)} EUR per {m.currency}, rate of {fmtDate(m.rateDate)} (
              {m.rateSource})
            </span>
          </>
        ) : null}
      </>,
    ]);
    rows.push([
      'Share of GDP',
      c.pctGdp === null ? (
        <span className="muted" key="gdp">
          No GDP figure for {c.guarantorName}
        </span>
      ) : (
        `${fmtPct(c.pctGdp)} of ${c.guarantorName}’s GDP`
      ),
    ]);
  }
  const period = describePeriod(t.startDate, t.endDate, t.durationMonths);
  if (period) rows.push(['Period', period]);
  if (t.responseTimeHours !== undefined) {
    rows.push([
      'Response time',
      `Within ${plural(t.responseTimeHours, 'hour')} after the trigger determination`,
    ]);
  }
  if (rows.length === 0)
    return (
      <p className="muted">No structured terms have been recorded: the commitment is not concrete yet.</p>
    );
  return <SummaryList rows={rows} />;
}

function describePeriod(start?: string, end?: string, months?: number): string | null {
  const dur = months !== undefined ? plural(months, 'month') : null;
  if (start && end) return `From ${fmtDate(start)} to ${fmtDate(end)}${dur ? ` (${dur})` : ''}`;
  if (start) return `From ${fmtDate(start)}${dur ? `, for ${dur}` : ''}`;
  if (end) return `Until ${fmtDate(end)}${dur ? ` (${dur})` : ''}`;
  if (dur) return `For ${dur}`;
  return null;
}

export function TriggerAndConditions({ c }: { c: Commitment }) {
  const trig = c.trigger;
  return (
    <>
      <SummaryList
        rows={[
          [
            'Trigger',
            <>
              {labelOf(TRIGGER_LABELS, trig.kind)}
              {trig.severity
                ? `, of ${labelOf(SEVERITY_LABELS, trig.severity).toLowerCase()} severity or worse`
                : ''}
            </>,
          ],
        ]}
      />
      {c.conditions.length === 0 ? (
        <p>No conditions.</p>
      ) : (
        <ul className="conditions">
          {c.conditions.map((k, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: conditions are an ordered list without ids
            <li key={i} className="conditions__item">
              <span className="conditions__kind">{labelOf(CONDITION_LABELS, k.kind)}</span>{' '}
              {k.satisfied ? (
                <strong className="tag tag--green">Satisfied</strong>
              ) : (
                <strong className="tag tag--yellow">Not satisfied</strong>
              )}
              <p className="conditions__text">{k.text}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
