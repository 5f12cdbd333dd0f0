/**
 * Triggers and activation: the determination that a trigger has occurred, the activation plan it
 * fires (every commitment that switches on, due by when, blocked by what), the tracking of each
 * item, and every guarantor's reliability record. The Monte Carlo simulation's options and
 * result are in ./activation-simulation.ts and re-exported here.
 */
import { z } from 'zod';
import { nonEmpty, PartyCode, text } from './common';
import { BreachSeverity, ConditionKind, Kind, LegalForm, Pillar, Status, TriggerKind } from './enums';
import { LIMITS } from './limits';

export * from './activation-simulation';

/** An instant with an explicit offset (`Z` or `±hh:mm`), so that it names one moment. */
export const ActivationInstant = z.iso
  .datetime({
    offset: true,
    error: 'must be an ISO 8601 date-time with an offset, e.g. 2026-03-29T00:30+02:00',
  })
  .describe('An instant, ISO 8601 with Z or an offset')
  .meta({ id: 'ActivationInstant' });

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const ActivationTimeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, 'must be an IANA time zone such as Europe/Kyiv')
  .describe('An IANA time zone, e.g. Europe/Kyiv')
  .meta({ id: 'ActivationTimeZone' });

/** The triggers that a determination can find (`none` is not an event). */
export const ActivationTriggerKind = TriggerKind.exclude(['none'])
  .describe('Which trigger was determined to have occurred')
  .meta({ id: 'ActivationTriggerKind' });
export type ActivationTriggerKind = z.infer<typeof ActivationTriggerKind>;

export const ActivationEvidence = z
  .strictObject({
    title: nonEmpty(LIMITS.titleChars),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(LIMITS.urlChars)
      .optional(),
  })
  .meta({ id: 'ActivationEvidence' });

const determinationShape = {
  trigger: ActivationTriggerKind,
  severity: BreachSeverity.optional().describe(
    'For attributed_breach: how severe the breach was found to be',
  ),
  determinedAt: ActivationInstant.describe('When the determination was made; response times run from here'),
  timeZone: ActivationTimeZone.default('Europe/Kyiv').describe("The determining body's time zone"),
  determinedBy: nonEmpty(LIMITS.shortChars)
    .default('Special Commission')
    .describe('The body that determined the trigger'),
  incidentRefs: z.array(nonEmpty(80)).max(500).default([]).describe('Incident reports relied on'),
  evidence: z.array(ActivationEvidence).max(100).default([]),
  attributedTo: PartyCode.optional().describe('The party found responsible, for a breach or an attack'),
  note: text(LIMITS.noteChars).optional(),
};

const severityRule = <T extends { trigger: string; severity?: string | undefined }>(d: T) =>
  d.trigger === 'attributed_breach' ? d.severity !== undefined : d.severity === undefined;

export const ActivationDeterminationInput = z
  .strictObject(determinationShape)
  .refine(severityRule, {
    message: 'give severity for attributed_breach, and only for it',
    path: ['severity'],
  })
  .describe('A trigger determination as recorded by the determining body')
  .meta({ id: 'ActivationDeterminationEntry' });
export type ActivationDeterminationInput = z.input<typeof ActivationDeterminationInput>;

export const ActivationDetermination = z
  .object({ id: z.string().describe('Stable id of the determination'), ...determinationShape })
  .meta({ id: 'ActivationDetermination' });
export type ActivationDetermination = z.output<typeof ActivationDetermination>;

export const ACTIVATION_STATES = [
  'pending',
  'blocked',
  'honoured_on_time',
  'honoured_late',
  'not_honoured',
] as const;
export const ActivationState = z
  .enum(ACTIVATION_STATES)
  .describe(
    'pending: due, not yet acted on; blocked: a condition is unsatisfied and the due time has not passed; honoured_on_time / honoured_late: marked honoured before / after the due time; not_honoured: declined, or the due time passed unmarked',
  )
  .meta({ id: 'ActivationState' });
export type ActivationState = z.infer<typeof ActivationState>;

export const ActivationLocalTime = z
  .object({
    timeZone: z.string(),
    local: z.string().describe('Wall-clock time there with its offset, e.g. 2026-03-30T01:30:00+03:00'),
  })
  .meta({ id: 'ActivationLocalTime' });
