/**
 * The dashboard: what the register holds, by guarantor, pillar and status, as bar charts in the
 * manner of the Kiel Ukraine Support Tracker. The measure (EUR, % of GDP, number) and the choice
 * of charts or tables live in the URL.
 */
import { Link, useSearchParams } from 'react-router';
import { type ConcretenessGroup, getConcretenessStats, getTotals, type Totals } from '../../api/endpoints';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { type Bar, BarChart } from '../../components/bar-chart';
import { fmtEur, fmtEurCompact, fmtNumber, fmtPct, fmtShare, plural } from '../../components/format';
import {
  PILLAR_LONG,
  PILLAR_SHORT,
  PILLAR_VALUES,
  STATUS_LABELS,
  STATUS_VALUES,
} from '../../components/labels';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { StackedBarChart, type StackedRow } from '../../components/stacked-bar-chart';

type Measure = 'eur' | 'gdp' | 'count';
const MEASURES: { value: Measure; label: string }[] = [
  { value: 'eur', label: 'EUR' },
  { value: 'gdp', label: '% of GDP' },
  { value: 'count', label: 'Number of commitments' },
];

export default function DashboardPage() {
  usePageTitle('Dashboard');
  const { user } = useSession();
  const [params] = useSearchParams();
  const measure: Measure =
    (['eur', 'gdp', 'count'] as const).find((m) => m === params.get('measure')) ?? 'eur';
  const asTable = params.get('view') === 'table';
  const totals = useResource(user === undefined ? null : `totals:${user?.id ?? ''}`, getTotals);
  const concreteness = useResource(
    user === undefined ? null : `concreteness:${user?.id ?? ''}`,
    getConcretenessStats,
  );

  const link = (change: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v === null) p.delete(k);
      else p.set(k, v);
    }
    const s = p.toString();
    return s ? `?${s}` : '?';
  };

  return (
    <>
      <h1 className="heading-l">Dashboard</h1>
      <p className="lead">
        What the guarantors have committed to Ukraine, from the records you may read
        {user ? '' : ' (public records only; sign in to see more)'}.
      </p>
      {totals.error ? <ErrorMessage error={totals.error} retry={totals.reload} /> : null}
      {!totals.data && !totals.error ? <Loading what="Loading the totals" /> : null}
      {totals.data ? (
        <>
          <Counts t={totals.data} />
          <div className="toolbar">
            <nav aria-label="Measure" className="segmented">
              <span className="segmented__label">Show</span>
              {MEASURES.map((m) => (
                <Link
                  key={m.value}
                  to={link({ measure: m.value === 'eur' ? null : m.value })}
                  aria-current={measure === m.value ? 'true' : undefined}
                  className="segmented__item"
                  preventScrollReset
                >
                  {m.label}
                </Link>
              ))}
            </nav>
            <Link to={link({ view: asTable ? null : 'table' })} className="toolbar__link" preventScrollReset>
              {asTable ? 'Show as charts' : 'Show as tables'}
            </Link>
          </div>
          <GuarantorChart t={totals.data} measure={measure} asTable={asTable} />
          <div className="chart-stack">
            <GroupChart
              title={`By pillar${measure === 'count' ? ', number of commitments' : ', EUR'}`}
              labelHeader="Pillar"
              rows={PILLAR_VALUES.map((p) => {
                const g = totals.data!.byPillar.find((x) => x.pillar === p);
                return { key: p, label: PILLAR_LONG[p], count: g?.count ?? 0, eurAmount: g?.eurAmount ?? 0 };
              })}
              measure={measure}
              asTable={asTable}
              labelWidth={320}
            />
            <GroupChart
              title={`By status${measure === 'count' ? ', number of commitments' : ', EUR'}`}
              labelHeader="Status"
              rows={STATUS_VALUES.map((s) => {
                const g = totals.data!.byStatus.find((x) => x.status === s);
                return {
                  key: s,
                  label: STATUS_LABELS[s],
                  count: g?.count ?? 0,
                  eurAmount: g?.eurAmount ?? 0,
                };
              })}
              measure={measure}
              asTable={asTable}
              labelWidth={120}
            />
          </div>
          <section aria-labelledby="h-checkable">
            <h2 className="heading-m" id="h-checkable">
              Who writes checkable promises
            </h2>
            <p className="section-lead">
              A commitment is <strong>concrete</strong> when it names who is bound, binds them (“shall”,
              “will”) and gives a quantity or a time that can be checked; otherwise it is{' '}
              <strong>vague</strong>. The mean score runs from 0 to 100.{' '}
              <Link to="/commitments?concreteness=vague">See the vague commitments</Link>.
            </p>
            {concreteness.error ? (
              <ErrorMessage error={concreteness.error} retry={concreteness.reload} />
            ) : null}
            {!concreteness.data && !concreteness.error ? (
              <Loading what="Loading the concreteness figures" />
            ) : null}
            {concreteness.data ? (
              <div className="chart-stack">
                <StackedBarChart
                  title="Concrete and vague commitments by guarantor, highest mean score first"
                  series={SERIES}
                  rows={concreteness.data.byGuarantor.map((g) => stackRow(g, g.name))}
                  labelHeader="Guarantor"
                  columns={COLUMNS}
                  labelWidth={210}
                  asTable={asTable}
                />
                <StackedBarChart
                  title="Concrete and vague commitments by pillar"
                  series={SERIES}
                  rows={PILLAR_VALUES.map((p) => {
                    const g = concreteness.data!.byPillar.find((x) => x.key === p);
                    return stackRow(
                      g ?? { key: p, name: p, concrete: 0, vague: 0, meanScore: null },
                      PILLAR_LONG[p],
                      PILLAR_SHORT[p],
                    );
                  })}
                  labelHeader="Pillar"
                  columns={COLUMNS}
                  labelWidth={210}
                  asTable={asTable}
                />
              </div>
            ) : null}
          </section>
          <p className="hint">
            Sums are converted to EUR at the rate recorded with each commitment; % of GDP is the
            guarantor&rsquo;s committed sum over its GDP. <Link to="/commitments">Open the register</Link> to
            see every commitment.
          </p>
        </>
      ) : null}
    </>
  );
}

