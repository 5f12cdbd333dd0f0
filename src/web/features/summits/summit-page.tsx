/**
 * One summit: overview, invitations with replies and levels (and a chart of attendance by level
 * and mode), agenda with its linked commitments, decisions, action items (overdue ones
 * highlighted), memos, and the .ics download. A delegation replies for its own party here.
 */
import './summits.css';
import { Link, useParams } from 'react-router';
import type { ActionItem, Invitation, LinkedCommitment } from '../../../contracts/summit';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { type Column, DataTable } from '../../components/data-table';
import { fmtDate, fmtDateTime } from '../../components/format';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { SummaryList } from '../../components/summary-list';
import { TableWrap } from '../../components/table-wrap';
import { IllustrativeBadge } from '../../components/tags';
import { calendarUrl, getSummit, setActionDone } from './api';
import { AttendanceChart } from './attendance-chart';
import { FORMAT_LABELS, LEVEL_LABELS, MODE_LABELS, STATUS_LABELS, STATUS_TONES } from './labels';
import { ReplyForm } from './reply-form';

const Badge = ({ on }: { on: boolean }) =>
  on ? (
    <>
      {' '}
      <IllustrativeBadge />
    </>
  ) : null;

function Links({ commitments }: { commitments: LinkedCommitment[] }) {
  if (!commitments.length) return <span className="muted">None you may read</span>;
  return (
    <ul className="list">
      {commitments.map((c) => (
        <li key={c.id}>
          <Link to={`/commitments/${c.id}`}>{c.ref}</Link> {c.title}
        </li>
      ))}
    </ul>
  );
}

const INVITATION_COLUMNS: Column<Invitation>[] = [
  { key: 'party', header: 'Delegation', cell: (i) => `${i.partyName} (${i.party})` },
  {
    key: 'reply',
    header: 'Reply',
    cell: (i) =>
      i.reply ? i.reply.attending ? 'Attending' : 'Not attending' : <span className="muted">No reply</span>,
  },
  { key: 'level', header: 'Level', cell: (i) => (i.reply?.level ? LEVEL_LABELS[i.reply.level] : '') },
  { key: 'mode', header: 'How', cell: (i) => (i.reply?.mode ? MODE_LABELS[i.reply.mode] : '') },
  {
    key: 'source',
    header: 'Source',
    cell: (i) => (
      <>
        {i.reply?.source ? (
          <a href={i.reply.source} rel="noreferrer">
            source
          </a>
        ) : null}
        <Badge on={!!i.reply?.illustrative} />
        {i.reply?.note ? <span className="hint"> {i.reply.note}</span> : null}
      </>
    ),
  },
];

