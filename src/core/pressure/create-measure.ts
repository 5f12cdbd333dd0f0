import { randomUUID } from 'node:crypto';
import type { PressureCreate, PressureMeasure } from '../../contracts/pressure';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import type { Clock, PressureRecord, Store } from '../ports';
import { checkSupporters, toMeasure } from './view';

/**
 * Adds a measure to the pressure track (secretariat). The day of its initial status is recorded
 * (a new proposal: today). Throws `forbidden`, `validation` (an unknown supporter, by its index).
 */
export async function createMeasure(
  opts: { input: PressureCreate; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<PressureMeasure> {
  authorize(opts.actor, 'pressure.manage');
  const { input, actor } = opts;
  const now = deps.clock.now().toISOString();
  const by = actor.kind === 'user' ? actor.userId : null;
  const rec: PressureRecord = {
    id: randomUUID(),
    version: 1,
    ...input,
    supporters: [...new Set(input.supporters)],
    // a new proposal is dated today; a measure entered at a later stage carries its own dates
    dates: input.status === 'proposed' ? { proposed: now.slice(0, 10), ...input.dates } : input.dates,
    createdAt: now,
    createdBy: by,
    updatedAt: now,
    updatedBy: by,
  };
  return deps.store.transaction(async (repos) => {
    await checkSupporters(rec.supporters, repos.parties);
    await repos.pressure.insert(rec);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      { actor, action: 'pressure.create', entity: 'pressure_measure', entityId: rec.id, after: rec },
    );
    return toMeasure(rec);
  });
}
