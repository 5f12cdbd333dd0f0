/**
 * What-if runs: a nation withdraws, the US backstop is absent, a caveat is lifted, an offer is
 * added. Each is solved beside the base and shown side by side with it (coverage, gaps, burden),
 * with the server's comparison. The run shown is `?whatif=`.
 */
import { Link, useSearchParams } from 'react-router';
import { fmtDateTime, fmtNumber } from '../../components/format';
import { ErrorMessage, Loading } from '../../components/page';
import { TableWrap } from '../../components/table-wrap';
import { describeWhatIf } from './labels';
import { PlanProgress } from './plan-progress';
import { Stat } from './plan-result';
import { PlanStatusRegion, PlanStatusTag, type PlanTabProps, SolveButton, withParam } from './plan-tab';
import { isActive, listedStatus, usePlan } from './use-plan';
import { ComparisonView, pct, Side } from './what-if-comparison';
import { WhatIfForm } from './what-if-form';

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
        <TableWrap label="What-if runs" short>
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
        </TableWrap>
      ) : plans !== undefined ? (
        <p className="muted">No what-if has been run yet.</p>
      ) : null}
    </section>
  );
}
