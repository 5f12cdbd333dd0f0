/**
 * What a solved plan says: the summary figures and burden sharing (force share beside GDP share)
 * as a chart with its table. The allocation matrix is in `allocation-matrix.tsx`, the gap list in
 * `gap-list.tsx`.
 */
import type { ReactNode } from 'react';
import type { ForceGenResult } from '../../../contracts/forcegen';
import { fmtNumber } from '../../components/format';
import { PairedBarChart } from '../../components/paired-bar-chart';
import { TableHead } from '../../components/table-head';
import { TableWrap } from '../../components/table-wrap';
import { SOLVER_STATUS_LABELS, SOLVER_STATUS_TONE, STAGE_LABELS } from './labels';
import type { Names } from './parts';

const pct = (n: number) =>
  new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 }).format(n);
/** Shares of the force and of GDP, always with one decimal so that columns line up. */
const share = (n: number) =>
  new Intl.NumberFormat(undefined, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(n);
const signedPct = (n: number) =>
  new Intl.NumberFormat(undefined, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(n);

export function SolverStatusTag({ status }: { status: ForceGenResult['status'] }) {
  return <strong className={`tag tag--${SOLVER_STATUS_TONE[status]}`}>{SOLVER_STATUS_LABELS[status]}</strong>;
}

/** objective ÷ bound of the coverage stage: 100 % is proven optimal. */
export const objectiveOverBound = (r: ForceGenResult) =>
  r.bound > 0 ? r.objective.coverage / r.bound : r.objective.coverage === 0 ? 1 : 0;

/** One figure of a summary: its name, the figure, and a line of detail below it. */
export function Stat({ term, sub, children }: { term: string; sub?: ReactNode; children: ReactNode }) {
  return (
    <div className="stats__item">
      <dt>{term}</dt>
      <dd>
        {children}
        {sub ? <span className="stats__sub">{sub}</span> : null}
      </dd>
    </div>
  );
}

export function PlanSummary({ result, compact }: { result: ForceGenResult; compact?: boolean }) {
  const lines = result.coverage.linesFull + result.coverage.linesPartial + result.coverage.linesEmpty;
  return (
    <dl className="stats">
      <Stat term="Coverage" sub={<>priority-weighted; {pct(result.coverage.units)} of units asked for</>}>
        {pct(result.objective.coverage)}
      </Stat>
      <Stat
        term="Lines"
        sub={
          <>
            full of {fmtNumber(lines)}; {fmtNumber(result.coverage.linesPartial)} partial,{' '}
            {fmtNumber(result.coverage.linesEmpty)} empty
          </>
        }
      >
        {fmtNumber(result.coverage.linesFull)}
        <span className="visually-hidden"> of {fmtNumber(lines)}</span>
      </Stat>
      <Stat
        term="Solver"
        sub={
          <>
            {result.solver === 'highs' ? 'HiGHS MIP' : 'greedy baseline'},{' '}
            {fmtNumber(result.timing.totalMs / 1000, 1)} s
          </>
        }
      >
        <SolverStatusTag status={result.status} />
      </Stat>
      <Stat
        term="Objective ÷ bound"
        sub={
          <>
            coverage {fmtNumber(result.objective.coverage, 4)} of a proven bound {fmtNumber(result.bound, 4)}
          </>
        }
      >
        {pct(objectiveOverBound(result))}
      </Stat>
      {compact ? (
        <Stat term="Burden deviation" sub="personnel away from GDP shares">
          {fmtNumber(result.objective.burdenDeviation, 0)}
        </Stat>
      ) : null}
    </dl>
  );
}

export function StagesDetails({ result }: { result: ForceGenResult }) {
  return (
    <details className="fg-stages-details">
      <summary>How the solver got there</summary>
      <TableWrap label="Solver stages" short>
        <table className="table table--compact">
          <caption className="visually-hidden">Solver stages</caption>
          <TableHead text={['Stage', 'Status', 'Method']} numeric={['Objective', 'Bound', 'Gap', 'Time']} />
          <tbody>
            {result.stages.map((s) => (
              <tr key={s.stage}>
                <th scope="row">{STAGE_LABELS[s.stage]}</th>
                <td>
                  <SolverStatusTag status={s.status} />
                </td>
                <td>{s.method.replace(/_/g, ' ')}</td>
                <td className="num">{fmtNumber(s.objective, 4)}</td>
                <td className="num">{fmtNumber(s.bound, 4)}</td>
                <td className="num">{pct(s.mipGap)}</td>
                <td className="num">{fmtNumber(s.timeMs, 0)} ms</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <p className="hint">
        Coverage model: {fmtNumber(result.model.columns)} columns ({fmtNumber(result.model.integers)}{' '}
        integer), {fmtNumber(result.model.rows)} rows, {fmtNumber(result.model.nonzeros)} non-zeros. Burden
        outside the bands: {fmtNumber(result.objective.burdenOutsideBand, 0)} personnel; nation–line pairs:{' '}
        {fmtNumber(result.objective.nationLinePairs)}.
      </p>
    </details>
  );
}

export function BurdenChart({
  result,
  names,
  title = 'Burden sharing: share of the force against share of coalition GDP',
  asTable,
  narrow,
  order,
  scaleMax,
}: {
  result: ForceGenResult;
  names: Names;
  title?: string;
  asTable?: boolean;
  /** Drawn for half the page (side by side). */
  narrow?: boolean;
  /**
   * Nations in this order, a nation the plan lacks (withdrawn) as an empty row, so that two
   * charts side by side line up; by default the plan's nations by GDP.
   */
  order?: string[];
  /** The share a full-length bar stands for, to draw two charts on one scale. */
  scaleMax?: number;
}) {
  const byGdp = [...result.burdenSharing].sort(
    (a, b) => b.gdpShare - a.gdpShare || a.nation.localeCompare(b.nation),
  );
  const have = new Map(result.burdenSharing.map((b) => [b.nation, b]));
  const absent = (nation: string) => ({
    key: nation,
    label: `${names.nation(nation)} (not in this plan)`,
    shortLabel: names.nation(nation),
    first: 0,
    second: 0,
    firstDisplay: '–',
    secondDisplay: '–',
    cells: ['–', '–', '–', '–', '–', '–'],
  });
  const listed = order
    ? [...order, ...byGdp.map((b) => b.nation).filter((n) => !order.includes(n))]
    : byGdp.map((b) => b.nation);
  const rows = listed.map((n) => {
    const b = have.get(n);
    if (!b) return absent(n);
    return {
      key: b.nation,
      label: names.nation(b.nation),
      first: b.forceShare,
      second: b.gdpShare,
      firstDisplay: share(b.forceShare),
      secondDisplay: share(b.gdpShare),
      cells: [
        share(b.gdpShare),
        share(b.forceShare),
        signedPct(b.deviation),
        fmtNumber(b.personnel),
        fmtNumber(b.units),
        fmtNumber(b.lines),
      ],
    };
  });
  return (
    <PairedBarChart
      title={title}
      description={`Nations in order of ${order ? 'the base plan’s ' : ''}GDP share. A nation whose force share is below its GDP share carries less than its weight.`}
      firstLabel="Share of the force (personnel)"
      secondLabel="Share of coalition GDP"
      rows={rows}
      labelHeader="Nation"
      columns={['GDP share', 'Force share', 'Difference', 'Personnel', 'Units', 'Lines']}
      asTable={asTable}
      {...(narrow ? { width: 520, labelWidth: 120 } : {})}
      {...(scaleMax ? { scaleMax } : {})}
    />
  );
}

/** Burden sharing as a visible table too (the chart's hidden one is for screen readers). */
export function BurdenTableToggle({ result, names }: { result: ForceGenResult; names: Names }) {
  return (
    <details>
      <summary>Burden sharing as a table</summary>
      <BurdenChart result={result} names={names} title="Burden sharing by nation" asTable />
    </details>
  );
}
