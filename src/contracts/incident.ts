/**
 * Incident reports on the line of contact, in the manner of the OSCE Special Monitoring Mission's
 * daily reports: when and where (coordinates and oblast), what (type, weapon class), its human
 * cost, how the monitors know (heard, seen, camera, drone, a third party), which team reports it,
 * and how far it has been verified. The migration 0009_incidents.sql repeats the closed lists
 * below in its CHECK constraints (incident.test.ts checks that they agree).
 */
import { z } from 'zod';
import { IsoDate, nonEmpty, text } from './common';
import { LIMITS } from './limits';

export const INCIDENT_TYPES = [
  'explosion',
  'small_arms_fire',
  'projectile',
  'weapons_in_violation_of_withdrawal_lines',
  'restriction_of_movement',
  'drone',
  'missile_strike',
  'air_strike',
  'other',
] as const;
export const IncidentType = z.enum(INCIDENT_TYPES).describe('What happened').meta({ id: 'IncidentType' });
export type IncidentType = z.infer<typeof IncidentType>;

export const WEAPON_CLASSES = [
  'small_arms',
  'light_weapons',
  'mortar',
  'artillery',
  'mlrs',
  'tank',
  'drone',
  'missile',
  'aircraft',
  'unknown',
] as const;
export const WeaponClass = z
  .enum(WEAPON_CLASSES)
  .describe('The class of weapon used, as far as the monitors could tell')
  .meta({ id: 'WeaponClass' });
export type WeaponClass = z.infer<typeof WeaponClass>;

export const OBSERVATION_METHODS = ['heard', 'seen', 'camera', 'drone', 'reported_by_third_party'] as const;
export const ObservationMethod = z
  .enum(OBSERVATION_METHODS)
  .describe('How the monitors know of it')
  .meta({ id: 'ObservationMethod' });
export type ObservationMethod = z.infer<typeof ObservationMethod>;

/** The verification ladder: reported → corroborated → verified; rejected from any non-final step. */
export const VERIFICATION_STATUSES = ['reported', 'corroborated', 'verified', 'rejected'] as const;
export const VerificationStatus = z
  .enum(VERIFICATION_STATUSES)
  .describe(
    'reported: filed by a team; corroborated: a second source agrees; verified: established by the mission; rejected: found not to have happened as reported',
  )
  .meta({ id: 'VerificationStatus' });
export type VerificationStatus = z.infer<typeof VerificationStatus>;

/** The only moves: one step forward, or rejected from a step that is not final. */
export const VERIFICATION_NEXT: Readonly<Record<VerificationStatus, readonly VerificationStatus[]>> = {
  reported: ['corroborated', 'rejected'],
  corroborated: ['verified', 'rejected'],
  verified: [],
  rejected: [],
};

/**
 * Ukraine's regions: the 24 oblasts, the Autonomous Republic of Crimea and the two cities with
 * special status, by their ISO 3166-2:UA codes and English names.
 */
