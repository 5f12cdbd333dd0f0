/** The API calls the web app makes, typed with the shared contracts. */
import type { z } from 'zod';
import type { Analysis } from '../../contracts/analysis';
import type {
  CommitmentCreate,
  CommitmentUpdate,
  CommitmentView,
  VersionEntry,
} from '../../contracts/commitment';
import type { ConcretenessGroup, ConcretenessStats, Totals } from '../../contracts/stats';
import type { Me, Party, User } from '../../contracts/user';
import { api, type Query } from './client';

export type Commitment = CommitmentView;
export type Version = z.output<typeof VersionEntry>;
export type PartyInfo = z.output<typeof Party>;
export type MeInfo = z.output<typeof Me>;
export type UserInfo = z.output<typeof User>;
export type { Analysis, ConcretenessGroup, ConcretenessStats, Totals };

export interface CommitmentPage {
  items: Commitment[];
  total: number;
  page: number;
  pageSize: number;
}

/** GET /api/commitments/:id/audit (no contract schema yet: shape of core's AuditEntry). */
export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

const enc = encodeURIComponent;

export const getMe = (signal?: AbortSignal) => api<MeInfo>('/api/auth/me', { ...(signal ? { signal } : {}) });
export const signIn = (body: { email: string; password: string }) =>
  api<MeInfo>('/api/auth/sign-in', { method: 'POST', body });
export const signOut = () => api<void>('/api/auth/sign-out', { method: 'POST' });

export const getTotals = (signal: AbortSignal) => api<Totals>('/api/stats/totals', { signal });
export const getConcretenessStats = (signal: AbortSignal) =>
  api<ConcretenessStats>('/api/stats/concreteness', { signal });
export const getParties = (signal: AbortSignal) => api<PartyInfo[]>('/api/parties', { signal });

export const listCommitments = (query: Query | URLSearchParams, signal: AbortSignal) =>
  api<CommitmentPage>('/api/commitments', { query, signal });
export const getCommitment = (id: string, signal?: AbortSignal) =>
  api<Commitment>(`/api/commitments/${enc(id)}`, { ...(signal ? { signal } : {}) });
export const getHistory = (id: string, signal: AbortSignal) =>
  api<Version[]>(`/api/commitments/${enc(id)}/history`, { signal });
export const getAudit = (id: string, signal: AbortSignal) =>
  api<AuditEntry[]>(`/api/commitments/${enc(id)}/audit`, { signal });

export const createCommitment = (body: CommitmentCreate) =>
  api<Commitment>('/api/commitments', { method: 'POST', body });
export const updateCommitment = (id: string, body: CommitmentUpdate) =>
  api<Commitment>(`/api/commitments/${enc(id)}`, { method: 'PATCH', body });

/** POST /api/analyze: the concreteness of a text, with spans; the language is detected if not given. */
export const analyzeText = (body: { text: string; lang?: string }, signal?: AbortSignal) =>
  api<Analysis>('/api/analyze', { method: 'POST', body, ...(signal ? { signal } : {}) });

/** The export link for the current filters (paging is left out: an export has every row). */
export function exportHref(format: 'csv' | 'xlsx', filters: URLSearchParams): string {
  const q = new URLSearchParams(filters);
  q.delete('page');
  q.delete('pageSize');
  q.set('format', format);
  return `/api/commitments/export?${q.toString()}`;
}
