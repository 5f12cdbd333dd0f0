import { describe, expect, it } from 'vitest';
import { Analysis } from '../../contracts/analysis';
import { analyzeText } from './analyze-text';

describe('analyzeText: the rubric, per language', () => {
  it.each([
    ['en', 'The United Kingdom will provide £2.5 billion in military assistance to Ukraine in 2024.'],
    [
      'ru',
      'Германия обязуется предоставить Украине военную помощь на сумму не менее 7 млрд евро в 2024 году.',
    ],
    ['uk', "Велика Британія зобов'язується надати Україні 2,5 млрд фунтів військової допомоги у 2024 році."],
    [
      'fr',
      "La France s'engage à fournir jusqu'à 3 milliards d'euros d'aide militaire supplémentaire en 2024.",
    ],
    [
      'de',
      'Deutschland verpflichtet sich, der Ukraine im Jahr 2024 Militärhilfe in Höhe von mehr als 7 Mrd. Euro bereitzustellen.',
    ],
  ])('%s: named actor + binding + amount and year is concrete', (lang, s) => {
    const a = analyzeText(s);
    expect(a.lang).toBe(lang);
    expect(a.label).toBe('concrete');
    expect(a.missing).toEqual([]);
    expect(a.score).toBeGreaterThanOrEqual(55);
  });

  it.each([
    [
      'en',
      'Canada will continue to support Ukraine for as long as it takes.',
      ['binding_modality', 'quantity_or_timeframe'],
    ],
    [
      'ru',
      'Франция намерена и впредь поддерживать Украину столько, сколько потребуется.',
      ['binding_modality', 'quantity_or_timeframe'],
    ],
    ['uk', 'Угода діє протягом десяти років.', ['actor']],
    ['fr', 'La France apportera une aide militaire et civile.', ['quantity_or_timeframe']],
    ['de', 'Die Bundesregierung kann weitere 1.000 Soldaten entsenden.', ['binding_modality']],
  ])('%s: vague, with the missing elements named', (_lang, s, missing) => {
    const a = analyzeText(s);
    expect(a.label).toBe('vague');
    expect(a.missing).toEqual(missing);
    expect(a.score).toBeLessThan(50);
  });
});

describe('analyzeText: boundary cases', () => {
  it('an "up to" ceiling is a quantity: concrete', () => {
    const a = analyzeText('The U.S. has committed up to $50 billion.');
    expect(a.label).toBe('concrete');
    expect(a.quantities[0]?.ceiling).toBe(true);
  });

  it('"immediately" is not a measurable deadline: vague', () => {
    const a = analyzeText('Poland will immediately dispatch additional air defence units.');
    expect(a.label).toBe('vague');
    expect(a.missing).toEqual(['quantity_or_timeframe']);
  });

  it('"consult within 24 hours" is concrete', () => {
    const a = analyzeText('The Participants will consult within 24 hours.');
    expect(a.label).toBe('concrete');
    expect(a.prefill.responseTimeHours).toBe(24);
  });

  it('an escape clause makes an otherwise complete sentence vague', () => {
    const a = analyzeText(
      'Sweden will, where possible, deliver three billion kronor in military aid this year.',
    );
    expect(a.missing).toEqual([]);
    expect(a.label).toBe('vague');
  });

  it('unquantified support over ten years is vague (data README)', () => {
    const a = analyzeText('Germany has committed to support Ukraine for ten years.');
    expect(a.timeframes).toHaveLength(1);
    expect(a.label).toBe('vague');
    expect(a.missing).toEqual(['quantity_or_timeframe']);
  });

  it('a checkable deliverable with a year is concrete without a number', () => {
    expect(analyzeText('Belgium would send F-16s to Ukraine in 2025.').label).toBe('concrete');
  });

  it('ranks concrete above hedged above aspirational', () => {
    const concrete = analyzeText('Germany will provide €7 billion in 2024.').score;
    const hedged = analyzeText('Germany will provide military aid as soon as possible.').score;
    const aspirational = analyzeText('Germany intends to support Ukraine as appropriate.').score;
    expect(concrete).toBeGreaterThan(hedged);
    expect(hedged).toBeGreaterThan(aspirational);
  });
});

describe('analyzeText: result shape', () => {
  it('validates against the Analysis contract and every span points into the text', () => {
    const s =
      'In the event of a future armed attack, France will provide up to €3 billion within 24 hours, subject to parliamentary approval.';
    const a = Analysis.parse(analyzeText(s));
    const spans = [
      a.actor!.span,
      ...a.quantities.map((q) => q.span),
      ...a.timeframes.map((t) => t.span),
      ...a.hedges.map((h) => h.span),
      ...a.conditions.map((c) => c.span),
      ...a.modalityMarkers.map((m) => m.span),
    ];
    for (const sp of spans) {
      expect(sp.start).toBeGreaterThanOrEqual(0);
      expect(sp.end).toBeLessThanOrEqual(s.length);
      expect(sp.end).toBeGreaterThan(sp.start);
    }
    expect(a.quantities.map((q) => s.slice(q.span.start, q.span.end))).toEqual(['up to €3 billion']);
  });

  it('fills the register form from the findings', () => {
    expect(
      analyzeText('Iceland will allocate at least ISK 4 billion annually during 2024-2028.').prefill,
    ).toEqual({
      money: { amount: 4e9, currency: 'ISK' },
      durationMonths: 60,
      startDate: '2024-01-01',
      endDate: '2028-12-31',
    });
    expect(
      analyzeText(
        'France and the United Kingdom will deploy up to 10,000 troops after a ceasefire enters into force.',
      ).prefill,
    ).toEqual({
      quantity: { value: 10000, unit: 'troops' },
      trigger: 'ceasefire_in_force',
    });
  });

  it('handles empty and symbol-only input without throwing', () => {
    expect(analyzeText('').label).toBe('vague');
    expect(analyzeText('—').lang).toBe('und');
  });
});