export default function SummitPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const summit = useResource(user === undefined ? null : `summit:${id}:${user?.id ?? ''}`, (signal) =>
    getSummit(id, signal),
  );
  const s = summit.data;
  usePageTitle(s?.title ?? 'Summit');
  if (summit.error) return <ErrorMessage error={summit.error} retry={summit.reload} page />;
  if (!s) return <Loading what="Loading the summit" />;

  const actionColumns: Column<ActionItem>[] = [
    {
      key: 'status',
      header: 'Status',
      cell: (a) => (
        <strong className={`tag tag--${STATUS_TONES[a.status]}`}>{STATUS_LABELS[a.status]}</strong>
      ),
    },
    {
      key: 'text',
      header: 'Action',
      className: 'col-title',
      cell: (a) => (
        <>
          {a.text}
          <Badge on={a.illustrative} />
        </>
      ),
    },
    { key: 'owner', header: 'Owner', cell: (a) => a.ownerParty ?? a.ownerUserId ?? '' },
    { key: 'deadline', header: 'Deadline', className: 'nowrap', cell: (a) => fmtDateTime(a.deadline) },
    ...(s.permissions.canManage
      ? [
          {
            key: 'done',
            header: 'Change',
            cell: (a: ActionItem) => (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={async () => {
                  await setActionDone(s.slug, a.id, a.status !== 'done');
                  summit.reload();
                }}
              >
                {a.status === 'done' ? 'Open again' : 'Mark done'}
                <span className="visually-hidden">: {a.text}</span>
              </button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <p>
        <Link to="/summits">All summits</Link>
      </p>
      <h1 className="heading-l">
        {s.title}
        <Badge on={s.illustrative} />
      </h1>
      <SummaryList
        rows={[
          ['When', `${fmtDateTime(s.startsAt)} – ${fmtDateTime(s.endsAt)} (venue time zone ${s.timeZone})`],
          ['Where', s.place],
          ['Format', FORMAT_LABELS[s.format]],
          ['Delegations', `${s.invited} invited, ${s.replied} replied, ${s.attending} attending`],
          ['Outcome', s.outcomeNotes ?? <span className="muted">Not recorded yet</span>],
        ]}
      />
      <p>
        <a className="button button--secondary" href={calendarUrl(s.slug)} download>
          Add to calendar (.ics)
        </a>
      </p>

      {s.permissions.replyParties.length && user?.role !== 'secretariat' ? (
        <section aria-labelledby="reply-h">
          <h2 id="reply-h" className="heading-m">
            Your reply
          </h2>
          <ReplyForm summit={s.slug} parties={s.permissions.replyParties} onDone={summit.reload} />
        </section>
      ) : null}

      <section aria-labelledby="inv-h">
        <h2 id="inv-h" className="heading-m">
          Invitations and replies
        </h2>
        <AttendanceChart invitations={s.invitations} />
        <DataTable
          caption="Invited delegations, their replies and levels"
          columns={INVITATION_COLUMNS}
          rows={s.invitations}
          rowKey={(i) => i.party}
          empty="No delegation invited yet."
        />
        {user?.role === 'secretariat' && s.permissions.replyParties.length ? (
          <details>
            <summary>Record a reply on a delegation's behalf</summary>
            <ReplyForm summit={s.slug} parties={s.permissions.replyParties} onDone={summit.reload} />
          </details>
        ) : null}
      </section>

      <section aria-labelledby="agenda-h">
        <h2 id="agenda-h" className="heading-m">
          Agenda
        </h2>
        {s.agenda.length === 0 ? <p className="muted">No agenda yet.</p> : null}
        <ol>
          {s.agenda.map((a) => (
            <li key={a.id}>
              <strong>{a.title}</strong>
              <Badge on={a.illustrative} />
              <Links commitments={a.commitments} />
              {a.requirementRefs.length ? (
                <p className="hint">Requirement lines: {a.requirementRefs.join(', ')}</p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="decisions-h">
        <h2 id="decisions-h" className="heading-m">
          Decisions
        </h2>
        {s.decisions.length === 0 ? <p className="muted">No decision recorded.</p> : null}
        {s.decisions.map((d) => (
          <div key={d.id} className="summary-card">
            <p>
              {d.text}
              <Badge on={d.illustrative} />
            </p>
            <p className="hint">Commitments agreed:</p>
            <Links commitments={d.commitments} />
          </div>
        ))}
      </section>

      <section aria-labelledby="actions-h">
        <h2 id="actions-h" className="heading-m">
          Action items
        </h2>
        {s.overdue ? (
          <p className="notice notice--warning">
            {s.overdue} action item{s.overdue > 1 ? 's are' : ' is'} overdue.
          </p>
        ) : null}
        <ActionTable rows={s.actionItems} columns={actionColumns} />
      </section>

      <section aria-labelledby="memos-h">
        <h2 id="memos-h" className="heading-m">
          Memos
        </h2>
        <ul className="list">
          {s.memos.map((m) => (
            <li key={m.id}>
              <Link to={`/memos/${encodeURIComponent(m.id)}`}>{m.title}</Link> ({fmtDate(m.createdAt)})
              <Badge on={m.illustrative} />
            </li>
          ))}
        </ul>
        {s.memos.length === 0 ? <p className="muted">No memo yet.</p> : null}
        {s.permissions.canWriteMemo ? (
          <p>
            <Link to={`/summits/${encodeURIComponent(s.slug)}/memos/new`}>
              Write a memo to the delegations
            </Link>
          </p>
        ) : null}
      </section>
    </>
  );
}

/** The action items, overdue rows highlighted (the status word says it too). */
function ActionTable({ rows, columns }: { rows: ActionItem[]; columns: Column<ActionItem>[] }) {
  return (
    <TableWrap label="Action items">
      <table className="table">
        <caption className="table__caption">Action items with owners and deadlines</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table__empty">
                No action item.
              </td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.id} className={r.status === 'overdue' ? 'summit-row--overdue' : undefined}>
                {columns.map((c) => (
                  <td key={c.key} className={c.className}>
                    {c.cell(r)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableWrap>
  );
}
