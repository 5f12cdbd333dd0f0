/** Summits: the meetings of the coalition, latest first. */
import './summits.css';
import { Link } from 'react-router';
import type { SummitSummary } from '../../../contracts/summit';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { type Column, DataTable } from '../../components/data-table';
import { fmtDateTime, fmtNumber } from '../../components/format';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { IllustrativeBadge } from '../../components/tags';
import { listSummits } from './api';
import { FORMAT_LABELS } from './labels';

const COLUMNS: Column<SummitSummary>[] = [
  {
    key: 'title',
    header: 'Summit',
    className: 'col-title',
    cell: (s) => (
      <>
        <Link to={`/summits/${encodeURIComponent(s.slug)}`}>{s.title}</Link>
        {s.illustrative ? (
          <>
            {' '}
            <IllustrativeBadge />
          </>
        ) : null}
      </>
    ),
  },
  { key: 'starts', header: 'Starts', className: 'nowrap', cell: (s) => fmtDateTime(s.startsAt) },
  { key: 'place', header: 'Place', cell: (s) => s.place },
  { key: 'format', header: 'Format', cell: (s) => FORMAT_LABELS[s.format] },
  { key: 'invited', header: 'Invited', numeric: true, cell: (s) => fmtNumber(s.invited) },
  { key: 'attending', header: 'Attending', numeric: true, cell: (s) => fmtNumber(s.attending) },
  {
    key: 'overdue',
    header: 'Overdue actions',
    numeric: true,
    cell: (s) => (s.overdue ? <strong className="tag tag--red">{fmtNumber(s.overdue)}</strong> : '0'),
  },
];

export default function SummitsPage() {
  usePageTitle('Summits');
  const { user } = useSession();
  const list = useResource(user === undefined ? null : `summits:${user?.id ?? ''}`, listSummits);
  return (
    <>
      <h1 className="heading-l">Summits</h1>
      <p className="lead">
        Meetings of the coalition: who was invited and came, at what level and how, the agenda and the
        commitments it concerned, the decisions, the action items and the memo sent to every delegation.
      </p>
      {user?.role === 'secretariat' ? (
        <p>
          <Link to="/memos/trace">Trace a leaked memo excerpt</Link>
        </p>
      ) : null}
      {list.error ? (
        <ErrorMessage error={list.error} retry={list.reload} />
      ) : !list.data ? (
        <Loading what="Loading the summits" />
      ) : (
        <DataTable
          caption="Summits"
          columns={COLUMNS}
          rows={list.data}
          rowKey={(s) => s.id}
          busy={list.loading}
          empty="No summit yet. The secretariat creates them through the API or the command line."
        />
      )}
    </>
  );
}