const SERIES = [
  { key: 'concrete', label: 'Concrete' },
  { key: 'vague', label: 'Vague', hatch: true },
];
const COLUMNS = ['Concrete', 'Vague', 'Share concrete', 'Mean score'];

function stackRow(g: ConcretenessGroup, label: string, shortLabel?: string): StackedRow {
  const n = g.concrete + g.vague;
  return {
    key: g.key,
    label,
    ...(shortLabel ? { shortLabel } : {}),
    values: [g.concrete, g.vague],
    after: g.meanScore === null ? 'not analysed' : `mean ${g.meanScore}`,
    cells: [
      fmtNumber(g.concrete, 0),
      fmtNumber(g.vague, 0),
      n ? fmtShare(g.concrete / n) : '–',
      g.meanScore === null ? '–' : fmtNumber(g.meanScore, 0),
    ],
  };
}

function Counts({ t }: { t: Totals }) {
  const inForce = t.byStatus
    .filter((s) => s.status === 'in_force' || s.status === 'allocated' || s.status === 'delivered')
    .reduce((n, s) => n + s.count, 0);
  const withMoney = t.byGuarantor.filter((g) => g.eurAmount > 0).length;
  return (
    <dl className="stats">
      <div className="stats__item">
        <dt>Commitments</dt>
        <dd>{fmtNumber(t.count, 0)}</dd>
      </div>
      <div className="stats__item">
        <dt>Committed in EUR</dt>
        <dd title={fmtEur(t.eurAmount)}>{fmtEurCompact(t.eurAmount)}</dd>
      </div>
      <div className="stats__item">
        <dt>Guarantors</dt>
        <dd>
          {fmtNumber(t.byGuarantor.length, 0)}
          <span className="stats__sub">{withMoney} with sums in EUR</span>
        </dd>
      </div>
      <div className="stats__item">
        <dt>In force or further</dt>
        <dd>{fmtNumber(inForce, 0)}</dd>
      </div>
    </dl>
  );
}

