/** A memo: per-party copy downloads (the caller's own, or every copy for the secretariat) and the open log. */
import './summits.css';
import { Link, useParams } from 'react-router';
import type { MemoOpen } from '../../../contracts/memo-copy';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { type Column, DataTable } from '../../components/data-table';
import { fmtDateTime } from '../../components/format';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { IllustrativeBadge } from '../../components/tags';
import { copyUrl, getMemo, memoOpens } from './api';
import { COPY_FORMAT_VALUES } from './labels';

const OPEN_COLUMNS: Column<MemoOpen>[] = [
  { key: 'at', header: 'Opened', className: 'nowrap', cell: (o) => fmtDateTime(o.at) },
  { key: 'party', header: 'Copy of', cell: (o) => o.party },
  { key: 'user', header: 'By', cell: (o) => o.userLabel },
  { key: 'format', header: 'Format', cell: (o) => o.format.toUpperCase() },
  { key: 'copy', header: 'Copy id', cell: (o) => <code>{o.copyId}</code> },
];

export default function MemoPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const memo = useResource(user === undefined ? null : `memo:${id}:${user?.id ?? ''}`, (signal) =>
    getMemo(id, signal),
  );
  const m = memo.data;
  const opens = useResource(m?.permissions.canReadOpens ? `opens:${id}` : null, (signal) =>
    memoOpens(id, signal),
  );
  usePageTitle(m?.title ?? 'Memo');
  if (memo.error) return <ErrorMessage error={memo.error} retry={memo.reload} page />;
  if (!m) return <Loading what="Loading the memo" />;
  return (
    <>
      <p>
        <Link to={`/summits/${encodeURIComponent(m.summitId)}`}>{m.summitTitle}</Link>
      </p>
      <h1 className="heading-l">
        {m.title}
        {m.illustrative ? (
          <>
            {' '}
            <IllustrativeBadge />
          </>
        ) : null}
      </h1>
      <p className="lead">
        Written once ({m.words} words); every delegation received its own copy, marked invisibly and
        differently (word choices, punctuation and spacing, zero-width characters), so that a leaked excerpt
        names its copy. Every opening of a copy is recorded.
      </p>
      <h2 className="heading-m">Copies</h2>
      {m.copies.length === 0 ? (
        <p className="muted">Your role has no copy of this memo to open.</p>
      ) : (
        <ul className="summit-copies">
          {m.copies.map((c) => (
            <li key={c.copyId}>
              <strong>{c.partyName}</strong> ({c.party}):{' '}
              {COPY_FORMAT_VALUES.map((f, i) => (
                <span key={f}>
                  {i ? ', ' : ''}
                  <a href={copyUrl(m.id, c.party, f)} download onClick={() => setTimeout(opens.reload, 500)}>
                    {f.toUpperCase()}
                    <span className="visually-hidden"> copy for {c.partyName}</span>
                  </a>
                </span>
              ))}{' '}
              <span className="hint">opened {c.opens}×</span>
            </li>
          ))}
        </ul>
      )}
      {m.permissions.canTrace ? (
        <p>
          <Link to={`/memos/trace?memo=${encodeURIComponent(m.id)}`}>
            Trace a leaked excerpt of this memo
          </Link>
        </p>
      ) : null}
      {m.permissions.canReadOpens ? (
        <section aria-labelledby="opens-h">
          <h2 id="opens-h" className="heading-m">
            Open log
          </h2>
          {opens.error ? <ErrorMessage error={opens.error} retry={opens.reload} /> : null}
          {opens.data ? (
            <DataTable
              caption="Who opened which copy, when"
              captionHidden
              columns={OPEN_COLUMNS}
              rows={opens.data}
              rowKey={(o) => `${o.copyId}-${o.at}-${o.userLabel}`}
              empty="No copy opened yet."
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
