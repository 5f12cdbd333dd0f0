/**
 * The force-generation API (the sourcing conference): scenarios, offers, plans and their live
 * events, typed with the shared contracts (types only, so no Zod reaches the bundle).
 */
import type { z } from 'zod';
import type { PlanView, ScenarioSummary, ScenarioView } from '../../contracts/conference';
import type { Offer, WhatIf } from '../../contracts/forcegen';
import { api } from './client';

export type ScenarioSummaryInfo = z.output<typeof ScenarioSummary>;
export type ScenarioInfo = z.output<typeof ScenarioView>;
export type Plan = z.output<typeof PlanView>;

const enc = encodeURIComponent;
const opt = (signal?: AbortSignal) => (signal ? { signal } : {});

export const listScenarios = (signal?: AbortSignal) =>
  api<ScenarioSummaryInfo[]>('/api/forcegen/scenarios', opt(signal));

export const getScenario = (id: string, version?: number, signal?: AbortSignal) =>
  api<ScenarioInfo>(`/api/forcegen/scenarios/${enc(id)}`, {
    ...(version ? { query: { version } } : {}),
    ...opt(signal),
  });

export const submitOffer = (id: string, body: { offer: Offer; note?: string }) =>
  api<ScenarioSummaryInfo>(`/api/forcegen/scenarios/${enc(id)}/offers`, { method: 'POST', body });

export const listPlans = (id: string, signal?: AbortSignal) =>
  api<Plan[]>(`/api/forcegen/scenarios/${enc(id)}/plans`, opt(signal));

export const requestPlan = (id: string, body: { whatIf?: WhatIf; timeLimitSeconds?: number } = {}) =>
  api<Plan>(`/api/forcegen/scenarios/${enc(id)}/plans`, { method: 'POST', body });

export const getPlan = (planId: string, signal?: AbortSignal) =>
  api<Plan>(`/api/forcegen/plans/${enc(planId)}`, opt(signal));

export const cancelPlan = (planId: string) =>
  api<Plan>(`/api/forcegen/plans/${enc(planId)}/cancel`, { method: 'POST' });

/** Server-sent events of one scenario: offers arriving, new versions, plan progress. */
export const scenarioEventsUrl = (id: string) => `/api/forcegen/scenarios/${enc(id)}/events`;

export interface OfferEvent {
  id: string;
  version: number;
  /** The offer's id. */
  offer: string;
  nation: string;
}
export interface ScenarioEvent {
  id: string;
  version: number;
}
export interface PlanEvent {
  id: string;
  status: Plan['status'];
  progress?: { stage?: string; objective?: number; bound?: number; seconds?: number };
  error?: string;
}
