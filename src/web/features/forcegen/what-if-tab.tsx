/**
 * What-if runs: a nation withdraws, the US backstop is absent, a caveat is lifted, an offer is
 * added. Each is solved beside the base and shown side by side with it (coverage, gaps, burden),
 * with the server's comparison. The run shown is `?whatif=`.
 */
import { type FormEvent, Fragment, type ReactNode, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CaveatKind, ForceGenResult, PlanComparison, WhatIf } from '../../../contracts/forcegen';
import { isApiError } from '../../api/client';
import { type Plan, requestPlan, type ScenarioInfo } from '../../api/forcegen';
import { ErrorSummary } from '../../components/error-summary';
import { Select } from '../../components/field';
import { fmtDateTime, fmtNumber } from '../../components/format';
import { ErrorMessage, Loading } from '../../components/page';
import { TableHead } from '../../components/table-head';
import {
  CAPABILITY_LABELS,
  CAVEAT_LABELS,
  CAVEAT_ORDER,
  describeWhatIf,
  PHASE_LABELS,
  WHAT_IF_LABELS,
} from './labels';
import { OfferForm } from './offer-form';
import type { Names } from './parts';
import { PlanProgress } from './plan-progress';
import { BurdenChart, GapList, PlanSummary, Stat } from './plan-result';
import { PlanStatusRegion, PlanStatusTag, type PlanTabProps, SolveButton, withParam } from './plan-tab';
import { isActive, listedStatus, usePlan } from './use-plan';

type Kind = WhatIf['kind'];
const KINDS = Object.keys(WHAT_IF_LABELS) as Kind[];

