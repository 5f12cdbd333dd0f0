/**
 * The timeline import (SPEC §5): from a news article's text, the dated events it reports, with
 * the year inferred where the text omits it, offered to the user to confirm.
 */
import { z } from 'zod';
import { IsoDate, nonEmpty } from './common';

export const TIMELINE_LIMITS = { articleChars: 200_000 } as const;

export const TIMELINE_LANGUAGES = ['ru', 'uk', 'en'] as const;

/** Where the year of a proposed date came from. */
export const TIMELINE_YEAR_SOURCES = ['explicit', 'sentence', 'article-date', 'text', 'today'] as const;

export const TimelineLanguage = z
  .enum(TIMELINE_LANGUAGES)
  .describe('Language a date was written in')
  .meta({ id: 'TimelineLanguage' });

export const TimelineSpan = z
  .object({
    start: z.number().int().nonnegative().describe('Offset of the first character, in UTF-16 code units'),
    end: z.number().int().nonnegative().describe('Offset just past the last character'),
  })
  .refine((s) => s.end >= s.start, { message: 'end must not precede start', path: ['end'] })
  .describe('A stretch of the article text')
  .meta({ id: 'TimelineSpan' });

export const TimelineMention = z
  .object({
    text: z.string().describe('The date as written, e.g. "во вторник, 6 января"'),
    span: TimelineSpan,
    language: TimelineLanguage,
  })
  .meta({ id: 'TimelineMention' });

export const TimelineProposedEvent = z
  .object({
    date: IsoDate,
    yearInferred: z.boolean().describe('Whether the text omits the year and it was inferred'),
    yearSource: z
      .enum(TIMELINE_YEAR_SOURCES)
      .describe(
        'explicit: written; sentence: an earlier year in the same sentence; article-date: the article date; text: the nearest explicit year elsewhere in the text; today: the caller-supplied date',
      ),
    text: z.string().describe('The sentence the date came from: the proposed event text'),
    span: TimelineSpan.describe('Where that sentence is in the article'),
    mention: TimelineMention.describe('The date within the sentence'),
    language: TimelineLanguage,
    otherMentions: z
      .array(z.object({ text: z.string(), span: TimelineSpan, mention: TimelineMention }))
      .describe('Other sentences that name the same date (one proposal per date; the user may split it)'),
  })
  .describe('A dated event found in an article, to be confirmed by the user')
  .meta({ id: 'TimelineProposedEvent' });

export const TimelineImportRequest = z
  .strictObject({
    text: nonEmpty(TIMELINE_LIMITS.articleChars).describe('The article text'),
    published: IsoDate.optional().describe("The article's date, when known; else read from a dateline"),
    today: IsoDate.optional().describe('Last resort for the year when the text gives none at all'),
  })
  .meta({ id: 'TimelineImportRequest' });

export const TimelineImportResult = z
  .object({
    articleDate: IsoDate.nullable(),
    articleDateSource: z.enum(['published', 'dateline']).nullable(),
    events: z.array(TimelineProposedEvent).describe('One per calendar date, in date order'),
    undated: z.array(TimelineMention).describe('Dates whose year could not be inferred at all'),
  })
  .meta({ id: 'TimelineImportResult' });

export type TimelineLanguage = z.infer<typeof TimelineLanguage>;
export type TimelineSpan = z.infer<typeof TimelineSpan>;
export type TimelineMention = z.infer<typeof TimelineMention>;
export type TimelineProposedEvent = z.infer<typeof TimelineProposedEvent>;
export type TimelineImportRequest = z.infer<typeof TimelineImportRequest>;
export type TimelineImportResult = z.infer<typeof TimelineImportResult>;
