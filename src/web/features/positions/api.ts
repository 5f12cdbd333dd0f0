/** The negotiation-track API, typed with the shared contracts (types only: no Zod in the bundle). */
import type { AlignmentMatrix, AlignmentMovement, Issue, Position } from '../../../contracts/positions';
import { api } from '../../api/client';

export type { AlignmentMatrix, AlignmentMovement, Issue, Position };

export const getAlignment = (date: string, signal?: AbortSignal) =>
  api<AlignmentMatrix>('/api/positions/alignment', { query: { date }, ...(signal ? { signal } : {}) });

export const getMovement = (dates: string[], signal?: AbortSignal) =>
  api<AlignmentMovement>('/api/positions/movement', {
    query: { dates: dates.join(',') },
    ...(signal ? { signal } : {}),
  });

export interface PositionInput {
  issue: string;
  party: string;
  asOf: string;
  stance: number;
  summary: string;
  redLines: string[];
  sources: { title: string; url?: string }[];
  illustrative: boolean;
}
export const recordPosition = (body: PositionInput) =>
  api<Position>('/api/positions', { method: 'POST', body });
