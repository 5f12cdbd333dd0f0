/**
 * Calendar days of the monitoring area. A day is a day on Kyiv's clock, as the mission's daily
 * reports count them: an incident at 01:30 Kyiv time (23:30 UTC the evening before) belongs to
 * the Kyiv day. Instants are UTC milliseconds; offsets come from the tz database via Intl, so
 * the daylight-saving changes (last Sundays of March and October) need no arithmetic of ours.
 */

export const INCIDENT_TIME_ZONE = 'Europe/Kyiv';
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function parts(ms: number, timeZone: string): Record<string, number> {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(ms)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** The zone's offset from UTC at an instant, in milliseconds (Kyiv: +2 h in winter, +3 h in summer). */
function offsetMs(ms: number, timeZone: string): number {
  const p = parts(ms, timeZone);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The UTC instant at which `day` (YYYY-MM-DD) begins in the zone. */
export function dayStart(day: string, timeZone = INCIDENT_TIME_ZONE): Date {
  const midnight = Date.parse(`${day}T00:00:00Z`);
  let t = midnight - offsetMs(midnight, timeZone);
  // the offset at the guess may differ from the offset at the answer (a change that night)
  t = midnight - offsetMs(t, timeZone);
  return new Date(t);
}

/** The calendar day of an instant in the zone. */
export function dayOf(instant: Date, timeZone = INCIDENT_TIME_ZONE): string {
  const p = parts(instant.getTime(), timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** `day` moved by `n` calendar days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included (1 for one day). */
export function daysIn(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const n = daysIn(from, to);
  return Array.from({ length: Math.max(0, n) }, (_, i) => addDays(from, i));
}

/** The instants [start, end) that the days `from`…`to` (inclusive) cover in the zone. */
export function periodInstants(
  from: string | undefined,
  to: string | undefined,
  timeZone = INCIDENT_TIME_ZONE,
): { start?: string; end?: string } {
  return {
    ...(from ? { start: dayStart(from, timeZone).toISOString() } : {}),
    ...(to ? { end: dayStart(addDays(to, 1), timeZone).toISOString() } : {}),
  };
}
