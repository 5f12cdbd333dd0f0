/**
 * The register's state lives in the URL query string, under the API's own names, so a view can
 * be shared and the API call is the URL passed through.
 */
import type { SORT_FIELDS } from '../../../contracts/commitment';
import { LIMITS } from '../../../contracts/limits';

export const FILTER_KEYS = [
  'guarantor',
  'pillar',
  'kind',
  'status',
  'trigger',
  'classification',
  'concreteness',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type SortField = (typeof SORT_FIELDS)[number];

/** Typed by the contract's sort fields (a type-only import keeps Zod out of this chunk). */
export const SORT_LABELS: Record<SortField, string> = {
  updatedAt: 'Last updated',
  announcedOn: 'Announced',
  eurAmount: 'EUR',
  guarantor: 'Guarantor',
  ref: 'Reference',
  status: 'Status',
  title: 'Title',
  concreteness: 'Concreteness',
};

export interface RegisterState {
  filters: Record<FilterKey, string[]>;
  q: string;
  sort: SortField;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100, LIMITS.pageSizeMax] as const;
export const DEFAULT_SORT: SortField = 'updatedAt';

const int = (s: string | null, fallback: number, max: number) => {
  const n = Number(s);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
};

export function readState(p: URLSearchParams): RegisterState {
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, p.getAll(k).filter(Boolean)])) as Record<
    FilterKey,
    string[]
  >;
  const asked = p.get('sort') ?? '';
  const sort = Object.hasOwn(SORT_LABELS, asked) ? (asked as SortField) : DEFAULT_SORT;
  return {
    filters,
    q: p.get('q') ?? '',
    sort,
    order: p.get('order') === 'asc' ? 'asc' : 'desc',
    page: int(p.get('page'), 1, 100000),
    pageSize: int(p.get('pageSize'), LIMITS.pageSizeDefault, LIMITS.pageSizeMax),
  };
}

/** The query string for a state; defaults are left out so shared links stay short. */
export function writeState(s: RegisterState): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) for (const v of s.filters[k]) p.append(k, v);
  if (s.q.trim()) p.set('q', s.q.trim());
  if (s.sort !== DEFAULT_SORT || s.order !== 'desc') {
    p.set('sort', s.sort);
    p.set('order', s.order);
  }
  if (s.page > 1) p.set('page', String(s.page));
  if (s.pageSize !== LIMITS.pageSizeDefault) p.set('pageSize', String(s.pageSize));
  return p;
}

export const hrefOf = (s: RegisterState) => {
  const q = writeState(s).toString();
  return q ? `/commitments?${q}` : '/commitments';
};

/** What the API gets: the same names, with sort, order, page and pageSize always present. */
export function apiQuery(s: RegisterState): URLSearchParams {
  const p = writeState(s);
  p.set('sort', s.sort);
  p.set('order', s.order);
  p.set('page', String(s.page));
  p.set('pageSize', String(s.pageSize));
  return p;
}

export const hasFilters = (s: RegisterState) =>
  !!s.q.trim() || FILTER_KEYS.some((k) => s.filters[k].length > 0);
