import type { PressureMeasure } from '../../contracts/pressure';
import { AppError } from '../errors';
import type { PartyRepo, PressureRecord } from '../ports';
import { PRESSURE_MOVES } from './status';

export const toMeasure = ({ createdBy: _c, updatedBy: _u, ...m }: PressureRecord): PressureMeasure => ({
  ...m,
  allowedStatuses: PRESSURE_MOVES[m.status],
});

/** Throws `validation` naming each unknown supporter by its index. */
export async function checkSupporters(codes: string[], parties: PartyRepo): Promise<void> {
  if (codes.length === 0) return;
  const found = await parties.getMany(codes);
  const issues = codes
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !found.has(c))
    .map(({ c, i }) => ({ path: `supporters.${i}`, message: `${c} is not a known party` }));
  if (issues.length) throw new AppError('validation', 'unknown supporter', issues);
}
