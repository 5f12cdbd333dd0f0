import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text';

describe('conditions and triggers', () => {
  it.each([
    [
      'en',
      'In the event of a future armed attack by Russia, the Participants will consult within 24 hours.',
      'In the event of a future armed attack by Russia',
    ],
    [
      'ru',
      'В случае повторного вооружённого нападения России стороны проведут консультации в течение 24 часов.',
      'В случае повторного вооружённого нападения России',
    ],
    [
      'uk',
      'У разі майбутнього збройного нападу Росії учасники проведуть консультації протягом 24 годин.',
      'У разі майбутнього збройного нападу Росії',
    ],
    [
      'fr',
      'En cas de nouvelle agression armée, les Participants se consulteront dans un délai de 24 heures.',
      'En cas de nouvelle agression armée',
    ],
    [
      'de',
      'Im Falle eines künftigen bewaffneten Angriffs werden die Teilnehmer innerhalb von 24 Stunden Konsultationen aufnehmen.',
      'Im Falle eines künftigen bewaffneten Angriffs',
    ],
  ])('%s: a renewed attack is the trigger, with its clause as the span', (_lang, s, clause) => {
    const a = analyzeText(s);
    expect(a.conditional).toBe(true);
    expect(a.trigger?.trigger).toBe('renewed_attack');
    expect(s.slice(a.trigger!.span.start, a.trigger!.span.end)).toBe(clause);
    expect(a.prefill.trigger).toBe('renewed_attack');
  });

  it('reads a ceasefire trigger', () => {
    const a = analyzeText('Several thousand French soldiers could be deployed after a ceasefire is signed.');
    expect(a.trigger).toMatchObject({ trigger: 'ceasefire_in_force', conditionKind: 'ceasefire' });
    expect(
      analyzeText('La France pourrait déployer des soldats après la signature d’un cessez-le-feu.').trigger
        ?.trigger,
    ).toBe('ceasefire_in_force');
  });

  it('reads conditions without a trigger event, with the register’s condition kind', () => {
    const a = analyzeText(
      'Subject to parliamentary approval, Portugal will contribute €100 million in 2024.',
    );
    expect(a.conditional).toBe(true);
    expect(a.conditions[0]).toMatchObject({ trigger: null, conditionKind: 'parliamentary_approval' });
    expect(
      analyzeText('When we sign the agreement, we commit to allocate 0.25% of our GDP.').conditional,
    ).toBe(true);
    expect(analyzeText('Для отримання коштів держава зобов’язана виконувати план реформ.').conditional).toBe(
      true,
    );
    expect(
      analyzeText('Norwegen kann zusätzliche Mittel bereitstellen, falls das Parlament zustimmt.')
        .conditional,
    ).toBe(true);
    expect(
      analyzeText(
        'Des contributions peuvent être versées jusqu’en 2027, en fonction des besoins de l’Ukraine.',
      ).conditional,
    ).toBe(true);
  });

  it('is not conditional on an anchor of time or a hedge that looks like a condition', () => {
    expect(
      analyzeText('The withdrawal is to start on day 2 of the ceasefire and be completed within 14 days.')
        .conditional,
    ).toBe(false);
    expect(analyzeText('не позднее, чем на 19-й день после прекращения огня').conditional).toBe(false);
    expect(analyzeText('Allies will seek to meet the requirement as soon as possible.').conditional).toBe(
      false,
    );
    expect(
      analyzeText('Following my proposal, Member States agreed to deliver 1 mio rounds.').conditional,
    ).toBe(false);
  });

  it('does not take a party named inside the condition as the one bound', () => {
    expect(
      analyzeText('Should Russia renew its aggression, Canada will impose sanctions within 72 hours.').actor
        ?.text,
    ).toBe('Canada');
    expect(
      analyzeText('The agreement will be effective for ten years, or until Ukraine becomes a member of NATO.')
        .actor,
    ).toBeNull();
  });
});
