/**
 * Numbers and dates for the reader's locale (the browser's), via Intl. Calendar dates of the
 * register (YYYY-MM-DD) are formatted in UTC so a reader west of Greenwich sees the same day.
 */
const nf = new Map<string, Intl.NumberFormat>();
function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = nf.get(key);
  if (!f) {
    f = new Intl.NumberFormat(undefined, options);
    nf.set(key, f);
  }
  return f;
}

export const fmtNumber = (n: number, maxFraction = 2) =>
  numberFormat(`n${maxFraction}`, { maximumFractionDigits: maxFraction }).format(n);

export const fmtEur = (n: number) =>
  numberFormat('eur', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);

/** €1.2B (or the reader's own words for it). */
export const fmtEurCompact = (n: number) =>
  numberFormat('eurc', {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(n);

export function fmtMoney(amount: number, currency: string): string {
  try {
    return numberFormat(`m${currency}`, { style: 'currency', currency, maximumFractionDigits: 2 }).format(
      amount,
    );
  } catch {
    return `${fmtNumber(amount)} ${currency}`;
  }
}

/** `pct` is already in per cent (0.08 means 0.08 %). */
export function fmtPct(pct: number): string {
  const small = Math.abs(pct) < 0.01 && pct !== 0;
  return numberFormat(small ? 'pcts' : 'pct', {
    style: 'percent',
    ...(small ? { maximumSignificantDigits: 2 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  }).format(pct / 100);
}

/** A share (0.4) as a whole per cent ("40%"), in the reader's locale. */
export const fmtShare = (fraction: number) =>
  numberFormat('share', { style: 'percent', maximumFractionDigits: 0 }).format(fraction);

const dateFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : dateFmt.format(d);
}

export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTimeFmt.format(d);
}

let languages: Intl.DisplayNames | null = null;
/** "French (fr)"; the interface is in English, so language names are too. */
export function languageName(code: string): string {
  try {
    languages ??= new Intl.DisplayNames(['en'], { type: 'language' });
    const name = languages.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** "1 commitment", "3 commitments". */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${fmtNumber(n, 0)} ${n === 1 ? one : many}`;
