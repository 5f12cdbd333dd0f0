import { describe, expect, it } from 'vitest';
import type { Timeframe } from '../../contracts/analysis';
import { analyzeText } from './analyze-text';

const tfs = (s: string) => analyzeText(s).timeframes;
const one = (s: string): Timeframe => {
  const t = tfs(s);
  expect(t).toHaveLength(1);
  return t[0]!;
};

describe('timeframes: response time', () => {
  it.each([
    ['en', 'The Participants will consult within 24 hours.', 24],
    ['en', "I'll have that done in 24 hours.", 24],
    ['ru', 'Стороны проведут консультации в течение 24 часов.', 24],
    ['ru', 'Стороны обязаны начать консультации в течение суток.', 24],
    ['uk', 'Учасники проведуть консультації протягом 24 годин.', 24],
    ['fr', 'Les Participants se consulteront dans un délai de 24 heures.', 24],
    ['fr', 'La France tiendra des consultations dans les 24h.', 24],
    ['de', 'Die Teilnehmer werden innerhalb von 24 Stunden Konsultationen aufnehmen.', 24],
    ['en', 'Canada will impose sanctions within 3 days.', 72],
  ])('%s: %s', (_lang, s, hours) => {
    expect(one(s)).toMatchObject({ kind: 'response_time', hours });
  });

  it('keeps the span of the whole expression', () => {
    const s = 'The Participants will consult within 24 hours.';
    const t = one(s);
    expect(s.slice(t.span.start, t.span.end)).toBe('within 24 hours');
  });
});

describe('timeframes: durations', () => {
  it.each([
    ['en', 'The agreement will remain in force for 10 years.', 120],
    ['en', 'over the ten-year duration of this agreement', 120],
    ['en', 'facilitate safe shipping over a period of 120 days', 3.94],
    ['ru', 'Великобритания продолжит поддержку в течение 10-летнего срока этого соглашения.', 120],
    ['ru', 'Соглашение рассчитано на 10 лет.', 120],
    ['uk', 'ЄС виділить 50 млрд євро на чотири роки.', 48],
    ['uk', 'Угода діє протягом десяти років.', 120],
    ['fr', "L'accord est conclu pour une durée de dix ans.", 120],
    ['de', 'Die Vereinbarung hat eine Laufzeit von zehn Jahren.', 120],
  ])('%s: %s', (_lang, s, months) => {
    const t = tfs(s).find((x) => x.kind === 'duration');
    expect(t).toBeDefined();
    expect(t!.months).toBeCloseTo(months, 1);
  });

  it('reads a year range as a duration with its start and end', () => {
    expect(one('Iceland will allocate ISK 4 billion during 2024-2028.')).toMatchObject({
      kind: 'duration',
      startDate: '2024-01-01',
      endDate: '2028-12-31',
      months: 60,
    });
  });
});

describe('timeframes: deadlines and start dates', () => {
  it.each([
    ['en', 'Spain promised €5 billion until 2027.', '2027-12-31'],
    ['en', 'Latvia will provide 0.25 percent of GDP by 2026.', '2026-12-31'],
    ['en', 'Germany will provide €7 billion in 2024.', '2024-12-31'],
    ['ru', 'Канада выделит средства до конца 2025 года.', '2025-12-31'],
    ['ru', 'Сунак объявил о пакете на 2024 год.', '2024-12-31'],
    ['uk', 'Британія надасть допомогу у 2024 році.', '2024-12-31'],
    ['fr', "La France livrera les avions d'ici 2027.", '2027-12-31'],
    ['de', 'Die Staaten wollen die Geschosse bis Ende 2024 übergeben.', '2024-12-31'],
    ['de', 'Deutschland wird im Jahr 2024 Militärhilfe leisten.', '2024-12-31'],
    ['es', 'Los Países Bajos proporcionarán la ayuda en 2024.', '2024-12-31'],
  ])('%s: %s', (_lang, s, endDate) => {
    expect(one(s)).toMatchObject({ kind: 'deadline', endDate });
  });

  it('reads relative deadlines ("this year", "by the end of the year", "bis Ende dieses Jahres")', () => {
    for (const s of [
      'This year, Spain will provide EUR 1 billion.',
      'G7 will make funds available by the end of the year.',
      'Litauen wird die Radare bis Ende dieses Jahres liefern.',
      'Данія передасть літаки цього року.',
    ]) {
      expect(tfs(s)[0]).toMatchObject({ kind: 'deadline', relative: true });
    }
  });

  it('reads "no later than 30 days from signing" as a relative deadline and "within the next 12 months" as one', () => {
    expect(one('no later than 30 days from the date of signing of this document').kind).toBe('deadline');
    expect(one('Member States agreed to deliver 1 mio rounds within the next 12 months.')).toMatchObject({
      kind: 'deadline',
      months: 12,
    });
  });

  it('reads start dates with the date they fix', () => {
    expect(one('ceasefire as of 15 February 2015, 12 a.m. local time')).toMatchObject({
      kind: 'start_date',
      startDate: '2015-02-15',
    });
    const t = tfs(
      'Российская Федерация обещает остановить все боевые действия с 18:00 19 апреля до 00:00 21 апреля.',
    );
    expect(t.map((x) => x.kind)).toEqual(['start_date', 'deadline']);
    expect(one('Heads of State will re-evaluate contributions starting at the 2025 NATO Summit.').kind).toBe(
      'start_date',
    );
  });

  it('counts recurrences ("annually", "per year", "щорічно") as timeframes', () => {
    expect(one('Estonia will allocate 0.25% of GDP per year.').kind).toBe('recurrence');
    expect(one('Норвегия ежегодно предоставит 15 млрд крон.').kind).toBe('recurrence');
    expect(one('Ісландія щорічно виділятиме 4 мільярди крон.').kind).toBe('recurrence');
  });
});

describe('timeframes: what is not one', () => {
  it('"immediately", "without delay", "as soon as possible" are hedges, not timeframes, in every language', () => {
    for (const s of [
      'We will direct our teams to begin these discussions immediately.',
      'Denmark will provide support without delay.',
      'Allies will seek to meet the requirement as soon as possible.',
      'Швеция немедленно направит помощь.',
      'Данія негайно надасть допомогу.',
      'Le Participant français fournira sans délai une assistance.',
      'Deutschland wird unverzüglich Systeme liefern.',
    ]) {
      const a = analyzeText(s);
      expect(a.timeframes).toEqual([]);
      expect(a.hedges.map((h) => h.kind)).toContain('unmeasurable_timing');
    }
  });

  it('an event named by its year is not a deadline; open-ended time is not a duration', () => {
    expect(tfs('We reaffirm the commitment we made at the 2008 Summit in Bucharest.')).toEqual([]);
    expect(tfs('We will stand with Ukraine for as long as it takes.')).toEqual([]);
    expect(tfs('NATO Foreign Ministers will regularly assess progress.')).toEqual([]);
  });
});
