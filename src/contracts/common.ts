import { z } from 'zod';
import { LIMITS } from './limits';

/** Text that PostgreSQL can store: no NUL character, trimmed, within a length. */
export const text = (max: number = LIMITS.shortChars) =>
  z
    .string()
    .max(max, `at most ${max} characters`)
    .refine((s) => !s.includes('\u0000'), 'must not contain a NUL character');

export const nonEmpty = (max: number = LIMITS.shortChars) =>
  text(max).refine((s) => s.trim().length > 0, 'must not be empty');

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'must be a real calendar date',
  )
  .describe('A calendar date, YYYY-MM-DD')
  .meta({ id: 'IsoDate' });

export const PartyCode = z
  .string()
  .regex(/^[A-Z]{2,8}$/, 'must be an ISO 3166-1 alpha-2 code or an organisation code such as EU or NATO')
  .describe('ISO 3166-1 alpha-2 code of a state, or an organisation code (EU, NATO)')
  .meta({ id: 'PartyCode' });

export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR, GBP, USD')
  .describe('ISO 4217 currency code');

export const LangCode = z
  .string()
  .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as en, uk, fr')
  .describe('ISO 639-1 language code');

export const Uuid = z.uuid('must be a UUID');

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string().describe('Stable machine-readable error code'),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('One entry per offending field, named by its dotted path'),
  })
  .describe('An RFC 9457 problem document')
  .meta({ id: 'Problem' });
