/**
 * The base plan beside the variant (coverage, gaps, burden) and the server's comparison of the
 * two: what changes, line by line and nation by nation.
 */
import { Fragment, type ReactNode } from 'react';
import type { ForceGenResult, PlanComparison } from '../../../contracts/forcegen';
import type { ScenarioInfo } from '../../api/forcegen';
import { fmtNumber } from '../../components/format';
import { TableHead } from '../../components/table-head';
import { TableWrap } from '../../components/table-wrap';
import { GapList } from './gap-list';
import { CAPABILITY_LABELS, PHASE_LABELS } from './labels';
import type { Names } from './parts';
import { BurdenChart, PlanSummary, Stat } from './plan-result';

const signed = (n: number, digits = 0) =>
  new Intl.NumberFormat(undefined, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(n);
export const pct = (n: number) =>
  new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 }).format(n);
const points = (n: number) =>
  `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(n * 100)} points`;

function Delta({ value, text, higherIsBetter }: { value: number; text: string; higherIsBetter: boolean }) {
  const good = value === 0 ? null : value > 0 === higherIsBetter;
  return (
    <span className={good === null ? undefined : good ? 'fg-delta--up' : 'fg-delta--down'}>
      {text}
      {good === null ? null : <span className="visually-hidden">{good ? ' (better)' : ' (worse)'}</span>}
    </span>
  );
}
export function Side({
  title,
  result,
  names,
  className,
  fallback,
  order,
  scaleMax,
}: {
  title: string;
  result: ForceGenResult | null | undefined;
  names: Names;
  className?: string;
  fallback?: ReactNode;
  /** The nations' order and the scale of the burden chart, shared by both sides. */
  order?: string[];
  scaleMax?: number;
}) {
  return (
    <section className={className} aria-label={title}>
      <h3 className="heading-s">{title}</h3>
      {result ? (
        <>
          <PlanSummary result={result} compact />
          <GapList gaps={result.gaps} names={names} heading="Gaps" headingLevel={4} compact />
          <BurdenChart
            result={result}
            names={names}
            title="Burden sharing"
            narrow
            order={order}
            scaleMax={scaleMax}
          />
        </>
      ) : (
        fallback
      )}
    </section>
  );
}

/** What changes between the base plan and the variant, one row a line or a nation. */
function ChangeTable({
  caption,
  header,
  empty,
  rows,
}: {
  caption: string;
  header: string;
  empty: string;
  rows: { key: string; label: string; base: number; variant: number; change: ReactNode }[];
}) {
  return (
    <div>
      <TableWrap label={caption} short>
        <table className="table table--compact">
          <caption className="table__caption">
            {caption} ({fmtNumber(rows.length)})
          </caption>
          <TableHead text={[header]} numeric={['Base', 'Variant', 'Change']} />
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={4} className="table__empty">
                  {empty}
                </td>
              </tr>
            ) : (
              rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td className="num">{fmtNumber(r.base)}</td>
                  <td className="num">{fmtNumber(r.variant)}</td>
                  <td className="num">{r.change}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}

export function ComparisonView({
  comparison,
  view,
  names,
}: {
  comparison: PlanComparison;
  view: ScenarioInfo;
  names: Names;
}) {
  const lines = new Map(view.scenario.lines.map((l) => [l.id, l]));
  const lineWords = (id: string) => {
    const l = lines.get(id);
    return l ? `${id} (${CAPABILITY_LABELS[l.capability]}, ${PHASE_LABELS[l.phase]})` : id;
  };
  return (
    <section aria-labelledby="h-compare">
      <h3 className="heading-m" id="h-compare">
        What changes
      </h3>
      <dl className="stats">
        <Stat
          term="Coverage"
          sub={
            <>
              {pct(comparison.coverage.base)} → {pct(comparison.coverage.variant)}, priority-weighted
            </>
          }
        >
          <Delta value={comparison.coverage.delta} text={points(comparison.coverage.delta)} higherIsBetter />
        </Stat>
        <Stat
          term="Burden deviation"
          sub={
            <>
              personnel away from GDP shares: {fmtNumber(comparison.burdenDeviation.base, 0)} →{' '}
              {fmtNumber(comparison.burdenDeviation.variant, 0)}
            </>
          }
        >
          <Delta
            value={comparison.burdenDeviation.delta}
            text={signed(comparison.burdenDeviation.delta)}
            higherIsBetter={false}
          />
        </Stat>
        <Stat term="Lines" sub="newly short / newly full">
          {fmtNumber(comparison.newGaps.length)} / {fmtNumber(comparison.closedGaps.length)}
        </Stat>
        <Stat term="Units moved" sub="whose offer–line assignment differs">
          {fmtNumber(comparison.unitsMoved)}
        </Stat>
      </dl>
      {[
        { heading: 'Lines full in the base plan, short in the variant', ids: comparison.newGaps },
        { heading: 'Lines short in the base plan, full in the variant', ids: comparison.closedGaps },
      ].map(({ heading, ids }) =>
        ids.length ? (
          <Fragment key={heading}>
            <h4 className="heading-s">{heading}</h4>
            <ul className="list list--compact">
              {ids.map((l) => (
                <li key={l}>{lineWords(l)}</li>
              ))}
            </ul>
          </Fragment>
        ) : null,
      )}
      <div className="fg-side-by-side">
        <ChangeTable
          caption="Lines whose coverage changes"
          header="Line"
          empty="No line changes."
          rows={comparison.lines.map((l) => ({
            key: l.line,
            label: lineWords(l.line),
            base: l.base,
            variant: l.variant,
            change: <Delta value={l.delta} text={signed(l.delta, 2)} higherIsBetter />,
          }))}
        />
        <ChangeTable
          caption="Nations whose personnel changes"
          header="Nation"
          empty="No nation changes."
          rows={comparison.nations.map((n) => ({
            key: n.nation,
            label: names.nation(n.nation),
            base: n.basePersonnel,
            variant: n.variantPersonnel,
            change: signed(n.delta),
          }))}
        />
      </div>
    </section>
  );
}
