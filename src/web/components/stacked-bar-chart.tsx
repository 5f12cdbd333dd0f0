/**
 * A horizontal stacked bar chart in plain SVG: one bar a row, split into series (concrete and
 * vague commitments, say), each segment with its count written in it where it fits and a
 * figure after the bar. Series differ by fill and pattern, not colour alone, and have a legend.
 * As BarChart, the same numbers are always in a table: hidden unless `asTable`.
 */
import { useId } from 'react';
import { BarValue, ChartDrawing, ChartFrame, type ChartProps, chartScale, RowLabel } from './chart-parts';

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

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export function StackedBarChart({
  series,
  rows,
  columns,
  labelWidth = 180,
  ...chart
}: ChartProps & {
  series: Series[];
  rows: StackedRow[];
  /** Table headers after the label column. */
  columns: string[];
}) {
  const hatchId = `${useId()}-hatch`;
  const max = Math.max(0, ...rows.map((r) => sum(r.values)));
  const scale = chartScale(W - labelWidth - AFTER_ROOM, ROW, rows.length, max);

  return (
    <ChartFrame {...chart} columns={columns} rows={rows}>
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
      <ChartDrawing
        width={W}
        height={scale.height}
        labelWidth={labelWidth}
        label={`${chart.title}: stacked bar chart; the same figures follow as a table`}
        defs={
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
        }
      >
        {rows.map((r, i) => {
          const y = scale.top(i);
          let x = labelWidth;
          return (
            <g key={r.key}>
              <title>{`${r.label}: ${r.values.map((v, k) => `${v} ${series[k]?.label.toLowerCase()}`).join(', ')}; ${r.after}`}</title>
              <RowLabel labelWidth={labelWidth} y={y + BAR / 2} text={r.shortLabel ?? r.label} />
              {r.values.map((v, k) => {
                const w = scale.length(v);
                const x0 = x;
                x += w;
                if (w <= 0) return null;
                const s = series[k];
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one segment a series, in order
                  <g key={k}>
                    <rect x={x0} y={y} width={w} height={BAR} className={`chart__seg chart__seg--${k}`} />
                    {s?.hatch ? <rect x={x0} y={y} width={w} height={BAR} fill={`url(#${hatchId})`} /> : null}
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
              <BarValue x={labelWidth + scale.length(sum(r.values)) + 6} y={y + BAR / 2}>
                {r.after}
              </BarValue>
            </g>
          );
        })}
      </ChartDrawing>
    </ChartFrame>
  );
}
