/**
 * One sourcing conference (a force-generation scenario), in tabs kept in the URL (`?tab=`):
 * the statement of requirements, the national offers (with "Offer a unit"), the plan, and
 * what-if runs. While the page is open, offers and plans arrive live (server-sent events): the
 * tables update and a polite live region says what arrived.
 */
import './forcegen.css';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { getScenario, listPlans, type PlanEvent, type ScenarioInfo } from '../../api/forcegen';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { fmtDateTime, fmtNumber, plural } from '../../components/format';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { SummaryList } from '../../components/summary-list';
import { Tabs } from '../../components/tabs';
import { IllustrativeBadge } from '../../components/tags';
import { MANDATE_LABELS, quantityInWords } from './labels';
import { OffersTab } from './offers-tab';
import { useNames } from './parts';
import { PlanTab, type PlanTabProps } from './plan-tab';
import { RequirementsTab } from './requirements-tab';
import { isActive, listedStatus } from './use-plan';
import { useScenarioEvents } from './use-scenario-events';
import { WhatIfTab } from './what-if-tab';

const TAB_IDS = ['requirements', 'offers', 'plan', 'whatif'] as const;
type TabId = (typeof TAB_IDS)[number];

interface Arrival {
  key: string;
  text: string;
}

export default function ScenarioPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: TabId = TAB_IDS.includes(asked as TabId) ? (asked as TabId) : 'requirements';

  const [view, setView] = useState<ScenarioInfo | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [nonce, setNonce] = useState(0);
  const sessionKey = user === undefined ? null : (user?.id ?? 'anonymous');

  useEffect(() => {
    if (sessionKey === null) return;
    const ac = new AbortController();
    void nonce;
    setError(undefined);
    getScenario(id, undefined, ac.signal).then(setView, (e: unknown) => {
      if (!ac.signal.aborted) setError(e);
    });
    return () => ac.abort();
  }, [id, sessionKey, nonce]);

  /** Fetches the current version (newer than the one shown, never older). */
  const refresh = useCallback(async (): Promise<ScenarioInfo | null> => {
    try {
      const v = await getScenario(id);
      setView((prev) => (!prev || v.version >= prev.version ? v : prev));
      return v;
    } catch {
      return null;
    }
  }, [id]);

  const plans = useResource(sessionKey === null || !user ? null : `fgp:${sessionKey}:${id}`, (s) =>
    listPlans(id, s),
  );
  const reloadPlans = plans.reload;
  const [liveEvents, setLiveEvents] = useState<ReadonlyMap<string, PlanEvent>>(new Map());
  const [arrivals, setArrivals] = useState<Arrival[]>([]);
  const [arrived, setArrived] = useState<ReadonlySet<string>>(new Set());

  const live = useScenarioEvents(user && view ? id : null, {
    onOffer: async (e) => {
      setArrived((s) => new Set(s).add(e.offer));
      const v = await refresh();
      const offer = v?.scenario.offers.find((o) => o.id === e.offer);
      const nation = v?.scenario.nations.find((n) => n.id === e.nation);
      const who = nation?.name || e.nation;
      const text = offer
        ? `${who} offered ${quantityInWords(offer.capability, offer.quantity)} — version ${fmtNumber(e.version)}`
        : `${who} made an offer — version ${fmtNumber(e.version)}`;
      setArrivals((a) => [{ key: `${e.version}:${e.offer}`, text }, ...a].slice(0, 6));
    },
    onScenario: () => void refresh(),
    onPlan: (e) => {
      setLiveEvents((m) => new Map(m).set(e.id, e));
      if (!e.progress) reloadPlans();
    },
    onReconnect: () => {
      void refresh();
      reloadPlans();
    },
  });

  const names = useNames(view?.scenario);
  usePageTitle(view ? `${view.name}` : 'Force generation');

  if (error && !view) {
    return (
      <>
        <BackLink />
        <ErrorMessage error={error} retry={() => setNonce((n) => n + 1)} page />
      </>
    );
  }
  if (!view) return <Loading what="Loading the scenario" />;
  const s = view.scenario;
  const running = (plans.data ?? []).some((p) => isActive(listedStatus(p, liveEvents.get(p.id))));

  const planProps: PlanTabProps = {
    view,
    names,
    plans: plans.data,
    plansError: plans.error,
    liveEvents,
    onPlansChanged: reloadPlans,
  };

  const tabs = [
    { id: 'requirements', label: `Requirements (${fmtNumber(s.lines.length)})` },
    { id: 'offers', label: `Offers (${fmtNumber(s.offers.length)})` },
    { id: 'plan', label: running ? 'Plan (solving…)' : 'Plan' },
    { id: 'whatif', label: 'What-if' },
  ];

  return (
    <div className="fg-page">
      <BackLink />
      {view.illustrative ? (
        <div className="banner banner--illustrative" role="note">
          <strong>Illustrative scenario — not a public fact.</strong> The nations’ offers and the requirement
          lines were generated for the demo, to show how a sourcing conference works; no statement of
          requirements has been published. The GDP weights are the nations’ 2024 GDP.
        </div>
      ) : null}
      <div className="page-head">
        <div>
          <span className="caption">Sourcing conference · Multinational Force Ukraine</span>
          <h1 className="heading-l">{view.name}</h1>
        </div>
      </div>
      <p className="tag-line">
        <strong className="tag tag--outline">Version {fmtNumber(view.version)}</strong>{' '}
        {view.illustrative ? <IllustrativeBadge /> : null}{' '}
        <span className="muted">
          <span className={`fg-live-dot${live === 'open' ? '' : ' fg-live-dot--off'}`} aria-hidden="true" />
          {live === 'open'
            ? 'Live: offers and plans appear as they arrive'
            : live === 'connecting'
              ? 'Connecting to live updates…'
              : 'Not following live updates'}
        </span>
      </p>
      <p className="lead">
        {plural(s.nations.length, 'nation')}, {plural(s.lines.length, 'requirement line')},{' '}
        {plural(s.offers.length, 'offer')}. Last changed {fmtDateTime(view.updatedAt)}.
      </p>
      <details className="fg-assumptions">
        <summary>Planning assumptions</summary>
        <SummaryList
          rows={[
            ['US backstop', s.usBackstop ? 'Assumed' : 'Not assumed (offers that need one cannot be used)'],
            ['Mandate', MANDATE_LABELS[s.mandate]],
            [
              'Pending parliamentary votes',
              s.countPendingApprovals ? 'Counted as if granted' : 'Not counted until granted',
            ],
            ['Horizon', `Phase D+90 runs to day ${fmtNumber(s.horizonDays)}`],
            ['Priority weights', s.priorityWeights.map((w, i) => `${i + 1}: ${fmtNumber(w)}`).join(', ')],
            ['Substitutions', plural(s.substitutions.length, 'substitution')],
          ]}
        />
      </details>

      <div className={arrivals.length ? 'fg-arrivals' : undefined}>
        <p
          role="status"
          aria-live="polite"
          aria-atomic="true"
          className={arrivals.length ? undefined : 'visually-hidden'}
        >
          {arrivals[0] ? (
            <>
              <strong>New offer:</strong> {arrivals[0].text}
            </>
          ) : null}
        </p>
        {arrivals.length > 1 ? (
          <ul aria-label="Earlier arrivals">
            {arrivals.slice(1).map((a) => (
              <li key={a.key}>{a.text}</li>
            ))}
          </ul>
        ) : null}
      </div>

      <Tabs
        label="Scenario"
        tabs={tabs}
        selected={tab}
        onSelect={(t) =>
          setParams(
            (p) => {
              const n = new URLSearchParams(p);
              if (t === 'requirements') n.delete('tab');
              else n.set('tab', t);
              return n;
            },
            { preventScrollReset: true },
          )
        }
      >
        {tab === 'requirements' ? <RequirementsTab scenario={s} names={names} /> : null}
        {tab === 'offers' ? (
          <OffersTab view={view} names={names} arrived={arrived} onOffered={() => void refresh()} />
        ) : null}
        {tab === 'plan' ? <PlanTab {...planProps} /> : null}
        {tab === 'whatif' ? <WhatIfTab {...planProps} /> : null}
      </Tabs>
    </div>
  );
}

function BackLink() {
  return (
    <Link to="/forcegen" className="back-link">
      All scenarios
    </Link>
  );
}
