/**
 * Summits (SPEC §5): a meeting of the coalition with its invitations, each delegation's reply
 * (attending or not, at what level, in person or online), the agenda linked to the commitments
 * and requirement lines it concerns, decisions (the outcome: the commitments agreed there) and
 * action items with owners and deadlines.
 */
import { z } from 'zod';
import { nonEmpty, PartyCode, text, Uuid } from './common';
import { LIMITS } from './limits';

export const SUMMIT_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export const ATTENDANCE_LEVELS = ['head_of_state_or_government', 'minister', 'official'] as const;
export const ATTENDANCE_MODES = ['in_person', 'online'] as const;
export const ACTION_ITEM_STATUSES = ['open', 'overdue', 'done'] as const;

export const SUMMIT_LIMITS = { linksPerItem: 50, partiesPerInvitation: 100 } as const;

export const SummitFormat = z
  .enum(SUMMIT_FORMATS)
  .describe('How the summit meets: in person, online, or both')
  .meta({ id: 'SummitFormat' });
export const AttendanceLevel = z
  .enum(ATTENDANCE_LEVELS)
  .describe('Who leads the delegation: a head of state or government, a minister, or an official')
  .meta({ id: 'AttendanceLevel' });
export const AttendanceMode = z
  .enum(ATTENDANCE_MODES)
  .describe('Whether the delegation attends in person or online')
  .meta({ id: 'AttendanceMode' });
export const ActionItemStatus = z
  .enum(ACTION_ITEM_STATUSES)
  .describe('done; overdue (past its deadline and not done); otherwise open')
  .meta({ id: 'ActionItemStatus' });

export const SummitSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes; at most 64')
  .describe('Short name in URLs, e.g. paris-2026');

/** A summit is named in URLs by its id or its slug. */
export const SummitKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a summit id or slug')
  .describe('Summit id (UUID) or slug');

export const SummitInstant = z.iso
  .datetime({
    offset: true,
    error: 'must be an ISO 8601 date-time with an offset, e.g. 2026-01-06T15:00+01:00',
  })
  .describe('An instant, ISO 8601 with Z or an offset');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const TimeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris')
  .describe('IANA time zone of the venue, e.g. Europe/Paris');

const summitFields = {
  slug: SummitSlug,
  title: nonEmpty(LIMITS.titleChars),
  startsAt: SummitInstant,
  endsAt: SummitInstant,
  timeZone: TimeZone,
  place: nonEmpty(LIMITS.shortChars).describe('Venue and city, e.g. Élysée Palace, Paris'),
  format: SummitFormat,
  outcomeNotes: text(LIMITS.textChars).nullable().optional().describe('What the summit concluded'),
  illustrative: z.boolean().optional().describe('Invented for the demo, not a public fact'),
};

const endsAfterStart = (s: { startsAt?: string | undefined; endsAt?: string | undefined }) =>
  !s.startsAt || !s.endsAt || Date.parse(s.endsAt) > Date.parse(s.startsAt);

export const SummitCreate = z
  .strictObject(summitFields)
  .refine(endsAfterStart, { path: ['endsAt'], message: 'must be after startsAt' })
  .meta({ id: 'SummitCreate' });

export const SummitUpdate = z
  .strictObject(summitFields)
  .partial()
  .extend({
    version: z.number().int().positive().describe('The version the change is based on (stale: 409)'),
  })
  .refine(endsAfterStart, { path: ['endsAt'], message: 'must be after startsAt' })
  .meta({ id: 'SummitUpdate' });

export const InvitationCreate = z
  .strictObject({
    parties: z
      .array(PartyCode)
      .min(1)
      .max(SUMMIT_LIMITS.partiesPerInvitation)
      .describe('Parties to invite; those already invited are left as they are'),
  })
  .meta({ id: 'InvitationCreate' });

export const ReplyCreate = z
  .strictObject({
    party: PartyCode.describe('The invited party replying'),
    attending: z.boolean(),
    level: AttendanceLevel.nullable().optional(),
    mode: AttendanceMode.nullable().optional(),
    note: text(LIMITS.noteChars).nullable().optional(),
    source: text(LIMITS.urlChars).nullable().optional().describe('Where the reply is publicly reported'),
    illustrative: z.boolean().optional(),
  })
  .refine((r) => !r.attending || !!r.level, { path: ['level'], message: 'required when attending' })
  .refine((r) => !r.attending || !!r.mode, { path: ['mode'], message: 'required when attending' })
  .meta({ id: 'ReplyCreate' });

const CommitmentIds = z
  .array(Uuid)
  .max(SUMMIT_LIMITS.linksPerItem)
  .default([])
  .describe('Ids of the commitments concerned');

export const AgendaItemCreate = z
  .strictObject({
    order: z.number().int().min(1).max(1000).optional().describe('Position; default: after the last'),
    title: nonEmpty(LIMITS.titleChars),
    commitmentIds: CommitmentIds,
    requirementRefs: z
      .array(nonEmpty(LIMITS.shortChars))
      .max(SUMMIT_LIMITS.linksPerItem)
      .default([])
      .describe('Force-generation requirement lines concerned, as "scenario/line" references'),
    illustrative: z.boolean().optional(),
  })
  .meta({ id: 'AgendaItemCreate' });

