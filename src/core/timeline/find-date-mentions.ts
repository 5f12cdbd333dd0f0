/**
 * Finds every date a text names: a day and month ("30 декабря", "31 грудня", "5-го января",
 * "во вторник, 6 января", "January 5", "6 Jan 2026", "5th of January"), with or without a year,
 * an ISO or numeric date ("2026-01-06", "06.01.2026"), and a month with a year and no day
 * ("в начале января 2026 года"), which is no event but anchors the year of the dates around it.
 */
import { DATE_WORDS, indexOfWord, type TimelineLang } from './date-words';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** Language of the month word; for a numeric date, of the text around it. */
  language: TimelineLang;
  /** Null for a month-year mention. */
  day: number | null;
  /** 1–12. */
  month: number;
  year: number | null;
  /** 0 = Monday … 6 = Sunday, when the text names the weekday. */
  weekday: number | null;
}

const alt = (xs: readonly string[]) => xs.map((x) => `(?:${x})`).join('|');
const BEFORE = '(?<![\\p{L}\\p{N}.,:/])';
const AFTER = '(?![\\p{L}\\p{N}])';
const ORD = '(?:st|nd|rd|th)?';

interface Pattern {
  lang: TimelineLang;
  re: RegExp;
  read: (m: RegExpMatchArray) => {
    day: string | undefined;
    month: string;
    year: string | undefined;
    weekday?: string;
  };
}

function patterns(): Pattern[] {
  const out: Pattern[] = [];
  for (const lang of ['ru', 'uk'] as const) {
    const w = DATE_WORDS[lang];
    const weekday = `(?:${w.lead}\\s+)?(${alt(w.weekday)})\\s*,?\\s+`;
    const day = '(\\d{1,2})(?:-?(?:го|ого|е|й))?';
    const range = '(?:\\s*[-–—]\\s*\\d{1,2}(?:-?(?:го|ого|е))?)?';
    const year = `(?:\\s+(\\d{4})(?:\\s*${w.yearWord})?)?`;
    out.push({
      lang,
      re: new RegExp(`${BEFORE}(?:${weekday})?${day}${range}\\s+(${alt(w.monthDay)})${year}${AFTER}`, 'giu'),
      read: (m) => ({ weekday: m[1], day: m[2], month: m[3]!, year: m[4] }),
    });
    out.push({
      lang,
      re: new RegExp(
        `(?<![\\p{L}])(${alt(w.monthAny)})\\s+(\\d{4})(?:\\s*${w.yearWord})?(?![\\p{N}])`,
        'giu',
      ),
      read: (m) => ({ day: undefined, month: m[1]!, year: m[2] }),
    });
  }
  const en = DATE_WORDS.en;
  const wd = `(?:(?:on\\s+)?(${alt(en.weekday)})\\.?,?\\s+)?`;
  const months = alt(en.monthDay);
  const range = `(?:\\s*[-–—]\\s*\\d{1,2}${ORD})?`;
  out.push({
    lang: 'en',
    re: new RegExp(
      `${BEFORE}${wd}(?:the\\s+)?(\\d{1,2})${ORD}${range}\\s+(?:of\\s+)?(${months})\\.?(?:,?\\s+(\\d{4}))?${AFTER}`,
      'giu',
    ),
    read: (m) => ({ weekday: m[1], day: m[2], month: m[3]!, year: m[4] }),
  });
  out.push({
    lang: 'en',
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])${wd}(${months})\\.?\\s+(\\d{1,2})${ORD}${range}(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}]|:\\d)`,
      'giu',
    ),
    read: (m) => ({ weekday: m[1], month: m[2]!, day: m[3], year: m[4] }),
  });
  out.push({
    lang: 'en',
    re: new RegExp(`(?<![\\p{L}])(${months})\\.?,?\\s+(\\d{4})(?![\\p{N}])`, 'giu'),
    read: (m) => ({ day: undefined, month: m[1]!, year: m[2] }),
  });
  return out;
}

let compiled: Pattern[] | null = null;

/** Cyrillic with Ukrainian letters → uk, other Cyrillic → ru, else en. */
export function scriptLanguage(s: string): TimelineLang {
  if (/[іїєґІЇЄҐ]/u.test(s)) return 'uk';
  if (/\p{Script=Cyrillic}/u.test(s)) return 'ru';
  return 'en';
}

export function findDateMentions(text: string): DateMention[] {
  compiled ??= patterns();
  const found: DateMention[] = [];
  for (const p of compiled) {
    const w = DATE_WORDS[p.lang];
    for (const m of text.matchAll(p.re)) {
      const r = p.read(m);
      const month = indexOfWord(p.lang === 'en' ? w.monthDay : r.day ? w.monthDay : w.monthAny, r.month) + 1;
      const weekday = r.weekday ? indexOfWord(w.weekday, r.weekday) : -1;
      if (month < 1) continue;
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        language: p.lang,
        day: r.day ? Number(r.day) : null,
        month,
        year: r.year ? Number(r.year) : null,
        weekday: weekday >= 0 ? weekday : null,
      });
    }
  }
  const context = (i: number) => scriptLanguage(text.slice(Math.max(0, i - 80), i + 80));
  for (const m of text.matchAll(/(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/gu))
    found.push(numeric(m, Number(m[3]), Number(m[2]), Number(m[1]), context(m.index)));
  for (const m of text.matchAll(/(?<![\p{N}.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\p{N}])/gu))
    found.push(numeric(m, Number(m[1]), Number(m[2]), Number(m[3]), context(m.index)));
  // Longest first at each place; an overlapped mention (the "января 2026 года" inside
  // "3 января 2026 года") is dropped.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const f of found) {
    if (f.day !== null && (f.day < 1 || f.day > 31)) continue;
    if (f.month > 12) continue;
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}

function numeric(
  m: RegExpMatchArray,
  day: number,
  month: number,
  year: number,
  language: TimelineLang,
): DateMention {
  return {
    start: m.index!,
    end: m.index! + m[0].length,
    text: m[0],
    language,
    day,
    month,
    year,
    weekday: null,
  };
}
