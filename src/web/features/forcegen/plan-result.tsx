/**
 * What a solved plan says: the summary figures, the allocation matrix (lines × nations, cells =
 * units), the gap list with its reasons in words, and burden sharing (force share beside GDP
 * share) as a chart with its table.
 */
import { type ReactNode, useId } from 'react';
import type { ForceGenResult, ForceGenScenario, Gap } from '../../../contracts/forcegen';
import { fmtNumber, fmtShare, plural } from '../../components/format';
import { PairedBarChart } from '../../components/paired-bar-chart';
import { TableHead } from '../../components/table-head';
import {
  CAPABILITY_LABELS,
  GAP_REASON_WORDS,
  labelOr,
  PHASE_LABELS,
  quantityInWords,
  SOLVER_STATUS_LABELS,
  SOLVER_STATUS_TONE,
  STAGE_LABELS,
} from './labels';
import { type Names, PRIORITY_WORDS } from './parts';

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
      <div className="table-wrap table-wrap--short">
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
      </div>
      <p className="hint">
        Coverage model: {fmtNumber(result.model.columns)} columns ({fmtNumber(result.model.integers)}{' '}
        integer), {fmtNumber(result.model.rows)} rows, {fmtNumber(result.model.nonzeros)} non-zeros. Burden
        outside the bands: {fmtNumber(result.objective.burdenOutsideBand, 0)} personnel; nation–line pairs:{' '}
        {fmtNumber(result.objective.nationLinePairs)}.
      </p>
    </details>
  );
}

export function AllocationMatrix({
  result,
  scenario,
  names,
}: {
  result: ForceGenResult;
  scenario: ForceGenScenario;
  names: Names;
}) {
  const id = useId();
  const lineInfo = new Map(scenario.lines.map((l) => [l.id, l]));
  // nations in order of the personnel they send, most first
  const personnel = new Map(result.burdenSharing.map((b) => [b.nation, b.personnel]));
  const nations = [...new Set(result.allocation.map((a) => a.nation))].sort(
    (a, b) => (personnel.get(b) ?? 0) - (personnel.get(a) ?? 0) || a.localeCompare(b),
  );
  const cells = new Map<string, { units: number; offers: string[] }>();
  for (const a of result.allocation) {
    const k = `${a.line}\u0000${a.nation}`;
    const c = cells.get(k) ?? { units: 0, offers: [] };
    c.units += a.units;
    c.offers.push(`${a.offer}: ${a.units}${a.efficiency < 1 ? ` at ${fmtShare(a.efficiency)}` : ''}`);
    cells.set(k, c);
  }
  const nationTotals = new Map<string, number>();
  for (const a of result.allocation) nationTotals.set(a.nation, (nationTotals.get(a.nation) ?? 0) + a.units);

  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 className="heading-s" id={`${id}-h`}>
        Allocation matrix
      </h3>
      <p className="section-lead hint" id={`${id}-d`}>
        One row a requirement line, one column a contributing nation (most personnel first); each cell is the
        number of units the nation sends to the line. The column after the line is what it gets against what
        it asks for, in its own units; a red edge marks a line not fully covered.
      </p>
      <div className="table-wrap">
        <table className="table table--compact fg-matrix" aria-describedby={`${id}-d`}>
          <caption className="visually-hidden">
            Allocation matrix: units by requirement line and nation
          </caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col" className="num">
                Covered / asked
              </th>
              {nations.map((n) => (
                <th key={n} scope="col" className="fg-matrix__nation">
                  <abbr title={names.nation(n)}>{n}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.lines.map((l) => {
              const info = lineInfo.get(l.line);
              const short = l.covered < l.demand - 1e-9;
              return (
                <tr key={l.line} className={short ? 'fg-matrix__short' : undefined}>
                  <th scope="row">
                    <strong>{l.line}</strong>{' '}
                    {info ? (
                      <span className="fg-line-meta">
                        {CAPABILITY_LABELS[info.capability]}, {PHASE_LABELS[info.phase]}
                      </span>
                    ) : null}
                  </th>
                  <td className="fg-matrix__total">
                    {fmtNumber(l.covered)} / {fmtNumber(l.demand)}
                    {short ? <span className="visually-hidden"> (short)</span> : null}
                  </td>
                  {nations.map((n) => {
                    const c = cells.get(`${l.line}\u0000${n}`);
                    return c ? (
                      <td
                        key={n}
                        className="fg-matrix__filled"
                        title={`${names.nation(n)}: ${c.offers.join('; ')}`}
                      >
                        {fmtNumber(c.units)}
                      </td>
                    ) : (
                      <td key={n} />
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Units sent</th>
              <td className="fg-matrix__total">
                {fmtNumber(result.allocation.reduce((a, x) => a + x.units, 0))}
              </td>
              {nations.map((n) => (
                <td key={n}>{fmtNumber(nationTotals.get(n) ?? 0)}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function reasonsInWords(g: Gap): string[] {
  return g.reasons.map((r) =>
    r.reason === 'no_offer_of_capability'
      ? `No offer of this capability (${CAPABILITY_LABELS[g.capability]}) or a substitute at all`
      : `${plural(r.offers, 'offer')} (${plural(r.units, 'unit')}): ${labelOr(GAP_REASON_WORDS, r.reason)}`,
  );
}

export function GapList({
  gaps,
  names,
  heading = 'Gaps',
  headingLevel = 3,
  compact,
}: {
  gaps: Gap[];
  names: Names;
  heading?: string;
  headingLevel?: 2 | 3 | 4;
  compact?: boolean;
}) {
  const id = useId();
  const H = `h${headingLevel}` as const;
  const sorted = [...gaps].sort(
    (a, b) => a.priority - b.priority || b.shortfall - a.shortfall || a.line.localeCompare(b.line),
  );
  return (
    <section aria-labelledby={`${id}-h`}>
      <H className="heading-s" id={`${id}-h`}>
        {heading} <span className="muted">({plural(gaps.length, 'line')} short)</span>
      </H>
      {gaps.length === 0 ? (
        <p>Every line is fully covered.</p>
      ) : (
        <div className={`table-wrap${compact ? ' table-wrap--short' : ''}`}>
          <table className="table table--compact">
            <caption className="visually-hidden">
              {heading}: lines not fully covered, most urgent first, with the reasons
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Needs</th>
                <th scope="col" className="num">
                  Short
                </th>
                <th scope="col">Priority</th>
                {compact ? null : <th scope="col">Why it is not filled</th>}
              </tr>
            </thead>
            <tbody>
              {sorted.map((g) => (
                <tr key={g.line}>
                  <th scope="row" className="nowrap">
                    {g.line}
                  </th>
                  <td>
                    {quantityInWords(g.capability, g.demand)}, {PHASE_LABELS[g.phase]},{' '}
                    {names.region(g.region)}
                  </td>
                  <td className="num">
                    {fmtNumber(g.shortfall)} of {fmtNumber(g.demand)}
                  </td>
                  <td className="nowrap">
                    {g.priority} <span className="muted">{PRIORITY_WORDS[g.priority] ?? ''}</span>
                  </td>
                  {compact ? null : (
                    <td>
                      <ul className="list list--compact">
                        {reasonsInWords(g).map((w) => (
                          <li key={w}>{w}</li>
                        ))}
                      </ul>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
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
