import { describe, expect, it } from 'vitest';
import { inferYear, isRealDate } from './infer-year';

const anchor = { year: 2026, month: 1, day: 6 };

describe('inferring the year', () => {
  it('a December date before a January anchor belongs to the previous year', () => {
    expect(inferYear({ month: 12, day: 30, weekday: null }, anchor)).toBe(2025);
  });

  it('a January date near a January anchor keeps its year; a February one too', () => {
    expect(inferYear({ month: 1, day: 3, weekday: null }, anchor)).toBe(2026);
    expect(inferYear({ month: 2, day: 20, weekday: null }, anchor)).toBe(2026);
  });

  it('a January date after a December anchor belongs to the next year', () => {
    expect(inferYear({ month: 1, day: 3, weekday: null }, { year: 2025, month: 12, day: 30 })).toBe(2026);
  });

  it('the nearest year wins at the half-year boundary (6 months either way)', () => {
    expect(inferYear({ month: 7, day: 1, weekday: null }, anchor)).toBe(2026);
    expect(inferYear({ month: 7, day: 10, weekday: null }, anchor)).toBe(2025);
  });

  it('a named weekday decides: Tuesday 6 January is 2026, Monday 6 January is 2025', () => {
    expect(inferYear({ month: 1, day: 6, weekday: 1 }, anchor)).toBe(2026);
    expect(inferYear({ month: 1, day: 6, weekday: 0 }, anchor)).toBe(2025);
  });

  it('29 February only in a leap year', () => {
    expect(inferYear({ month: 2, day: 29, weekday: null }, { year: 2025, month: 2, day: 1 })).toBe(2024);
    expect(isRealDate({ year: 2026, month: 2, day: 29 })).toBe(false);
  });
});
