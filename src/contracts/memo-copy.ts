/**
 * Stored memos and their copies (SPEC §5): the secretariat writes a memo for a summit once; each
 * invited delegation receives its own marked copy (contracts/memo.ts), downloadable as text,
 * DOCX or PDF; every opening of a copy is logged; a leaked excerpt is traced to its copy.
 */
import { z } from 'zod';
import { nonEmpty, PartyCode } from './common';
import { LIMITS } from './limits';
import { MEMO_LIMITS, MemoId, MemoLanguage, MemoTraceResult } from './memo';

export const MEMO_COPY_FORMATS = ['txt', 'docx', 'pdf'] as const;
export const MemoCopyFormat = z
  .enum(MEMO_COPY_FORMATS)
  .describe('Download format of a copy: plain text (UTF-8), DOCX or PDF; the marks survive in each')
  .meta({ id: 'MemoCopyFormat' });

export const MemoWrite = z
  .strictObject({
    id: MemoId.optional().describe('Memo id; default: a new UUID'),
    title: nonEmpty(LIMITS.titleChars),
    language: MemoLanguage.default('en'),
    body: nonEmpty(MEMO_LIMITS.textChars).describe('The master text; never sent as such'),
    recipients: z
      .array(PartyCode)
      .min(1)
      .max(MEMO_LIMITS.recipients)
      .optional()
      .describe('Invited parties that receive a copy; default: every invited party'),
    illustrative: z.boolean().optional(),
  })
  .meta({ id: 'MemoWrite' });

export const MemoCopySummary = z
  .object({
    copyId: z.string().describe('Opaque id of the copy'),
    party: z.string(),
    partyName: z.string(),
    opens: z.number().int().describe('How many times the copy was opened'),
  })
  .meta({ id: 'MemoCopySummary' });

export const MemoView = z
  .object({
    id: z.string(),
    summitId: z.string(),
    summitTitle: z.string(),
    title: z.string(),
    language: MemoLanguage,
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    illustrative: z.boolean(),
    words: z.number().int(),
    copies: z
      .array(MemoCopySummary)
      .describe('The copies the caller may open: every copy for the secretariat, its own for a delegation'),
    permissions: z.object({ canReadOpens: z.boolean(), canTrace: z.boolean() }),
  })
  .meta({ id: 'MemoView' });

export const MemoOpen = z
  .object({
    copyId: z.string(),
    party: z.string(),
    userId: z.string().nullable(),
    userLabel: z.string(),
    at: z.string(),
    format: MemoCopyFormat,
  })
  .meta({ id: 'MemoOpen' });

export const MemoTraceQuery = z
  .strictObject({
    excerpt: nonEmpty(MEMO_LIMITS.excerptChars).describe('The leaked text, as found (any part of a copy)'),
    memoId: MemoId.optional().describe('The memo it comes from; default: the best match among all memos'),
  })
  .meta({ id: 'MemoTraceQuery' });

export const MemoTraceAnswer = MemoTraceResult.extend({
  memoId: z.string().nullable().describe('The memo traced against (null when there is none)'),
  memoTitle: z.string().nullable(),
  recipientName: z.string().nullable(),
}).meta({ id: 'MemoTraceAnswer' });

export type MemoCopyFormat = z.infer<typeof MemoCopyFormat>;
export type MemoWrite = z.infer<typeof MemoWrite>;
export type MemoCopySummary = z.infer<typeof MemoCopySummary>;
export type MemoView = z.infer<typeof MemoView>;
export type MemoOpen = z.infer<typeof MemoOpen>;
export type MemoTraceQuery = z.infer<typeof MemoTraceQuery>;
export type MemoTraceAnswer = z.infer<typeof MemoTraceAnswer>;
