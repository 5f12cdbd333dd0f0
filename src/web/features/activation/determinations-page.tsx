/** Trigger determinations: the list, with how each plan stands now; the commission's form. */
import './activation.css';
import { Link } from 'react-router';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { type Column, DataTable } from '../../components/data-table';
import { fmtDateTime, fmtNumber } from '../../components/format';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { IllustrativeBadge } from '../../components/tags';
import { type DeterminationView, listDeterminations } from './api';
import { DeterminationForm } from './determination-form';
import { SEVERITY_LABELS, TRIGGER_LABELS } from './labels';
import { ActivationNav, SignInFirst } from './nav';
import { fmtUtc } from './time';

const COLUMNS: Column<DeterminationView>[] = [
  {
    key: 'reference',
    header: 'Determination',
    className: 'col-title',
    cell: (d) => (
      <>
        <Link to={`/determinations/${encodeURIComponent(d.id)}`}>{d.reference}</Link>
        {d.illustrative ? (
          <>
            {' '}
            <IllustrativeBadge />
          </>
        ) : null}
        <span className="act-sub">
          {TRIGGER_LABELS[d.trigger] ?? d.trigger}
          {d.severity ? ` (${SEVERITY_LABELS[d.severity]?.toLowerCase()})` : ''}
          {d.attributedTo ? `, attributed to ${d.attributedTo}` : ''}
        </span>
      </>
    ),
  },
  {
    key: 'at',
    header: 'Determined',
    className: 'nowrap',
    cell: (d) => (
      <>
        {fmtUtc(d.determinedAt)}
        <span className="act-sub">{fmtDateTime(d.determinedAt)} your time</span>
      </>
    ),
  },
  { key: 'items', header: 'Activated', numeric: true, cell: (d) => fmtNumber(d.items) },
  { key: 'onTime', header: 'On time', numeric: true, cell: (d) => fmtNumber(d.counts.honoured_on_time) },
  { key: 'late', header: 'Late', numeric: true, cell: (d) => fmtNumber(d.counts.honoured_late) },
  { key: 'not', header: 'Not honoured', numeric: true, cell: (d) => fmtNumber(d.counts.not_honoured) },
  {
    key: 'open',
    header: 'Pending (blocked)',
    numeric: true,
    cell: (d) => `${fmtNumber(d.counts.pending + d.counts.blocked)} (${fmtNumber(d.counts.blocked)})`,
  },
];

export default function DeterminationsPage() {
  usePageTitle('Determinations');
  const { user } = useSession();
  const list = useResource(user ? `dets:${user.id}` : null, listDeterminations);

  return (
    <>
      <h1 className="heading-l">Trigger determinations</h1>
      <ActivationNav />
      <p className="lead">
        The Special Commission determines that a trigger has occurred — a renewed armed attack, an attributed
        breach, a refusal to negotiate, a ceasefire in force. Each determination is signed and fires its
        activation plan: every commitment on that trigger, due within its response time, tracked until
        honoured.
      </p>
      {user === null ? (
        <SignInFirst what="the determinations" />
      ) : list.error ? (
        <ErrorMessage error={list.error} retry={list.reload} />
      ) : !list.data ? (
        <Loading what="Loading the determinations" />
      ) : (
        <DataTable
          caption="Determinations, newest first"
          columns={COLUMNS}
          rows={list.data}
          rowKey={(d) => d.id}
          busy={list.loading}
          empty="No determination has been recorded."
        />
      )}
      {user?.role === 'commission' ? <DeterminationForm /> : null}
    </>
  );
}