export const UA_REGIONS = [
  { code: 'UA-71', name: 'Cherkasy Oblast' },
  { code: 'UA-74', name: 'Chernihiv Oblast' },
  { code: 'UA-77', name: 'Chernivtsi Oblast' },
  { code: 'UA-43', name: 'Autonomous Republic of Crimea' },
  { code: 'UA-12', name: 'Dnipropetrovsk Oblast' },
  { code: 'UA-14', name: 'Donetsk Oblast' },
  { code: 'UA-26', name: 'Ivano-Frankivsk Oblast' },
  { code: 'UA-63', name: 'Kharkiv Oblast' },
  { code: 'UA-65', name: 'Kherson Oblast' },
  { code: 'UA-68', name: 'Khmelnytskyi Oblast' },
  { code: 'UA-35', name: 'Kirovohrad Oblast' },
  { code: 'UA-30', name: 'Kyiv' },
  { code: 'UA-32', name: 'Kyiv Oblast' },
  { code: 'UA-09', name: 'Luhansk Oblast' },
  { code: 'UA-46', name: 'Lviv Oblast' },
  { code: 'UA-48', name: 'Mykolaiv Oblast' },
  { code: 'UA-51', name: 'Odesa Oblast' },
  { code: 'UA-53', name: 'Poltava Oblast' },
  { code: 'UA-56', name: 'Rivne Oblast' },
  { code: 'UA-40', name: 'Sevastopol' },
  { code: 'UA-59', name: 'Sumy Oblast' },
  { code: 'UA-61', name: 'Ternopil Oblast' },
  { code: 'UA-05', name: 'Vinnytsia Oblast' },
  { code: 'UA-07', name: 'Volyn Oblast' },
  { code: 'UA-21', name: 'Zakarpattia Oblast' },
  { code: 'UA-23', name: 'Zaporizhzhia Oblast' },
  { code: 'UA-18', name: 'Zhytomyr Oblast' },
] as const;
export const UA_REGION_CODES = UA_REGIONS.map((r) => r.code) as unknown as readonly [
  (typeof UA_REGIONS)[number]['code'],
  ...(typeof UA_REGIONS)[number]['code'][],
];
export const UaRegion = z
  .enum(UA_REGION_CODES, {
    error: 'must be an ISO 3166-2:UA code such as UA-14 (Donetsk Oblast) or UA-23 (Zaporizhzhia Oblast)',
  })
  .describe('ISO 3166-2:UA code of the oblast, of Crimea, of Kyiv or of Sevastopol')
  .meta({ id: 'UaRegion' });
export type UaRegion = z.infer<typeof UaRegion>;
export const UA_REGION_NAMES: Readonly<Record<UaRegion, string>> = Object.fromEntries(
  UA_REGIONS.map((r) => [r.code, r.name]),
) as Record<UaRegion, string>;

/**
 * A generous box around Ukraine (its extremes are about 44.38–52.38 °N and 22.14–40.23 °E): it
 * catches swapped or mistyped coordinates, not a point a few kilometres across a border.
 */
export const UKRAINE_BOUNDS = { south: 44.0, north: 52.6, west: 22.0, east: 40.5 } as const;

/**
 * An instant with an explicit offset (`Z` or `±hh:mm`), so that it names one moment, between
 * the years 2000 and 2100 (the war's monitoring began in 2014; references carry a 4-digit year).
 */
export const IncidentInstant = z.iso
  .datetime({
    offset: true,
    error: 'must be an ISO 8601 date-time with Z or an offset, e.g. 2026-01-12T05:40:00Z',
  })
  .refine(
    (v) => {
      const year = new Date(v).getUTCFullYear();
      return year >= 2000 && year <= 2100;
    },
    { message: 'must be in the years 2000 to 2100' },
  )
  .describe('An instant, ISO 8601 with Z or an offset; stored and returned in UTC')
  .meta({ id: 'IncidentInstant' });

const count = z
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(0, 'must not be negative')
  .max(100_000, 'at most 100000');

export const Casualties = z
  .strictObject({
    civilianKilled: count.default(0),
    civilianInjured: count.default(0),
    militaryKilled: count.default(0),
    militaryInjured: count.default(0),
  })
  .describe('People killed and injured, as the report states them')
  .meta({ id: 'Casualties' });
export type Casualties = z.output<typeof Casualties>;

export const INCIDENT_REFERENCE = /^INC-\d{4}-\d{4,6}$/;

