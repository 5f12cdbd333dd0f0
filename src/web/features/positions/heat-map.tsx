/**
 * The alignment heat map: issues × parties, each cell the stance of the party's latest position on
 * or before the date, coloured on a diverging scale and written as a number (an asterisk marks an
 * illustrative score). It is a real table, so a screen reader reads it cell by cell; each cell is a
 * button that opens the position.
 */

import { TableWrap } from '../../components/table-wrap';
import type { AlignmentMatrix } from './api';
import { LEGEND, signed, stanceColour } from './colour';

export function HeatMap({
  matrix,
  selected,
  onSelect,
}: {
  matrix: AlignmentMatrix;
  selected: string | null;
  onSelect: (key: string) => void;
}) {
  const cell = new Map(matrix.cells.map((c) => [`${c.issue}:${c.party}`, c]));
  return (
    <>
      <ul className="heatmap-legend" aria-label="Colour scale">
        <li>Stance on each issue’s own scale:</li>
        {LEGEND.map((v) => (
          <li key={v}>
            <span className="heatmap-legend__swatch" style={stanceColour(v)}>
              {signed(v)}
            </span>
          </li>
        ))}
        <li>
          (−2: the issue’s first end, +2: its other end; <span aria-hidden="true">*</span> illustrative)
        </li>
      </ul>
      <TableWrap label="Stances by issue and party">
        <table className="table table--compact heatmap">
          <caption className="visually-hidden">Stances by issue and party on {matrix.date}</caption>
          <thead>
            <tr>
              <th scope="col">Issue (−2 … +2)</th>
              {matrix.parties.map((p) => (
                <th scope="col" key={p.code} className="num">
                  <abbr title={p.name}>{p.code}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.issues.map((issue) => (
              <tr key={issue.slug}>
                <th scope="row">
                  {issue.title}
                  <span className="hint" style={{ display: 'block', fontWeight: 400, fontSize: '0.8rem' }}>
                    −2 {issue.lowLabel}; +2 {issue.highLabel}
                  </span>
                </th>
                {matrix.parties.map((p) => {
                  const key = `${issue.slug}:${p.code}`;
                  const c = cell.get(key);
                  const pos = c?.position;
                  if (!pos)
                    return (
                      <td key={p.code} className="heatmap__cell heatmap__empty">
                        <span aria-hidden="true">·</span>
                        <span className="visually-hidden">{p.name}: no position</span>
                      </td>
                    );
                  return (
                    <td key={p.code} className="heatmap__cell">
                      <button
                        type="button"
                        className="heatmap__button"
                        style={stanceColour(pos.stance)}
                        aria-pressed={selected === key}
                        aria-label={`${p.name} on ${issue.title}: ${signed(pos.stance)}${pos.illustrative ? ', illustrative' : ''}, as of ${pos.asOf}${c.alignment === null ? '' : `, alignment with Ukraine ${c.alignment}`}`}
                        onClick={() => onSelect(key)}
                        data-testid="heatmap-cell"
                      >
                        {signed(pos.stance)}
                        {pos.illustrative ? <span className="heatmap__star">*</span> : null}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
