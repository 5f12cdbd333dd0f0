import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitting sentences', () => {
  it('ends a sentence at . ! ? before a capital or a digit, and at every line break', () => {
    expect(texts('Первая встреча. Вторая встреча!\n3 января было так')).toEqual([
      'Первая встреча.',
      'Вторая встреча!',
      '3 января было так',
    ]);
  });

  it('keeps abbreviations and initials inside the sentence: "2026 г.", "В. Зеленский", "Jan. 6"', () => {
    expect(texts('3 января 2026 г. Зеленский сказал. В. Зеленский ответил. On Jan. 6 Paris met.')).toEqual([
      '3 января 2026 г. Зеленский сказал.',
      'В. Зеленский ответил.',
      'On Jan. 6 Paris met.',
    ]);
  });

  it('drops a leading bullet and gives offsets into the text', () => {
    const s = 'x\n- 31 декабря секретарь СНБО сообщил.';
    const [, second] = splitSentences(s);
    expect(second!.text).toBe('31 декабря секретарь СНБО сообщил.');
    expect(s.slice(second!.start, second!.end)).toBe(second!.text);
  });
});
