/**
 * The live activation board of one determination: every activated commitment the reader may
 * read, with its guarantor, due time in UTC and on the guarantor's clock, the time left or how
 * late, its blockers, its state; guarantors (and the secretariat) mark items honoured with the
 * evidence. Marks made elsewhere arrive as server-sent events.
 */
import './activation.css';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { fmtDateTime, fmtNumber } from '../../components/format';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { SummaryList } from '../../components/summary-list';
import { TableWrap } from '../../components/table-wrap';
import { IllustrativeBadge } from '../../components/tags';
import {
  type ActivationItemView,
  type ActivationPlanView,
  boardEventsUrl,
  getPlan,
  verifyDetermination,
} from './api';
import { Incidents } from './incidents';
import { CONDITION_LABELS, SEVERITY_LABELS, StateTag, TRIGGER_LABELS } from './labels';
import { MarkForm } from './mark-form';
import { fmtDuration, fmtLocal, fmtUtc } from './time';

function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return now;
}

/** Follows the board's events; calls `onItem` when an item was marked. */
function useBoardEvents(id: string | null, onItem: () => void): 'live' | 'offline' {
  const [state, setState] = useState<'live' | 'offline'>('offline');
  useEffect(() => {
    if (!id || typeof EventSource === 'undefined') return;
    const source = new EventSource(boardEventsUrl(id));
    source.onopen = () => setState('live');
    source.onerror = () => setState('offline');
    source.addEventListener('item', () => onItem());
    return () => source.close();
  }, [id, onItem]);
  return state;
}

function Timing({ item, now }: { item: ActivationItemView; now: number }) {
  if (item.dueAt === null) return <span className="muted">No response time written</span>;
  const due = Date.parse(item.dueAt);
  if (item.state === 'honoured_late') return <>Late by {fmtDuration((item.lateByHours ?? 0) * 3_600_000)}</>;
  if (item.state === 'honoured_on_time') return <>On time</>;
  if (now > due) return <strong className="act-overdue">Overdue by {fmtDuration(now - due)}</strong>;
  return <>Due in {fmtDuration(due - now)}</>;
}

function Blockers({ item }: { item: ActivationItemView }) {
  if (item.blockers.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="list list--compact act-blockers">
      {item.blockers.map((b) => (
        <li key={`${b.kind}:${b.text}`}>
          <strong className="tag tag--yellow">Blocked</strong> {CONDITION_LABELS[b.kind] ?? b.kind}: {b.text}
        </li>
      ))}
    </ul>
  );
}

