/**
 * The activation API: determinations and their boards, marks, reliability, simulations (types
 * from the shared contracts only, so no Zod reaches the bundle).
 */
import type {
  ActivationDeterminationInput,
  ActivationItemView,
  ActivationMark,
  ActivationPlanView,
  ActivationReliability,
  DeterminationVerification,
  DeterminationView,
  SimulationJob,
  SimulationStart,
} from '../../../contracts/activation';
import { api } from '../../api/client';

export type {
  ActivationItemView,
  ActivationPlanView,
  ActivationReliability,
  DeterminationView,
  SimulationJob,
  SimulationStart,
};

const enc = encodeURIComponent;
const opt = (signal?: AbortSignal) => (signal ? { signal } : {});

export const listDeterminations = (signal?: AbortSignal) =>
  api<DeterminationView[]>('/api/determinations', opt(signal));
export const getPlan = (id: string, signal?: AbortSignal) =>
  api<ActivationPlanView>(`/api/determinations/${enc(id)}`, opt(signal));
export const verifyDetermination = (id: string, signal?: AbortSignal) =>
  api<DeterminationVerification>(`/api/determinations/${enc(id)}/verify`, opt(signal));
export const recordDetermination = (body: ActivationDeterminationInput) =>
  api<ActivationPlanView>('/api/determinations', { method: 'POST', body });
export const markItem = (id: string, body: ActivationMark) =>
  api<ActivationItemView>(`/api/activation/items/${enc(id)}`, { method: 'PATCH', body });
export const listReliability = (signal?: AbortSignal) =>
  api<ActivationReliability[]>('/api/reliability', opt(signal));
export const startSimulation = (body: SimulationStart) =>
  api<SimulationJob>('/api/simulations', { method: 'POST', body });
export const getSimulation = (id: string, signal?: AbortSignal) =>
  api<SimulationJob>(`/api/simulations/${enc(id)}`, opt(signal));
export const cancelSimulation = (id: string) =>
  api<SimulationJob>(`/api/simulations/${enc(id)}/cancel`, { method: 'POST' });

export const boardEventsUrl = (id: string) => `/api/determinations/${enc(id)}/events`;
export const simulationEventsUrl = (id: string) => `/api/simulations/${enc(id)}/events`;

/** GET /api/incidents/:id, where the incident capability is present: its reference, or null. */
export async function incidentReference(id: string, signal?: AbortSignal): Promise<string | null> {
  try {
    const i = await api<{ reference?: string }>(`/api/incidents/${enc(id)}`, opt(signal));
    return i.reference ?? null;
  } catch {
    return null;
  }
}
