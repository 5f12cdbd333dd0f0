import type { SimulationProgress, SimulationResult } from '../../contracts/activation-simulation';

/** A simulation job as stored: the server that accepted it runs it; any server reads it. */
export interface SimulationJobRecord {
  id: string;
  ownerId: string;
  runnerId: string | null;
  /** The request as given (the options). */
  input: Record<string, unknown>;
  commitments: number;
  state: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  progress: SimulationProgress | null;
  result: SimulationResult | null;
  error: string | null;
  cancelRequested: boolean;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

/**
 * Background jobs across servers (docs/scale-out.md): simulation jobs, cancel flags, which
 * servers are alive, and the notifications that carry live events between servers.
 */
export interface JobRepo {
  insertSimulation(j: SimulationJobRecord): Promise<void>;
  getSimulation(id: string): Promise<SimulationJobRecord | null>;
  /** Jobs of this owner waiting or running, on every server. */
  countActiveSimulations(ownerId: string): Promise<number>;
  /** queued → running; false when it is not queued any more (cancelled meanwhile). */
  markSimulationRunning(id: string, now: string): Promise<boolean>;
  setSimulationProgress(id: string, progress: SimulationProgress, now: string): Promise<void>;
  /** Ends a job still waiting or running; null when it had ended already (the first end wins). */
  finishSimulation(
    id: string,
    end: { state: 'done' | 'failed' | 'cancelled'; result?: SimulationResult; error?: string },
    now: string,
  ): Promise<SimulationJobRecord | null>;
  /** Cancels a waiting job at once and flags a running one; null when it had ended. */
  requestSimulationCancel(id: string, now: string): Promise<SimulationJobRecord | null>;
  /** Deletes this owner's ended jobs beyond the newest `keep`, and everyone's ended before `before`. */
  pruneSimulations(ownerId: string, keep: number, before: string): Promise<void>;
  /** Names the server solving a plan; whether a cancel was asked for already (null: no such plan). */
  claimPlan(id: string, runnerId: string): Promise<{ cancelRequested: boolean } | null>;
  /** Flags a plan waiting or running for cancelling; false when it had ended. */
  requestPlanCancel(id: string, now: string): Promise<boolean>;
  /** Which of these plans and simulations have a cancel request. */
  cancelRequested(ids: { plans: string[]; simulations: string[] }): Promise<{
    plans: string[];
    simulations: string[];
  }>;
  /** A server starts, is still alive (by the database's clock), or stops. */
  registerInstance(id: string): Promise<void>;
  heartbeat(id: string): Promise<void>;
  removeInstance(id: string): Promise<void>;
  /**
   * Marks failed the plans and simulations left waiting or running by a server that stopped:
   * every one (`aliveWithinSeconds` null: this process is the only server), or those whose server
   * has not been seen for that long.
   */
  failOrphans(
    reason: string,
    now: string,
    aliveWithinSeconds: number | null,
  ): Promise<{ plans: { id: string; scenarioId: string }[]; simulations: string[] }>;
  /** Sends notifications in this order, in one statement. */
  notify(channel: string, payloads: string[]): Promise<void>;
  /** Keeps an event too large for a notification; its id goes in the notification instead. */
  putLiveEvent(topic: string, body: unknown): Promise<number>;
  liveEvent(id: number): Promise<{ topic: string; body: unknown } | null>;
  pruneLiveEvents(olderThanSeconds: number): Promise<void>;
}
