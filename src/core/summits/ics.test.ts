import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toIcs, utcStamp } from './ics';

const unfold = (s: string) => s.replace(/\r\n /g, '');
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar export (RFC 5545)', () => {
  const ics = toIcs({
    uid: '7b0c0f9e-1d2a-4c55-9a51-2f0d7a1b2c3d@guarantor',
    stamp: new Date('2026-01-02T08:00:00.123Z'),
    start: new Date('2026-01-06T14:00:00+01:00'),
    end: new Date('2026-01-06T19:00:00+01:00'),
    summary: 'Coalition of the willing; leaders, ministers, envoys',
    location: 'Élysée Palace, 55 rue du Faubourg-Saint-Honoré, Paris',
    description: `Agenda:\n1. Multinational Force Ukraine, backstop; monitoring\n2. ${'Ж'.repeat(60)} — written guarantees\\end`,
    sequence: 2,
  });

  it('ends every line with CRLF and has no bare LF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the calendar and event properties, with times in UTC', () => {
    const u = unfold(ics);
    for (const p of [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:',
      'BEGIN:VEVENT',
      'END:VEVENT',
      'END:VCALENDAR',
    ])
      expect(u).toContain(p);
    expect(u).toContain('UID:7b0c0f9e-1d2a-4c55-9a51-2f0d7a1b2c3d@guarantor\r\n');
    expect(u).toContain('DTSTAMP:20260102T080000Z\r\n');
    expect(u).toContain('DTSTART:20260106T130000Z\r\n');
    expect(u).toContain('DTEND:20260106T180000Z\r\n');
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    const u = unfold(ics);
    expect(u).toContain('SUMMARY:Coalition of the willing\\; leaders\\, ministers\\, envoys\r\n');
    expect(u).toContain('LOCATION:Élysée Palace\\, 55 rue du Faubourg-Saint-Honoré\\, Paris\r\n');
    expect(u).toContain(
      'DESCRIPTION:Agenda:\\n1. Multinational Force Ukraine\\, backstop\\; monitoring\\n2. ',
    );
    expect(u).toContain('written guarantees\\\\end\r\n');
    expect(escapeText('a,b;c\\d\r\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const lines = ics.split('\r\n');
    for (const l of lines) expect(octets(l), l).toBeLessThanOrEqual(75);
    // the Cyrillic description had to fold, and each piece is valid UTF-8 on its own
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(1);
    for (const l of lines)
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(l))).toBe(l);
  });

  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    // two-octet characters: 37 fit in 74 octets plus one
    const folded = foldLine(`A${'é'.repeat(40)}`).split('\r\n');
    expect(octets(folded[0]!)).toBe(75);
    expect(folded[1]).toBe(` ${'é'.repeat(3)}`);
  });

  it('writes a UTC stamp without fractions', () => {
    expect(utcStamp(new Date('2026-01-06T13:05:09.999Z'))).toBe('20260106T130509Z');
  });
});
