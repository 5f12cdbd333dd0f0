import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text';

const actor = (s: string) => analyzeText(s).actor;

describe('actor', () => {
  it.each([
    ['en', 'The agreement states that in 2024, Germany will provide more than €7 billion.', 'Germany'],
    ['en', 'It also commits the UK to consult with Ukraine.', 'UK'],
    ['en', 'In the presence of President Zelenskyy, we decided to make available USD 50 billion.', 'we'],
    ['en', 'Scholz also announced a new €1.1 billion package.', 'Scholz'],
    ['en', 'In 2024, Danish military support will amount to at least €1,8 billion.', 'Danish military'],
    ['en', 'a resolution has to be approved by the Verkhovna Rada of Ukraine', 'Verkhovna Rada'],
    ['ru', 'Российская Федерация обещает остановить все боевые действия.', 'Российская Федерация'],
    ['ru', 'Путин заявил, что российские войска прекратят боевые действия.', 'Путин'],
    ['uk', 'Програма передбачає виділення Україні Євросоюзом 50 млрд євро.', 'Євросоюзом'],
    ['fr', 'Au sein du Groupe, la partie française jouera un rôle de premier plan.', 'la partie'],
    [
      'de',
      'In der Zwischenzeit hat die litauische Regierung 13,5 Mio. EUR bereitgestellt.',
      'litauische Regierung',
    ],
    ['sv', 'Följaktligen kommer Reykjavik årligen att allokera minst 4 miljarder ISK.', 'Reykjavik'],
  ])('%s: %s', (_lang, s, text) => {
    expect(actor(s)?.text).toBe(text);
  });

  it('does not take a party mentioned only after a preposition or as the attacker', () => {
    expect(
      actor('Immediate ceasefire in certain areas of the Donetsk and Luhansk regions of Ukraine.'),
    ).toBeNull();
    expect(
      actor(
        'The agreement sets out a mechanism for consultations within 24 hours at the request of either party in the event of a future armed attack by Russia.',
      ),
    ).toBeNull();
    expect(actor('And EUR 5 billion over three years.')).toBeNull();
  });

  it('does not take a Russian or Ukrainian party in an oblique case', () => {
    expect(
      actor('200 миллионов фунтов выделят на новые дроны, которые будут производиться в самой Британии.'),
    ).toBeNull();
    expect(
      actor('Незамедлительное прекращение огня в отдельных районах Донецкой и Луганской областей Украины.'),
    ).toBeNull();
    expect(actor('Допомога Україні буде надана у 2025 році.')).toBeNull();
  });

  it('does not take a German party in an oblique case marked on the article', () => {
    expect(actor('Zusätzliche Beiträge werden je nach dem Bedarf der Ukraine bereitgestellt.')).toBeNull();
  });

  it('gives the actor its span', () => {
    const s = 'The Participants will hold consultations within 24 hours.';
    const a = actor(s)!;
    expect(s.slice(a.span.start, a.span.end)).toBe('The Participants');
    expect(a.kind).toBe('body');
  });
});
