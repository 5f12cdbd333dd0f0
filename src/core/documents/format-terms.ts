/**
 * A commitment's structured terms in words, in the document's language: amounts in their
 * currency and in EUR, dates, durations and response times through Intl (uk-UA, fr-FR, en-GB),
 * so that "2 500 000 000 £GB" and "6 січня 2026 р." come out as each language writes them.
 */
import type { CommitmentDoc } from '../../contracts/commitment';
import type { DocLang } from '../../contracts/document';
import { fill, type Template, template } from './templates';

export interface Formatter {
  lang: DocLang;
  t: Template;
  money(amount: number, currency: string): string;
  number(n: number, maxFractionDigits?: number): string;
  date(iso: string): string;
  unit(n: number, unit: 'hour' | 'day' | 'month' | 'year'): string;
}

const cache = new Map<DocLang, Formatter>();

export function formatter(lang: DocLang): Formatter {
  const hit = cache.get(lang);
  if (hit) return hit;
  const t = template(lang);
  const dates = new Intl.DateTimeFormat(t.locale, { dateStyle: 'long', timeZone: 'UTC' });
  const units = new Map<string, Intl.NumberFormat>();
  const f: Formatter = {
    lang,
    t,
    money(amount, currency) {
      const whole = Number.isInteger(amount);
      return new Intl.NumberFormat(t.locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'symbol',
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: whole ? 0 : 2,
      }).format(amount);
    },
    number(n, maxFractionDigits = 6) {
      return new Intl.NumberFormat(t.locale, { maximumFractionDigits: maxFractionDigits }).format(n);
    },
    date(iso) {
      return dates.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
    },
    unit(n, unit) {
      let u = units.get(unit);
      if (!u) {
        u = new Intl.NumberFormat(t.locale, { style: 'unit', unit, unitDisplay: 'long' });
        units.set(unit, u);
      }
      return u.format(n);
    },
  };
  cache.set(lang, f);
  return f;
}

/** "120 months (10 years)"; "6 months". */
export function durationInWords(f: Formatter, months: number): string {
  const m = f.unit(months, 'month');
  return months % 12 === 0 ? fill(f.t.article.years, { months: m, years: f.unit(months / 12, 'year') }) : m;
}

/** "48 hours (2 days)"; "24 hours". */
export function responseInWords(f: Formatter, hours: number): string {
  const h = f.unit(hours, 'hour');
  return hours >= 48 && hours % 24 === 0
    ? fill(f.t.article.days, { hours: h, days: f.unit(hours / 24, 'day') })
    : h;
}

/** The sentences that state the terms, trigger and conditions of one commitment. */
export function termsInWords(f: Formatter, doc: CommitmentDoc): string[] {
  const a = f.t.article;
  const out: string[] = [];
  const { terms } = doc;
  if (terms.money) {
    const m = terms.money;
    const amount = f.money(m.amount, m.currency);
    const shown = m.ceiling ? fill(a.upTo, { value: amount }) : amount;
    if (m.currency === 'EUR') out.push(fill(a.amountEur, { amount: shown }));
    else {
      const eur = f.money(Math.round(m.eurAmount), 'EUR');
      out.push(
        fill(a.amount, {
          amount: shown,
          eur: m.ceiling ? fill(a.upTo, { value: eur }) : eur,
          rate: f.number(m.eurPerUnit, 5),
          currency: m.currency,
          rateDate: f.date(m.rateDate),
          rateSource: m.rateSource,
        }),
      );
    }
  }
  if (terms.quantity) {
    const q = terms.quantity;
    const value = f.number(q.value);
    out.push(fill(a.quantity, { value: q.ceiling ? fill(a.upTo, { value }) : value, unit: q.unit }));
  }
  if (terms.startDate && terms.endDate)
    out.push(fill(a.period, { start: f.date(terms.startDate), end: f.date(terms.endDate) }));
  else if (terms.startDate) out.push(fill(a.start, { date: f.date(terms.startDate) }));
  if (terms.endDate) out.push(fill(a.deadline, { date: f.date(terms.endDate) }));
  if (terms.durationMonths)
    out.push(fill(a.duration, { duration: durationInWords(f, terms.durationMonths) }));
  if (doc.trigger.kind !== 'none') {
    out.push(
      doc.trigger.kind === 'attributed_breach' && doc.trigger.severity
        ? fill(a.triggerSeverity, { severity: f.t.severities[doc.trigger.severity] })
        : fill(a.trigger, { trigger: f.t.triggers[doc.trigger.kind] }),
    );
  }
  if (terms.responseTimeHours)
    out.push(fill(a.response, { time: responseInWords(f, terms.responseTimeHours) }));
  if (out.length === 0) out.push(a.noTerms);
  if (doc.conditions.length) {
    out.push(a.conditions);
    for (const c of doc.conditions)
      out.push(
        fill(a.condition, {
          kind: capital(f.t.conditions[c.kind]),
          text: c.text.trim().replace(/\.$/, ''),
          state: c.satisfied ? a.satisfied : a.pending,
        }),
      );
  }
  return out;
}

export const capital = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
