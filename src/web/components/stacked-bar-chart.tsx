/**
 * A horizontal stacked bar chart in plain SVG: one bar a row, split into series (concrete and
 * vague commitments, say), each segment with its count written in it where it fits and a
 * figure after the bar. Series differ by fill and pattern, not colour alone, and have a legend.
 * As BarChart, the same numbers are always in a table: hidden unless `asTable`.
 */
import { useId } from 'react';

export interface Series {
  key: string;
  label: string;
  /** Hatched segments stay distinct in greyscale and forced colours. */
  hatch?: boolean;
}

export interface StackedRow {
  key: string;
  label: string;
  /** A shorter name for the chart's axis; the table and the tooltip have the full one. */
  shortLabel?: string;
  /** One value a series, in the series' order. */
  values: number[];
  /** Written after the bar (e.g. "mean 61"). */
  after: string;
  /** The table's cells after the label, in the order of `columns`. */
  cells: string[];
}

const W = 760;
const ROW = 26;
const BAR = 18;
const AFTER_ROOM = 110;

function clip(s: string, px: number): string {
  const max = Math.floor(px / 6.6);
  return s.length > max ? `${s.slice(0, Math.max(1, max - 1))}…` : s;
}

export function StackedBarChart({
  title,
  description,
  series,
  rows,
  labelHeader,
  columns,
  labelWidth = 180,
  asTable = false,
}: {
  title: string;
  description?: string;
  series: Series[];
  rows: StackedRow[];
  labelHeader: string;
  /** Table headers after the label column. */
  columns: string[];
  labelWidth?: number;
  asTable?: boolean;
}) {
  const id = useId();
  const hatchId = `${id}-hatch`;
  const max = Math.max(0, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  const plot = W - labelWidth - AFTER_ROOM;
  const height = rows.length * ROW + 8;

  const table = (
    <table className={asTable ? 'table table--compact' : 'visually-hidden'}>
      <caption className={asTable ? 'visually-hidden' : undefined}>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          {columns.map((c) => (
            <th scope="col" className="num" key={c}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            {r.cells.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional, as the headers
              <td className="num" key={i}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );

  const legend = (
    <ul className="chart-legend">
      {series.map((s, i) => (
        <li key={s.key} className="chart-legend__item">
          <svg width="18" height="14" className="chart-legend__swatch" aria-hidden="true">
            <rect width="18" height="14" className={`chart__seg chart__seg--${i}`} />
            {s.hatch ? <rect width="18" height="14" fill={`url(#${hatchId})`} /> : null}
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption className="chart__title" id={`${id}-title`}>
        {title}
      </figcaption>
      {description ? <p className="chart__description">{description}</p> : null}
      {rows.length === 0 ? (
        <p className="chart__empty">No data.</p>
      ) : asTable ? (
        table
      ) : (
        <>
          {legend}
          <div className="chart__scroll">
            <svg
              className="chart__svg"
              viewBox={`0 0 ${W} ${height}`}
              width="100%"
              role="img"
              aria-label={`${title}: stacked bar chart; the same figures follow as a table`}
            >
              <defs>
                <pattern
                  id={hatchId}
                  width="6"
                  height="6"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <line x1="0" y1="0" x2="0" y2="6" className="chart__hatch" />
                </pattern>
              </defs>
              <line x1={labelWidth} x2={labelWidth} y1={0} y2={height} className="chart__axis" />
              {rows.map((r, i) => {
                const y = 4 + i * ROW;
                let x = labelWidth;
                const total = r.values.reduce((a, b) => a + b, 0);
                return (
                  <g key={r.key}>
                    <title>{`${r.label}: ${r.values.map((v, k) => `${v} ${series[k]?.label.toLowerCase()}`).join(', ')}; ${r.after}`}</title>
                    <text
                      x={labelWidth - 8}
                      y={y + BAR / 2}
                      className="chart__label"
                      textAnchor="end"
                      dominantBaseline="central"
                    >
                      {clip(r.shortLabel ?? r.label, labelWidth - 12)}
                    </text>
                    {r.values.map((v, k) => {
                      const w = max > 0 ? (v / max) * plot : 0;
                      const x0 = x;
                      x += w;
                      if (w <= 0) return null;
                      const s = series[k];
                      return (
                        // biome-ignore lint/suspicious/noArrayIndexKey: one segment a series, in order
                        <g key={k}>
                          <rect
                            x={x0}
                            y={y}
                            width={w}
                            height={BAR}
                            className={`chart__seg chart__seg--${k}`}
                          />
                          {s?.hatch ? (
                            <rect x={x0} y={y} width={w} height={BAR} fill={`url(#${hatchId})`} />
                          ) : null}
                          {w >= 16 ? (
                            <text
                              x={x0 + w / 2}
                              y={y + BAR / 2}
                              textAnchor="middle"
                              dominantBaseline="central"
                              className={`chart__seg-value chart__seg-value--${k}`}
                            >
                              {v}
                            </text>
                          ) : null}
                        </g>
                      );
                    })}
                    <text
                      x={labelWidth + (max > 0 ? (total / max) * plot : 0) + 6}
                      y={y + BAR / 2}
                      className="chart__value"
                      dominantBaseline="central"
                    >
                      {r.after}
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
