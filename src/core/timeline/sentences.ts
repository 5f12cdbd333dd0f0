/**
 * Splits an article into sentences with their offsets. A line break always ends a sentence (news
 * copy puts bullets and paragraphs on lines of their own); within a line, . ! ? … end one when a
 * capital, digit, quotation mark or dash follows — except after an abbreviation ("2026 г.",
 * "р.", "e.g.", "Jan.") or an initial ("В. Зеленский"). A leading bullet ("- ", "• ") is not
 * part of the sentence.
 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(
  (
    'г гг р рр тыс млн млрд трлн т д им ст см напр тис див e.g i.e mr mrs ms dr st no vs etc ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec gen col lt sgt gov sen rep u.s u.k'
  ).split(' '),
);

const END = /[.!?…]+["»”)]*\s+(?=[\p{Lu}\p{N}«"„“(–—-])/gu;

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  const bullet = /^(?:[-–—•*]|\d{1,2}[.)])\s+/u.exec(text.slice(s, e));
  if (bullet && !/^\d/.test(bullet[0])) s += bullet[0].length;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

export function splitSentences(text: string, from = 0): Sentence[] {
  const out: Sentence[] = [];
  for (const line of text.slice(from).matchAll(/[^\n]+/g)) {
    const lineStart = from + line.index;
    let start = lineStart;
    for (const m of line[0].matchAll(END)) {
      const stop = lineStart + m.index;
      const before = /([\p{L}.]+)$/u.exec(text.slice(start, stop + 1).replace(/\.$/, ''))?.[1] ?? '';
      if (text[stop] === '.' && (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{L}$/u.test(before)))
        continue;
      const end = stop + m[0].trimEnd().length;
      pushTrimmed(out, text, start, end);
      start = end;
    }
    pushTrimmed(out, text, start, lineStart + line[0].length);
  }
  return out;
}
