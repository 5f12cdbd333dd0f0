/**
 * /positions: the alignment heat map at a date (issues × parties), the position behind a cell,
 * how the alignment with Ukraine moved over chosen dates, and a form to record a position. The
 * date, the dates and the open cell live in the URL.
 */
import './positions.css';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { getParties } from '../../api/endpoints';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { type Column, DataTable } from '../../components/data-table';
import { fmtDate } from '../../components/format';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { type AlignmentMatrix, getAlignment, getMovement } from './api';
import { signed } from './colour';
import { HeatMap } from './heat-map';
import { MovementChart } from './movement-chart';
import { PositionForm } from './position-form';
import { PositionPanel } from './position-panel';

const DEFAULT_DATE = '2026-01-06';
const DEFAULT_DATES = '2025-11-15,2025-12-06,2026-01-06';
const CAN_RECORD = new Set(['secretariat', 'delegation', 'beneficiary']);

type Row = AlignmentMatrix['cells'][number] & { issueTitle: string; partyName: string };
const COLUMNS: Column<Row>[] = [
  { key: 'issue', header: 'Issue', cell: (r) => r.issueTitle },
  { key: 'party', header: 'Party', cell: (r) => r.partyName },
  {
    key: 'stance',
    header: 'Stance',
    numeric: true,
    cell: (r) => (r.position ? signed(r.position.stance) : ''),
  },
  { key: 'asOf', header: 'As of', cell: (r) => fmtDate(r.position?.asOf) },
  {
    key: 'alignment',
    header: 'Alignment with Ukraine',
    numeric: true,
    cell: (r) => (r.alignment === null ? '' : String(r.alignment)),
  },
  {
    key: 'ill',
    header: 'Illustrative',
    cell: (r) => (r.position?.illustrative ? 'Yes' : r.position ? 'No' : ''),
  },
];

export default function PositionsPage() {
  usePageTitle('Negotiation positions');
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? DEFAULT_DATE;
  const dates = (params.get('dates') ?? DEFAULT_DATES).split(',').filter(Boolean);
  const cell = params.get('cell');
  const who = user === undefined ? null : (user?.id ?? 'anon');
  const matrix = useResource(who && `alignment:${who}:${date}`, (s) => getAlignment(date, s));
  const movement = useResource(who && `movement:${who}:${dates.join(',')}`, (s) => getMovement(dates, s));
  const parties = useResource(user && CAN_RECORD.has(user.role) ? 'parties' : null, getParties);
  // the table of the same figures is drawn once asked for: a closed <details> needs none of it
  const [tableShown, setTableShown] = useState(false);
  const update = useCallback(
    (k: string, v: string | null) =>
      setParams(
        (p) => {
          const n = new URLSearchParams(p);
          if (v === null) n.delete(k);
          else n.set(k, v);
          return n;
        },
        { replace: true },
      ),
    [setParams],
  );

  return (
    <>
      <h1 className="heading-l">Negotiation positions</h1>
      <p className="lead">
        The open issues of the negotiation and where Ukraine, the United States, European states and Russia
        stand on each, scored from −2 to +2 on each issue’s own scale. Each cell is the party’s latest
        position on or before the date; select a cell for its summary, red lines and sources.
      </p>
      <div className="positions-toolbar">
        <div className="form-group">
          <label className="label" htmlFor="alignment-date">
            Date
          </label>
          <input
            id="alignment-date"
            className="input"
            type="date"
            value={date}
            onChange={(e) => e.target.value && update('date', e.target.value)}
          />
        </div>
      </div>
      {matrix.error ? (
        <ErrorMessage error={matrix.error} retry={matrix.reload} />
      ) : !matrix.data ? (
        <div className="positions-pending">
          <Loading what="Loading the positions" />
        </div>
      ) : (
        <>
          <HeatMap
            matrix={matrix.data}
            selected={cell}
            onSelect={(k) => update('cell', k === cell ? null : k)}
          />
          {cell ? <PositionPanel matrix={matrix.data} cellKey={cell} /> : null}
          <details className="details" onToggle={(e) => setTableShown(e.currentTarget.open)}>
            <summary>Show the same figures as a table</summary>
            {tableShown ? (
              <DataTable
                caption={`Positions on ${fmtDate(date)}`}
                columns={COLUMNS}
                rowKey={(r) => `${r.issue}:${r.party}`}
                rows={matrix.data.cells
                  .filter((c) => c.position)
                  .map((c) => ({
                    ...c,
                    issueTitle: matrix.data?.issues.find((i) => i.slug === c.issue)?.title ?? c.issue,
                    partyName: matrix.data?.parties.find((p) => p.code === c.party)?.name ?? c.party,
                  }))}
              />
            ) : null}
          </details>
        </>
      )}
      <h2 className="heading-m">How the alignment moved</h2>
      <div className="form-group">
        <label className="label" htmlFor="movement-dates">
          Dates
        </label>
        <div className="hint" id="movement-dates-hint">
          Dates separated by commas, YYYY-MM-DD.
        </div>
        <input
          id="movement-dates"
          className="input"
          aria-describedby="movement-dates-hint"
          defaultValue={dates.join(',')}
          onBlur={(e) => update('dates', e.target.value.replace(/\s+/g, ''))}
        />
      </div>
      {movement.error ? (
        <ErrorMessage error={movement.error} retry={movement.reload} />
      ) : movement.data ? (
        <MovementChart movement={movement.data} />
      ) : (
        <Loading what="Loading the movement" />
      )}
      {user && CAN_RECORD.has(user.role) && matrix.data && parties.data ? (
        <>
          <h2 className="heading-m">Record a position</h2>
          <PositionForm
            matrix={matrix.data}
            parties={parties.data}
            onSaved={() => {
              matrix.reload();
              movement.reload();
            }}
          />
        </>
      ) : null}
    </>
  );
}
