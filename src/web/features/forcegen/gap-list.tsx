/** The gap list of a solved plan: lines not fully covered, most urgent first, with the reasons in words. */
import { useId } from 'react';
import type { Gap } from '../../../contracts/forcegen';
import { fmtNumber, plural } from '../../components/format';
import { TableWrap } from '../../components/table-wrap';
import { CAPABILITY_LABELS, GAP_REASON_WORDS, labelOr, PHASE_LABELS, quantityInWords } from './labels';
import { type Names, PRIORITY_WORDS } from './parts';

function reasonsInWords(g: Gap): string[] {
  return g.reasons.map((r) =>
    r.reason === 'no_offer_of_capability'
      ? `No offer of this capability (${CAPABILITY_LABELS[g.capability]}) or a substitute at all`
      : `${plural(r.offers, 'offer')} (${plural(r.units, 'unit')}): ${labelOr(GAP_REASON_WORDS, r.reason)}`,
  );
}

export function GapList({
  gaps,
  names,
  heading = 'Gaps',
  headingLevel = 3,
  compact,
}: {
  gaps: Gap[];
  names: Names;
  heading?: string;
  headingLevel?: 2 | 3 | 4;
  compact?: boolean;
}) {
  const id = useId();
  const H = `h${headingLevel}` as const;
  const sorted = [...gaps].sort(
    (a, b) => a.priority - b.priority || b.shortfall - a.shortfall || a.line.localeCompare(b.line),
  );
  return (
    <section aria-labelledby={`${id}-h`}>
      <H className="heading-s" id={`${id}-h`}>
        {heading} <span className="muted">({plural(gaps.length, 'line')} short)</span>
      </H>
      {gaps.length === 0 ? (
        <p>Every line is fully covered.</p>
      ) : (
        <TableWrap label={`${heading}: lines not fully covered`} short={compact}>
          <table className="table table--compact">
            <caption className="visually-hidden">
              {heading}: lines not fully covered, most urgent first, with the reasons
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Needs</th>
                <th scope="col" className="num">
                  Short
                </th>
                <th scope="col">Priority</th>
                {compact ? null : <th scope="col">Why it is not filled</th>}
              </tr>
            </thead>
            <tbody>
              {sorted.map((g) => (
                <tr key={g.line}>
                  <th scope="row" className="nowrap">
                    {g.line}
                  </th>
                  <td>
                    {quantityInWords(g.capability, g.demand)}, {PHASE_LABELS[g.phase]},{' '}
                    {names.region(g.region)}
                  </td>
                  <td className="num">
                    {fmtNumber(g.shortfall)} of {fmtNumber(g.demand)}
                  </td>
                  <td className="nowrap">
                    {g.priority} <span className="muted">{PRIORITY_WORDS[g.priority] ?? ''}</span>
                  </td>
                  {compact ? null : (
                    <td>
                      <ul className="list list--compact">
                        {reasonsInWords(g).map((w) => (
                          <li key={w}>{w}</li>
                        ))}
                      </ul>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
