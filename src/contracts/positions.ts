/**
 * The negotiation track (SPEC §5): open issues, each party's dated and sourced position on each,
 * and the alignment of the parties with Ukraine at a date and over time.
 *
 * A stance is a score from −2 to +2 (in half steps) on a scale the issue defines: the issue names
 * what its two ends mean (`lowLabel` at −2, `highLabel` at +2). Where a score is a judgement
 * rather than a party's own words, the position is marked illustrative.
 */
import { z } from 'zod';
import { Source } from './commitment';
import { IsoDate, nonEmpty, PartyCode, text } from './common';
import { LIMITS } from './limits';

export const STANCE_MIN = -2;
export const STANCE_MAX = 2;
/** The party every other is compared with. */
export const ALIGNMENT_REFERENCE = 'UA';
export const POSITION_LIMITS = { redLines: 20, sources: 20, movementDates: 24 } as const;

export const IssueSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes; at most 64')
  .describe('Issue id, e.g. ceasefire-line')
  .meta({ id: 'IssueSlug' });

export const Stance = z
  .number()
  .min(STANCE_MIN, `must be at least ${STANCE_MIN}`)
  .max(STANCE_MAX, `must be at most ${STANCE_MAX}`)
  .multipleOf(0.5, 'must be a whole or half step (−2, −1.5, … 2)')
  .describe("−2 … +2 on the issue's own scale (lowLabel at −2, highLabel at +2)")
  .meta({ id: 'Stance' });

export const IssueCreate = z
  .strictObject({
    slug: IssueSlug,
    title: nonEmpty(LIMITS.titleChars),
    description: text(LIMITS.textChars).default('').describe('What is open, in a sentence or two'),
    lowLabel: nonEmpty(LIMITS.shortChars).describe('What a stance of −2 means on this issue'),
    highLabel: nonEmpty(LIMITS.shortChars).describe('What a stance of +2 means on this issue'),
    sortOrder: z.number().int().min(0).max(10_000).default(0),
    illustrative: z.boolean().default(false),
  })
  .meta({ id: 'IssueCreate' });
export type IssueCreate = z.output<typeof IssueCreate>;

export const Issue = z
  .object({
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    lowLabel: z.string(),
    highLabel: z.string(),
    sortOrder: z.number().int(),
    illustrative: z.boolean(),
  })
  .meta({ id: 'Issue' });
export type Issue = z.infer<typeof Issue>;

export const PositionCreate = z
  .strictObject({
    issue: IssueSlug,
    party: PartyCode,
    asOf: IsoDate.describe('The date the party held this position (its statement, or the source)'),
    stance: Stance,
    summary: nonEmpty(LIMITS.textChars).describe('The position in a few sentences'),
    redLines: z
      .array(nonEmpty(LIMITS.noteChars))
      .max(POSITION_LIMITS.redLines)
      .default([])
      .describe('What the party says it will not accept'),
    sources: z.array(Source).max(POSITION_LIMITS.sources).default([]),
    illustrative: z
      .boolean()
      .default(false)
      .describe('True where the position or its score is a judgement, not a public fact'),
  })
  .meta({ id: 'PositionCreate' });
export type PositionCreate = z.output<typeof PositionCreate>;

export const Position = z
  .object({
    id: z.string(),
    issue: z.string(),
    party: z.string(),
    partyName: z.string(),
    asOf: z.string(),
    stance: z.number(),
    summary: z.string(),
    redLines: z.array(z.string()),
    sources: z.array(Source),
    illustrative: z.boolean(),
    recordedBy: z.string().nullable(),
    recordedByName: z.string().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'Position' });
export type Position = z.infer<typeof Position>;

const codes = z.union([PartyCode, z.array(PartyCode)]).optional();

export const PositionQuery = z
  .strictObject({
    issue: z.union([IssueSlug, z.array(IssueSlug)]).optional(),
    party: codes,
    from: IsoDate.optional(),
    to: IsoDate.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be before from', path: ['to'] })
  .describe('Positions by issue, party and date range (asOf), newest first');
export type PositionQuery = z.output<typeof PositionQuery>;

export const AlignmentQuery = z
  .strictObject({
    date: IsoDate.describe('Each cell is the latest position on or before this date'),
    party: codes.describe('Only these parties (the reference party is always included)'),
  })
  .describe('The alignment matrix at a date');

export const MovementQuery = z
  .strictObject({
    dates: z
      .string()
      .max(24 * 11)
      .describe('Comma-separated dates YYYY-MM-DD, e.g. 2025-12-06,2026-01-06')
      .transform((s, ctx) => {
        const parts = s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean);
        const out: string[] = [];
        for (const p of parts) {
          const r = IsoDate.safeParse(p);
          if (!r.success) {
            ctx.addIssue({ code: 'custom', message: `${p}: must be a real date YYYY-MM-DD` });
            return z.NEVER;
          }
          out.push(r.data);
        }
        if (out.length === 0 || out.length > POSITION_LIMITS.movementDates) {
          ctx.addIssue({
            code: 'custom',
            message: `give 1 to ${POSITION_LIMITS.movementDates} dates`,
          });
          return z.NEVER;
        }
        return [...new Set(out)].sort();
      }),
    party: codes,
  })
  .describe('Alignment matrices at several dates');

export const AlignmentCell = z
  .object({
    issue: z.string(),
    party: z.string(),
    position: Position.nullable().describe('The latest position on or before the date; null if none'),
    alignment: z
      .number()
      .nullable()
      .describe(
        'Alignment with the reference party on this issue: 1 − |stance − stance of the reference| / 4 (1 = same, 0 = opposite ends); null when either has no position',
      ),
  })
  .meta({ id: 'AlignmentCell' });
export type AlignmentCell = z.infer<typeof AlignmentCell>;

export const PartyAlignment = z
  .object({
    party: z.string(),
    name: z.string(),
    alignment: z.number().nullable().describe('Mean alignment with the reference over the issues both hold'),
    issues: z.number().int().describe('How many issues that mean is over'),
  })
  .meta({ id: 'PartyAlignment' });
export type PartyAlignment = z.infer<typeof PartyAlignment>;

export const AlignmentMatrix = z
  .object({
    date: z.string(),
    reference: z.string(),
    issues: z.array(Issue),
    parties: z.array(z.object({ code: z.string(), name: z.string() })).describe('Reference party first'),
    cells: z.array(AlignmentCell).describe('One per issue × party, issues in order, parties in order'),
    byParty: z.array(PartyAlignment),
  })
  .meta({ id: 'AlignmentMatrix' });
export type AlignmentMatrix = z.infer<typeof AlignmentMatrix>;

export const AlignmentMovement = z
  .object({
    reference: z.string(),
    dates: z.array(z.string()),
    matrices: z.array(AlignmentMatrix),
    series: z
      .array(
        z.object({
          party: z.string(),
          name: z.string(),
          points: z.array(z.object({ date: z.string(), alignment: z.number().nullable() })),
        }),
      )
      .describe("Each party's mean alignment with the reference, date by date"),
  })
  .meta({ id: 'AlignmentMovement' });
export type AlignmentMovement = z.infer<typeof AlignmentMovement>;
