/**
 * Incident files: CSV rows (one incident a row, the columns of docs/incidents.md) and JSON
 * arrays (one API create body an element), validated row by row. A CSV row's number is the
 * line a spreadsheet shows (the header is row 1); a JSON element's is its position from 1.
 */
import {
  type Incident,
  IncidentCreate,
  type IncidentCreateParsed,
  UA_REGIONS,
} from '../../contracts/incident';
import type { FieldIssue } from '../errors';

export const INCIDENT_CSV_COLUMNS = [
  'reference',
  'occurred_at',
  'reported_at',
  'latitude',
  'longitude',
  'region',
  'settlement',
  'type',
  'weapon_class',
  'civilian_killed',
  'civilian_injured',
  'military_killed',
  'military_injured',
  'observed_by',
  'team',
  'description',
  'status',
  'attributed_to',
  'illustrative',
] as const;
const KNOWN = new Set<string>(INCIDENT_CSV_COLUMNS);

/** The CSV column of a field of the API body, for messages about CSV rows. */
const COLUMN_OF: Record<string, string> = {
  occurredAt: 'occurred_at',
  reportedAt: 'reported_at',
  weaponClass: 'weapon_class',
  'casualties.civilianKilled': 'civilian_killed',
  'casualties.civilianInjured': 'civilian_injured',
  'casualties.militaryKilled': 'military_killed',
  'casualties.militaryInjured': 'military_injured',
  observedBy: 'observed_by',
  attributedTo: 'attributed_to',
};

export type CsvRow = Record<string, string | number | boolean | null>;

const REGION_BY_WORD = new Map<string, string>();
for (const r of UA_REGIONS) {
  REGION_BY_WORD.set(r.code.toLowerCase(), r.code);
  REGION_BY_WORD.set(r.name.toLowerCase(), r.code);
  REGION_BY_WORD.set(r.name.replace(/ Oblast$/, '').toLowerCase(), r.code);
}
REGION_BY_WORD.set('crimea', 'UA-43');
REGION_BY_WORD.set('kyiv city', 'UA-30');

/** A region given as its ISO 3166-2:UA code or its English name (with or without "Oblast"). */
export function regionCode(word: string): string {
  return REGION_BY_WORD.get(word.trim().toLowerCase()) ?? word.trim();
}

const prune = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** A CSV row as the API's create body, before validation. Empty cells are absent fields. */
export function fromCsvRow(row: CsvRow): { body: Record<string, unknown>; errors: FieldIssue[] } {
  const errors: FieldIssue[] = [];
  const get = (k: string): string | undefined => {
    const v = row[k];
    if (v === null || v === undefined) return undefined;
    const t = String(v).trim();
    return t === '' ? undefined : t;
  };
  const num = (k: string) => {
    const v = get(k);
    if (v === undefined) return undefined;
    const n = Number(v.replace(/[\s_]/g, ''));
    if (!Number.isFinite(n)) errors.push({ path: k, message: `not a number: ${v}` });
    return n;
  };
  const bool = (k: string) => {
    const v = get(k)?.toLowerCase();
    if (v === undefined) return undefined;
    if (['true', 'yes', '1', 'y'].includes(v)) return true;
    if (['false', 'no', '0', 'n'].includes(v)) return false;
    errors.push({ path: k, message: `not true/false: ${v}` });
    return undefined;
  };
  for (const k of Object.keys(row))
    if (!KNOWN.has(k)) errors.push({ path: k, message: 'unknown column (see docs/incidents.md)' });
  const region = get('region');
  const observed = get('observed_by');
  const casualties = prune({
    civilianKilled: num('civilian_killed'),
    civilianInjured: num('civilian_injured'),
    militaryKilled: num('military_killed'),
    militaryInjured: num('military_injured'),
  });
  const body = prune({
    reference: get('reference'),
    occurredAt: get('occurred_at'),
    reportedAt: get('reported_at'),
    latitude: num('latitude'),
    longitude: num('longitude'),
    region: region === undefined ? undefined : regionCode(region),
    settlement: get('settlement'),
    type: get('type'),
    weaponClass: get('weapon_class'),
    casualties: Object.keys(casualties).length ? casualties : undefined,
    observedBy:
      observed === undefined
        ? undefined
        : observed
            .split(/[;|]/)
            .map((s) => s.trim())
            .filter(Boolean),
    team: get('team'),
    description: get('description'),
    status: get('status'),
    attributedTo: get('attributed_to'),
    illustrative: bool('illustrative'),
  });
  return { body, errors };
}

