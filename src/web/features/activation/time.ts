/** Clocks for the activation pages: wall times in a zone, countdowns, durations. */

/** The offset of `zone` at the instant `ms`, in minutes east of UTC. */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  const parts: Record<string, string> = {};
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  for (const p of f.formatToParts(new Date(ms))) parts[p.type] = p.value;
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

/**
 * A wall-clock time (YYYY-MM-DDTHH:mm, as a datetime-local field gives it) in `zone`, as ISO 8601
 * with that zone's offset then; null when it does not parse.
 */
export function wallTimeToIso(local: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // the offset at the guess, then at the instant it gives (right across a clock change)
  let offset = zoneOffsetMinutes(zone, asUtc);
  offset = zoneOffsetMinutes(zone, asUtc - offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}:00${sign}${hh}:${mm}`;
}

/** The reader's wall clock now, for a datetime-local field. */
export function nowLocalInput(now = new Date()): string {
  const d = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

/** "3 d 4 h", "5 h 20 min", "12 min". */
export function fmtDuration(ms: number): string {
  const min = Math.round(Math.abs(ms) / 60_000);
  const d = Math.floor(min / 1440);
  const h = Math.floor((min % 1440) / 60);
  const m = min % 60;
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${m} min`;
  return `${m} min`;
}

/** "2026-03-15 04:40 (UTC+01:00)" from the API's local time "2026-03-15T04:40:00+01:00". */
export function fmtLocal(local: string): string {
  return `${local.slice(0, 10)} ${local.slice(11, 16)} (UTC${local.slice(19) || '+00:00'})`;
}

/** An instant as UTC: "2026-03-15 03:40 UTC". */
export function fmtUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
