import type { PressureMeasure, PressureUpdate } from '../../contracts/pressure';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError, notFound } from '../errors';
import type { Clock, PressureRecord, Store } from '../ports';
import { assertPressureMove } from './status';
import { checkSupporters, toMeasure } from './view';

/**
 * Changes a measure: its status along the allowed moves (the day of the change is recorded, by
 * default today) and any of its fields. Throws `forbidden`, `not_found`, `conflict` (stale
 * version), `invalid_transition`, `validation`.
 */
export async function updateMeasure(
  opts: { id: string; patch: PressureUpdate; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<PressureMeasure> {
  authorize(opts.actor, 'pressure.manage');
  const { patch, actor } = opts;
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (repos) => {
    const current = await repos.pressure.get(opts.id);
    if (!current) throw notFound('measure');
    if (patch.version !== current.version)
      throw new AppError(
        'conflict',
        `this measure was changed by someone else (now version ${current.version})`,
        [{ path: 'version', message: `based on version ${patch.version}, current is ${current.version}` }],
      );
    const { version: _v, status, on, note, ...fields } = patch;
    if (status) assertPressureMove(current.status, status);
    const supporters = fields.supporters ? [...new Set(fields.supporters)] : current.supporters;
    if (fields.supporters) await checkSupporters(supporters, repos.parties);
    const moved = status !== undefined && status !== current.status;
    const next: PressureRecord = {
      ...current,
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
      supporters,
      status: status ?? current.status,
      dates: moved ? { ...current.dates, [status]: on ?? now.slice(0, 10) } : current.dates,
      version: current.version + 1,
      updatedAt: now,
      updatedBy: actor.kind === 'user' ? actor.userId : null,
    };
    if (!(await repos.pressure.update(next)))
      throw new AppError('conflict', 'this measure was changed by someone else; reload and try again', [
        { path: 'version', message: 'stale version' },
      ]);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor,
        action: moved ? 'pressure.status' : 'pressure.update',
        entity: 'pressure_measure',
        entityId: next.id,
        before: current,
        after: { ...next, ...(note ? { note } : {}) },
      },
    );
    return toMeasure(next);
  });
}
