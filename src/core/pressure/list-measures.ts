/** Reads of the pressure track: every signed-in role (`pressure.read`). */
import type { PressureMeasure, PressureQuery } from '../../contracts/pressure';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { notFound } from '../errors';
import type { PressureRepo } from '../ports';
import { toMeasure } from './view';

export async function listMeasures(
  opts: { query: PressureQuery; actor: Actor },
  deps: { pressure: PressureRepo },
): Promise<PressureMeasure[]> {
  authorize(opts.actor, 'pressure.read');
  return (await deps.pressure.list(opts.query)).map(toMeasure);
}

/** Throws `not_found`. */
export async function getMeasure(
  opts: { id: string; actor: Actor },
  deps: { pressure: PressureRepo },
): Promise<PressureMeasure> {
  authorize(opts.actor, 'pressure.read');
  const m = await deps.pressure.get(opts.id);
  if (!m) throw notFound('measure');
  return toMeasure(m);
}
