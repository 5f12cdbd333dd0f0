/**
 * Helpers for the tracing tests and benchmark: a seeded random source, excerpts of N words
 * from random positions of a copy, and what a leaker's tools might do to them. Not used by
 * production code.
 */
import { stripZeroWidth } from './zero-width';

/** mulberry32: uniform in [0, 1), replayable from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `words` consecutive words of `text` (words as the reader sees them: runs of non-space), starting
 * at a random word, copied exactly — invisible characters and spacing included.
 */
export function randomExcerpt(text: string, words: number, rand: () => number): string {
  const spans = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const n = Math.min(words, spans.length);
  const first = Math.floor(rand() * (spans.length - n + 1));
  return text.slice(spans[first]![0], spans[first + n - 1]![1]);
}

/** Zero-width characters stripped and every run of whitespace (no-break spaces too) made one space. */
export function stripAndNormalise(s: string): string {
  return stripZeroWidth(s).replace(/\s+/g, ' ').trim();
}

/** Party codes AA, AB, … for `n` test recipients. */
export function testRecipients(n: number): string[] {
  return Array.from(
    { length: n },
    (_, i) => `A${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
  );
}
