/**
 * A small typed fetch client for the Guarantor API. It sends and reads JSON, adds the session's
 * CSRF token to unsafe methods, and turns problem+json answers into an `ApiError` that carries
 * the server's `errors[]` (one per offending field, by dotted path such as `body.terms.title`).
 */
import type { z } from 'zod';
import type { Problem } from '../../contracts/common';

export type FieldIssue = { path: string; message: string };
type ProblemDoc = z.output<typeof Problem>;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly errors: FieldIssue[];
  constructor(p: { status: number; code: string; title: string; detail?: string; errors?: FieldIssue[] }) {
    super(p.detail ?? p.title);
    this.name = 'ApiError';
    this.status = p.status;
    this.code = p.code;
    this.title = p.title;
    this.errors = p.errors ?? [];
  }
}

/** A network failure (server down, offline) reads as a 503 so pages have one kind of error. */
const unreachable = () =>
  new ApiError({
    status: 503,
    code: 'unavailable',
    title: 'Not reachable',
    detail: 'the server could not be reached; check your connection and try again',
  });

let csrfToken: string | null = null;
/** Set from GET /api/auth/me and POST /api/auth/sign-in; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[];
export type Query = Record<string, QueryValue>;

/** Query string with arrays as repeated keys (`status=a&status=b`), empty values left out. */
export function toSearch(query: Query | URLSearchParams | undefined): string {
  if (!query) return '';
  const out = new URLSearchParams();
  const entries: [string, QueryValue][] =
    query instanceof URLSearchParams ? [...query.entries()] : Object.entries(query);
  for (const [k, v] of entries) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) for (const x of v) out.append(k, String(x));
    else out.append(k, String(v));
  }
  const s = out.toString();
  return s ? `?${s}` : '';
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query | URLSearchParams;
  body?: unknown;
  signal?: AbortSignal;
}

async function send(path: string, o: RequestOptions): Promise<Response> {
  const method = o.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (o.body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(path + toSearch(o.query), {
      method,
      headers,
      credentials: 'same-origin',
      ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}),
      ...(o.signal ? { signal: o.signal } : {}),
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw unreachable();
  }
}

async function toError(res: Response): Promise<ApiError> {
  let p: Partial<ProblemDoc> = {};
  try {
    p = (await res.json()) as Partial<ProblemDoc>;
  } catch {
    // not JSON (a proxy's error page, say): fall back to the status line
  }
  return new ApiError({
    status: p.status ?? res.status,
    code: p.code ?? (res.status === 404 ? 'not_found' : 'internal'),
    title: p.title ?? res.statusText ?? 'Error',
    ...(p.detail ? { detail: p.detail } : {}),
    errors: Array.isArray(p.errors) ? p.errors : [],
  });
}

let refreshing: Promise<void> | null = null;
/** Fetches a fresh CSRF token (after a restart or a sign-in elsewhere the old one is stale). */
async function refreshCsrf(): Promise<void> {
  refreshing ??= send('/api/auth/me', {})
    .then(async (r) => {
      if (r.ok) setCsrfToken(((await r.json()) as { csrfToken: string | null }).csrfToken);
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** Calls the API; resolves with the parsed JSON body (undefined for 204), rejects with ApiError. */
export async function api<T>(path: string, o: RequestOptions = {}): Promise<T> {
  let res = await send(path, o);
  if (res.status === 403 && !SAFE.has(o.method ?? 'GET')) {
    const err = await toError(res.clone());
    if (/csrf/i.test(err.message)) {
      await refreshCsrf();
      res = await send(path, o);
    }
  }
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
export const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';