const signed = (n: number, digits = 0) =>
  new Intl.NumberFormat(undefined, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(n);
const pct = (n: number) =>
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

function WhatIfForm({ view, onStarted }: { view: ScenarioInfo; onStarted: (p: Plan) => void }) {
  const s = view.scenario;
  const [kind, setKind] = useState<Kind | ''>('');
  const [nation, setNation] = useState('');
  const [caveat, setCaveat] = useState<CaveatKind | ''>('');
  const [caveatNation, setCaveatNation] = useState('');
  const [errors, setErrors] = useState<{ fieldId?: string; message: string }[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const nations = [...s.nations].sort((a, b) => (a.name || a.id).localeCompare(b.name || b.id));
  const nationOptions = nations.map((n) => ({ value: n.id, label: n.name || n.id }));

  async function run(whatIf: WhatIf) {
    const p = await requestPlan(view.id, { whatIf });
    onStarted(p);
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const found: { fieldId?: string; message: string }[] = [];
    if (!kind) found.push({ fieldId: 'wi-kind-withdraw_nation', message: 'Select what changes' });
    if (kind === 'withdraw_nation' && !nation)
      found.push({ fieldId: 'wi-nation', message: 'Select the nation that withdraws' });
    if (kind === 'lift_caveat' && !caveat)
      found.push({ fieldId: 'wi-caveat', message: 'Select the caveat to lift' });
    setErrors(found);
    if (found.length) {
      setAttempts((n) => n + 1);
      return;
    }
    const whatIf: WhatIf =
      kind === 'withdraw_nation'
        ? { kind, nation }
        : kind === 'lift_caveat'
          ? { kind, caveat: caveat as CaveatKind, ...(caveatNation ? { nation: caveatNation } : {}) }
          : { kind: 'drop_us_backstop' };
    setBusy(true);
    try {
      await run(whatIf);
    } catch (err) {
      setErrors([
        { message: isApiError(err) ? err.message : 'The what-if could not be started; try again.' },
      ]);
      setAttempts((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (id: string) => errors.find((x) => x.fieldId === id)?.message;
  const offeredCaveats = new Set(s.offers.flatMap((o) => o.caveats.map((c) => c.kind)));

  return (
    <>
      <form noValidate onSubmit={submit} className="commitment-form" aria-label="Run a what-if">
        <ErrorSummary items={errors} focusKey={attempts} />
        <fieldset className="fieldset fg-radios">
          <legend className="fieldset__legend fieldset__legend--s">What changes?</legend>
          {fieldError('wi-kind-withdraw_nation') ? (
            <p className="error-message">
              <span className="visually-hidden">Error: </span>
              {fieldError('wi-kind-withdraw_nation')}
            </p>
          ) : null}
          {KINDS.map((k) => (
            <div key={k}>
              <div className="checkbox">
                <input
                  type="radio"
                  className="checkbox__input"
                  id={`wi-kind-${k}`}
                  name="kind"
                  value={k}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                />
                <label className="checkbox__label" htmlFor={`wi-kind-${k}`}>
                  {WHAT_IF_LABELS[k]}
                </label>
              </div>
              {kind === k && k === 'withdraw_nation' ? (
                <div className="fg-conditional">
                  <Select
                    id="wi-nation"
                    label="Nation that withdraws"
                    hint="Its offers and its weight in coalition GDP leave the force"
                    placeholder="Select a nation"
                    value={nation}
                    error={fieldError('wi-nation')}
                    onChange={(e) => setNation(e.target.value)}
                    options={nationOptions}
                  />
                </div>
              ) : null}
              {kind === k && k === 'drop_us_backstop' ? (
                <div className="fg-conditional hint">
                  {s.usBackstop
                    ? 'The scenario assumes a US backstop; offers that need one become unusable.'
                    : 'The scenario already assumes no US backstop, so the variant should change nothing; run it to check.'}
                </div>
              ) : null}
              {kind === k && k === 'lift_caveat' ? (
                <div className="fg-conditional">
                  <Select
                    id="wi-caveat"
                    label="Caveat to lift"
                    placeholder="Select a caveat"
                    value={caveat}
                    error={fieldError('wi-caveat')}
                    onChange={(e) => setCaveat(e.target.value as CaveatKind)}
                    options={CAVEAT_ORDER.filter((c) => offeredCaveats.has(c)).map((c) => ({
                      value: c,
                      label: CAVEAT_LABELS[c],
                    }))}
                  />
                  <Select
                    id="wi-caveat-nation"
                    label="For which nation"
                    placeholder="Every nation"
                    value={caveatNation}
                    onChange={(e) => setCaveatNation(e.target.value)}
                    options={nationOptions}
                  />
                </div>
              ) : null}
            </div>
          ))}
        </fieldset>
        {kind !== 'add_offer' ? (
          <div className="button-group form-actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? 'Starting…' : 'Run the what-if'}
            </button>
          </div>
        ) : null}
      </form>
      {kind === 'add_offer' ? (
        <div className="fg-conditional">
          <OfferForm
            idPrefix="wi-offer"
            scenario={s}
            nations={nations.map((n) => n.id)}
            withNote={false}
            submitLabel="Run the what-if"
            intro={
              <p className="hint">
                A hypothetical offer: it is solved in the variant only, not added to the scenario.
              </p>
            }
            onSubmit={(offer) => run({ kind: 'add_offer', offer })}
          />
        </div>
      ) : null}
    </>
  );
}

function Side({
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
      <div className="table-wrap table-wrap--short">
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
      </div>
    </div>
  );
}

function ComparisonView({
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

export function WhatIfTab({ view, names, plans, plansError, liveEvents, onPlansChanged }: PlanTabProps) {
  const [params, setParams] = useSearchParams();
  const runs = (plans ?? []).filter((p) => p.whatIf);
  const selectedId = params.get('whatif') ?? runs[0]?.id ?? null;
  const state = usePlan(selectedId, selectedId ? liveEvents.get(selectedId) : undefined);
  const wi = state.plan;
  // the stored base plan of the same version, for its gaps and burden in full
  const baseSummary = wi
    ? (plans ?? []).find((p) => !p.whatIf && p.status === 'done' && p.scenarioVersion === wi.scenarioVersion)
    : undefined;
  const base = usePlan(baseSummary?.id ?? null, undefined);
  const status = state.status;
  // both burden charts list the nations in the base plan's order of GDP share
  const baseResult = base.plan?.result;
  const order = baseResult
    ? [...baseResult.burdenSharing]
        .sort((a, b) => b.gdpShare - a.gdpShare || a.nation.localeCompare(b.nation))
        .map((b) => b.nation)
    : undefined;
  const scaleMax = baseResult
    ? Math.max(
        ...[baseResult, wi?.result]
          .flatMap((r) => r?.burdenSharing ?? [])
          .flatMap((b) => [b.forceShare, b.gdpShare]),
      )
    : undefined;

  return (
    <section aria-labelledby="h-whatif">
      <h2 className="heading-m" id="h-whatif">
        What-if
      </h2>
      <p className="section-lead">
        Change one assumption, solve the variant beside the base plan, and compare them side by side.
      </p>
      {view.permissions.canSolve ? (
        <WhatIfForm
          view={view}
          onStarted={(p) => {
            setParams(
              (q) => {
                const n = new URLSearchParams(q);
                n.set('whatif', p.id);
                return n;
              },
              { preventScrollReset: true },
            );
            onPlansChanged();
          }}
        />
      ) : (
        <p className="muted">Planners and the secretariat run what-ifs; you see every run.</p>
      )}

      <PlanStatusRegion state={state} label="The what-if" />
      {plansError ? <ErrorMessage error={plansError} /> : null}
      {state.error ? <ErrorMessage error={state.error} retry={state.reload} /> : null}

      {selectedId && !wi && !state.error ? <Loading what="Loading the what-if" /> : null}
      {wi?.whatIf ? (
        <>
          <h3 className="heading-m">{describeWhatIf(wi.whatIf, names.nation)}</h3>
          <p className="tag-line">
            <PlanStatusTag status={status ?? wi.status} />{' '}
            <span className="muted">
              Requested {fmtDateTime(wi.createdAt)} on version {fmtNumber(wi.scenarioVersion)}.
            </span>
          </p>
          {isActive(status) ? (
            <PlanProgress
              status={status}
              progress={state.progress}
              planId={wi.id}
              canCancel={view.permissions.canSolve}
            />
          ) : null}
          {status === 'failed' ? (
            <div className="notice notice--error" role="alert">
              <p className="notice__title">The what-if could not be solved</p>
              <p>{wi.error ?? state.liveError ?? 'The solver failed.'}</p>
            </div>
          ) : null}
          {wi.result && !isActive(status) ? (
            <>
              <div className="fg-side-by-side">
                <Side
                  title={`Base plan (version ${fmtNumber(wi.scenarioVersion)})`}
                  result={base.plan?.result}
                  order={order}
                  scaleMax={scaleMax}
                  names={names}
                  fallback={
                    wi.comparison ? (
                      <>
                        <dl className="stats">
                          <Stat term="Coverage" sub="priority-weighted">
                            {pct(wi.comparison.coverage.base)}
                          </Stat>
                          <Stat term="Burden deviation">
                            {fmtNumber(wi.comparison.burdenDeviation.base, 0)}
                          </Stat>
                        </dl>
                        <p className="hint">
                          {baseSummary
                            ? 'Loading the base plan…'
                            : `No base plan of version ${fmtNumber(wi.scenarioVersion)} is stored, so only the figures the comparison carries are shown here. Solve the base plan to see its gaps and burden sharing beside the variant.`}
                        </p>
                        {!baseSummary && wi.scenarioVersion === view.version ? (
                          <SolveButton
                            view={view}
                            label="Solve the base plan"
                            disabled={(plans ?? []).some(
                              (p) => !p.whatIf && isActive(listedStatus(p, liveEvents.get(p.id))),
                            )}
                            onStarted={onPlansChanged}
                          />
                        ) : null}
                      </>
                    ) : null
                  }
                />
                <Side
                  title={`What-if: ${describeWhatIf(wi.whatIf, names.nation)}`}
                  result={wi.result}
                  names={names}
                  className="fg-variant"
                  order={order}
                  scaleMax={scaleMax}
                />
              </div>
              {wi.comparison ? <ComparisonView comparison={wi.comparison} view={view} names={names} /> : null}
            </>
          ) : null}
        </>
      ) : null}

      {runs.length > 0 ? (
        <div className="table-wrap table-wrap--short">
          <table className="table table--compact">
            <caption className="table__caption">What-if runs ({fmtNumber(runs.length)})</caption>
            <thead>
              <tr>
                <th scope="col">What changes</th>
                <th scope="col">Requested</th>
                <th scope="col" className="num">
                  Version
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((p) => (
                <tr key={p.id}>
                  <td>
                    {p.id === selectedId ? (
                      <strong aria-current="true">{describeWhatIf(p.whatIf!, names.nation)}</strong>
                    ) : (
                      <Link to={`?${withParam(params, 'whatif', p.id)}`} preventScrollReset>
                        {describeWhatIf(p.whatIf!, names.nation)}
                      </Link>
                    )}
                  </td>
                  <td className="nowrap">{fmtDateTime(p.createdAt)}</td>
                  <td className="num">{fmtNumber(p.scenarioVersion)}</td>
                  <td>
                    <PlanStatusTag status={listedStatus(p, liveEvents.get(p.id))} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : plans !== undefined ? (
        <p className="muted">No what-if has been run yet.</p>
      ) : null}
    </section>
  );
}
