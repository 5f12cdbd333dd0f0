/** The written guarantees' API calls and download links, typed with the shared contracts. */
import type {
  DocFormat,
  DocLang,
  DocumentDiff,
  DocumentModel,
  SignatureView,
  VerifyResult,
} from '../../../contracts/document';
import { api } from '../../api/client';

export interface DocChoice {
  kind: 'declaration' | 'agreement';
  party: string;
  lang: DocLang;
  /** YYYY-MM-DD, or '' for today. */
  date: string;
}

const path = (c: DocChoice) =>
  c.kind === 'agreement'
    ? `/api/documents/agreements/${encodeURIComponent(c.party)}`
    : '/api/documents/declaration';

export function documentHref(c: DocChoice, format: DocFormat): string {
  const q = new URLSearchParams({ format, lang: c.lang });
  if (c.date) q.set('date', c.date);
  return `${path(c)}?${q}`;
}

export const getDocument = (c: DocChoice, signal: AbortSignal) =>
  api<DocumentModel>(path(c), { query: { format: 'json', lang: c.lang, date: c.date || undefined }, signal });

export const getDiff = (c: DocChoice, from: string, to: string, signal: AbortSignal) =>
  api<DocumentDiff>('/api/documents/diff', {
    query: {
      kind: c.kind,
      party: c.kind === 'agreement' ? c.party : undefined,
      lang: c.lang,
      from,
      to,
    },
    signal,
  });

export const getSignatures = (party: string, signal: AbortSignal) =>
  api<SignatureView[]>(`/api/documents/agreements/${encodeURIComponent(party)}/signatures`, { signal });

export const signAgreement = (party: string, body: { lang: DocLang; date?: string; confirm: true }) =>
  api<SignatureView>(`/api/documents/agreements/${encodeURIComponent(party)}/signatures`, {
    method: 'POST',
    body,
  });

export const verifySignature = (id: string, signal?: AbortSignal) =>
  api<VerifyResult>(`/api/documents/signatures/${id}/verify`, signal ? { signal } : {});
