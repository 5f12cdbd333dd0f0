/**
 * Traceable memos (SPEC §5): the secretariat writes a memo once; each delegation receives its own
 * copy, marked invisibly and differently in three layers (word choices, punctuation and spacing,
 * zero-width characters); a leaked excerpt is traced to the most likely copy.
 */
import { z } from 'zod';
import { nonEmpty, PartyCode } from './common';

/** A memo and its excerpts may be long; one copy per delegation, up to ~50 (SPEC: 35 invited). */
export const MEMO_LIMITS = { textChars: 100_000, recipients: 60, excerptChars: 100_000 } as const;

export const MEMO_LANGUAGES = ['en', 'ru', 'uk'] as const;
export const MEMO_LAYERS = ['words', 'punctuation', 'zero-width'] as const;

export const MemoLanguage = z
  .enum(MEMO_LANGUAGES)
  .describe('Language of the memo; it selects the table of equivalent phrasings')
  .meta({ id: 'MemoLanguage' });

export const MemoLayer = z
  .enum(MEMO_LAYERS)
  .describe('A marking layer: word choices, punctuation and spacing, or zero-width characters')
  .meta({ id: 'MemoLayer' });

export const MemoId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes; at most 64')
  .describe('Memo id, e.g. paris-2026-memo')
  .meta({ id: 'MemoId' });

export const MemoCopyId = z
  .string()
  .regex(/^mc-[0-9a-f]{16}$/, 'mc- and 16 hex digits')
  .describe('Opaque id of one marked copy; it does not name the recipient')
  .meta({ id: 'MemoCopyId' });

export const Memo = z
  .object({
    id: MemoId,
    title: nonEmpty(300).describe('Subject line'),
    language: MemoLanguage,
    text: nonEmpty(MEMO_LIMITS.textChars).describe(
      'The master text, as the secretariat wrote it; never sent',
    ),
    recipients: z
      .array(PartyCode)
      .min(1)
      .max(MEMO_LIMITS.recipients)
      .refine((r) => new Set(r).size === r.length, 'each recipient once')
      .describe('Party codes of the delegations that each receive a copy'),
  })
  .describe('A memo to delegations, written once')
  .meta({ id: 'Memo' });

export const MemoMarks = z
  .object({
    scheme: z.literal('guarantor-memo-mark/1').describe('Marking scheme and version'),
    copyKey: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe(
        'HMAC-SHA256(memo key, memo id | recipient), hex: every mark of the copy derives from it. Secret',
      ),
    points: z
      .object({
        words: z.number().int().nonnegative().describe('Phrases chosen among equivalents'),
        punctuation: z.number().int().nonnegative().describe('Punctuation and spacing choices'),
        zeroWidth: z.number().int().nonnegative().describe('Zero-width clusters inserted'),
      })
      .describe('How many marks the copy carries, per layer'),
  })
  .describe("The copy's marks: the key material to trace it, and how many marks it carries")
  .meta({ id: 'MemoMarks' });

export const MemoCopy = z
  .object({
    copyId: MemoCopyId,
    memoId: MemoId,
    recipient: PartyCode.describe('The delegation this copy was sent to'),
    text: z.string().describe('The marked text, exactly as sent'),
    marks: MemoMarks,
  })
  .describe("One delegation's individually marked copy of a memo")
  .meta({ id: 'MemoCopy' });

export const MemoTraceRequest = z
  .strictObject({
    excerpt: nonEmpty(MEMO_LIMITS.excerptChars).describe('The leaked text, as found (any part of a copy)'),
  })
  .meta({ id: 'MemoTraceRequest' });

export const MemoTraceCandidate = z
  .object({
    copyId: MemoCopyId,
    recipient: PartyCode,
    confidence: z
      .number()
      .min(0)
      .max(1)
      .describe('Posterior probability that the excerpt comes from this copy'),
  })
  .meta({ id: 'MemoTraceCandidate' });

const Agreement = z
  .object({
    matched: z.number().int().nonnegative(),
    of: z.number().int().nonnegative(),
  })
  .describe("How many of the layer's readable marks agree with this copy");

export const MemoLayerEvidence = z
  .object({
    layer: MemoLayer,
    present: z
      .boolean()
      .describe('Whether the excerpt shows this layer at all (e.g. zero-width characters kept)'),
    marks: z.number().int().nonnegative().describe('Distinct marks read in the excerpt'),
    bits: z
      .number()
      .nonnegative()
      .describe(
        'Information the marks read can carry: sum of log2(variants), kinds that look normalised left out',
      ),
    families: z.record(z.string(), z.number().int().nonnegative()).describe('Marks read, per kind'),
    normalised: z
      .array(z.string())
      .describe('Kinds that look normalised (every mark in its plain form), hence given little weight'),
    best: MemoTraceCandidate.nullable().describe(
      'The copy this layer alone points to, with its own confidence',
    ),
    agreement: z.object({ copy: Agreement, runnerUp: Agreement.nullable() }),
    log2Ratio: z
      .number()
      .describe('log2 likelihood ratio of the named copy over the runner-up, from this layer'),
  })
  .meta({ id: 'MemoLayerEvidence' });

export const MemoTraceResult = z
  .object({
    copyId: MemoCopyId.nullable().describe('The most likely copy, or null when no copy was given'),
    recipient: PartyCode.nullable(),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .describe('Posterior probability of that copy (prior: 5 % "none of them", the rest shared evenly)'),
    noCopy: z
      .number()
      .min(0)
      .max(1)
      .describe(
        'Posterior probability that the excerpt comes from none of the copies (unmarked or retyped text)',
      ),
    runnerUp: MemoTraceCandidate.nullable(),
    evidence: z.array(MemoLayerEvidence).length(3).describe('One entry per layer'),
  })
  .describe('Which copy a leaked excerpt most likely comes from, and why')
  .meta({ id: 'MemoTraceResult' });

export type MemoLanguage = z.infer<typeof MemoLanguage>;
export type MemoLayer = z.infer<typeof MemoLayer>;
export type Memo = z.infer<typeof Memo>;
export type MemoMarks = z.infer<typeof MemoMarks>;
export type MemoCopy = z.infer<typeof MemoCopy>;
export type MemoTraceRequest = z.infer<typeof MemoTraceRequest>;
export type MemoTraceCandidate = z.infer<typeof MemoTraceCandidate>;
export type MemoLayerEvidence = z.infer<typeof MemoLayerEvidence>;
export type MemoTraceResult = z.infer<typeof MemoTraceResult>;
