/** The dashboard's two answers: totals of the register, and who writes checkable promises. */
import { z } from 'zod';

const Sums = { count: z.number().int(), eurAmount: z.number() };

/** GET /api/stats/totals: totals of what the caller may read, by pillar, status and guarantor. */
export const StatsTotals = z
  .object({
    ...Sums,
    byPillar: z.array(z.object({ pillar: z.string(), ...Sums })),
    byStatus: z.array(z.object({ status: z.string(), ...Sums })),
    byGuarantor: z.array(
      z.object({
        guarantor: z.string(),
        name: z.string(),
        ...Sums,
        pctGdp: z.number().nullable().describe('The sum in % of the guarantor’s GDP; null without a GDP'),
      }),
    ),
  })
  .meta({ id: 'StatsTotals' });
export type Totals = z.output<typeof StatsTotals>;

const ConcretenessGroupSchema = z.object({
  key: z.string(),
  name: z.string(),
  concrete: z.number().int(),
  vague: z.number().int(),
  meanScore: z
    .number()
    .nullable()
    .describe('Mean score 0–100 of the analysed commitments; null where none is analysed'),
});
export type ConcretenessGroup = z.output<typeof ConcretenessGroupSchema>;

/** GET /api/stats/concreteness: concrete and vague counts and mean score, by guarantor and pillar. */
export const StatsConcreteness = z
  .object({
    byGuarantor: z.array(ConcretenessGroupSchema),
    byPillar: z.array(ConcretenessGroupSchema),
  })
  .meta({ id: 'StatsConcreteness' });
export type ConcretenessStats = z.output<typeof StatsConcreteness>;
