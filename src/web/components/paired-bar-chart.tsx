/**
 * A horizontal paired bar chart in plain SVG: two bars a row, side by side (a nation's share of
 * the force beside its share of coalition GDP, say), each with its value written after it. The
 * two series differ by fill and outline, not colour alone, and have a legend. As BarChart, the
 * same numbers are always in a table (with any extra columns): hidden unless `asTable`.
 */
import { useId } from 'react';

export interface PairedRow {
  key: string;
  label: string;
  /** A shorter name for the axis; the table and the tooltip have the full one. */
  shortLabel?: string;
  first: number;
  second: number;
  firstDisplay: string;
  secondDisplay: string;
  /** Table cells after the label, in the order of `columns`. */
  cells: string[];
}

const WIDTH = 760;
const BAR = 9;
const GAP = 2;
const ROW = BAR * 2 + GAP + 8;
const VALUE_ROOM = 64;

function clip(s: string, px: number): string {
  const max = Math.floor(px / 6.6);
  return s.length > max ? `${s.slice(0, Math.max(1, max - 1))}…` : s;
}

export function PairedBarChart({
  title,
  description,
  firstLabel,
  secondLabel,
  rows,
  labelHeader,
  columns,
  labelWidth = 150,
  width: W = WIDTH,
  scaleMax,
  asTable = false,
}: {
  title: string;
  description?: string;
  firstLabel: string;
  secondLabel: string;
  rows: PairedRow[];
  labelHeader: string;
  /** Table headers after the label column. */
  columns: string[];
  labelWidth?: number;
  /** Width of the drawing in its own units (narrower draws larger text where space is short). */
  width?: number;
  /** The value a full-length bar stands for (to share one scale between charts); default the largest. */
  scaleMax?: number;
  asTable?: boolean;
}) {
  const id = useId();
  const max = Math.max(scaleMax ?? 0, ...rows.flatMap((r) => [r.first, r.second]));
  const plot = W - labelWidth - VALUE_ROOM;
  const height = rows.length * ROW + 8;
  const barWidth = (v: number) => (max > 0 && v > 0 ? Math.max(1, (v / max) * plot) : 0);

  const table = (
    <div className={asTable ? 'table-wrap table-wrap--short' : 'visually-hidden'}>
      <table className="table table--compact">
        <caption className="visually-hidden">{title}</caption>
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
    </div>
  );

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption className="chart__title" id={`${id}-title`}>
        {title}
      </figcaption>
      {description ? <p className="chart__description">{description}</p> : null}
      {rows.length === 0 ? (
        <p className="chart__empty">No data.</p>
      ) : (
        <>
          {asTable ? null : (
            <>
              <ul className="chart-legend" aria-hidden="true">
                <li className="chart-legend__item">
                  <svg width="18" height="12" aria-hidden="true">
                    <rect width="18" height="12" className="chart__bar--first" />
                  </svg>
                  {firstLabel}
                </li>
                <li className="chart-legend__item">
                  <svg width="18" height="12" aria-hidden="true">
                    <rect x="0.5" y="0.5" width="17" height="11" className="chart__bar--second" />
                  </svg>
                  {secondLabel}
                </li>
              </ul>
              <div className="chart__scroll">
                <svg
                  className="chart__svg"
                  viewBox={`0 0 ${W} ${height}`}
                  width="100%"
                  role="img"
                  aria-label={`${title}: paired bar chart of ${firstLabel.toLowerCase()} and ${secondLabel.toLowerCase()}; the same figures follow as a table`}
                >
                  <line x1={labelWidth} x2={labelWidth} y1={0} y2={height} className="chart__axis" />
                  {rows.map((r, i) => {
                    const y = 4 + i * ROW;
                    const w1 = barWidth(r.first);
                    const w2 = barWidth(r.second);
                    return (
                      <g key={r.key}>
                        <title>{`${r.label}: ${firstLabel.toLowerCase()} ${r.firstDisplay}, ${secondLabel.toLowerCase()} ${r.secondDisplay}`}</title>
                        <text
                          x={labelWidth - 8}
                          y={y + BAR + GAP / 2}
                          className="chart__label"
                          textAnchor="end"
                          dominantBaseline="central"
                        >
                          {clip(r.shortLabel ?? r.label, labelWidth - 12)}
                        </text>
                        <rect x={labelWidth} y={y} width={w1} height={BAR} className="chart__bar--first" />
                        <text
                          x={labelWidth + w1 + 4}
                          y={y + BAR / 2}
                          className="chart__value"
                          style={{ fontSize: 10 }}
                          dominantBaseline="central"
                        >
                          {r.firstDisplay}
                        </text>
                        {w2 > 0 ? (
                          <rect
                            x={labelWidth + 0.5}
                            y={y + BAR + GAP + 0.5}
                            width={Math.max(0, w2 - 1)}
                            height={BAR - 1}
                            className="chart__bar--second"
                          />
                        ) : null}
                        <text
                          x={labelWidth + w2 + 4}
                          y={y + BAR + GAP + BAR / 2}
                          className="chart__value"
                          style={{ fontSize: 10 }}
                          dominantBaseline="central"
                        >
                          {r.secondDisplay}
                        </text>
                      </g>
                    );
                  })}
                </svg>
              </div>
            </>
          )}
          {table}
        </>
      )}
    </figure>
  );
}
