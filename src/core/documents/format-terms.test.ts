import { describe, expect, it } from 'vitest';
import type { CommitmentDoc } from '../../contracts/commitment';
import { durationInWords, formatter, responseInWords, termsInWords } from './format-terms';
import { fill } from './templates';

const base = {
  trigger: { kind: 'renewed_attack' },
  conditions: [{ kind: 'parliamentary_approval', text: 'A vote in the Commons.', satisfied: false }],
  terms: {
    money: {
      amount: 2_500_000_000,
      currency: 'GBP',
      eurAmount: 2_952_925_000,
      eurPerUnit: 1.18117,
      rateDate: '2024-12-31',
      rateSource: 'ECB',
    },
    startDate: '2024-04-01',
    endDate: '2025-03-31',
    durationMonths: 120,
    responseTimeHours: 48,
  },
} as unknown as CommitmentDoc;

describe('terms in words, through Intl, in each language', () => {
  it('English: the amount in its currency and in EUR, dates, duration, response time after the determination', () => {
    const t = termsInWords(formatter('en'), base);
    expect(t[0]).toBe(
      'Amount: £2,500,000,000, equivalent to €2,952,925,000 at 1.18117 euro per unit of GBP (rate of 31 December 2024, ECB).',
    );
    expect(t).toContain('Period: from 1 April 2024 to 31 March 2025.');
    expect(t).toContain('Deadline: no later than 31 March 2025.');
    expect(t).toContain('Duration: 120 months (10 years).');
    expect(t).toContain('This commitment takes effect upon the Determination of a renewed armed attack.');
    expect(t).toContain('Response time: within 48 hours (2 days) after the Determination.');
    expect(t).toContain('Parliamentary approval: A vote in the Commons (not yet satisfied).');
  });

  it('Ukrainian and French write numbers, dates and units their own way', () => {
    // Intl groups digits with no-break spaces (U+00A0 in Ukrainian, U+202F in French)
    const spaces = (x: string) => x.replace(/[\u00a0\u202f]/g, ' ');
    const uk = spaces(termsInWords(formatter('uk'), base).join('\n'));
    expect(uk).toContain('2 500 000 000');
    expect(uk).toContain('31 березня 2025 р.');
    expect(uk).not.toContain('р..');
    expect(uk).toContain('120 місяців (10 років)');
    expect(uk).toContain('48 годин (2 дні)');
    const fr = spaces(termsInWords(formatter('fr'), base).join('\n'));
    expect(fr).toContain('2 500 000 000');
    expect(fr).toContain('1,18117');
    expect(fr).toContain('31 mars 2025');
    expect(fr).toContain('120 mois (10 ans)');
  });

  it('durations and response times that are not whole years or days stay in their unit', () => {
    expect(durationInWords(formatter('en'), 6)).toBe('6 months');
    expect(responseInWords(formatter('en'), 24)).toBe('24 hours');
    expect(responseInWords(formatter('en'), 36)).toBe('36 hours');
  });

  it('a commitment without terms says so', () => {
    const none = {
      ...base,
      terms: {},
      trigger: { kind: 'none' },
      conditions: [],
    } as unknown as CommitmentDoc;
    expect(termsInWords(formatter('en'), none)).toEqual([
      'No quantity, amount, date or response time is recorded for this commitment.',
    ]);
  });

  it('fill leaves unknown placeholders visible and joins a closing full stop', () => {
    expect(fill('{a} and {b}.', { a: 'x' })).toBe('x and {b}.');
    expect(fill('by {date}.', { date: '6 січня 2026 р.' })).toBe('by 6 січня 2026 р.');
    expect(fill('wait...', {})).toBe('wait...');
  });
});
