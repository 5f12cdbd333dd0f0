/**
 * A horizontal paired bar chart in plain SVG: two bars a row, side by side (a nation's share of
 * the force beside its share of coalition GDP, say), each with its value written after it. The
 * two series differ by fill and outline, not colour alone, and have a legend. As BarChart, the
 * same numbers are always in a table (with any extra columns): hidden unless `asTable`.
 */
import { BarValue, ChartDrawing, ChartFrame, type ChartProps, chartScale, RowLabel } from './chart-parts';

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

export function PairedBarChart({
  firstLabel,
  secondLabel,
  rows,
  columns,
  labelWidth = 150,
  width: W = WIDTH,
  scaleMax,
  ...chart
}: ChartProps & {
  firstLabel: string;
  secondLabel: string;
  rows: PairedRow[];
  /** Table headers after the label column. */
  columns: string[];
  /** Width of the drawing in its own units (narrower draws larger text where space is short). */
  width?: number;
  /** The value a full-length bar stands for (to share one scale between charts); default the largest. */
  scaleMax?: number;
}) {
  const max = Math.max(scaleMax ?? 0, ...rows.flatMap((r) => [r.first, r.second]));
  const scale = chartScale(W - labelWidth - VALUE_ROOM, ROW, rows.length, max);

  return (
    <ChartFrame {...chart} columns={columns} rows={rows} scrollTable>
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
      <ChartDrawing
        width={W}
        height={scale.height}
        labelWidth={labelWidth}
        label={`${chart.title}: paired bar chart of ${firstLabel.toLowerCase()} and ${secondLabel.toLowerCase()}; the same figures follow as a table`}
      >
        {rows.map((r, i) => {
          const y = scale.top(i);
          const w1 = scale.bar(r.first);
          const w2 = scale.bar(r.second);
          return (
            <g key={r.key}>
              <title>{`${r.label}: ${firstLabel.toLowerCase()} ${r.firstDisplay}, ${secondLabel.toLowerCase()} ${r.secondDisplay}`}</title>
              <RowLabel labelWidth={labelWidth} y={y + BAR + GAP / 2} text={r.shortLabel ?? r.label} />
              <rect x={labelWidth} y={y} width={w1} height={BAR} className="chart__bar--first" />
              <BarValue x={labelWidth + w1 + 4} y={y + BAR / 2} small>
                {r.firstDisplay}
              </BarValue>
              {w2 > 0 ? (
                <rect
                  x={labelWidth + 0.5}
                  y={y + BAR + GAP + 0.5}
                  width={Math.max(0, w2 - 1)}
                  height={BAR - 1}
                  className="chart__bar--second"
                />
              ) : null}
              <BarValue x={labelWidth + w2 + 4} y={y + BAR + GAP + BAR / 2} small>
                {r.secondDisplay}
              </BarValue>
            </g>
          );
        })}
      </ChartDrawing>
    </ChartFrame>
  );
}