export type ActivationLocalTime = z.infer<typeof ActivationLocalTime>;

export const ActivationBlocker = z
  .object({ kind: ConditionKind, text: z.string() })
  .describe('A condition of the commitment that is not yet satisfied')
  .meta({ id: 'ActivationBlocker' });
export type ActivationBlocker = z.infer<typeof ActivationBlocker>;

export const ActivationActor = z
  .object({
    party: z.string().describe('Party code, or a body outside the register (e.g. US)'),
    body: z.string().describe('Who in it: government, parliament, mandating body, …'),
    reason: z.string().describe('What they must do'),
  })
  .meta({ id: 'ActivationActor' });
export type ActivationActor = z.infer<typeof ActivationActor>;

export const ActivationPlanItem = z
  .object({
    commitmentId: z.string(),
    commitmentRef: z.string(),
    title: z.string(),
    guarantor: z.string(),
    pillar: Pillar,
    kind: Kind,
    legalForm: LegalForm,
    status: Status.describe("The commitment's status when it was activated"),
    responseTimeHours: z.number().nullable().describe('From the terms; null when none is written'),
    dueAt: z.string().nullable().describe('UTC instant: determinedAt + responseTimeHours; null without one'),
    dueLocal: z
      .object({ guarantor: ActivationLocalTime, kyiv: ActivationLocalTime })
      .nullable()
      .describe("The due time on the guarantor's clock and on Kyiv's"),
    blockers: z.array(ActivationBlocker),
    mustAct: z.array(ActivationActor),
    state: ActivationState,
    honouredAt: z.string().nullable().describe('UTC instant it was marked honoured'),
    declinedAt: z.string().nullable().describe('UTC instant the guarantor declined'),
    lateByHours: z.number().nullable().describe('Hours after the due time it was honoured; null if on time'),
    evidence: z.string().nullable(),
  })
  .meta({ id: 'ActivationPlanItem' });
export type ActivationPlanItem = z.infer<typeof ActivationPlanItem>;

export const ActivationExclusion = z
  .object({
    commitmentId: z.string(),
    commitmentRef: z.string(),
    reason: z.enum(['not_yet_binding', 'ended', 'not_in_effect', 'below_severity']),
    detail: z.string(),
  })
  .describe('A commitment on the same trigger that this determination does not switch on, and why')
  .meta({ id: 'ActivationExclusion' });
export type ActivationExclusion = z.infer<typeof ActivationExclusion>;

export const ActivationPlan = z
  .object({
    determination: ActivationDetermination,
    items: z.array(ActivationPlanItem),
    excluded: z.array(ActivationExclusion),
    counts: z.record(ActivationState, z.number().int()),
  })
  .meta({ id: 'ActivationPlan' });
export type ActivationPlan = z.infer<typeof ActivationPlan>;

export const ActivationMark = z
  .strictObject({
    outcome: z.enum(['honoured', 'declined']),
    at: ActivationInstant.describe('When it was honoured (or declined)'),
    evidence: text(LIMITS.noteChars).optional().describe('What shows it; required for honoured'),
  })
  .refine((m) => m.outcome !== 'honoured' || (m.evidence ?? '').trim().length > 0, {
    message: 'give the evidence that it was honoured',
    path: ['evidence'],
  })
  .describe("A guarantor's report on one activated commitment")
  .meta({ id: 'ActivationMarkEntry' });
export type ActivationMark = z.output<typeof ActivationMark>;

export const ActivationReliability = z
  .object({
    guarantor: z.string(),
    items: z.number().int().describe('Closed activation items counted (pending and blocked excluded)'),
    onTime: z.number().int(),
    late: z.number().int(),
    notHonoured: z.number().int(),
    honouredRate: z.number().nullable().describe('(onTime + late) / items; null with no items'),
    onTimeRate: z.number().nullable().describe('onTime / (onTime + late); null when nothing was honoured'),
    meanLateHours: z.number().nullable().describe('Mean lateness of the late ones'),
  })
  .describe("A guarantor's record from past activations")
  .meta({ id: 'ActivationReliability' });
export type ActivationReliability = z.infer<typeof ActivationReliability>;
