/** One cell opened: the position's summary, red lines, sources and who recorded it. */
import { fmtDate } from '../../components/format';
import { SummaryList } from '../../components/summary-list';
import { IllustrativeBadge } from '../../components/tags';
import type { AlignmentMatrix } from './api';
import { signed } from './colour';

export function PositionPanel({ matrix, cellKey }: { matrix: AlignmentMatrix; cellKey: string }) {
  const cell = matrix.cells.find((c) => `${c.issue}:${c.party}` === cellKey);
  const issue = matrix.issues.find((i) => i.slug === cell?.issue);
  const party = matrix.parties.find((p) => p.code === cell?.party);
  const pos = cell?.position;
  if (!cell || !issue || !party || !pos) return null;
  return (
    <section className="position-panel" aria-live="polite" aria-labelledby="position-panel-h">
      <h2 className="heading-m" id="position-panel-h">
        {party.name} on {issue.title} {pos.illustrative ? <IllustrativeBadge /> : null}
      </h2>
      <p>{pos.summary}</p>
      <SummaryList
        rows={[
          ['Stance', `${signed(pos.stance)} (−2 ${issue.lowLabel}; +2 ${issue.highLabel})`],
          ['As of', fmtDate(pos.asOf)],
          ['Alignment with Ukraine', cell.alignment === null ? 'Not known' : String(cell.alignment)],
          [
            'Red lines',
            pos.redLines.length ? (
              <ul className="list" key="red-lines">
                {pos.redLines.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : (
              'None recorded'
            ),
          ],
          [
            'Sources',
            pos.sources.length ? (
              <ul className="list" key="sources">
                {pos.sources.map((s) => (
                  <li key={`${s.title}${s.url ?? ''}`}>
                    {s.url ? (
                      <a href={s.url} rel="noreferrer noopener" target="_blank">
                        {s.title}
                      </a>
                    ) : (
                      s.title
                    )}
                    {s.publishedOn ? ` (${fmtDate(s.publishedOn)})` : ''}
                  </li>
                ))}
              </ul>
            ) : (
              'No public source: illustrative'
            ),
          ],
          ['Recorded', `${pos.recordedByName ?? 'the register'}, ${fmtDate(pos.recordedAt)}`],
        ]}
      />
    </section>
  );
}
