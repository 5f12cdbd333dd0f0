import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../contracts/analysis';
import { analyzeText } from './analyze-text';

const qs = (s: string) => analyzeText(s).quantities;
const one = (s: string): Quantity => {
  const q = qs(s);
  expect(q).toHaveLength(1);
  return q[0]!;
};

describe('quantities: money', () => {
  it.each([
    ['en', 'The UK will provide £2.5bn in 2024.', 2.5e9, 'GBP'],
    ['en', 'Spain will provide EUR 1 billion in military aid.', 1e9, 'EUR'],
    ['en', 'The U.S. has committed up to $50 billion.', 5e10, 'USD'],
    ['en', 'Latvia will allocate 20 million euros for drones.', 2e7, 'EUR'],
    ['en', 'Denmark will provide at least €1,8 billion.', 1.8e9, 'EUR'],
    ['ru', 'Сунак объявил о пакете на сумму в 2,5 миллиардов фунтов.', 2.5e9, 'GBP'],
    ['ru', 'Норвегия выделит не менее 15 миллиардов норвежских крон.', 1.5e10, 'NOK'],
    ['uk', 'ЄС виділить Україні 50 млрд євро.', 5e10, 'EUR'],
    ['fr', "La France fournira jusqu'à 3 milliards d'euros.", 3e9, 'EUR'],
    ['de', 'Litauen hat 13,5 Mio. EUR bereitgestellt.', 13.5e6, 'EUR'],
    ['de', 'Deutschland wird mehr als 7 Mrd. Euro bereitstellen.', 7e9, 'EUR'],
    ['es', 'Los Países Bajos han prometido 2.000 millones de euros.', 2e9, 'EUR'],
    ['sv', 'Reykjavik kommer att allokera minst 4 miljarder ISK.', 4e9, 'ISK'],
  ])('%s: %s', (_lang, s, value, currency) => {
    expect(one(s)).toMatchObject({ kind: 'money', value, currency });
  });

  it('keeps the span of the whole amount, qualifier and symbol included', () => {
    const s = 'France will allocate up to €3 billion in 2024.';
    const q = one(s);
    expect(s.slice(q.span.start, q.span.end)).toBe('up to €3 billion');
  });

  it('records money in an unknown currency with currency null', () => {
    expect(one('Норвегия выделит 1 000 000 крон.')).toMatchObject({
      kind: 'money',
      value: 1e6,
      currency: null,
    });
  });
});

describe('quantities: bounds', () => {
  it('an "up to" amount is a quantity with ceiling: true, in every language', () => {
    for (const s of [
      'The EU will mobilise up to €50 billion.',
      'Канада выделит до 500 миллионов долларов.',
      'Данія надасть до 2 млрд євро.',
      "La France fournira jusqu'à 3 milliards d'euros.",
      'Dänemark wird bis zu 2,5 Mrd. Euro bereitstellen.',
    ]) {
      expect(one(s)).toMatchObject({ bound: 'ceiling', ceiling: true });
    }
  });

  it('reads floors and approximations', () => {
    expect(one('Germany will provide more than €7 billion.').bound).toBe('floor');
    expect(one('Германия предоставит не менее 7 млрд евро.').bound).toBe('floor');
    expect(one('Ісландія виділятиме щонайменше 4 мільярди крон.').bound).toBe('floor');
    expect(one('G7 will make available approximately USD 50 billion.').bound).toBe('approx');
    expect(one('Macron said several thousand soldiers could be deployed.')).toMatchObject({
      bound: 'floor',
      value: 2000,
    });
  });
});

describe('quantities: percentages, measures, counts', () => {
  it('reads percentages and what they are of', () => {
    expect(one('Estonia will allocate 0.25% of our GDP per year.')).toMatchObject({
      kind: 'percent',
      value: 0.25,
      unit: '%',
      basis: 'GDP',
    });
    expect(one('Latvia commits to 0.25 percent of Gross Domestic Product (GDP).')).toMatchObject({
      kind: 'percent',
      basis: 'GDP',
    });
    expect(one('Литва выделит 0,25 % ВВП.')).toMatchObject({ kind: 'percent', value: 0.25, basis: 'GDP' });
  });

  it('reads measures and counted items with their unit', () => {
    expect(one('a security zone of at least 50 km wide')).toMatchObject({
      kind: 'measure',
      value: 50,
      unit: 'km',
      bound: 'floor',
    });
    const q = qs(
      'The package includes 36 self-propelled howitzers and 120,000 rounds of artillery ammunition.',
    );
    expect(q.map((x) => [x.value, x.unit])).toEqual([
      [36, 'self-propelled howitzers'],
      [120000, 'rounds'],
    ]);
    expect(one('Finland will train 1,000 Ukrainian soldiers.')).toMatchObject({ kind: 'count', value: 1000 });
  });

  it('does not count years, dates, designators, articles or parties as quantities', () => {
    expect(qs('Belgium would send F-16s to Ukraine in 2025.')).toEqual([]);
    expect(qs('an attack on one is an attack on all, as enshrined in Article 5.')).toEqual([]);
    expect(qs('The G7 leaders met on 12 July 2023.')).toEqual([]);
    expect(qs('The two countries will hold consultations.')).toEqual([]);
    expect(qs('The Participants will consult within 24 hours.')).toEqual([]);
    expect(qs("conformément à son droit de légitime défense en vertu de l'art. 51 de la Charte")).toEqual([]);
  });
});
