import { z } from 'zod';
import { nonEmpty, text } from './common';
import { PartyKind } from './enums';
import { LIMITS } from './limits';

export const PartyUpsert = z
  .strictObject({
    name: nonEmpty(120),
    kind: PartyKind,
    gdpEur: z
      .number()
      // stored in whole euros (numeric(20, 0)): less than 1 would round to 0, which the table refuses
      .min(1, 'at least 1 (EUR)')
      .max(1e15)
      .nullable()
      .default(null)
      .describe('Nominal GDP in EUR, for % of GDP figures'),
    gdpYear: z.number().int().min(1990).max(2100).nullable().default(null),
    gdpSource: text(LIMITS.titleChars).nullable().default(null),
    invited: z.boolean().default(false),
    illustrative: z.boolean().default(false),
  })
  .meta({ id: 'PartyUpsert' });
