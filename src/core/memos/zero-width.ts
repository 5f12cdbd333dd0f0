/**
 * Layer 3: zero-width characters. Four invisible characters carry two bits each (U+200B = 0,
 * U+200C = 1, U+200D = 2, U+2060 = 3). After every sixth word of a copy sits one cluster of six:
 * two symbols for the chunk number (0–15) and four for that chunk of the copy's 128-bit code.
 * Clusters cycle through the chunks, so 150 words carry 25 clusters and the whole code about
 * 1.5 times; each cluster decodes on its own, without the master text.
 */
export const ZW_SYMBOLS = ['\u200B', '\u200C', '\u200D', '\u2060'] as const;
export const ZW_CHUNKS = 16;
const CLUSTER = 6;
const EVERY_WORDS = 6;
// Alternation, not a character class: U+200D (zero-width joiner) in a class reads as a joined sequence.
const ZW_RUN = /(?:\u200B|\u200C|\u200D|\u2060)+/g;

/** Removes the marking characters (and a byte-order mark, which editors also insert). */
export function stripZeroWidth(s: string): string {
  return s.replace(/\u200B|\u200C|\u200D|\u2060|\uFEFF/g, '');
}

function cluster(chunk: number, byte: number): string {
  const digits = [chunk >> 2, chunk & 3, byte >> 6, (byte >> 4) & 3, (byte >> 2) & 3, byte & 3];
  return digits.map((d) => ZW_SYMBOLS[d]).join('');
}

/** Inserts the clusters at the ends of words (before the following space), never inside a word. */
export function insertZeroWidth(text: string, code: Uint8Array): { text: string; clusters: number } {
  const parts: string[] = [];
  let last = 0;
  let words = 0;
  let clusters = 0;
  for (const m of text.matchAll(/\S+/g)) {
    words++;
    if (words % EVERY_WORDS !== 0) continue;
    const end = m.index + m[0].length;
    const chunk = clusters % ZW_CHUNKS;
    parts.push(text.slice(last, end), cluster(chunk, code[chunk]!));
    last = end;
    clusters++;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), clusters };
}

export interface ZeroWidthReading {
  /** Each complete cluster: chunk number and byte. */
  clusters: { chunk: number; byte: number }[];
  /** Zero-width runs of another length: cut at the excerpt's edge, or damaged. */
  damaged: number;
}

export function readZeroWidth(text: string): ZeroWidthReading {
  const clusters: ZeroWidthReading['clusters'] = [];
  let damaged = 0;
  for (const m of text.matchAll(ZW_RUN)) {
    if (m[0].length !== CLUSTER) {
      damaged++;
      continue;
    }
    const d = [...m[0]].map((c) => ZW_SYMBOLS.indexOf(c as (typeof ZW_SYMBOLS)[number]));
    clusters.push({ chunk: d[0]! * 4 + d[1]!, byte: (d[2]! << 6) | (d[3]! << 4) | (d[4]! << 2) | d[5]! });
  }
  return { clusters, damaged };
}
