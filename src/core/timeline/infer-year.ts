/**
 * The year of a date the text gives without one. News copy dates things near its anchor — the
 * article's own date, or the latest explicit year before it — so the year is the one that puts
 * the date nearest the anchor: a 30 December in an article of 6 January is last year's, a
 * 3 January after "30 декабря 2025 года" is 2026. A named weekday ("во вторник, 6 января")
 * decides between the candidate years when it fits exactly one of the nearest.
 */
export interface YmdDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

export const toUtc = (d: YmdDate) => Date.UTC(d.year, d.month - 1, d.day);

/** Whether the day exists in that month of that year. */
export function isRealDate(d: YmdDate): boolean {
  const t = new Date(toUtc(d));
  return t.getUTCFullYear() === d.year && t.getUTCMonth() === d.month - 1 && t.getUTCDate() === d.day;
}

/** 0 = Monday … 6 = Sunday. */
export const isoWeekday = (d: YmdDate) => (new Date(toUtc(d)).getUTCDay() + 6) % 7;

export function inferYear(
  date: { month: number; day: number; weekday: number | null },
  anchor: YmdDate,
): number {
  const candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    .map((year) => ({ year, month: date.month, day: date.day }))
    .filter(isRealDate)
    .map((d) => ({ d, distance: Math.abs(toUtc(d) - toUtc(anchor)) / DAY_MS }))
    .sort((a, b) => a.distance - b.distance);
  if (candidates.length === 0) return anchor.year;
  if (date.weekday !== null) {
    // Within about a year either way only; a weekday fits one year in seven.
    const fits = candidates.filter((c) => c.distance <= 366 && isoWeekday(c.d) === date.weekday);
    if (fits.length > 0) return fits[0]!.d.year;
  }
  return candidates[0]!.d.year;
}

export function parseIsoDate(s: string): YmdDate {
  const [year, month, day] = s.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

export function formatIsoDate(d: YmdDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