function Counts({ plan }: { plan: ActivationPlanView }) {
  const c = plan.counts;
  const rows: [string, number][] = [
    ['On time', c.honoured_on_time],
    ['Late', c.honoured_late],
    ['Not honoured', c.not_honoured],
    ['Pending', c.pending],
    ['Blocked', c.blocked],
  ];
  return (
    <dl className="stats" aria-label="Items by state">
      {rows.map(([k, v]) => (
        <div className="stats__item" key={k}>
          <dt>{k}</dt>
          <dd>{fmtNumber(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Signature({ id }: { id: string }) {
  const v = useResource(`verify:${id}`, (signal) => verifyDetermination(id, signal));
  if (!v.data)
    return <span className="muted">{v.error ? 'Signature not checked' : 'Checking the signature…'}</span>;
  const ok = v.data.valid && v.data.planValid;
  return (
    <strong className={`tag ${ok ? 'tag--green' : 'tag--red'}`} title={`Ed25519, key ${v.data.keyId}`}>
      {ok
        ? 'Signature verified'
        : v.data.valid
          ? 'Plan changed since it was signed'
          : 'Signature does not verify'}
    </strong>
  );
}

export default function BoardPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const plan = useResource(user === undefined ? null : `plan:${id}:${user?.id ?? ''}`, (signal) =>
    getPlan(id, signal),
  );
  const now = useNow(30_000);
  const reload = plan.reload;
  const live = useBoardEvents(user ? id : null, reload);
  const d = plan.data?.determination;
  usePageTitle(d ? `Activation board ${d.reference}` : 'Activation board');

  if (plan.error) return <ErrorMessage error={plan.error} retry={plan.reload} page />;
  if (!plan.data || !d) return <Loading what="Loading the activation board" />;
  const p = plan.data;
  return (
    <>
      <p>
        <Link to="/determinations" className="back-link">
          All determinations
        </Link>
      </p>
      <h1 className="heading-l">
        {d.reference}: {TRIGGER_LABELS[d.trigger] ?? d.trigger}
        {d.severity ? ` (${SEVERITY_LABELS[d.severity]?.toLowerCase()})` : ''}
      </h1>
      {d.illustrative ? (
        <div className="banner banner--illustrative" role="note">
          <IllustrativeBadge /> This determination and its marks are invented for the demo; they are not
          public facts.
        </div>
      ) : null}
      <SummaryList
        rows={[
          [
            'Determined',
            `${fmtUtc(d.determinedAt)} — ${fmtDateTime(d.determinedAt)} your time (${d.timeZone} is the determining body's zone)`,
          ],
          ['By', `${d.determinedBy}; recorded by ${d.recordedByLabel}`],
          ['Attributed to', d.attributedTo ?? 'No one'],
          ['Incidents', <Incidents key="i" ids={d.incidentIds} refs={d.incidentRefs} />],
          [
            'Evidence',
            d.evidence.length ? (
              <ul className="list list--compact" key="e">
                {d.evidence.map((e) => (
                  <li key={`${e.title}${e.url ?? ''}`}>
                    {e.url ? <a href={e.url}>{e.title}</a> : e.title}
                    {e.note ? ` — ${e.note}` : ''}
                  </li>
                ))}
              </ul>
            ) : (
              'None given'
            ),
          ],
          ['Reasoning', d.reasoning ?? '—'],
          ['Signature', <Signature key="s" id={d.id} />],
        ]}
      />
      <h2 className="heading-m">Activated commitments</h2>
      <p className="muted" aria-live="polite">
        {live === 'live'
          ? 'Live: marks made by others appear here as they are made.'
          : 'Not live: reload to see new marks.'}{' '}
        States as of {fmtDateTime(p.asOf)}.
      </p>
      <Counts plan={p} />
      <TableWrap label="Activated commitments, by due time">
        <table className="table act-board">
          <caption className="visually-hidden">Activated commitments, by due time</caption>
          <thead>
            <tr>
              <th scope="col">Commitment</th>
              <th scope="col">Guarantor</th>
              <th scope="col">Due (UTC)</th>
              <th scope="col">Due, guarantor's time</th>
              <th scope="col">Time</th>
              <th scope="col">Blockers</th>
              <th scope="col">State</th>
              <th scope="col">Mark</th>
            </tr>
          </thead>
          <tbody>
            {p.items.length === 0 ? (
              <tr>
                <td colSpan={8}>No commitment you may read was activated.</td>
              </tr>
            ) : (
              p.items.map((i) => (
                <tr key={i.id} data-state={i.state}>
                  <td>
                    <Link to={`/commitments/${encodeURIComponent(i.commitmentId)}`}>{i.commitmentRef}</Link>
                    <span className="act-sub">{i.title}</span>
                  </td>
                  <td>{i.guarantor}</td>
                  <td className="nowrap">{i.dueAt ? fmtUtc(i.dueAt) : '—'}</td>
                  <td className="nowrap">
                    {i.dueLocal ? (
                      <>
                        {fmtLocal(i.dueLocal.guarantor.local)}
                        <span className="act-sub">{i.dueLocal.guarantor.timeZone}</span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    <Timing item={i} now={now} />
                  </td>
                  <td>
                    <Blockers item={i} />
                  </td>
                  <td>
                    <StateTag state={i.state} />
                    {i.evidence ? <span className="act-sub">{i.evidence}</span> : null}
                  </td>
                  <td>{i.canMark ? <MarkForm item={i} onMarked={reload} /> : null}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </TableWrap>
      {p.excluded.length ? (
        <>
          <h2 className="heading-m">On the same trigger, not activated</h2>
          <ul className="list">
            {p.excluded.map((e) => (
              <li key={e.commitmentId}>
                <Link to={`/commitments/${encodeURIComponent(e.commitmentId)}`}>{e.commitmentRef}</Link>:{' '}
                {e.detail}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
