/** The summits and memos API, typed with the shared contracts (types only: no Zod in the bundle). */
import type {
  MemoCopyFormat,
  MemoOpen,
  MemoTraceAnswer,
  MemoView,
  MemoWrite,
} from '../../../contracts/memo-copy';
import type { ReplyCreate, SummitSummary, SummitView } from '../../../contracts/summit';
import { api } from '../../api/client';

const enc = encodeURIComponent;
const opt = (signal?: AbortSignal) => (signal ? { signal } : {});

export const listSummits = (signal?: AbortSignal) => api<SummitSummary[]>('/api/summits', opt(signal));
export const getSummit = (key: string, signal?: AbortSignal) =>
  api<SummitView>(`/api/summits/${enc(key)}`, opt(signal));
export const sendReply = (key: string, body: ReplyCreate) =>
  api<unknown>(`/api/summits/${enc(key)}/replies`, { method: 'POST', body });
export const setActionDone = (key: string, itemId: string, done: boolean) =>
  api<unknown>(`/api/summits/${enc(key)}/action-items/${enc(itemId)}`, { method: 'PATCH', body: { done } });
export const calendarUrl = (key: string) => `/api/summits/${enc(key)}/calendar.ics`;

export const writeMemo = (
  key: string,
  body: Omit<MemoWrite, 'language'> & { language?: MemoWrite['language'] },
) => api<MemoView>(`/api/summits/${enc(key)}/memos`, { method: 'POST', body });
export const getMemo = (id: string, signal?: AbortSignal) =>
  api<MemoView>(`/api/memos/${enc(id)}`, opt(signal));
export const memoOpens = (id: string, signal?: AbortSignal) =>
  api<MemoOpen[]>(`/api/memos/${enc(id)}/opens`, opt(signal));
export const copyUrl = (id: string, party: string, format: MemoCopyFormat) =>
  `/api/memos/${enc(id)}/copies/${enc(party)}?format=${format}`;
export const traceExcerpt = (excerpt: string, memoId?: string) =>
  api<MemoTraceAnswer>('/api/memos/trace', {
    method: 'POST',
    body: { excerpt, ...(memoId ? { memoId } : {}) },
  });