function GuarantorChart({ t, measure, asTable }: { t: Totals; measure: Measure; asTable: boolean }) {
  let bars: Bar[];
  let left = 0;
  let title: string;
  let valueHeader: string;
  if (measure === 'gdp') {
    const rows = t.byGuarantor.filter((g) => g.pctGdp !== null && g.pctGdp > 0);
    left = t.byGuarantor.length - rows.length;
    bars = rows
      .sort((a, b) => b.pctGdp! - a.pctGdp!)
      .map((g) => ({
        key: g.guarantor,
        label: g.name,
        value: g.pctGdp,
        display: fmtPct(g.pctGdp!),
        extra: fmtEur(g.eurAmount),
      }));
    title = 'Commitments by guarantor, in % of the guarantor’s GDP';
    valueHeader = '% of GDP';
  } else if (measure === 'count') {
    bars = [...t.byGuarantor]
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .map((g) => ({
        key: g.guarantor,
        label: g.name,
        value: g.count,
        display: fmtNumber(g.count, 0),
        extra: fmtEur(g.eurAmount),
      }));
    title = 'Commitments by guarantor, number of commitments';
    valueHeader = 'Commitments';
  } else {
    const rows = t.byGuarantor.filter((g) => g.eurAmount > 0);
    left = t.byGuarantor.length - rows.length;
    bars = rows
      .sort((a, b) => b.eurAmount - a.eurAmount)
      .map((g) => ({
        key: g.guarantor,
        label: g.name,
        value: g.eurAmount,
        display: fmtEurCompact(g.eurAmount),
        extra: plural(g.count, 'commitment'),
      }));
    title = 'Commitments by guarantor, in EUR';
    valueHeader = 'EUR';
  }
  const description =
    left > 0
      ? `${plural(left, 'guarantor')} with no ${measure === 'gdp' ? 'sum or no GDP figure' : 'sum in EUR'} ${left === 1 ? 'is' : 'are'} not shown.`
      : undefined;
  return (
    <BarChart
      title={title}
      {...(description ? { description } : {})}
      bars={bars}
      labelHeader="Guarantor"
      valueHeader={valueHeader}
      extraHeader={measure === 'eur' ? 'Commitments' : 'EUR'}
      labelWidth={210}
      asTable={asTable}
    />
  );
}

function GroupChart({
  title,
  labelHeader,
  rows,
  measure,
  asTable,
  labelWidth,
}: {
  title: string;
  labelHeader: string;
  rows: { key: string; label: string; count: number; eurAmount: number }[];
  measure: Measure;
  asTable: boolean;
  labelWidth: number;
}) {
  const byCount = measure === 'count';
  const bars: Bar[] = rows.map((r) => ({
    key: r.key,
    label: r.label,
    value: byCount ? r.count : r.eurAmount,
    display: byCount ? fmtNumber(r.count, 0) : fmtEurCompact(r.eurAmount),
    extra: byCount ? fmtEur(r.eurAmount) : fmtNumber(r.count, 0),
  }));
  return (
    <BarChart
      title={title}
      {...(measure === 'gdp'
        ? { description: '% of GDP is shown per guarantor only; these totals are in EUR.' }
        : {})}
      bars={bars}
      labelHeader={labelHeader}
      valueHeader={byCount ? 'Commitments' : 'EUR'}
      extraHeader={byCount ? 'EUR' : 'Commitments'}
      labelWidth={labelWidth}
      asTable={asTable}
    />
  );
}
