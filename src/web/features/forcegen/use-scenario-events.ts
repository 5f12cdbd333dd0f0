/**
 * Follows a scenario's server-sent events (offers arriving, new versions, plan progress) while
 * the page is open. EventSource reconnects by itself; after a reconnection `onReconnect` lets the
 * page fetch what it may have missed.
 */
import { useEffect, useRef, useState } from 'react';
import { type OfferEvent, type PlanEvent, type ScenarioEvent, scenarioEventsUrl } from '../../api/forcegen';

export interface ScenarioEventHandlers {
  onOffer?: (e: OfferEvent) => void;
  onScenario?: (e: ScenarioEvent) => void;
  onPlan?: (e: PlanEvent) => void;
  onReconnect?: () => void;
}

export type LiveState = 'connecting' | 'open' | 'closed';

function parse<T>(e: Event): T | null {
  try {
    return JSON.parse((e as MessageEvent<string>).data) as T;
  } catch {
    return null;
  }
}

/** `id` null: do not connect (not signed in yet). */
export function useScenarioEvents(id: string | null, handlers: ScenarioEventHandlers): LiveState {
  const ref = useRef(handlers);
  ref.current = handlers;
  const [state, setState] = useState<LiveState>('closed');

  useEffect(() => {
    if (!id || typeof EventSource === 'undefined') return;
    const source = new EventSource(scenarioEventsUrl(id));
    let wasOpen = false;
    setState('connecting');
    source.onopen = () => {
      setState('open');
      if (wasOpen) ref.current.onReconnect?.();
      wasOpen = true;
    };
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? 'closed' : 'connecting');
    source.addEventListener('offer', (e) => {
      const d = parse<OfferEvent>(e);
      if (d) ref.current.onOffer?.(d);
    });
    source.addEventListener('scenario', (e) => {
      const d = parse<ScenarioEvent>(e);
      if (d) ref.current.onScenario?.(d);
    });
    source.addEventListener('plan', (e) => {
      const d = parse<PlanEvent>(e);
      if (d) ref.current.onPlan?.(d);
    });
    return () => {
      source.close();
      setState('closed');
    };
  }, [id]);

  return state;
}
