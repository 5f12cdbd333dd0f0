/**
 * Incident reports of the monitoring mission: the period's counts per day against the baseline,
 * per region, on a map, and the reports themselves in a table. Period, baseline, filters and
 * page live in the URL; without a period it shows the two weeks to the latest report.
 */
import { lazy, Suspense, useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { type Column, DataTable } from '../../components/data-table';
import { fmtDate, fmtNumber } from '../../components/format';
import { ButtonLink, ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { Pagination } from '../../components/pagination';
import { IllustrativeBadge } from '../../components/tags';
import { getAggregates, type Incident, listIncidents } from './api';
import { DayChart } from './day-chart';
import { describeFilters, IncidentFilters } from './filters';
import './incidents.css';
import { TYPE_LABELS, WEAPON_LABELS } from './labels';
import { casualtyWords, fmtKyiv, VerificationTag } from './parts';
import { canRecord } from './permissions';
import {
  addDays,
  aggregateQuery,
  dayInKyiv,
  hrefOf,
  type IncidentsState,
  listQuery,
  readState,
} from './query';
import { RegionChart } from './region-chart';

// the atlas and the projection are a chunk of their own, loaded with the map only
const UkraineMap = lazy(() => import('./ukraine-map'));

/** The map shows at most this many of the period's incidents (the newest). */
const MAP_MAX = 1000;

const COLUMNS: Column<Incident>[] = [
  {
    key: 'reference',
    header: 'Reference',
    className: 'nowrap',
    cell: (i) => <Link to={`/incidents/${encodeURIComponent(i.id)}`}>{i.reference}</Link>,
  },
  { key: 'occurred', header: 'When (Kyiv)', className: 'nowrap', cell: (i) => fmtKyiv(i.occurredAt) },
  {
    key: 'place',
    header: 'Where',
    cell: (i) => (
      <>
        {i.settlement ? `${i.settlement}, ` : ''}
        {i.regionName}
      </>
    ),
  },
  {
    key: 'type',
    header: 'Type',
    cell: (i) => (
      <>
        {TYPE_LABELS[i.type]}
        {i.illustrative ? (
          <>
            {' '}
            <IllustrativeBadge />
          </>
        ) : null}
      </>
    ),
  },
  { key: 'weapon', header: 'Weapon', cell: (i) => WEAPON_LABELS[i.weaponClass] },
  { key: 'casualties', header: 'Casualties', cell: (i) => casualtyWords(i) },
  { key: 'team', header: 'Team', cell: (i) => i.team },
  { key: 'status', header: 'Verification', cell: (i) => <VerificationTag status={i.status} /> },
];

async function mapIncidents(state: IncidentsState, signal: AbortSignal) {
  const items: Incident[] = [];
  let total = 0;
  // as the counts: rejected reports are left out unless the statuses are chosen
  const status = state.filters.status.length
    ? state.filters.status
    : ['reported', 'corroborated', 'verified'];
  const asked = { ...state, order: 'desc' as const, filters: { ...state.filters, status } };
  for (let page = 1; items.length < MAP_MAX; page++) {
    const p = await listIncidents(listQuery(asked, page, 200), signal);
    items.push(...p.items);
    total = p.total;
    if (p.items.length < 200) break;
  }
  return { items: items.slice(0, MAP_MAX), total };
}

export default function IncidentsPage() {
  usePageTitle('Incident reports');
  const { user } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const state = readState(params);
  const hasPeriod = !!(state.from && state.to);
  const ready = user !== undefined;

  // without a period: the two weeks to the latest report (or to today), written into the URL
  const latest = useResource(ready && !hasPeriod ? `latest:${user?.id ?? ''}` : null, (signal) =>
    listIncidents(new URLSearchParams({ order: 'desc', pageSize: '1' }), signal),
  );
  useEffect(() => {
    if (hasPeriod || !latest.data) return;
    const last = latest.data.items[0];
    const to = last ? dayInKyiv(last.occurredAt) : dayInKyiv(new Date().toISOString());
    navigate(hrefOf({ ...state, from: addDays(to, -13), to }), { replace: true });
  }, [hasPeriod, latest.data, navigate, state]);

  const key = ready && hasPeriod ? `${user?.id ?? ''}?${params.toString()}` : null;
  const byDay = useResource(key && `d${key}`, (s) => getAggregates(aggregateQuery(state, 'day'), s));
  const byRegion = useResource(key && `r${key}`, (s) => getAggregates(aggregateQuery(state, 'region'), s));
  const onMap = useResource(key && `m${key}`, (s) => mapIncidents(state, s));
  const list = useResource(key && `l${key}`, (s) => listIncidents(listQuery(state), s));
  const filterWords = describeFilters(state);
  const error = latest.error ?? list.error ?? byDay.error;

  return (
    <>
      <div className="page-head">
        <h1 className="heading-l">Incident reports</h1>
        {canRecord(user) ? (
          <div className="button-group">
            <ButtonLink to="/incidents/new">Record an incident</ButtonLink>
            <ButtonLink to="/incidents/import" secondary>
              Import a file
            </ButtonLink>
          </div>
        ) : null}
      </div>
      <p className="lead">
        Incidents on the line of contact as the ceasefire monitoring mission reports them, in the manner of
        the OSCE Special Monitoring Mission: when and where, what, the human cost, how it was observed, and
        how far it has been verified.
      </p>
      {list.data?.items.some((i) => i.illustrative) || onMap.data?.items.some((i) => i.illustrative) ? (
        <div className="banner banner--illustrative" role="note">
          <strong>Illustrative incidents — not real reports.</strong> The demo's monitoring period was
          invented to show how reports are aggregated and verified; the places are real, the events are not.
        </div>
      ) : null}

      <IncidentFilters key={params.toString()} state={state} onApply={(next) => navigate(hrefOf(next))} />

      {error ? <ErrorMessage error={error} retry={list.reload} /> : null}
      {!hasPeriod && !error ? <Loading what="Finding the latest reports" /> : null}
      {hasPeriod ? (
        <>
          <p className="results-head__filters" aria-live="polite">
            {fmtDate(state.from)} to {fmtDate(state.to)}
            {byDay.data
              ? `: ${fmtNumber(byDay.data.period.total, 0)} incidents (rejected reports left out), ${fmtNumber(byDay.data.period.meanDaily, 2)} a day against ${fmtNumber(byDay.data.baseline.meanDaily, 2)} a day in the baseline (${fmtDate(byDay.data.baseline.from)} – ${fmtDate(byDay.data.baseline.to)})${byDay.data.ratio === null ? '' : `: × ${fmtNumber(byDay.data.ratio, 1)}`}.`
              : '.'}{' '}
            {filterWords.length ? <>Filtered by {filterWords.join(' · ')}.</> : null}
          </p>
          <section className="incident-overview" aria-label="Overview of the period">
            {byDay.data ? <DayChart data={byDay.data} /> : <Loading what="Counting incidents" />}
            {byRegion.data ? <RegionChart data={byRegion.data} /> : null}
            <Suspense fallback={<Loading what="Drawing the map" />}>
              {onMap.data ? (
                <UkraineMap
                  incidents={onMap.data.items}
                  note={
                    onMap.data.total > onMap.data.items.length
                      ? `The ${onMap.data.items.length} newest of ${onMap.data.total} are shown.`
                      : undefined
                  }
                />
              ) : null}
            </Suspense>
          </section>
          <h2 className="heading-m">Reports</h2>
          {list.data ? (
            <>
              <DataTable
                caption="Incident reports"
                captionHidden
                columns={COLUMNS}
                rows={list.data.items}
                rowKey={(i) => i.id}
                busy={list.loading}
                empty="No incident report matches this period and these filters."
              />
              <Pagination
                page={list.data.page}
                pageSize={list.data.pageSize}
                total={list.data.total}
                label="reports"
                href={(page) => hrefOf({ ...state, page })}
              />
            </>
          ) : !list.error ? (
            <Loading what="Loading reports" />
          ) : null}
        </>
      ) : null}
    </>
  );
}
