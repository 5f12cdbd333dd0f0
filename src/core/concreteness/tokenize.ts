/**
 * Splits a sentence into tokens that keep their character offsets, so every finding can point
 * back into the original text. Words, numbers, symbols and punctuation are separate tokens;
 * `spaceBefore` records whether whitespace preceded a token, which is how "F-16", "5-й",
 * "2.5bn" and "10-year" are told apart from free-standing numbers.
 */

export type TokenKind = 'word' | 'num' | 'sym' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Lower case, ё → е, every apostrophe as ', for lexicon matching. */
  norm: string;
  start: number;
  end: number;
  spaceBefore: boolean;
  /** Index in the word stream (words and numbers only), or -1 for symbols and punctuation. */
  w: number;
  /** Whether the original starts with an upper-case letter. */
  upper: boolean;
}

export interface Tokenized {
  text: string;
  tokens: Token[];
  /** Indices into `tokens` of the word and number tokens, in order: what lexicon patterns match. */
  words: number[];
}

// Elisions and clitics are split off so "d'euros" matches "euros", "s'engage" is "s' engage",
// "Ukraine's" keeps "ukraine" and "I'll" gives "'ll".
const ELISION = /^(l|d|s|j|m|t|n|c|qu|jusqu|lorsqu|puisqu|presqu)['’ʼ](?=\p{L})/iu;
const CLITIC = /['’ʼ](s|ll|re|ve|d|t)$/iu;
const LETTER_RE = /[\p{L}\p{M}]/u;
const SYMBOLS = new Set(['€', '£', '$', '¥', '₴', '₽', '%', '‰', '№', '§']);

// Word forms repeat from sentence to sentence: remembering their normal form saves an allocation each.
const NORMS = new Map<string, string>();

export function normalize(s: string): string {
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    plain = c < 128 && !(c >= 65 && c <= 90) && c !== 96;
  }
  if (plain) return s; // already lower-case ASCII: most tokens
  const hit = NORMS.get(s);
  if (hit !== undefined) return hit;
  const lower = s.toLowerCase();
  const norm = /[ё’ʼ`´]/.test(lower) ? lower.replace(/ё/g, 'е').replace(/[’ʼ`´]/g, "'") : lower;
  if (NORMS.size > 100000) NORMS.clear();
  NORMS.set(s, norm);
  return norm;
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 0x2009 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x3000
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0) return false;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x400 && c <= 0x52f) return true;
  return LETTER_RE.test(text[i]!);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc;
}

/** End of a number starting at i: "1 000 000", "1,000", "2,5", "15.02.2015". */
function scanNumber(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  const lead = j - i;
  // space-grouped thousands: 1–3 digits, then groups of exactly three after a (no-break) space
  if (lead <= 3) {
    let k = j;
    let grouped = false;
    while (k + 3 < text.length + 1 && isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) {
      const g = k + 1;
      if (
        isDigit(text.charCodeAt(g)) &&
        isDigit(text.charCodeAt(g + 1)) &&
        isDigit(text.charCodeAt(g + 2)) &&
        !isDigit(text.charCodeAt(g + 3))
      ) {
        k = g + 3;
        grouped = true;
      } else break;
    }
    if (grouped) {
      if (text.charCodeAt(k) === 44 && isDigit(text.charCodeAt(k + 1))) {
        k += 1;
        while (k < text.length && isDigit(text.charCodeAt(k))) k++;
      }
      return k;
    }
  }
  while ((text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44) && isDigit(text.charCodeAt(j + 1))) {
    j += 1;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  }
  return j;
}

function scanWord(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    while (j < text.length && isLetterAt(text, j)) j++;
    if (j + 1 < text.length && isApostrophe(text.charCodeAt(j)) && isLetterAt(text, j + 1)) j += 1;
    else return j;
  }
}

function push(out: Token[], kind: TokenKind, text: string, start: number, spaceBefore: boolean): void {
  const c = text.charCodeAt(0);
  const upper = kind === 'word' && (c < 128 ? c >= 65 && c <= 90 : text[0] !== text[0]!.toLowerCase());
  out.push({
    kind,
    text,
    norm: normalize(text),
    start,
    end: start + text.length,
    spaceBefore,
    w: -1,
    upper,
  });
}

export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  let i = 0;
  let space = true;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    let j: number;
    if (isDigit(c)) {
      j = scanNumber(text, i);
      push(tokens, 'num', text.slice(i, j), i, space);
    } else if (isLetterAt(text, i)) {
      j = scanWord(text, i);
      splitWord(tokens, text.slice(i, j), i, space);
    } else {
      j = c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1;
      const ch = text.slice(i, j);
      push(tokens, SYMBOLS.has(ch) ? 'sym' : 'punct', ch, i, space);
    }
    space = false;
    i = j;
  }
  const words: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' || t.kind === 'num') {
      t.w = words.length;
      words.push(k);
    }
  }
  return { text, tokens, words };
}

function splitWord(out: Token[], word: string, start: number, spaceBefore: boolean): void {
  const c = word.charCodeAt(0);
  // Elisions and clitics are Latin-script only; Ukrainian keeps its apostrophes inside words.
  if (c >= 0x400 || !/['’ʼ]/.test(word)) {
    push(out, 'word', word, start, spaceBefore);
    return;
  }
  let rest = word;
  let at = start;
  let space = spaceBefore;
  const el = ELISION.exec(rest);
  if (el) {
    push(out, 'word', el[0], at, space);
    at += el[0].length;
    rest = rest.slice(el[0].length);
    space = false;
  }
  const cl = CLITIC.exec(rest);
  if (cl && cl.index > 0) {
    push(out, 'word', rest.slice(0, cl.index), at, space);
    push(out, 'word', cl[0], at + cl.index, false);
    return;
  }
  push(out, 'word', rest, at, space);
}

/** The token index of word-stream position `w`. */
export function tokenAt(t: Tokenized, w: number): Token | undefined {
  const i = t.words[w];
  return i === undefined ? undefined : t.tokens[i];
}

/** True where a punctuation token that ends a clause (, ; : . ! ? dash) lies between two tokens. */
export function clauseBreakBetween(t: Tokenized, fromToken: number, toToken: number): boolean {
  for (let i = fromToken + 1; i < toToken; i++) {
    const k = t.tokens[i]!;
    if (k.kind === 'punct' && /[,;:.!?–—()]/.test(k.text)) return true;
  }
  return false;
}