const placeShape = {
  latitude: z
    .number({ error: 'must be a number (decimal degrees, WGS84)' })
    .min(UKRAINE_BOUNDS.south, `must be within Ukraine: at least ${UKRAINE_BOUNDS.south}`)
    .max(UKRAINE_BOUNDS.north, `must be within Ukraine: at most ${UKRAINE_BOUNDS.north}`)
    .describe('WGS84 latitude, decimal degrees north'),
  longitude: z
    .number({ error: 'must be a number (decimal degrees, WGS84)' })
    .min(UKRAINE_BOUNDS.west, `must be within Ukraine: at least ${UKRAINE_BOUNDS.west}`)
    .max(UKRAINE_BOUNDS.east, `must be within Ukraine: at most ${UKRAINE_BOUNDS.east}`)
    .describe('WGS84 longitude, decimal degrees east'),
  region: UaRegion,
  settlement: text(LIMITS.shortChars).optional().describe('The nearest settlement, as the report names it'),
};

export const IncidentCreate = z
  .strictObject({
    reference: z
      .string()
      .regex(INCIDENT_REFERENCE, 'must look like INC-2026-0001')
      .optional()
      .describe('Stable reference such as INC-2026-0001; generated from the year of occurredAt when absent'),
    occurredAt: IncidentInstant.describe('When it happened'),
    reportedAt: IncidentInstant.optional().describe('When the team reported it; now when absent'),
    ...placeShape,
    type: IncidentType,
    weaponClass: WeaponClass.default('unknown'),
    casualties: Casualties.default({
      civilianKilled: 0,
      civilianInjured: 0,
      militaryKilled: 0,
      militaryInjured: 0,
    }),
    observedBy: z
      .array(ObservationMethod)
      .min(1, 'give at least one: heard, seen, camera, drone, reported_by_third_party')
      .max(OBSERVATION_METHODS.length)
      .refine((a) => new Set(a).size === a.length, 'each method at most once')
      .describe('How the monitors know of it (one or more)'),
    team: nonEmpty(LIMITS.shortChars).describe('The reporting team, e.g. "Team Mariupol"'),
    description: nonEmpty(LIMITS.textChars).describe('What the team reports, in its words'),
    status: VerificationStatus.default('reported').describe(
      'The verification status to record it with (an import of already verified reports, say)',
    ),
    attributedTo: text(LIMITS.shortChars)
      .optional()
      .describe('The party or side the report attributes it to, if any'),
    illustrative: z.boolean().default(false).describe('True for demo records that are not real reports'),
  })
  .refine((i) => !i.reportedAt || Date.parse(i.reportedAt) >= Date.parse(i.occurredAt), {
    message: 'must not be before occurredAt',
    path: ['reportedAt'],
  })
  .meta({ id: 'IncidentCreate' });
export type IncidentCreate = z.input<typeof IncidentCreate>;
export type IncidentCreateParsed = z.output<typeof IncidentCreate>;

export const Incident = z
  .object({
    id: z.string(),
    reference: z.string(),
    occurredAt: z.string().describe('UTC instant'),
    reportedAt: z.string().describe('UTC instant'),
    ...placeShape,
    regionName: z.string().describe("The region's English name"),
    type: IncidentType,
    weaponClass: WeaponClass,
    casualties: z.object({
      civilianKilled: z.number().int(),
      civilianInjured: z.number().int(),
      militaryKilled: z.number().int(),
      militaryInjured: z.number().int(),
    }),
    observedBy: z.array(ObservationMethod),
    team: z.string(),
    description: z.string(),
    status: VerificationStatus,
    statusNote: z.string().nullable().describe('Why the status last changed'),
    attributedTo: z.string().nullable(),
    illustrative: z.boolean(),
    permissions: z
      .object({ canVerify: z.boolean(), allowedStatuses: z.array(VerificationStatus) })
      .optional()
      .describe(
        'What the caller may do with this report, and the statuses it may move to (single reads only)',
      ),
    createdAt: z.string(),
    updatedAt: z.string(),
    createdBy: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'Incident' });
export type Incident = z.output<typeof Incident>;

export const IncidentStatusChange = z
  .strictObject({
    status: VerificationStatus.describe('The status to move to'),
    from: VerificationStatus.optional().describe(
      'The status the change was decided on; if it has changed meanwhile, the change is a conflict',
    ),
    note: text(LIMITS.noteChars).optional().describe('Why: the corroborating source, the reason to reject'),
  })
  .meta({ id: 'IncidentStatusChange' });
