/**
 * A horizontal bar chart in plain SVG, after the Kiel Ukraine Support Tracker's charts of
 * commitments by donor: one bar a row, largest first, the value written at the end of the bar.
 * The same numbers are always in a table: hidden for sighted readers unless `asTable`.
 */
import { useId } from 'react';

export interface Bar {
  key: string;
  label: string;
  value: number | null;
  /** The value as written (formatted for the reader's locale). */
  display: string;
  /** A second figure shown in the table, e.g. the number of commitments. */
  extra?: string;
}

const W = 760;
const ROW = 24;
const BAR = 16;
const VALUE_ROOM = 120;

function clip(s: string, px: number): string {
  const max = Math.floor(px / 6.6); // about 6.6 px per character at 12 px
  return s.length > max ? `${s.slice(0, Math.max(1, max - 1))}…` : s;
}

export function BarChart({
  title,
  description,
  bars,
  labelHeader,
  valueHeader,
  extraHeader,
  labelWidth = 180,
  asTable = false,
}: {
  title: string;
  description?: string;
  bars: Bar[];
  labelHeader: string;
  valueHeader: string;
  extraHeader?: string;
  labelWidth?: number;
  asTable?: boolean;
}) {
  const id = useId();
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
  const plot = W - labelWidth - VALUE_ROOM;
  const height = bars.length * ROW + 8;

  const table = (
    <table className={asTable ? 'table table--compact' : 'visually-hidden'}>
      <caption className={asTable ? 'visually-hidden' : undefined}>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col" className="num">
            {valueHeader}
          </th>
          {extraHeader ? (
            <th scope="col" className="num">
              {extraHeader}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.key}>
            <th scope="row">{b.label}</th>
            <td className="num">{b.display}</td>
            {extraHeader ? <td className="num">{b.extra ?? ''}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption className="chart__title" id={`${id}-title`}>
        {title}
      </figcaption>
      {description ? <p className="chart__description">{description}</p> : null}
      {bars.length === 0 ? (
        <p className="chart__empty">No data.</p>
      ) : asTable ? (
        table
      ) : (
        <>
          <div className="chart__scroll">
            <svg
              className="chart__svg"
              viewBox={`0 0 ${W} ${height}`}
              width="100%"
              role="img"
              aria-label={`${title}: bar chart; the same figures follow as a table`}
            >
              <line x1={labelWidth} x2={labelWidth} y1={0} y2={height} className="chart__axis" />
              {bars.map((b, i) => {
                const y = 4 + i * ROW;
                const w = max > 0 && b.value ? Math.max(1, (b.value / max) * plot) : 0;
                return (
                  <g key={b.key}>
                    <title>{`${b.label}: ${b.display}`}</title>
                    <text
                      x={labelWidth - 8}
                      y={y + BAR / 2}
                      className="chart__label"
                      textAnchor="end"
                      dominantBaseline="central"
                    >
                      {clip(b.label, labelWidth - 12)}
                    </text>
                    <rect x={labelWidth} y={y} width={w} height={BAR} className="chart__bar" />
                    <text
                      x={labelWidth + w + 6}
                      y={y + BAR / 2}
                      className="chart__value"
                      dominantBaseline="central"
                    >
                      {b.display}
                    </text>
                  </g>
                );
              })}
            </svg>
          </div>
          {table}
        </>
      )}
    </figure>
  );
}
