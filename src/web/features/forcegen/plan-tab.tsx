/**
 * The plan: "Solve" starts one (planners and the secretariat), its progress shows live, and the
 * finished plan shows its summary, allocation matrix, gaps and burden sharing. The plan shown is
 * `?plan=` or the newest base plan; it says when offers arrived after it was solved.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getScenario, type Plan, type PlanEvent, requestPlan, type ScenarioInfo } from '../../api/forcegen';
import { useResource } from '../../api/use-resource';
import { fmtDateTime, fmtNumber, plural } from '../../components/format';
import { ErrorMessage, Loading } from '../../components/page';
import { AllocationMatrix } from './allocation-matrix';
import { GapList } from './gap-list';
import { PLAN_STATUS_LABELS, PLAN_STATUS_TONE } from './labels';
import type { Names } from './parts';
import { PlanProgress, progressWords } from './plan-progress';
import { BurdenChart, BurdenTableToggle, PlanSummary, StagesDetails } from './plan-result';
import { isActive, listedStatus, type PlanState, usePlan } from './use-plan';

const pct = (n: number) =>
  new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 }).format(n);

export function PlanStatusTag({ status }: { status: string }) {
  return (
    <strong className={`tag tag--${PLAN_STATUS_TONE[status] ?? 'grey'}`}>
      {PLAN_STATUS_LABELS[status] ?? status}
    </strong>
  );
}

/**
 * A polite live region that stays mounted while plans come and go: it says when a plan is queued,
 * which stage runs, and how it ended — the end only when it happened while the page was open.
 */
export function PlanStatusRegion({ state, label = 'The plan' }: { state: PlanState; label?: string }) {
  const { status, progress, plan } = state;
  // whether the plan shown was seen running, so that its end is news
  const seen = useRef<{ id: string | null; running: boolean }>({ id: null, running: false });
  const [ended, setEnded] = useState<string>('');
  const id = plan?.id ?? null;
  useEffect(() => {
    if (id !== seen.current.id) {
      seen.current = { id, running: false };
      setEnded('');
    }
    if (isActive(status)) {
      seen.current.running = true;
      return;
    }
    // the end is told from the stored plan, once fetched (a live event may say less, or differ)
    if (!seen.current.running || !plan || isActive(plan.status)) return;
    const r = plan.result;
    const end = plan.status;
    seen.current.running = false;
    if (end === 'done' && r)
      setEnded(
        `${label} is ready: ${pct(r.objective.coverage)} priority-weighted coverage, ${fmtNumber(r.coverage.linesFull)} lines full, ${fmtNumber(r.coverage.linesPartial)} partial, ${fmtNumber(r.coverage.linesEmpty)} empty.`,
      );
    else if (end === 'failed') setEnded(`${label} failed.`);
    else if (end === 'cancelled')
      setEnded(
        `${label} was cancelled${r ? '; the best plan found so far is kept' : ' before a plan was found'}.`,
      );
  }, [id, status, plan, label]);
  const words = isActive(status) ? progressWords(status, progress, label) : ended;
  return (
    <p role="status" aria-live="polite" className={words ? 'lead' : 'visually-hidden'}>
      {words}
    </p>
  );
}

/** How many offers arrived between the plan's version and the scenario's, or null when current. */
function useArrivedSince(view: ScenarioInfo, plan: Plan | null) {
  const stale = plan !== null && plan.scenarioVersion < view.version;
  const old = useResource(stale ? `fgv:${view.id}:${plan.scenarioVersion}` : null, (s) =>
    getScenario(view.id, plan!.scenarioVersion, s),
  );
  if (!stale) return null;
  const before = old.data ? new Set(old.data.scenario.offers.map((o) => o.id)) : null;
  return {
    from: plan.scenarioVersion,
    to: view.version,
    offers: before ? view.scenario.offers.filter((o) => !before.has(o.id)).length : null,
  };
}

export function SolveButton({
  view,
  disabled,
  onStarted,
  label = 'Solve',
}: {
  view: ScenarioInfo;
  disabled?: boolean;
  onStarted: (plan: Plan) => void;
  label?: string;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!view.permissions.canSolve) return null;
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={busy || disabled}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            onStarted(await requestPlan(view.id));
          } catch (e) {
            setError(e);
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? 'Starting…' : label}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}

/** What the plan and what-if tabs are given: the scenario, its plans, and the plans' live events. */
export interface PlanTabProps {
  view: ScenarioInfo;
  names: Names;
  plans: Plan[] | undefined;
  plansError: unknown;
  liveEvents: ReadonlyMap<string, PlanEvent>;
  onPlansChanged: () => void;
}

