/**
 * Triggers and activation: the determination that a trigger has occurred, the activation plan it
 * fires (every commitment that switches on, due by when, blocked by what), the tracking of each
 * item, and every guarantor's reliability record. The Monte Carlo simulation's options and
 * result are in ./activation-simulation.ts and re-exported here.
 */
import { z } from 'zod';
import { SimulationOptions, SimulationProgress, SimulationResult } from './activation-simulation';
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
    note: text(LIMITS.noteChars).optional().describe('What it shows'),
  })
  .meta({ id: 'ActivationEvidence' });
export type ActivationEvidence = z.infer<typeof ActivationEvidence>;

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
  incidentIds: z
    .array(z.uuid())
    .max(500)
    .default([])
    .describe('Incident reports of the register relied on, by id'),
  evidence: z.array(ActivationEvidence).max(100).default([]),
  attributedTo: PartyCode.optional().describe('The party found responsible, for a breach or an attack'),
  reasoning: text(LIMITS.textChars).optional().describe("The determining body's reasoning"),
  note: text(LIMITS.noteChars).optional(),
  illustrative: z.boolean().default(false).describe('True for demo records that are not public facts'),
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

// ── Stored determinations, their plans and tracking, as the API serves them ──────────────────

export const DeterminationSignature = z
  .object({
    algorithm: z.literal('Ed25519'),
    keyId: z.string().describe("The server's signing key (GET /api/determinations/:id/verify gives it)"),
    value: z.string().describe('Base64 signature over the canonical JSON of the determination'),
    planDigest: z
      .string()
      .describe('SHA-256 of the plan as fired (commitment, version, due time), covered by the signature'),
  })
  .meta({ id: 'DeterminationSignature' });

export const DeterminationView = ActivationDetermination.extend({
  reference: z.string().describe('Stable reference, e.g. DET-2026-001'),
  determinedAt: z.string().describe('UTC instant of the determination'),
  recordedBy: z.string().nullable().describe('User id of the commission member who recorded it'),
  recordedByLabel: z.string(),
  recordedAt: z.string(),
  signature: DeterminationSignature,
  counts: z
    .record(ActivationState, z.number().int())
    .describe('Items by state now, over the items the caller may read'),
  items: z.number().int().describe('Activated commitments the caller may read'),
}).meta({ id: 'Determination' });
export type DeterminationView = z.infer<typeof DeterminationView>;

export const ActivationItemView = ActivationPlanItem.extend({
  id: z.string().describe('Stable id of the item (PATCH /api/activation/items/:id marks it)'),
  determinationId: z.string(),
  commitmentVersion: z.number().int().describe('The version of the commitment that was activated'),
  markedBy: z.string().nullable().describe('Who marked it (name, role, party)'),
  markedAt: z.string().nullable(),
  canMark: z.boolean().describe('Whether the caller may mark it'),
}).meta({ id: 'ActivationItem' });
export type ActivationItemView = z.infer<typeof ActivationItemView>;

export const ActivationPlanView = z
  .object({
    determination: DeterminationView,
    items: z.array(ActivationItemView),
    excluded: z.array(ActivationExclusion),
    counts: z.record(ActivationState, z.number().int()),
    asOf: z.string().describe('The time the states were computed for'),
  })
  .meta({ id: 'ActivationPlanView' });
export type ActivationPlanView = z.infer<typeof ActivationPlanView>;

export const DeterminationCreated = z
  .object({ determination: DeterminationView, plan: ActivationPlanView })
  .meta({ id: 'DeterminationCreated' });

export const DeterminationVerification = z
  .object({
    id: z.string(),
    reference: z.string(),
    valid: z.boolean().describe('The signature matches the determination as stored now'),
    planValid: z.boolean().describe('The plan as fired (commitments, versions, due times) is unchanged'),
    algorithm: z.literal('Ed25519'),
    keyId: z.string(),
    publicKey: z.string().describe('The public key, SPKI PEM: check it against the one published'),
    canonical: z.string().describe('The canonical JSON that was verified'),
  })
  .meta({ id: 'DeterminationVerification' });
export type DeterminationVerification = z.infer<typeof DeterminationVerification>;

/** Live updates of an activation board (GET /api/determinations/:id/events). */
export const ActivationItemEvent = z
  .object({
    determinationId: z.string(),
    itemId: z.string(),
    state: ActivationState,
    at: z.string(),
  })
  .meta({ id: 'ActivationItemEvent' });
export type ActivationItemEvent = z.infer<typeof ActivationItemEvent>;

// ── Simulations run as jobs ──────────────────────────────────────────────────────────────────

/** The API's ceiling on runs: a job shares the server's cores with everyone else. */
export const SIMULATION_API_MAX_RUNS = 100_000;

export const SimulationStart = SimulationOptions.extend({
  runs: z.number().int().min(1).max(SIMULATION_API_MAX_RUNS).default(10_000),
  workers: z.number().int().min(1).max(8).default(2),
}).meta({ id: 'SimulationStart' });
export type SimulationStart = z.input<typeof SimulationStart>;

export const SIMULATION_JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export const SimulationJob = z
  .object({
    id: z.string(),
    status: z.enum(SIMULATION_JOB_STATUSES),
    progress: SimulationProgress.nullable(),
    options: z.record(z.string(), z.unknown()).describe('The options as given'),
    commitments: z.number().int().describe('Commitments in the register the caller may read'),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    error: z.string().nullable(),
    result: SimulationResult.nullable(),
  })
  .meta({ id: 'SimulationJob' });
export type SimulationJob = z.infer<typeof SimulationJob>;
