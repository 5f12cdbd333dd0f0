/**
 * Follows a simulation job until it ends: its server-sent events (status, progress, done), or,
 * where they are unavailable or break off, a request a second. The result is read once, at the end.
 */
import { useEffect } from 'react';
import { getSimulation, type SimulationJob, simulationEventsUrl } from './api';

export function useFollowSimulation(
  jobId: string | null,
  setJob: (update: SimulationJob | ((j: SimulationJob | null) => SimulationJob | null)) => void,
  setError: (e: unknown) => void,
): void {
  useEffect(() => {
    if (!jobId) return;
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ac = new AbortController();
    const ended = (j: SimulationJob) => j.status !== 'queued' && j.status !== 'running';
    const load = async () => {
      const j = await getSimulation(jobId, ac.signal);
      if (!stop) setJob(j);
      return j;
    };
    const fail = (e: unknown) => {
      if (!stop) setError(e);
    };
    const poll = () =>
      load()
        .then((j) => {
          if (!stop && !ended(j)) timer = setTimeout(poll, 1000);
        })
        .catch(fail);
    let source: EventSource | null = null;
    if (typeof EventSource === 'undefined') void poll();
    else {
      const events = new EventSource(simulationEventsUrl(jobId));
      source = events;
      // the first status event is the job so far, without its result: an ended job is read whole
      events.addEventListener('status', (e) => {
        const j = JSON.parse((e as MessageEvent<string>).data) as SimulationJob;
        if (ended(j)) {
          events.close();
          void load().catch(fail);
        } else setJob(j);
      });
      events.addEventListener('progress', (e) => {
        const progress = JSON.parse((e as MessageEvent<string>).data) as SimulationJob['progress'];
        setJob((j) => (j ? { ...j, progress } : j));
      });
      events.addEventListener('done', () => {
        events.close();
        void load().catch(fail);
      });
      events.onerror = () => {
        events.close();
        if (!stop) void poll();
      };
    }
    return () => {
      stop = true;
      source?.close();
      clearTimeout(timer);
      ac.abort();
    };
  }, [jobId, setJob, setError]);
}