/** An incident as a CSV row of the import's columns (what `incidents list --format csv` writes). */
export function toCsvRow(i: Incident): CsvRow {
  return {
    reference: i.reference,
    occurred_at: i.occurredAt,
    reported_at: i.reportedAt,
    latitude: i.latitude,
    longitude: i.longitude,
    region: i.region,
    settlement: i.settlement ?? '',
    type: i.type,
    weapon_class: i.weaponClass,
    civilian_killed: i.casualties.civilianKilled,
    civilian_injured: i.casualties.civilianInjured,
    military_killed: i.casualties.militaryKilled,
    military_injured: i.casualties.militaryInjured,
    observed_by: i.observedBy.join(';'),
    team: i.team,
    description: i.description,
    status: i.status,
    attributed_to: i.attributedTo ?? '',
    illustrative: i.illustrative,
  };
}

export type IncidentFile = { format: 'csv'; rows: CsvRow[] } | { format: 'json'; items: unknown[] };

/**
 * Validates every row of a file; returns the parsed incidents when all are good, and otherwise
 * every problem as `row N: field` (CSV rows by column, JSON elements by field path).
 */
export function validateIncidentFile(file: IncidentFile): {
  parsed: { row: number; input: IncidentCreateParsed }[];
  issues: FieldIssue[];
} {
  const issues: FieldIssue[] = [];
  const parsed: { row: number; input: IncidentCreateParsed }[] = [];
  const seen = new Map<string, number>();
  const bodies: { row: number; body: unknown; errors: FieldIssue[] }[] =
    file.format === 'csv'
      ? file.rows.map((r, i) => ({ row: i + 2, ...fromCsvRow(r) }))
      : file.items.map((body, i) => ({ row: i + 1, body, errors: [] }));
  for (const { row, body, errors } of bodies) {
    for (const e of errors) issues.push({ path: `row ${row}: ${e.path}`, message: e.message });
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      issues.push({ path: `row ${row}: (row)`, message: 'must be an object with the fields of an incident' });
      continue;
    }
    const r = IncidentCreate.safeParse(body);
    if (!r.success) {
      for (const e of r.error.issues) {
        const dotted = e.path.join('.');
        // an observed_by entry is one column in CSV; an unknown key names itself
        const key = dotted.replace(/^observedBy\.\d+$/, 'observedBy');
        const field = file.format === 'csv' ? (COLUMN_OF[key] ?? (key || '(row)')) : dotted || '(row)';
        const message =
          e.code === 'unrecognized_keys'
            ? `unknown field${e.keys.length > 1 ? 's' : ''}: ${e.keys.join(', ')}`
            : e.message;
        if (!(file.format === 'csv' && errors.some((x) => x.path === field)))
          issues.push({ path: `row ${row}: ${field}`, message });
      }
      continue;
    }
    if (r.data.reference) {
      const first = seen.get(r.data.reference);
      if (first !== undefined)
        issues.push({
          path: `row ${row}: reference`,
          message: `${r.data.reference} is also on row ${first}`,
        });
      else seen.set(r.data.reference, row);
    }
    if (!errors.length) parsed.push({ row, input: r.data });
  }
  return { parsed, issues };
}

/** How many distinct rows the issues name (for "3 row(s) have errors"). */
export const rowsWithIssues = (issues: FieldIssue[]) => new Set(issues.map((x) => x.path.split(':')[0])).size;
