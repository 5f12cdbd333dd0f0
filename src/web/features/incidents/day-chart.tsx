/**
 * Incidents per day over the period as columns, with the baseline (the mean daily count over
 * the baseline period) drawn across them as a dashed line: the days above it stand out. The
 * same figures are in the chart's table for screen readers.
 */
import type { IncidentAggregates } from '../../../contracts/incident';
import { ChartFrame } from '../../components/chart-parts';
import { fmtDate, fmtNumber } from '../../components/format';

const W = 760;
const H = 220;
const LEFT = 36;
const BOTTOM = 28;
const TOP = 10;

function ticks(max: number): number[] {
  const step = max <= 5 ? 1 : max <= 10 ? 2 : max <= 25 ? 5 : max <= 50 ? 10 : Math.ceil(max / 50) * 10;
  const out: number[] = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}

export function DayChart({ data }: { data: IncidentAggregates }) {
  const rows = data.rows;
  const baseline = data.baseline.meanDaily;
  const max = Math.max(1, baseline, ...rows.map((r) => r.count));
  const plotH = H - TOP - BOTTOM;
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  const slot = (W - LEFT - 4) / Math.max(1, rows.length);
  const bar = Math.max(1, slot * 0.75);
  const every = Math.max(1, Math.ceil(rows.length / 10));
  const baselineWords = `baseline ${fmtNumber(baseline, 2)} a day (${fmtDate(data.baseline.from)} – ${fmtDate(data.baseline.to)})`;
  return (
    <ChartFrame
      title="Incidents per day"
      description={`Each column is one day (Kyiv time); the dashed line is the ${baselineWords}.`}
      labelHeader="Day"
      columns={['Incidents', 'Baseline per day', 'Ratio']}
      rows={rows.map((r) => ({
        key: r.key,
        label: fmtDate(r.key),
        cells: [
          fmtNumber(r.count, 0),
          fmtNumber(r.expected, 2),
          r.ratio === null ? '–' : `× ${fmtNumber(r.ratio, 1)}`,
        ],
      }))}
      scrollTable
    >
      <ul className="chart-legend" aria-hidden="true">
        <li className="chart-legend__item">
          <span className="incident-legend__swatch incident-legend__swatch--bar" /> Incidents per day
        </li>
        <li className="chart-legend__item">
          <span className="incident-legend__swatch incident-legend__swatch--line" /> Baseline:{' '}
          {fmtNumber(baseline, 2)} a day
        </li>
      </ul>
      <div className="chart__scroll">
        <svg
          className="chart__svg incident-day-chart"
          viewBox={`0 0 ${W} ${H}`}
          width="100%"
          role="img"
          aria-label={`Incidents per day, ${fmtDate(data.period.from)} to ${fmtDate(data.period.to)}: ${data.period.total} in all against a ${baselineWords}; the figures follow as a table`}
        >
          {ticks(max).map((v) => (
            <g key={v}>
              <line x1={LEFT} x2={W} y1={y(v)} y2={y(v)} className="incident-day-chart__grid" />
              <text
                x={LEFT - 6}
                y={y(v)}
                textAnchor="end"
                dominantBaseline="central"
                className="chart__label"
              >
                {fmtNumber(v, 0)}
              </text>
            </g>
          ))}
          {rows.map((r, i) => {
            const x = LEFT + 2 + i * slot + (slot - bar) / 2;
            return (
              <g key={r.key}>
                <title>{`${fmtDate(r.key)}: ${r.count} incident${r.count === 1 ? '' : 's'}`}</title>
                <rect
                  x={x}
                  y={y(r.count)}
                  width={bar}
                  height={Math.max(0, TOP + plotH - y(r.count))}
                  className={r.count > baseline ? 'chart__bar incident-day-chart__bar--above' : 'chart__bar'}
                />
                {i % every === 0 ? (
                  <text x={x + bar / 2} y={H - BOTTOM + 16} textAnchor="middle" className="chart__label">
                    {r.key.slice(5)}
                  </text>
                ) : null}
              </g>
            );
          })}
          <line x1={LEFT} x2={W} y1={y(baseline)} y2={y(baseline)} className="incident-day-chart__baseline" />
          <line x1={LEFT} x2={LEFT} y1={TOP} y2={TOP + plotH} className="chart__axis" />
        </svg>
      </div>
    </ChartFrame>
  );
}
