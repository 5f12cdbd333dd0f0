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
      .positive()
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
