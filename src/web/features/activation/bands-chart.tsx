/**
 * A p10–p90 band with the median line over days 0–N, in plain SVG: what a series (the total, a
 * pillar, a kind) delivers by each day. The figures at a few days are in a table for screen
 * readers.
 */
import { useId } from 'react';
import type { SimulationSeries } from '../../../contracts/activation';
import { fmtEurCompact, fmtNumber } from '../../components/format';

const W = 360;
const H = 170;
const PAD = { left: 44, right: 8, top: 8, bottom: 22 };

export type BandMetric = 'capability' | 'money';

export function BandsChart({
  series,
  metric,
  title,
}: {
  series: SimulationSeries;
  metric: BandMetric;
  title: string;
}) {
  const id = useId();
  const b = series[metric];
  const days = b.p50.length - 1;
  const max = Math.max(1e-9, ...b.p90);
  const x = (d: number) => PAD.left + (days > 0 ? (d / days) * (W - PAD.left - PAD.right) : 0);
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const upper = b.p90.map((v, d) => `${x(d).toFixed(1)},${y(v).toFixed(1)}`);
  const lower = b.p10.map((v, d) => `${x(d).toFixed(1)},${y(v).toFixed(1)}`).reverse();
  const median = b.p50.map((v, d) => `${d === 0 ? 'M' : 'L'}${x(d).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const fmt = (v: number) => (metric === 'money' ? fmtEurCompact(v) : fmtNumber(v, 1));
  const marks = [...new Set([0, 7, 14, 30, 60, days].filter((d) => d <= days))];
  const total = metric === 'money' ? fmtEurCompact(series.committedEur) : fmtNumber(series.committedCount);
  return (
    <figure className="chart" aria-labelledby={`${id}-t`}>
      <figcaption className="chart__title" id={`${id}-t`}>
        {title}
      </figcaption>
      <p className="chart__description">
        {metric === 'money' ? 'EUR delivered' : 'Commitments honoured'} by day; committed: {total}
      </p>
      <svg
        className="chart__svg"
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={`${title}: by day ${days}, median ${fmt(b.p50[days] ?? 0)}, from ${fmt(b.p10[days] ?? 0)} (p10) to ${fmt(b.p90[days] ?? 0)} (p90)`}
      >
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(max * f)} y2={y(max * f)} className="act-grid" />
            <text
              x={PAD.left - 4}
              y={y(max * f)}
              textAnchor="end"
              dominantBaseline="central"
              className="act-axis-label"
            >
              {fmt(max * f)}
            </text>
          </g>
        ))}
        <polygon points={[...upper, ...lower].join(' ')} className="act-band" />
        <path d={median} className="act-median" />
        <text x={x(0)} y={H - 6} className="act-axis-label">
          day 0
        </text>
        <text x={x(days)} y={H - 6} textAnchor="end" className="act-axis-label">
          day {days}
        </text>
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">p10</th>
            <th scope="col">p50</th>
            <th scope="col">p90</th>
          </tr>
        </thead>
        <tbody>
          {marks.map((d) => (
            <tr key={d}>
              <th scope="row">{d}</th>
              <td>{fmt(b.p10[d] ?? 0)}</td>
              <td>{fmt(b.p50[d] ?? 0)}</td>
              <td>{fmt(b.p90[d] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
