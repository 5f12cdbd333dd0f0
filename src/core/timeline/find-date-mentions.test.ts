/** Each date form of each language is recognised, with its day, month, year and weekday. */
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './find-date-mentions';

const one = (s: string) => {
  const ms = findDateMentions(s);
  expect(ms, s).toHaveLength(1);
  const { day, month, year, weekday, language, text } = ms[0]!;
  return { day, month, year, weekday, language, text };
};

describe('Russian dates', () => {
  it.each([
    ['30 декабря сообщил', { day: 30, month: 12, year: null, text: '30 декабря' }],
    ['3 января 2026 года Зеленский', { day: 3, month: 1, year: 2026, text: '3 января 2026 года' }],
    ['до 10 марта 2025 г. включительно', { day: 10, month: 3, year: 2025, text: '10 марта 2025 г.' }],
    ['заявили 5-го января', { day: 5, month: 1, year: null, text: '5-го января' }],
    ['с 5–6 мая', { day: 5, month: 5, year: null, text: '5–6 мая' }],
  ])('%s', (s, want) => {
    expect(one(s)).toMatchObject({ ...want, language: 'ru' });
  });

  it('a weekday with its preposition: "во вторник, 6 января"', () => {
    expect(one('Встреча пройдет во вторник, 6 января')).toMatchObject({
      day: 6,
      month: 1,
      weekday: 1,
      text: 'во вторник, 6 января',
    });
  });

  it('a month and year without a day: anchors the year, day null', () => {
    expect(one('в начале января 2026 года проведет')).toMatchObject({ day: null, month: 1, year: 2026 });
  });
});

describe('Ukrainian dates', () => {
  it.each([
    ['31 грудня секретар', { day: 31, month: 12, year: null }],
    ['3 січня 2026 року', { day: 3, month: 1, year: 2026 }],
    ['24 лютого 2022 р. почалося', { day: 24, month: 2, year: 2022 }],
    ['5-го листопада', { day: 5, month: 11, year: null }],
  ])('%s', (s, want) => {
    expect(one(s)).toMatchObject({ ...want, language: 'uk' });
  });

  it('a weekday: "у вівторок, 6 січня"; a month and year: "у січні 2026 року"', () => {
    expect(one('у вівторок, 6 січня')).toMatchObject({ day: 6, month: 1, weekday: 1 });
    expect(one('у січні 2026 року')).toMatchObject({ day: null, month: 1, year: 2026 });
  });
});

describe('English dates', () => {
  it.each([
    ['on January 5 diplomats', { day: 5, month: 1, year: null, text: 'January 5' }],
    ['on 6 Jan 2026 leaders', { day: 6, month: 1, year: 2026, text: '6 Jan 2026' }],
    ['Jan. 6, 2026, in Paris', { day: 6, month: 1, year: 2026 }],
    ['the 5th of January', { day: 5, month: 1, year: null }],
    ['December 30th', { day: 30, month: 12, year: null }],
    ['Tuesday, January 6', { day: 6, month: 1, weekday: 1 }],
    ['on Tuesday 6 January 2026', { day: 6, month: 1, year: 2026, weekday: 1 }],
  ])('%s', (s, want) => {
    expect(one(s)).toMatchObject({ ...want, language: 'en' });
  });

  it('"January 2026" is a month and year, not 20 January', () => {
    expect(one('in January 2026 the force')).toMatchObject({ day: null, month: 1, year: 2026 });
  });
});

describe('numeric dates', () => {
  it('ISO and day.month.year, language from the text around them', () => {
    expect(one('опубликовано 2026-01-06 в')).toMatchObject({ day: 6, month: 1, year: 2026, language: 'ru' });
    expect(one('signed on 06.01.2026 by')).toMatchObject({ day: 6, month: 1, year: 2026, language: 'en' });
  });

  it('no date in numbers that are not dates: "27 лидеров", "10 years", "24 hours", times', () => {
    expect(findDateMentions('более 27 лидеров, 10 years, 24 hours, at 10:30, 1.5 million')).toEqual([]);
  });
});