export function PlanTab({ view, names, plans, plansError, liveEvents, onPlansChanged }: PlanTabProps) {
  const [params, setParams] = useSearchParams();
  const basePlans = (plans ?? []).filter((p) => !p.whatIf);
  const selectedId = params.get('plan') ?? basePlans[0]?.id ?? null;
  const state = usePlan(selectedId, selectedId ? liveEvents.get(selectedId) : undefined);
  const { plan, status } = state;
  const arrived = useArrivedSince(view, plan);
  const canSolve = view.permissions.canSolve;

  const select = (id: string) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        n.set('plan', id);
        return n;
      },
      { preventScrollReset: true },
    );

  const solve = (
    <SolveButton
      view={view}
      label={plan ? 'Solve again' : 'Solve'}
      disabled={isActive(status)}
      onStarted={(p) => {
        select(p.id);
        onPlansChanged();
      }}
    />
  );

  return (
    <section aria-labelledby="h-plan">
      <div className="page-head">
        <h2 className="heading-m" id="h-plan">
          Plan
        </h2>
        <div className="button-group">{solve}</div>
      </div>
      <p className="section-lead">
        The optimiser (HiGHS, a mixed-integer solver) assigns offers to lines in three stages: as much
        priority-weighted coverage as possible; then each nation’s share of the force close to its share of
        coalition GDP; then as few nations per line as possible.
        {canSolve ? null : ' Planners and the secretariat solve plans; you see every plan they solve.'}
      </p>

      <PlanStatusRegion state={state} />

      {plansError ? <ErrorMessage error={plansError} /> : null}
      {state.error ? <ErrorMessage error={state.error} retry={state.reload} /> : null}

      {!selectedId ? (
        plans === undefined && !plansError ? (
          <Loading what="Loading the plans" />
        ) : (
          <p>
            No plan has been solved for this scenario yet.
            {canSolve ? ' Solve one to see the allocation.' : ''}
          </p>
        )
      ) : !plan ? (
        state.error ? null : (
          <Loading what="Loading the plan" />
        )
      ) : (
        <>
          <p className="tag-line">
            <PlanStatusTag status={status ?? plan.status} />{' '}
            <span className="muted">
              Requested {fmtDateTime(plan.createdAt)} on version {fmtNumber(plan.scenarioVersion)}
              {plan.finishedAt ? `; finished ${fmtDateTime(plan.finishedAt)}` : ''}.
            </span>
          </p>
          {arrived ? (
            <div className="notice notice--warning" role="note">
              <p className="notice__title">
                {arrived.offers === null
                  ? `The scenario changed since this plan (version ${arrived.from} → ${arrived.to}).`
                  : arrived.offers > 0
                    ? `${plural(arrived.offers, 'offer')} arrived since this plan; solve again.`
                    : `The scenario changed since this plan (version ${arrived.from} → ${arrived.to}); solve again.`}
              </p>
              <p>
                This plan was solved on version {fmtNumber(arrived.from)}; the scenario is now at version{' '}
                {fmtNumber(arrived.to)}.
              </p>
              {canSolve ? solve : null}
            </div>
          ) : null}
          {isActive(status) ? (
            <PlanProgress status={status} progress={state.progress} planId={plan.id} canCancel={canSolve} />
          ) : null}
          {status === 'failed' ? (
            <div className="notice notice--error" role="alert">
              <p className="notice__title">The plan could not be solved</p>
              <p>{plan.error ?? state.liveError ?? 'The solver failed.'}</p>
            </div>
          ) : null}
          {status === 'cancelled' ? (
            <div className="notice notice--warning">
              <p className="notice__title">Cancelled</p>
              <p>
                {plan.result
                  ? 'What follows is the best plan found before it stopped.'
                  : 'It stopped before finding a plan.'}
              </p>
            </div>
          ) : null}
          {plan.result && !isActive(status) ? (
            <>
              <PlanSummary result={plan.result} />
              <StagesDetails result={plan.result} />
              <AllocationMatrix result={plan.result} scenario={view.scenario} names={names} />
              <GapList gaps={plan.result.gaps} names={names} />
              <section aria-labelledby="h-burden">
                <h3 className="heading-s" id="h-burden">
                  Burden sharing
                </h3>
                <BurdenChart result={plan.result} names={names} />
                <BurdenTableToggle result={plan.result} names={names} />
              </section>
            </>
          ) : null}
        </>
      )}

      {basePlans.length > 1 ? (
        <details className="fg-history">
          <summary>Earlier plans ({fmtNumber(basePlans.length - 1)})</summary>
          <ul className="list">
            {basePlans.map((p) => (
              <li key={p.id}>
                {p.id === selectedId ? (
                  <strong>This plan</strong>
                ) : (
                  <Link to={`?${withParam(params, 'plan', p.id)}`} preventScrollReset>
                    Plan of {fmtDateTime(p.createdAt)}
                  </Link>
                )}{' '}
                <span className="muted">(version {fmtNumber(p.scenarioVersion)})</span>{' '}
                <PlanStatusTag status={listedStatus(p, liveEvents.get(p.id))} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

export function withParam(params: URLSearchParams, key: string, value: string): string {
  const n = new URLSearchParams(params);
  n.set(key, value);
  return n.toString();
}
