/**
 * A horizontal bar chart in plain SVG, after the Kiel Ukraine Support Tracker's charts of
 * commitments by donor: one bar a row, largest first, the value written at the end of the bar.
 * The same numbers are always in a table: hidden for sighted readers unless `asTable`.
 */
import { BarValue, ChartDrawing, ChartFrame, type ChartProps, chartScale, RowLabel } from './chart-parts';

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

export function BarChart({
  bars,
  valueHeader,
  extraHeader,
  labelWidth = 180,
  ...chart
}: ChartProps & {
  bars: Bar[];
  valueHeader: string;
  extraHeader?: string;
}) {
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
  const scale = chartScale(W - labelWidth - VALUE_ROOM, ROW, bars.length, max);

  return (
    <ChartFrame
      {...chart}
      columns={extraHeader ? [valueHeader, extraHeader] : [valueHeader]}
      rows={bars.map((b) => ({
        key: b.key,
        label: b.label,
        cells: extraHeader ? [b.display, b.extra ?? ''] : [b.display],
      }))}
    >
      <ChartDrawing
        width={W}
        height={scale.height}
        labelWidth={labelWidth}
        label={`${chart.title}: bar chart; the same figures follow as a table`}
      >
        {bars.map((b, i) => {
          const y = scale.top(i);
          const w = scale.bar(b.value ?? 0);
          return (
            <g key={b.key}>
              <title>{`${b.label}: ${b.display}`}</title>
              <RowLabel labelWidth={labelWidth} y={y + BAR / 2} text={b.label} />
              <rect x={labelWidth} y={y} width={w} height={BAR} className="chart__bar" />
              <BarValue x={labelWidth + w + 6} y={y + BAR / 2}>
                {b.display}
              </BarValue>
            </g>
          );
        })}
      </ChartDrawing>
    </ChartFrame>
  );
}
