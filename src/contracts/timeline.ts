/**
 * The timeline import (SPEC §5): from a news article's text, the dated events it reports, with
 * the year inferred where the text omits it, offered to the user to confirm.
 */
import { z } from 'zod';
import { Source } from './commitment';
import { IsoDate, nonEmpty, PartyCode, text } from './common';
import { PILLARS, Pillar } from './enums';
import { LIMITS } from './limits';

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

/* Stored events: the timeline itself (SPEC §5), entered by hand or confirmed from an import. */

export const EVENT_DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export const EventDatePrecision = z
  .enum(EVENT_DATE_PRECISIONS)
  .describe('How much of the date is known: day; month (the date is its first day); year (1 January)')
  .meta({ id: 'EventDatePrecision' });

export const TIMELINE_EVENT_LIMITS = { parties: 60, sources: 20, confirmEvents: 200 } as const;

export const ImportOrigin = z
  .object({
    title: z.string().describe('The article'),
    url: z.string().optional(),
    articleDate: z.string().nullable().describe("The article's own date, when known"),
    sentence: z.string().describe('The sentence the event came from'),
    yearInferred: z.boolean(),
  })
  .meta({ id: 'ImportOrigin' });
export type ImportOrigin = z.infer<typeof ImportOrigin>;

export const TimelineEventCreate = z
  .strictObject({
    date: IsoDate,
    datePrecision: EventDatePrecision.default('day'),
    title: nonEmpty(LIMITS.titleChars),
    description: text(LIMITS.textChars).default(''),
    parties: z.array(PartyCode).max(TIMELINE_EVENT_LIMITS.parties).default([]),
    pillars: z.array(Pillar).max(PILLARS.length).default([]),
    sources: z.array(Source).max(TIMELINE_EVENT_LIMITS.sources).default([]),
    confirmed: z.boolean().default(true).describe('False for an event not yet checked against its source'),
    illustrative: z.boolean().default(false),
  })
  .meta({ id: 'TimelineEventCreate' });
export type TimelineEventCreate = z.output<typeof TimelineEventCreate>;

export const TimelineEvent = z
  .object({
    id: z.string(),
    date: z.string(),
    datePrecision: EventDatePrecision,
    title: z.string(),
    description: z.string(),
    parties: z.array(z.string()),
    pillars: z.array(Pillar),
    sources: z.array(Source),
    confirmed: z.boolean(),
    illustrative: z.boolean(),
    importedFrom: ImportOrigin.nullable(),
    recordedBy: z.string().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'TimelineEvent' });
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const TimelineQuery = z
  .strictObject({
    party: z
      .union([PartyCode, z.array(PartyCode)])
      .optional()
      .describe('Events concerning any of these'),
    pillar: z
      .union([Pillar, z.array(Pillar)])
      .optional()
      .describe('Events under any of these'),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be before from', path: ['to'] })
  .describe('Events by party, pillar and date range, oldest first');
export type TimelineQuery = z.output<typeof TimelineQuery>;

/** The import as the API takes it: the article, with what is known about it. */
export const TimelineArticle = z
  .strictObject({
    text: nonEmpty(TIMELINE_LIMITS.articleChars).describe('The article text'),
    lang: TimelineLanguage.optional().describe(
      'The language of the article, if known (dates in Russian, Ukrainian and English are read either way)',
    ),
    published: IsoDate.optional().describe("The article's date, when known; else read from a dateline"),
    today: IsoDate.optional().describe('Last resort for the year when the text gives none at all'),
  })
  .meta({ id: 'TimelineArticle' });
export type TimelineArticle = z.output<typeof TimelineArticle>;

export const TimelineConfirmRequest = z
  .strictObject({
    article: TimelineArticle.describe('The same article the candidates came from; they are found again'),
    source: Source.describe('The article as a source of the events (title, URL)'),
    events: z
      .array(
        z.strictObject({
          date: IsoDate.describe("A candidate's date (one candidate per date)"),
          title: nonEmpty(LIMITS.titleChars)
            .optional()
            .describe("Default: the candidate's sentence, shortened"),
          description: text(LIMITS.textChars).optional().describe("Default: the candidate's sentence"),
          parties: z.array(PartyCode).max(TIMELINE_EVENT_LIMITS.parties).default([]),
          pillars: z.array(Pillar).max(PILLARS.length).default([]),
        }),
      )
      .min(1, 'choose at least one event')
      .max(TIMELINE_EVENT_LIMITS.confirmEvents)
      .describe('The chosen candidates'),
    illustrative: z.boolean().default(false),
  })
  .meta({ id: 'TimelineConfirmRequest' });
export type TimelineConfirmRequest = z.output<typeof TimelineConfirmRequest>;
