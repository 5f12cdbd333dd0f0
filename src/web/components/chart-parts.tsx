/**
 * What the horizontal bar charts share: the frame (title, description, "No data."), the scale,
 * the drawing with its axis and its column of row labels, and the table of the same figures that
 * every chart carries — hidden for sighted readers unless the chart is shown `asTable`.
 */
import { type ReactNode, useId } from 'react';
import { TableHead } from './table-head';
import { TableWrap } from './table-wrap';

/** Clips a label to about `px` pixels of 12 px text. */
function clip(s: string, px: number): string {
  const max = Math.floor(px / 6.6); // about 6.6 px per character at 12 px
  return s.length > max ? `${s.slice(0, Math.max(1, max - 1))}…` : s;
}

/**
 * Rows `rowHeight` apart from 4 units down, and a value's length on a plot `plot` wide (the
 * drawing less its label column and the room after the bars), where `max` is full length.
 */
export function chartScale(plot: number, rowHeight: number, rows: number, max: number) {
  const length = (v: number) => (max > 0 ? (v / max) * plot : 0);
  return {
    height: rows * rowHeight + 8,
    top: (i: number) => 4 + i * rowHeight,
    length,
    /** A bar: none for nothing, at least one unit for any positive value, so that it shows. */
    bar: (v: number) => (max > 0 && v > 0 ? Math.max(1, length(v)) : 0),
  };
}

/** What every chart is given besides its data. */
export interface ChartProps {
  title: string;
  description?: string | undefined;
  /** The header of the table's label column. */
  labelHeader: string;
  /** The width of the drawing's label column, in its own units. */
  labelWidth?: number;
  /** Shown as a visible table, without the drawing. */
  asTable?: boolean | undefined;
}

/** One row of a chart's table: its label, then the cells in the order of the columns. */
export interface TableRow {
  key: string;
  label: string;
  cells: string[];
}

interface TableProps extends Omit<ChartProps, 'description' | 'labelWidth'> {
  /** Table headers after the label column. */
  columns: string[];
  rows: TableRow[];
  /** The visible table scrolls in a short box. */
  scrollTable?: boolean;
}

/** The figures as a table: a visible one when `asTable`, else one only screen readers meet. */
function ChartTable({ title, labelHeader, columns, rows, asTable, scrollTable }: TableProps) {
  const styled = asTable || scrollTable;
  const table = (
    <table className={styled ? 'table table--compact' : 'visually-hidden'}>
      <caption className={styled ? 'visually-hidden' : undefined}>{title}</caption>
      <TableHead text={[labelHeader]} numeric={columns} />
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
  return scrollTable ? (
    asTable ? (
      <TableWrap label={title} short>
        {table}
      </TableWrap>
    ) : (
      <div className="visually-hidden">{table}</div>
    )
  ) : (
    table
  );
}

/**
 * A chart's figure: its title and description, then the drawing (left out `asTable`) and the
 * table of the same rows; "No data." where there are no rows.
 */
export function ChartFrame({
  description,
  children,
  ...table
}: TableProps & {
  description?: string | undefined;
  /** The drawing: a legend, say, and a ChartDrawing. */
  children: ReactNode;
}) {
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption className="chart__title" id={`${id}-title`}>
        {table.title}
      </figcaption>
      {description ? <p className="chart__description">{description}</p> : null}
      {table.rows.length === 0 ? (
        <p className="chart__empty">No data.</p>
      ) : (
        <>
          {table.asTable ? null : children}
          <ChartTable {...table} />
        </>
      )}
    </figure>
  );
}

/** The SVG, scrolling sideways where the page is narrow, with the axis after the label column. */
export function ChartDrawing({
  width,
  height,
  labelWidth,
  label,
  defs,
  children,
}: {
  width: number;
  height: number;
  labelWidth: number;
  /** The image's accessible name. */
  label: string;
  defs?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="chart__scroll">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={label}
      >
        {defs}
        <line x1={labelWidth} x2={labelWidth} y1={0} y2={height} className="chart__axis" />
        {children}
      </svg>
    </div>
  );
}

/** A row's name in the label column, right-aligned against the axis and clipped to fit. */
export function RowLabel({ labelWidth, y, text }: { labelWidth: number; y: number; text: string }) {
  return (
    <text x={labelWidth - 8} y={y} className="chart__label" textAnchor="end" dominantBaseline="central">
      {clip(text, labelWidth - 12)}
    </text>
  );
}

/** A figure written after a bar. */
export function BarValue({
  x,
  y,
  small,
  children,
}: {
  x: number;
  y: number;
  small?: boolean;
  children: ReactNode;
}) {
  return (
    <text
      x={x}
      y={y}
      className="chart__value"
      style={small ? { fontSize: 10 } : undefined}
      dominantBaseline="central"
    >
      {children}
    </text>
  );
}
