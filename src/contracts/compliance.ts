/**
 * The compliance report, in the manner of the G7 Research Group's reports: every guarantor's
 * score on each summit commitment (−1 not complied, 0 partial, +1 full), averages and rankings
 * by guarantor and by pillar, in an interim or a final edition, with the evidence cited.
 */
import { z } from 'zod';
import { IsoDate } from './common';
import { DocFormat, DocLang } from './document';

export const EDITIONS = ['interim', 'final'] as const;
export const Edition = z
  .enum(EDITIONS)
  .describe('interim: progress so far; final: deadlines that have passed count against the guarantor')
  .meta({ id: 'ComplianceEdition' });
export type Edition = z.infer<typeof Edition>;

export const ComplianceQuery = z.strictObject({
  date: IsoDate.optional().describe('As of the end of this day (UTC); today by default'),
  edition: Edition.default('interim'),
  summit: z
    .enum(['paris-2026', 'all'])
    .default('paris-2026')
    .describe("Whose commitments: the Paris summit's (6 January 2026) or all of the register"),
  format: DocFormat.default('json'),
  lang: DocLang.default('en'),
});
export type ComplianceQuery = z.output<typeof ComplianceQuery>;

export const Score = z.union([z.literal(-1), z.literal(0), z.literal(1)]);
export type Score = z.infer<typeof Score>;

export const Evidence = z
  .object({
    kind: z.enum(['completion', 'source']),
    text: z.string(),
    url: z.string().nullable(),
    date: z.string().nullable(),
  })
  .meta({ id: 'ComplianceEvidence' });
export type Evidence = z.infer<typeof Evidence>;

export const ScoreRule = z
  .object({
    id: z.string(),
    when: z.string().describe('The condition, in words'),
    score: Score,
  })
  .meta({ id: 'ComplianceRule' });
export type ScoreRule = z.infer<typeof ScoreRule>;

export const CommitmentScore = z
  .object({
    id: z.string(),
    ref: z.string(),
    version: z.number().int(),
    guarantor: z.string(),
    guarantorName: z.string(),
    pillar: z.string(),
    title: z.string(),
    status: z.string(),
    completion: z.string(),
    score: Score,
    rule: z.string().describe('The id of the rule that gave the score'),
    evidence: z.array(Evidence),
    illustrative: z.boolean(),
  })
  .meta({ id: 'CommitmentScore' });
export type CommitmentScore = z.infer<typeof CommitmentScore>;

export const ScoreGroup = z
  .object({
    key: z.string(),
    name: z.string(),
    count: z.number().int(),
    full: z.number().int(),
    partial: z.number().int(),
    none: z.number().int(),
    average: z.number().describe('Mean score, −1 to +1, rounded to 2 decimals'),
    percent: z.number().describe("(average + 1) × 50, the G7 Research Group's compliance percentage"),
    rank: z.number().int().describe('1 is best; equal averages share a rank'),
  })
  .meta({ id: 'ComplianceScoreGroup' });
export type ScoreGroup = z.infer<typeof ScoreGroup>;

export const ComplianceReport = z
  .object({
    summit: z.object({ id: z.string(), name: z.string(), date: z.string().nullable() }),
    edition: Edition,
    asOf: z.string(),
    rules: z.array(ScoreRule),
    commitments: z.array(CommitmentScore),
    byGuarantor: z.array(ScoreGroup),
    byPillar: z.array(ScoreGroup),
    overall: ScoreGroup,
  })
  .meta({ id: 'ComplianceReport' });
export type ComplianceReport = z.infer<typeof ComplianceReport>;
