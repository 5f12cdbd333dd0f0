import type { CommitmentCreateParsed, CommitmentDoc } from '../../contracts/commitment';
import type { RateRepo } from '../ports';
import { normalizeMoney } from './normalize-money';
import type { TermsInputParsed } from './types';

/** The year a sum is converted at: announced, else start, else the current one. */
export function conversionYear(
  c: { announcedOn?: string | undefined; terms: { startDate?: string | undefined } },
  now: Date,
): number {
  const d = c.announcedOn ?? c.terms.startDate;
  return d ? Number(d.slice(0, 4)) : now.getUTCFullYear();
}

export async function buildTerms(
  terms: TermsInputParsed,
  year: number,
  deps: { rates: RateRepo },
): Promise<CommitmentDoc['terms']> {
  const { money, ...rest } = terms;
  return { ...rest, ...(money ? { money: await normalizeMoney(money, year, deps) } : {}) };
}

/** Removes undefined keys so that stored documents (and their hashes and diffs) are canonical. */
export function clean<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

export type { CommitmentCreateParsed };
