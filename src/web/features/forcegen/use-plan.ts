/**
 * One plan, kept current while it is solved: the live events say how it goes (stage, objective,
 * bound) and when it ends; a slow poll covers events missed (a reconnection, a proxy that buffers).
 */
import { useEffect, useState } from 'react';
import { isAbort } from '../../api/client';
import { getPlan, type Plan, type PlanEvent } from '../../api/forcegen';

export const isActive = (status: string | undefined) => status === 'queued' || status === 'running';

export interface PlanState {
  plan: Plan | null;
  error: unknown;
  /** Status and progress with the live events applied. */
  status: Plan['status'] | undefined;
  progress: Plan['progress'];
  liveError: string | undefined;
  reload: () => void;
}

export function usePlan(planId: string | null, live: PlanEvent | undefined): PlanState {
  const [plan, setPlan] = useState<Plan | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!planId) {
      setPlan(null);
      setError(undefined);
      return;
    }
    const ac = new AbortController();
    void tick;
    getPlan(planId, ac.signal).then(
      (p) => {
        setPlan(p);
        setError(undefined);
      },
      (e: unknown) => {
        if (!isAbort(e)) setError(e);
      },
    );
    return () => ac.abort();
  }, [planId, tick]);

  const current = plan && plan.id === planId ? plan : null;
  const active = isActive(current?.status);

  // a slow poll while it runs, in case an event is missed
  useEffect(() => {
    if (!active || !current) return;
    const t = setTimeout(() => setTick((n) => n + 1), 4000);
    return () => clearTimeout(t);
  }, [active, current]);

  // the events say it ended: fetch the result
  const liveStatus = live && live.id === planId ? live.status : undefined;
  useEffect(() => {
    if (liveStatus && !isActive(liveStatus)) setTick((n) => n + 1);
  }, [liveStatus]);

  const liveHere = live && live.id === planId ? live : undefined;
  // the live events move a plan from queued to running; how it ended is read from the stored
  // plan (fetched as soon as an event says it ended), which is the record
  const status =
    current && !isActive(current.status)
      ? current.status
      : liveStatus && isActive(liveStatus)
        ? liveStatus
        : current?.status;
  const progress = (liveHere?.progress as Plan['progress'] | undefined) ?? current?.progress ?? null;
  return {
    plan: current,
    error,
    status,
    progress,
    liveError: liveHere?.error,
    reload: () => setTick((n) => n + 1),
  };
}

/** A listed plan's status: the record's once it ended, else what the live events say. */
export function listedStatus(p: Plan, live: PlanEvent | undefined): Plan['status'] {
  return isActive(p.status) && live ? live.status : p.status;
}
