/**
 * Timeline import: the dated events a news article reports, offered to the user to confirm.
 *
 * Which dates become events:
 * - a day with its month (year written or not) or a full numeric date, anywhere in the body;
 * - not a month without a day ("в начале января 2026 года"): it names no day, it only anchors
 *   the year of the dates around it;
 * - not the dateline: a date (optionally labelled "date", "дата", …) opening the text is the
 *   article's own date, not something that happened;
 * - one proposal per calendar date. The sentence offered is the one the date opens (after at most
 *   a preposition such as "в", "у", "On"), else one where the date is not the target of a plan
 *   or deadline ("запланирована на 3 января", "by 10 January"), else the first; the other
 *   sentences naming that date come along as `otherMentions`. So an announcement of a meeting
 *   "на 3 января" does not add a second 3 January beside the report of what happened that day.
 *
 * The year, where the text omits it (infer-year.ts), is read nearest to: an explicit year earlier
 * in the same sentence; else the article's date; else the nearest explicit year before it in the
 * text; else the first after it; else the caller's `today`. With none, the date is `undated`.
 * Relative dates ("вчера", "last Tuesday") are not read.
 */
import type {
  TimelineImportRequest,
  TimelineImportResult,
  TimelineMention,
  TimelineProposedEvent,
} from '../../contracts/timeline';
import { type DateMention, findDateMentions } from './find-date-mentions';
import { formatIsoDate, inferYear, isRealDate, parseIsoDate, type YmdDate } from './infer-year';
import { type Sentence, splitSentences } from './sentences';

const DATELINE =
  /^\s*(?:(?:date|dated|published|дата|опубликовано|опубліковано)\s*:?\s*)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s|$)/iu;

/** The words that make a date the target of a plan or a deadline, not the day something happened. */
const TARGET = /(?:^|[^\p{L}])(?:на|до|к|ко|по|for|by|until|till|before)\s+$/iu;
const LEAD = /^(?:(?:в|во|у|уже|вже|on)\s+)?$/iu;

interface Placed {
  mention: DateMention;
  sentence: Sentence;
  date: YmdDate;
  yearSource: TimelineProposedEvent['yearSource'];
}

const asMention = (m: DateMention): TimelineMention => ({
  text: m.text,
  span: { start: m.start, end: m.end },
  language: m.language,
});

/** Lower is a better sentence to offer for the date. */
function rank(p: Placed, text: string): number {
  const before = text.slice(p.sentence.start, p.mention.start);
  if (LEAD.test(before.trim())) return 0;
  return TARGET.test(before) ? 2 : 1;
}

function anchorDate(m: DateMention): YmdDate {
  return { year: m.year!, month: m.month, day: m.day ?? 15 };
}

export function importTimeline(input: TimelineImportRequest): TimelineImportResult {
  const { text } = input;
  const dateline = DATELINE.exec(text);
  const bodyStart = dateline ? dateline[0].length : 0;
  const datelineDate = dateline && isRealDate(parseIsoDate(dateline[1]!)) ? dateline[1]! : null;
  const articleDate = input.published ?? datelineDate;
  const mentions = findDateMentions(text).filter((m) => m.start >= bodyStart);
  const sentences = splitSentences(text, bodyStart);
  const sentenceOf = (pos: number) => sentences.find((s) => pos >= s.start && pos < s.end);
  const explicit = mentions.filter((m) => m.year !== null);

  const placed: Placed[] = [];
  const undated: TimelineMention[] = [];
  for (const m of mentions) {
    const sentence = sentenceOf(m.start);
    if (m.day === null || !sentence) continue;
    let date: YmdDate | null = null;
    let yearSource: Placed['yearSource'] = 'explicit';
    if (m.year !== null) date = { year: m.year, month: m.month, day: m.day };
    else {
      const inSentence = explicit.filter((e) => e.start >= sentence.start && e.end <= m.start).at(-1);
      const earlier = explicit.filter((e) => e.end <= m.start).at(-1);
      const later = explicit.find((e) => e.start >= m.end);
      const [anchor, source] = inSentence
        ? [anchorDate(inSentence), 'sentence' as const]
        : articleDate
          ? [parseIsoDate(articleDate), 'article-date' as const]
          : earlier
            ? [anchorDate(earlier), 'text' as const]
            : later
              ? [anchorDate(later), 'text' as const]
              : input.today
                ? [parseIsoDate(input.today), 'today' as const]
                : [null, 'today' as const];
      if (anchor)
        date = {
          year: inferYear({ month: m.month, day: m.day, weekday: m.weekday }, anchor),
          month: m.month,
          day: m.day,
        };
      yearSource = source;
    }
    if (!date) undated.push(asMention(m));
    else if (isRealDate(date)) placed.push({ mention: m, sentence, date, yearSource });
  }

  const byDate = new Map<string, Placed[]>();
  for (const p of placed) {
    const key = formatIsoDate(p.date);
    byDate.set(key, [...(byDate.get(key) ?? []), p]);
  }
  const events: TimelineProposedEvent[] = [...byDate]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, ps]) => {
      const [first, ...rest] = [...ps].sort(
        (a, b) => rank(a, text) - rank(b, text) || a.mention.start - b.mention.start,
      );
      const main = first!;
      return {
        date,
        yearInferred: main.yearSource !== 'explicit',
        yearSource: main.yearSource,
        text: main.sentence.text,
        span: { start: main.sentence.start, end: main.sentence.end },
        mention: asMention(main.mention),
        language: main.mention.language,
        otherMentions: rest.map((p) => ({
          text: p.sentence.text,
          span: { start: p.sentence.start, end: p.sentence.end },
          mention: asMention(p.mention),
        })),
      };
    });

  return {
    articleDate,
    articleDateSource: input.published ? 'published' : datelineDate ? 'dateline' : null,
    events,
    undated,
  };
}
