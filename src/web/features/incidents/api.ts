/** The incident API, typed with the shared contracts (types only: no Zod in this chunk). */
import type {
  Incident,
  IncidentAggregates,
  IncidentCreate,
  IncidentImportResult,
  IncidentStatusChange,
} from '../../../contracts/incident';
import { ApiError, api } from '../../api/client';
import { getMe } from '../../api/endpoints';

export type { Incident, IncidentAggregates, IncidentImportResult };
export interface IncidentPage {
  items: Incident[];
  total: number;
  page: number;
  pageSize: number;
}

const enc = encodeURIComponent;

export const listIncidents = (query: URLSearchParams, signal?: AbortSignal) =>
  api<IncidentPage>('/api/incidents', { query, ...(signal ? { signal } : {}) });

export const getIncident = (id: string, signal?: AbortSignal) =>
  api<Incident>(`/api/incidents/${enc(id)}`, { ...(signal ? { signal } : {}) });

export const getAggregates = (query: URLSearchParams, signal?: AbortSignal) =>
  api<IncidentAggregates>('/api/incidents/aggregates', { query, ...(signal ? { signal } : {}) });

export const recordIncident = (body: IncidentCreate) =>
  api<Incident>('/api/incidents', { method: 'POST', body });

export const changeStatus = (id: string, body: IncidentStatusChange) =>
  api<Incident>(`/api/incidents/${enc(id)}/status`, { method: 'PATCH', body });

/**
 * Sends a file to the import: JSON as a JSON array, anything else as CSV (text/csv, which the
 * client's JSON-only `api` does not send; the CSRF token comes from /api/auth/me).
 */
export async function importFile(name: string, text: string): Promise<IncidentImportResult> {
  if (/\.json$/i.test(name)) {
    let items: unknown;
    try {
      items = JSON.parse(text);
    } catch (e) {
      throw new ApiError({
        status: 400,
        code: 'bad_request',
        title: 'Not JSON',
        detail: `${name} is not valid JSON: ${(e as Error).message}`,
      });
    }
    // a file with a note beside its incidents (as the demo's) holds them under `incidents`
    if (items && typeof items === 'object' && !Array.isArray(items) && 'incidents' in items)
      items = (items as { incidents: unknown }).incidents;
    return api<IncidentImportResult>('/api/incidents/import', { method: 'POST', body: items });
  }
  const { csrfToken } = await getMe();
  let res: Response;
  try {
    res = await fetch('/api/incidents/import', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'text/csv',
        accept: 'application/json, application/problem+json',
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
      },
      body: text,
    });
  } catch {
    throw new ApiError({
      status: 503,
      code: 'unavailable',
      title: 'Not reachable',
      detail: 'the server could not be reached; check your connection and try again',
    });
  }
  const doc = (await res.json().catch(() => ({}))) as Partial<IncidentImportResult> & {
    status?: number;
    code?: string;
    title?: string;
    detail?: string;
    errors?: { path: string; message: string }[];
  };
  if (!res.ok)
    throw new ApiError({
      status: doc.status ?? res.status,
      code: doc.code ?? 'internal',
      title: doc.title ?? res.statusText,
      ...(doc.detail ? { detail: doc.detail } : {}),
      errors: doc.errors ?? [],
    });
  return doc as IncidentImportResult;
}
