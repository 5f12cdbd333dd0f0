/**
 * The commitment register: filters, sortable columns and pages, all in the URL, so that a view
 * can be shared; export links carry the same filters.
 */
import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Classification, Kind, Pillar } from '../../../contracts/enums';
import { type Commitment, exportHref, getParties, listCommitments } from '../../api/endpoints';
import { canCreate, useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { type Column, DataTable } from '../../components/data-table';
import { fmtDate, fmtEur, fmtPct } from '../../components/format';
import { CLASSIFICATION_LABELS, KIND_LABELS, labelOf, PILLAR_SHORT } from '../../components/labels';
import { ButtonLink, ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { Pagination } from '../../components/pagination';
import { ConcretenessTag, IllustrativeBadge, StatusTag } from '../../components/tags';
import { describeFilters, Filters } from './filters';
import { rememberRegisterView } from './last-view';
import { apiQuery, hrefOf, readState, SORT_LABELS, writeState } from './query';

const COLUMNS: Column<Commitment>[] = [
  {
    key: 'ref',
    header: 'Ref',
    sort: 'ref',
    className: 'nowrap',
    cell: (c) => <Link to={`/commitments/${encodeURIComponent(c.id)}`}>{c.ref}</Link>,
  },
  {
    key: 'guarantor',
    header: 'Guarantor',
    sort: 'guarantor',
    cell: (c) => <abbr title={c.guarantor}>{c.guarantorName}</abbr>,
  },
  { key: 'pillar', header: 'Pillar', cell: (c) => labelOf(PILLAR_SHORT, c.pillar as Pillar) },
  { key: 'kind', header: 'Kind', cell: (c) => labelOf(KIND_LABELS, c.kind as Kind) },
  {
    key: 'title',
    header: 'Title',
    sort: 'title',
    className: 'col-title',
    cell: (c) => (
      <>
        {c.title}
        {c.illustrative ? (
          <>
            {' '}
            <IllustrativeBadge />
          </>
        ) : null}
      </>
    ),
  },
  {
    key: 'eur',
    header: 'EUR',
    sort: 'eurAmount',
    numeric: true,
    cell: (c) =>
      c.terms.money ? (
        <>
          {c.terms.money.ceiling ? <span className="muted">up to </span> : null}
          {fmtEur(c.terms.money.eurAmount)}
        </>
      ) : (
        <span className="muted" title="No sum">
          –
        </span>
      ),
  },
  {
    key: 'gdp',
    header: '% GDP',
    numeric: true,
    cell: (c) => (c.pctGdp === null ? <span className="muted">–</span> : fmtPct(c.pctGdp)),
  },
  {
    key: 'concreteness',
    header: 'Concreteness',
    sort: 'concreteness',
    className: 'nowrap col-concreteness',
    cell: (c) => <ConcretenessTag concreteness={c.concreteness} />,
  },
  { key: 'status', header: 'Status', sort: 'status', cell: (c) => <StatusTag status={c.status as string} /> },
  {
    key: 'classification',
    header: 'Classification',
    cell: (c) => labelOf(CLASSIFICATION_LABELS, c.classification as Classification),
  },
  {
    key: 'announced',
    header: 'Announced',
    sort: 'announcedOn',
    className: 'nowrap',
    cell: (c) => fmtDate(c.announcedOn as string),
  },
];

export default function RegisterPage() {
  usePageTitle('Commitment register');
  const { user } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const state = readState(params);
  const search = params.toString();
  useEffect(() => rememberRegisterView(search ? `?${search}` : ''), [search]);
  const query = apiQuery(state);
  const key = user === undefined ? null : `${user?.id ?? ''}?${query.toString()}`;
  const list = useResource(key, (signal) => listCommitments(query, signal));
  const parties = useResource(user === undefined ? null : 'parties', getParties);
  const filterWords = describeFilters(state, parties.data);
  const filterParams = writeState({ ...state, page: 1 });

  return (
    <>
      <div className="page-head">
        <h1 className="heading-l">Commitment register</h1>
        {canCreate(user) ? <ButtonLink to="/commitments/new">New commitment</ButtonLink> : null}
      </div>
      <p className="lead">
        Every commitment one guarantor has made, one checkable promise a row.
        {user ? '' : ' You see the public records; sign in to see what your role may read.'}
      </p>

      <Filters
        key={params.toString()}
        state={state}
        parties={parties.data}
        onApply={(next) => navigate(hrefOf(next))}
      />

      <div className="results-head">
        <p className="results-head__filters" aria-live="polite">
          {filterWords.length ? <>Filtered by {filterWords.join(' · ')}.</> : 'No filters.'} Sorted by:{' '}
          {SORT_LABELS[state.sort]}, {state.order === 'asc' ? 'ascending' : 'descending'}.
        </p>
        <p className="results-head__export">
          Download these commitments:{' '}
          <a href={exportHref('csv', filterParams)} download>
            CSV
          </a>{' '}
          ·{' '}
          <a href={exportHref('xlsx', filterParams)} download>
            Excel (XLSX)
          </a>
        </p>
      </div>

      {list.error ? <ErrorMessage error={list.error} retry={list.reload} /> : null}
      {!list.data && !list.error ? <Loading what="Loading commitments" /> : null}
      {list.data ? (
        <>
          <DataTable
            caption="Commitments"
            captionHidden
            columns={COLUMNS}
            rows={list.data.items}
            rowKey={(c) => c.id}
            busy={list.loading}
            empty="No commitment matches these filters."
            sort={{
              sort: state.sort,
              order: state.order,
              href: (sort, order) => hrefOf({ ...state, sort: sort as typeof state.sort, order, page: 1 }),
            }}
          />
          <Pagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            label="commitments"
            href={(page) => hrefOf({ ...state, page })}
          />
        </>
      ) : null}
    </>
  );
}
