import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text';

const modality = (s: string) => analyzeText(s).modality;

describe('modality: binding', () => {
  it.each([
    ['en', 'The Participants shall consult within 24 hours.'],
    ['en', 'Latvia commits itself to providing 0.25 percent of GDP.'],
    ['en', 'The United Kingdom undertakes to provide £2.5 billion.'],
    ['ru', 'Германия обязуется предоставить 7 млрд евро.'],
    ['ru', 'Стороны будут проводить консультации.'],
    ['uk', "Велика Британія зобов'язується надати 2,5 млрд фунтів."],
    ['uk', 'Ісландія щорічно виділятиме 4 мільярди крон.'],
    ['fr', "La France s'engage à fournir 3 milliards d'euros."],
    ['fr', 'La République française allouera 3 milliards d’euros.'],
    ['de', 'Deutschland verpflichtet sich, 7 Mrd. Euro bereitzustellen.'],
    ['de', 'Litauen wird die Radare bis Ende des Jahres liefern.'],
  ])('%s: %s', (_lang, s) => {
    expect(modality(s)).toBe('binding');
  });

  it('reads a verbless measure as binding, and says so', () => {
    const a = analyzeText('Withdrawal of all heavy weapons by both sides by equal distances.');
    expect(a.modality).toBe('binding');
    expect(a.modalityDefaulted).toBe(true);
  });

  it('keeps binding when a second, weaker clause follows ("will allocate … and will continue to support")', () => {
    expect(
      modality('France will allocate up to €3 billion in 2024 and will continue to support Ukraine.'),
    ).toBe('binding');
  });
});

describe('modality: aspirational', () => {
  it.each([
    ['en', 'Canada will continue to support Ukraine for as long as it takes.'],
    ['en', 'We stand ready to deploy forces once a ceasefire is in force.'],
    ['en', 'We intend to provide a minimum baseline funding of EUR 40 billion.'],
    ['en', 'Belgium will do everything possible to deliver the jets.'],
    ['en', 'It is expected that Germany will deliver the tanks by June.'],
    ['ru', 'Норвегия планирует ежегодно предоставлять не менее 15 миллиардов крон.'],
    ['ru', 'Великобритания продолжит поддержку Украины.'],
    ['ru', 'Ожидается, что гарантии будут действовать с начала июля.'],
    ['uk', 'Нідерланди продовжуватимуть підтримувати Україну.'],
    ['uk', 'Уряд має намір виділити 100 мільйонів гривень.'],
    ['fr', 'La France entend livrer des F-16.'],
    ['fr', "La France continuera de soutenir l'Ukraine aussi longtemps qu'il le faudra."],
    ['de', 'Deutschland beabsichtigt, die Ukraine zu unterstützen.'],
    ['de', 'Die Staats- und Regierungschefs wollen 500.000 Geschosse übergeben.'],
    [
      'de',
      'Deutschland wird die Ukraine während der gesamten Laufzeit des Abkommens weiterhin unterstützen.',
    ],
    ['en', 'We are working hard to ensure that 24 F-16s fly over Ukraine as soon as possible.'],
    ['ru', 'Япония заявила о готовности передать Украине $12,1 млрд.'],
    ['fr', "Le chancelier a assuré qu'il était déterminé à soutenir l'Ukraine."],
  ])('%s: %s', (_lang, s) => {
    expect(modality(s)).toBe('aspirational');
  });

  it('marks the binding auxiliary of "will continue" as overridden, with its span', () => {
    const s = 'Canada will continue to support Ukraine.';
    const a = analyzeText(s);
    const will = a.modalityMarkers.find((m) => m.modality === 'binding')!;
    expect(will.overridden).toBe(true);
    expect(s.slice(will.span.start, will.span.end)).toBe('will');
  });
});

describe('modality: separable verbs', () => {
  it('reads a German separable verb across a long middle field as binding ("sichert … zu")', () => {
    expect(modality('Deutschland sichert der Ukraine in dem Vertrag zu, sie zu unterstützen.')).toBe(
      'binding',
    );
  });
});

describe('modality: permissive', () => {
  it.each([
    ['en', 'Japan may provide additional support.'],
    ['en', 'Several thousand soldiers could be deployed.'],
    ['en', 'We will be in a position to extend an invitation when conditions are met.'],
    ['ru', 'Норвегия может выделить дополнительные средства.'],
    ['uk', 'Фінляндія може передати додаткові системи ППО.'],
    ['fr', 'La France pourrait déployer plusieurs milliers de soldats.'],
    ['de', 'Die Bundesregierung kann weitere Soldaten entsenden.'],
    ['de', 'Zusätzliche Beiträge können bis 2027 bereitgestellt werden.'],
  ])('%s: %s', (_lang, s) => {
    expect(modality(s)).toBe('permissive');
  });

  it('does not read the month "May" as the modal "may"', () => {
    expect(modality('Russian troops will cease hostilities on 8 May for 72 hours.')).toBe('binding');
    expect(
      analyzeText('Russian troops will cease hostilities on 8 May for 72 hours.').timeframes.length,
    ).toBeGreaterThan(0);
  });
});
