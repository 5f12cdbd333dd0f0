/**
 * Clocks. Instants are computed in UTC milliseconds; local times are only rendered, with
 * Intl.DateTimeFormat and IANA zones, so daylight-saving changes come from the tz database and
 * never from arithmetic on wall-clock times.
 */

export const KYIV = 'Europe/Kyiv';

/**
 * The capital's zone of each likely guarantor (organisations: their seat). A party not listed
 * is shown in UTC; callers may pass their own table.
 */
export const GUARANTOR_TIME_ZONES: Readonly<Record<string, string>> = {
  AL: 'Europe/Tirane',
  AT: 'Europe/Vienna',
  AU: 'Australia/Sydney',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  CA: 'America/Toronto',
  CH: 'Europe/Zurich',
  CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague',
  DE: 'Europe/Berlin',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  ES: 'Europe/Madrid',
  EU: 'Europe/Brussels',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  GB: 'Europe/London',
  GR: 'Europe/Athens',
  HR: 'Europe/Zagreb',
  HU: 'Europe/Budapest',
  IE: 'Europe/Dublin',
  IS: 'Atlantic/Reykjavik',
  IT: 'Europe/Rome',
  JP: 'Asia/Tokyo',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  LV: 'Europe/Riga',
  MD: 'Europe/Chisinau',
  ME: 'Europe/Podgorica',
  MK: 'Europe/Skopje',
  MT: 'Europe/Malta',
  NATO: 'Europe/Brussels',
  NL: 'Europe/Amsterdam',
  NO: 'Europe/Oslo',
  NZ: 'Pacific/Auckland',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  RO: 'Europe/Bucharest',
  SE: 'Europe/Stockholm',
  SI: 'Europe/Ljubljana',
  SK: 'Europe/Bratislava',
  TR: 'Europe/Istanbul',
  UA: KYIV,
  US: 'America/New_York',
};

export function guarantorTimeZone(party: string, table: Readonly<Record<string, string>> = {}): string {
  return table[party] ?? GUARANTOR_TIME_ZONES[party] ?? 'UTC';
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
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
      timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time in `timeZone` of the instant `ms`, as ISO 8601 with that zone's offset. */
export function localTime(ms: number, timeZone: string): { timeZone: string; local: string } {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  // longOffset gives "GMT+03:00", or plain "GMT" for a zero offset
  const name = parts.timeZoneName ?? 'GMT';
  const offset = name === 'GMT' ? '+00:00' : name.slice(3);
  const local = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
  return { timeZone, local };
}

/** The calendar date (YYYY-MM-DD) of the instant `ms` in `timeZone`. */
export function localDate(ms: number, timeZone: string): string {
  return localTime(ms, timeZone).local.slice(0, 10);
}

/** An ISO instant with an offset → UTC milliseconds; NaN when it does not parse. */
export function instantMs(iso: string): number {
  return Date.parse(iso);
}

export const HOUR_MS = 3_600_000;
