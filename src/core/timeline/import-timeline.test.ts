/**
 * The rule: importing ../shared/data/paris-2026-article.ru.txt offers exactly the five
 * dated events data/README.md lists, each with the right date, the year inferred where omitted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TimelineImportResult } from '../../contracts/timeline';
import { importTimeline } from './import-timeline';

const articlePath = [
  new URL('../../../../shared/data/paris-2026-article.ru.txt', import.meta.url).pathname,
  process.env.GUARANTOR_SHARED_DATA ? `${process.env.GUARANTOR_SHARED_DATA}/paris-2026-article.ru.txt` : '',
].find((p) => p && existsSync(p));

describe('importing the Paris article', () => {
  // the article lives in ../shared beside the clone; CI always has it, a bare clone may not
  it.skipIf(!articlePath && process.env.CI !== 'true')(
    'offers exactly the five dated events, with the right dates',
    () => {
      const text = readFileSync(articlePath!, 'utf8');
      const r = importTimeline({ text });
      expect(TimelineImportResult.safeParse(r).success).toBe(true);
      expect(r.articleDate).toBe('2026-01-06');
      expect(r.articleDateSource).toBe('dateline');
      expect(r.events.map((e) => [e.date, e.yearInferred])).toEqual([
        ['2025-12-30', false],
        ['2025-12-31', true],
        ['2026-01-03', true],
        ['2026-01-05', true],
        ['2026-01-06', true],
      ]);
      const byDate = Object.fromEntries(r.events.map((e) => [e.date, e]));
      // the report of the day, not the announcement "запланирована на 3 января"
      expect(byDate['2026-01-03']!.text).toMatch(/^3 января Зеленский высказался/);
      expect(byDate['2026-01-03']!.otherMentions[0]!.text).toMatch(/запланирована на 3 января/);
      expect(byDate['2026-01-06']!.text).toMatch(/^6 января в Париже состоится встреча/);
      expect(byDate['2025-12-31']!.text).toMatch(/^31 декабря секретарь СНБО/);
      for (const e of r.events) {
        expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
        expect(text.slice(e.mention.span.start, e.mention.span.end)).toBe(e.mention.text);
        expect(e.language).toBe('ru');
      }
    },
  );

  it.skipIf(!articlePath && process.env.CI !== 'true')(
    'finds the same five dates without the dateline, from the years the text gives',
    () => {
      const text = readFileSync(articlePath!, 'utf8').replace(/^\s*date \S+/, '');
      const r = importTimeline({ text });
      expect(r.articleDate).toBeNull();
      expect(r.events.map((e) => e.date)).toEqual([
        '2025-12-30',
        '2025-12-31',
        '2026-01-03',
        '2026-01-05',
        '2026-01-06',
      ]);
    },
  );
});

describe('timeline import rules', () => {
  it('a month without a day is no event; the dateline is no event', () => {
    const r = importTimeline({
      text: 'date 2026-01-06 Заголовок\nВ начале января 2026 года пройдут встречи.',
    });
    expect(r.events).toEqual([]);
  });

  it('the year: an earlier explicit year in the same sentence beats the article date', () => {
    const r = importTimeline({
      text: 'On 18 March 2014 Russia annexed Crimea, and on 24 March leaders met. On 5 January diplomats spoke.',
      published: '2026-01-06',
    });
    expect(r.events.map((e) => [e.date, e.yearSource])).toEqual([
      ['2014-03-18', 'explicit'],
      ['2014-03-24', 'sentence'],
      ['2026-01-05', 'article-date'],
    ]);
  });

  it('English and Ukrainian articles; a weekday decides the year', () => {
    const en = importTimeline({
      text: 'On Tuesday, January 6, leaders met in Paris. On December 30 Zelensky spoke.',
      today: '2026-03-01',
    });
    expect(en.events.map((e) => e.date)).toEqual(['2025-12-30', '2026-01-06']);
    const uk = importTimeline({
      text: '31 грудня секретар РНБО повідомив про зустріч. 3 січня 2026 року Зеленський висловився.',
    });
    expect(uk.events.map((e) => [e.date, e.language])).toEqual([
      ['2025-12-31', 'uk'],
      ['2026-01-03', 'uk'],
    ]);
  });

  it('with no year anywhere and no date given, the date is undated, not guessed', () => {
    const r = importTimeline({ text: 'Встреча пройдет 6 января.' });
    expect(r.events).toEqual([]);
    expect(r.undated.map((m) => m.text)).toEqual(['6 января']);
  });
});
