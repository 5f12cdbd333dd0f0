/**
 * The incidents page keeps its state in the URL under the API's own names (period, baseline,
 * filters, order, page), so a view can be shared and the API calls are the URL passed through.
 */
import { LIMITS } from '../../../contracts/limits';

export const FILTER_KEYS = ['region', 'type', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface IncidentsState {
  from: string;
  to: string;
  baselineFrom: string;
  baselineTo: string;
  filters: Record<FilterKey, string[]>;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (s: string | null) => (s && DAY.test(s) ? s : '');
const int = (s: string | null, fallback: number, max: number) => {
  const n = Number(s);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
};

export function readState(p: URLSearchParams): IncidentsState {
  return {
    from: day(p.get('from')),
    to: day(p.get('to')),
    baselineFrom: day(p.get('baselineFrom')),
    baselineTo: day(p.get('baselineTo')),
    filters: Object.fromEntries(FILTER_KEYS.map((k) => [k, p.getAll(k).filter(Boolean)])) as Record<
      FilterKey,
      string[]
    >,
    order: p.get('order') === 'asc' ? 'asc' : 'desc',
    page: int(p.get('page'), 1, 100000),
    pageSize: int(p.get('pageSize'), LIMITS.pageSizeDefault, LIMITS.pageSizeMax),
  };
}

/** The query string for a state; defaults are left out so shared links stay short. */
export function writeState(s: IncidentsState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.baselineFrom && s.baselineTo) {
    p.set('baselineFrom', s.baselineFrom);
    p.set('baselineTo', s.baselineTo);
  }
  for (const k of FILTER_KEYS) for (const v of s.filters[k]) p.append(k, v);
  if (s.order !== 'desc') p.set('order', s.order);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.pageSize !== LIMITS.pageSizeDefault) p.set('pageSize', String(s.pageSize));
  return p;
}

export const hrefOf = (s: IncidentsState) => {
  const q = writeState(s).toString();
  return q ? `/incidents?${q}` : '/incidents';
};

/** The list's query: period, filters, order and page. */
export function listQuery(s: IncidentsState, page = s.page, pageSize = s.pageSize): URLSearchParams {
  const p = new URLSearchParams();
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  for (const k of FILTER_KEYS) for (const v of s.filters[k]) p.append(k, v);
  p.set('order', s.order);
  p.set('page', String(page));
  p.set('pageSize', String(pageSize));
  return p;
}

/** The aggregates' query: period, baseline and filters, by day or by region. */
export function aggregateQuery(s: IncidentsState, by: 'day' | 'region'): URLSearchParams {
  const p = new URLSearchParams({ from: s.from, to: s.to, by });
  if (s.baselineFrom && s.baselineTo) {
    p.set('baselineFrom', s.baselineFrom);
    p.set('baselineTo', s.baselineTo);
  }
  for (const k of FILTER_KEYS) for (const v of s.filters[k]) p.append(k, v);
  return p;
}

/** `day` moved by `n` calendar days. */
export const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const kyivDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Kyiv',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
/** The calendar day of an instant on Kyiv's clock (days of the monitoring area). */
export const dayInKyiv = (iso: string) => kyivDay.format(new Date(iso));

/**
 * A wall-clock time in Kyiv (from a datetime-local field, `YYYY-MM-DDTHH:mm`) as a UTC instant.
 * The offset (+2 h in winter, +3 h in summer) comes from the browser's tz database.
 */
export function kyivLocalToIso(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  const offsetAt = (t: number) => {
    const p = Object.fromEntries(
      kyivClock.formatToParts(t).flatMap((x) => (x.type === 'literal' ? [] : [[x.type, Number(x.value)]])),
    ) as Record<string, number>;
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) - Math.floor(t / 60_000) * 60_000;
  };
  let t = wall - offsetAt(wall);
  t = wall - offsetAt(t);
  return new Date(t).toISOString();
}
const kyivClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Kyiv',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