export const DecisionCreate = z
  .strictObject({
    agendaItemId: Uuid.nullable().optional(),
    text: nonEmpty(LIMITS.textChars),
    commitmentIds: CommitmentIds.describe('Commitments agreed by this decision (the outcome)'),
    illustrative: z.boolean().optional(),
  })
  .meta({ id: 'DecisionCreate' });

export const ActionItemCreate = z
  .strictObject({
    decisionId: Uuid.nullable().optional(),
    text: nonEmpty(LIMITS.noteChars),
    ownerParty: PartyCode.nullable().optional(),
    ownerUserId: Uuid.nullable().optional(),
    deadline: SummitInstant,
    illustrative: z.boolean().optional(),
  })
  .refine((a) => !!a.ownerParty || !!a.ownerUserId, {
    path: ['ownerParty'],
    message: 'give an owner party or an owner user',
  })
  .meta({ id: 'ActionItemCreate' });

export const ActionItemPatch = z
  .strictObject({ done: z.boolean().describe('true: done now; false: open again') })
  .meta({ id: 'ActionItemPatch' });

export const LinkedCommitment = z
  .object({ id: z.string(), ref: z.string(), title: z.string() })
  .describe('A linked commitment the caller may read (others are left out)');

export const Reply = z
  .object({
    attending: z.boolean(),
    level: AttendanceLevel.nullable(),
    mode: AttendanceMode.nullable(),
    repliedAt: z.string(),
    note: z.string().nullable(),
    source: z.string().nullable(),
    illustrative: z.boolean(),
  })
  .meta({ id: 'SummitReply' });

export const Invitation = z
  .object({
    party: z.string(),
    partyName: z.string(),
    invitedAt: z.string(),
    reply: Reply.nullable(),
  })
  .meta({ id: 'SummitInvitation' });

export const AgendaItem = z
  .object({
    id: z.string(),
    order: z.number().int(),
    title: z.string(),
    commitments: z.array(LinkedCommitment),
    requirementRefs: z.array(z.string()),
    illustrative: z.boolean(),
  })
  .meta({ id: 'AgendaItem' });

export const Decision = z
  .object({
    id: z.string(),
    agendaItemId: z.string().nullable(),
    text: z.string(),
    commitments: z.array(LinkedCommitment),
    illustrative: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'SummitDecision' });

export const ActionItem = z
  .object({
    id: z.string(),
    decisionId: z.string().nullable(),
    text: z.string(),
    ownerParty: z.string().nullable(),
    ownerUserId: z.string().nullable(),
    deadline: z.string(),
    doneAt: z.string().nullable(),
    status: ActionItemStatus,
    illustrative: z.boolean(),
  })
  .meta({ id: 'ActionItem' });

export const SummitSummary = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.string(),
    place: z.string(),
    format: SummitFormat,
    illustrative: z.boolean(),
    invited: z.number().int(),
    replied: z.number().int(),
    attending: z.number().int(),
    overdue: z.number().int().describe('Action items past their deadline and not done'),
  })
  .meta({ id: 'SummitSummary' });

export const SummitMemoSummary = z
  .object({ id: z.string(), title: z.string(), createdAt: z.string(), illustrative: z.boolean() })
  .meta({ id: 'SummitMemoSummary' });

export const SummitView = SummitSummary.extend({
  version: z.number().int(),
  outcomeNotes: z.string().nullable(),
  invitations: z.array(Invitation),
  agenda: z.array(AgendaItem),
  decisions: z.array(Decision),
  actionItems: z.array(ActionItem),
  memos: z.array(SummitMemoSummary),
  permissions: z.object({
    canManage: z.boolean(),
    /** Parties the caller may reply for (its own, if invited; every invited one for the secretariat). */
    replyParties: z.array(z.string()),
    canWriteMemo: z.boolean(),
    canTrace: z.boolean(),
  }),
}).meta({ id: 'SummitView' });

export const SummitSaved = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SummitSaved' });

export const InvitationResult = z
  .object({ invited: z.array(z.string()), alreadyInvited: z.array(z.string()) })
  .meta({ id: 'InvitationResult' });

export type SummitFormat = z.infer<typeof SummitFormat>;
export type AttendanceLevel = z.infer<typeof AttendanceLevel>;
export type AttendanceMode = z.infer<typeof AttendanceMode>;
export type ActionItemStatus = z.infer<typeof ActionItemStatus>;
export type SummitCreate = z.infer<typeof SummitCreate>;
export type SummitUpdate = z.infer<typeof SummitUpdate>;
export type ReplyCreate = z.infer<typeof ReplyCreate>;
export type AgendaItemCreate = z.infer<typeof AgendaItemCreate>;
export type DecisionCreate = z.infer<typeof DecisionCreate>;
export type ActionItemCreate = z.infer<typeof ActionItemCreate>;
export type LinkedCommitment = z.infer<typeof LinkedCommitment>;
export type Reply = z.infer<typeof Reply>;
export type Invitation = z.infer<typeof Invitation>;
export type AgendaItem = z.infer<typeof AgendaItem>;
export type Decision = z.infer<typeof Decision>;
export type ActionItem = z.infer<typeof ActionItem>;
export type SummitSummary = z.infer<typeof SummitSummary>;
export type SummitView = z.infer<typeof SummitView>;
