/**
 * The pressure track (SPEC §5): measures on Russia (sanctions packages, asset measures, …), each
 * with the condition that calls for it — a trigger the Special Commission can determine, such as
 * a refusal to negotiate —, its supporters and its status.
 */
import { z } from 'zod';
import { Source } from './commitment';
import { IsoDate, nonEmpty, PartyCode, text } from './common';
import { TriggerKind } from './enums';
import { LIMITS } from './limits';

export const PRESSURE_KINDS = [
  'sanctions_package',
  'asset_measure',
  'trade_measure',
  'diplomatic',
  'other',
] as const;
export const PressureKind = z
  .enum(PRESSURE_KINDS)
  .describe('What kind of measure')
  .meta({ id: 'PressureKind' });
export type PressureKind = z.infer<typeof PressureKind>;

export const PRESSURE_STATUSES = ['proposed', 'agreed', 'in_force', 'suspended', 'lifted'] as const;
export const PressureStatus = z
  .enum(PRESSURE_STATUSES)
  .describe('proposed → agreed → in force ⇄ suspended; lifted is final')
  .meta({ id: 'PressureStatus' });
export type PressureStatus = z.infer<typeof PressureStatus>;

export const PRESSURE_LIMITS = { supporters: 60, sources: 20 } as const;

export const PressureCondition = z
  .strictObject({
    trigger: TriggerKind.describe(
      'The determination that calls for the measure (none: it applies without one), e.g. refusal_to_negotiate',
    ),
    text: text(LIMITS.noteChars).default('').describe('The condition as worded, e.g. "if Moscow refuses…"'),
  })
  .meta({ id: 'PressureCondition' });

/** The day each status was reached, when known. */
export const PressureDates = z
  .strictObject({
    proposed: IsoDate.optional(),
    agreed: IsoDate.optional(),
    in_force: IsoDate.optional(),
    suspended: IsoDate.optional(),
    lifted: IsoDate.optional(),
  })
  .meta({ id: 'PressureDates' });
export type PressureDates = z.infer<typeof PressureDates>;

export const PressureCreate = z
  .strictObject({
    title: nonEmpty(LIMITS.titleChars),
    kind: PressureKind,
    description: text(LIMITS.textChars).default(''),
    condition: PressureCondition.default({ trigger: 'none', text: '' }),
    supporters: z
      .array(PartyCode)
      .max(PRESSURE_LIMITS.supporters)
      .default([])
      .describe('The parties that back or apply it'),
    status: PressureStatus.default('proposed'),
    dates: PressureDates.default({}),
    sources: z.array(Source).max(PRESSURE_LIMITS.sources).default([]),
    illustrative: z.boolean().default(false),
  })
  .meta({ id: 'PressureCreate' });
export type PressureCreate = z.output<typeof PressureCreate>;

export const PressureUpdate = z
  .strictObject({
    version: z.number().int().positive().describe('The version this change is based on'),
    status: PressureStatus.optional(),
    on: IsoDate.optional().describe('The day of the status change (default: today)'),
    title: nonEmpty(LIMITS.titleChars).optional(),
    description: text(LIMITS.textChars).optional(),
    condition: PressureCondition.optional(),
    supporters: z.array(PartyCode).max(PRESSURE_LIMITS.supporters).optional(),
    sources: z.array(Source).max(PRESSURE_LIMITS.sources).optional(),
    illustrative: z.boolean().optional(),
    note: text(LIMITS.noteChars).optional().describe('Why, for the audit log'),
  })
  .refine((u) => u.on === undefined || u.status !== undefined, {
    message: 'give status with on',
    path: ['on'],
  })
  .meta({ id: 'PressureUpdate' });
export type PressureUpdate = z.output<typeof PressureUpdate>;

export const PressureMeasure = z
  .object({
    id: z.string(),
    version: z.number().int(),
    title: z.string(),
    kind: PressureKind,
    description: z.string(),
    condition: z.object({ trigger: TriggerKind, text: z.string() }),
    supporters: z.array(z.string()),
    status: PressureStatus,
    dates: PressureDates,
    sources: z.array(Source),
    illustrative: z.boolean(),
    allowedStatuses: z.array(PressureStatus).describe('Where the status may move next'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PressureMeasure' });
export type PressureMeasure = z.infer<typeof PressureMeasure>;

export const PressureQuery = z
  .strictObject({
    status: z.union([PressureStatus, z.array(PressureStatus)]).optional(),
    kind: z.union([PressureKind, z.array(PressureKind)]).optional(),
    supporter: z.union([PartyCode, z.array(PartyCode)]).optional(),
    trigger: z.union([TriggerKind, z.array(TriggerKind)]).optional(),
  })
  .describe('Measures by status, kind, supporter and trigger');
export type PressureQuery = z.output<typeof PressureQuery>;
