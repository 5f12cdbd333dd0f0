/**
 * How each party's alignment with Ukraine moved over the chosen dates: one line a party (the
 * Okabe–Ito palette, safe for colour-blind readers, and each line named at its end), with the same
 * figures in a table for screen readers.
 */
import { fmtDate } from '../../components/format';
import type { AlignmentMovement } from './api';

const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#999933'];
const W = 640;
const H = 220;
const PAD = { left: 40, right: 120, top: 10, bottom: 30 };

export function MovementChart({ movement }: { movement: AlignmentMovement }) {
  const series = movement.series.filter(
    (s) => s.party !== movement.reference && s.points.some((p) => p.alignment !== null),
  );
  const n = movement.dates.length;
  const x = (i: number) => PAD.left + (n <= 1 ? 0 : (i / (n - 1)) * (W - PAD.left - PAD.right));
  const y = (v: number) => PAD.top + (1 - v) * (H - PAD.top - PAD.bottom);
  return (
    <figure className="chart" aria-labelledby="movement-title">
      <figcaption className="chart__title" id="movement-title">
        Alignment with Ukraine over time
      </figcaption>
      <p className="chart__description">
        Each party’s mean alignment with Ukraine over the issues both hold: 1 = the same stance, 0 = opposite
        ends.
      </p>
      {series.length === 0 ? (
        <p className="chart__empty">No data.</p>
      ) : (
        <>
          <div className="chart__scroll" aria-hidden="true">
            <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="presentation">
              {[0, 0.5, 1].map((v) => (
                <g key={v}>
                  <line className="line-chart__grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
                  <text
                    className="line-chart__label"
                    x={PAD.left - 6}
                    y={y(v)}
                    textAnchor="end"
                    dominantBaseline="central"
                  >
                    {v}
                  </text>
                </g>
              ))}
              {movement.dates.map((d, i) => (
                <text key={d} className="line-chart__label" x={x(i)} y={H - 8} textAnchor="middle">
                  {fmtDate(d)}
                </text>
              ))}
              {series.map((s, k) => {
                const colour = PALETTE[k % PALETTE.length];
                const pts = s.points
                  .map((p, i) => (p.alignment === null ? null : ([x(i), y(p.alignment)] as const)))
                  .filter((p): p is readonly [number, number] => p !== null);
                const last = pts.at(-1);
                return (
                  <g key={s.party}>
                    <polyline
                      className="line-chart__line"
                      stroke={colour}
                      points={pts.map((p) => p.join(',')).join(' ')}
                    />
                    {pts.map(([px, py]) => (
                      <circle key={`${px}`} cx={px} cy={py} r={3} fill={colour} />
                    ))}
                    {last ? (
                      <text
                        className="line-chart__label"
                        x={last[0] + 6}
                        y={last[1] + (k % 3) * 4 - 4}
                        fill={colour}
                      >
                        {s.party}
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </svg>
          </div>
          <table className="visually-hidden">
            <caption>Alignment with Ukraine by party and date</caption>
            <thead>
              <tr>
                <th scope="col">Party</th>
                {movement.dates.map((d) => (
                  <th scope="col" key={d}>
                    {fmtDate(d)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.map((s) => (
                <tr key={s.party}>
                  <th scope="row">{s.name}</th>
                  {s.points.map((p) => (
                    <td key={p.date}>{p.alignment === null ? 'none' : p.alignment}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