export type IncidentStatusChange = z.output<typeof IncidentStatusChange>;

const many = <T extends z.ZodType>(s: T) => z.union([s, z.array(s)]).optional();

export const IncidentQuery = z
  .strictObject({
    from: IsoDate.optional().describe('First day (Kyiv time) of the period, inclusive'),
    to: IsoDate.optional().describe('Last day (Kyiv time) of the period, inclusive'),
    region: many(UaRegion),
    type: many(IncidentType),
    status: many(VerificationStatus),
    order: z.enum(['asc', 'desc']).default('desc').describe('By occurredAt'),
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be before from', path: ['to'] })
  .describe('Filters and page of the incident list');
export type IncidentQuery = z.output<typeof IncidentQuery>;

export const IncidentPage = z
  .object({
    items: z.array(Incident),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'IncidentPage' });

/** Longest period (and baseline) an aggregate covers, in days. */
export const AGGREGATE_MAX_DAYS = 1_000;

export const IncidentAggregateQuery = z
  .strictObject({
    from: IsoDate.describe('First day of the period (Kyiv time), inclusive'),
    to: IsoDate.describe('Last day of the period (Kyiv time), inclusive'),
    baselineFrom: IsoDate.optional().describe('First day of the baseline; default: 30 days before from'),
    baselineTo: IsoDate.optional().describe('Last day of the baseline; default: the day before from'),
    by: z.enum(['day', 'region']).default('day'),
    region: many(UaRegion),
    type: many(IncidentType),
    status: many(VerificationStatus).describe('Statuses counted; default: all but rejected'),
  })
  .refine((q) => q.from <= q.to, { message: 'must not be before from', path: ['to'] })
  .refine((q) => (q.baselineFrom === undefined) === (q.baselineTo === undefined), {
    message: 'give baselineFrom and baselineTo together',
    path: ['baselineTo'],
  })
  .refine((q) => !q.baselineFrom || !q.baselineTo || q.baselineFrom <= q.baselineTo, {
    message: 'must not be before baselineFrom',
    path: ['baselineTo'],
  })
  .describe('The period and baseline of an aggregate');
export type IncidentAggregateQuery = z.output<typeof IncidentAggregateQuery>;

export const IncidentAggregateRow = z
  .object({
    key: z.string().describe('The day (YYYY-MM-DD) or the region code'),
    label: z.string(),
    count: z.number().int().describe('Incidents in the day, or in the region over the period'),
    expected: z
      .number()
      .describe(
        'The baseline for this row: the mean daily count (by day), or that mean × the days of the period (by region)',
      ),
    ratio: z.number().nullable().describe('count / expected; null when the baseline is 0'),
  })
  .meta({ id: 'IncidentAggregateRow' });
export type IncidentAggregateRow = z.output<typeof IncidentAggregateRow>;

export const IncidentAggregates = z
  .object({
    by: z.enum(['day', 'region']),
    timeZone: z.string().describe('Days are calendar days in this zone'),
    period: z.object({
      from: z.string(),
      to: z.string(),
      days: z.number().int(),
      total: z.number().int(),
      meanDaily: z.number(),
    }),
    baseline: z.object({
      from: z.string(),
      to: z.string(),
      days: z.number().int(),
      total: z.number().int(),
      meanDaily: z.number(),
    }),
    ratio: z.number().nullable().describe("The period's mean daily count / the baseline's; null when 0"),
    rows: z.array(IncidentAggregateRow),
  })
  .meta({ id: 'IncidentAggregates' });
export type IncidentAggregates = z.output<typeof IncidentAggregates>;

export const IncidentImportResult = z
  .object({
    imported: z.number().int(),
    references: z.array(z.string()),
  })
  .meta({ id: 'IncidentImportResult' });
export type IncidentImportResult = z.output<typeof IncidentImportResult>;
