/** The allocation matrix of a solved plan: lines × nations, each cell the units a nation sends. */
import { useId } from 'react';
import type { ForceGenResult, ForceGenScenario } from '../../../contracts/forcegen';
import { fmtNumber, fmtShare } from '../../components/format';
import { TableWrap } from '../../components/table-wrap';
import { CAPABILITY_LABELS, PHASE_LABELS } from './labels';
import type { Names } from './parts';

export function AllocationMatrix({
  result,
  scenario,
  names,
}: {
  result: ForceGenResult;
  scenario: ForceGenScenario;
  names: Names;
}) {
  const id = useId();
  const lineInfo = new Map(scenario.lines.map((l) => [l.id, l]));
  // nations in order of the personnel they send, most first
  const personnel = new Map(result.burdenSharing.map((b) => [b.nation, b.personnel]));
  const nations = [...new Set(result.allocation.map((a) => a.nation))].sort(
    (a, b) => (personnel.get(b) ?? 0) - (personnel.get(a) ?? 0) || a.localeCompare(b),
  );
  const cells = new Map<string, { units: number; offers: string[] }>();
  for (const a of result.allocation) {
    const k = `${a.line}\u0000${a.nation}`;
    const c = cells.get(k) ?? { units: 0, offers: [] };
    c.units += a.units;
    c.offers.push(`${a.offer}: ${a.units}${a.efficiency < 1 ? ` at ${fmtShare(a.efficiency)}` : ''}`);
    cells.set(k, c);
  }
  const nationTotals = new Map<string, number>();
  for (const a of result.allocation) nationTotals.set(a.nation, (nationTotals.get(a.nation) ?? 0) + a.units);

  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 className="heading-s" id={`${id}-h`}>
        Allocation matrix
      </h3>
      <p className="section-lead hint" id={`${id}-d`}>
        One row a requirement line, one column a contributing nation (most personnel first); each cell is the
        number of units the nation sends to the line. The column after the line is what it gets against what
        it asks for, in its own units; a red edge marks a line not fully covered.
      </p>
      <TableWrap label="Allocation matrix">
        <table className="table table--compact fg-matrix" aria-describedby={`${id}-d`}>
          <caption className="visually-hidden">
            Allocation matrix: units by requirement line and nation
          </caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col" className="num">
                Covered / asked
              </th>
              {nations.map((n) => (
                <th key={n} scope="col" className="fg-matrix__nation">
                  <abbr title={names.nation(n)}>{n}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.lines.map((l) => {
              const info = lineInfo.get(l.line);
              const short = l.covered < l.demand - 1e-9;
              return (
                <tr key={l.line} className={short ? 'fg-matrix__short' : undefined}>
                  <th scope="row">
                    <strong>{l.line}</strong>{' '}
                    {info ? (
                      <span className="fg-line-meta">
                        {CAPABILITY_LABELS[info.capability]}, {PHASE_LABELS[info.phase]}
                      </span>
                    ) : null}
                  </th>
                  <td className="fg-matrix__total">
                    {fmtNumber(l.covered)} / {fmtNumber(l.demand)}
                    {short ? <span className="visually-hidden"> (short)</span> : null}
                  </td>
                  {nations.map((n) => {
                    const c = cells.get(`${l.line}\u0000${n}`);
                    return c ? (
                      <td
                        key={n}
                        className="fg-matrix__filled"
                        title={`${names.nation(n)}: ${c.offers.join('; ')}`}
                      >
                        {fmtNumber(c.units)}
                      </td>
                    ) : (
                      <td key={n} />
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Units sent</th>
              <td className="fg-matrix__total">
                {fmtNumber(result.allocation.reduce((a, x) => a + x.units, 0))}
              </td>
              {nations.map((n) => (
                <td key={n}>{fmtNumber(nationTotals.get(n) ?? 0)}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </section>
  );
}
