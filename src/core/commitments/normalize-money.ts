import type { z } from 'zod';
import type { Money, MoneyInput } from '../../contracts/commitment';
import { AppError } from '../errors';
import type { RateRepo } from '../ports';

/**
 * Converts a sum to EUR and records the rate used, as the Kiel tracker does. A caller-given rate
 * wins; otherwise the register's rate for the year (ECB annual averages by default). EUR is 1.
 * Throws `validation` naming terms.money.currency when no rate is known.
 */
export async function normalizeMoney(
  input: z.output<typeof MoneyInput>,
  year: number,
  deps: { rates: RateRepo },
): Promise<z.output<typeof Money>> {
  const base = {
    amount: input.amount,
    currency: input.currency,
    ...(input.ceiling ? { ceiling: true } : {}),
  };
  if (input.currency === 'EUR') {
    return { ...base, eurAmount: input.amount, eurPerUnit: 1, rateDate: `${year}-12-31`, rateSource: 'EUR' };
  }
  if (input.eurPerUnit !== undefined && input.rateDate !== undefined) {
    return {
      ...base,
      eurAmount: round2(input.amount * input.eurPerUnit),
      eurPerUnit: input.eurPerUnit,
      rateDate: input.rateDate,
      rateSource: 'given with the commitment',
    };
  }
  const rate = await deps.rates.find(input.currency, year);
  if (!rate) {
    throw new AppError('validation', `no EUR rate is known for ${input.currency}`, [
      {
        path: 'terms.money.currency',
        message: `no EUR rate for ${input.currency} around ${year}; give terms.money.eurPerUnit and rateDate`,
      },
    ]);
  }
  return {
    ...base,
    eurAmount: round2(input.amount * rate.eurPerUnit),
    eurPerUnit: rate.eurPerUnit,
    rateDate: rate.rateDate,
    rateSource: rate.source,
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
