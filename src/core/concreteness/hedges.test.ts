import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text';

const kinds = (s: string) => analyzeText(s).hedges.map((h) => h.kind);

describe('hedges', () => {
  it.each([
    ['en', 'Italy will provide assistance as appropriate.', 'escape_clause'],
    ['en', 'Sweden will, where possible, deliver the systems.', 'escape_clause'],
    ['ru', 'Франция будет по мере возможности оказывать помощь.', 'escape_clause'],
    ['uk', 'Уряд за можливості надасть техніку.', 'escape_clause'],
    ['fr', 'La France livrera le cas échéant des munitions.', 'escape_clause'],
    ['de', 'Deutschland wird soweit möglich Munition liefern.', 'escape_clause'],
  ])('%s escape clause: %s', (_lang, s, kind) => {
    expect(kinds(s)).toContain(kind);
  });

  it.each([
    ['en', 'Allies will provide support in accordance with their national procedures.'],
    ['en', 'taking into account our respective national budget procedures'],
    ['ru', 'Стороны выделят средства в соответствии с национальными процедурами.'],
    ['uk', 'Сторони виділять кошти відповідно до національного законодавства.'],
    ['fr', 'La France contribuera conformément à ses procédures nationales.'],
    ['de', 'Deutschland leistet Hilfe im Einklang mit seinen innerstaatlichen Verfahren.'],
  ])('%s procedural: %s', (_lang, s) => {
    const a = analyzeText(s);
    expect(a.hedges.map((h) => h.kind)).toContain('procedural');
    expect(a.conditional).toBe(true);
  });

  it.each([
    ['en', 'The UK will stand with Ukraine for as long as it takes.', 'open_ended'],
    ['ru', 'Франция поддержит Украину столько, сколько потребуется.', 'open_ended'],
    ['uk', 'ЄС буде підтримувати Україну стільки, скільки потрібно.', 'open_ended'],
    ['fr', "La France soutiendra l'Ukraine aussi longtemps qu'il le faudra.", 'open_ended'],
    ['de', 'Deutschland wird die Ukraine so lange wie nötig unterstützen.', 'open_ended'],
    ['en', 'Belgium will do everything possible to deliver them.', 'best_efforts'],
    ['fr', 'La Belgique fera tout son possible.', 'best_efforts'],
    ['en', 'NATO Foreign Ministers will regularly assess progress.', 'unmeasurable_timing'],
  ])('%s %s: %s', (_lang, s, kind) => {
    expect(kinds(s)).toContain(kind);
  });

  it('gives each hedge its span in the original text', () => {
    const s = 'Italy will provide assistance as appropriate.';
    const h = analyzeText(s).hedges[0]!;
    expect(s.slice(h.span.start, h.span.end)).toBe('as appropriate');
  });

  it('hedges lower the score', () => {
    const plain = analyzeText('Germany will provide €7 billion in 2024.').score;
    const hedged = analyzeText(
      'Germany will provide €7 billion in 2024, in accordance with its national procedures.',
    ).score;
    expect(hedged).toBeLessThan(plain);
  });
});
