import type { ActivationReliability } from '../../contracts/activation';
import { type Actor, readScope } from '../access/actor';
import { authorize } from '../access/policy';
import type { Clock, Repos } from '../ports';
import { reliabilityRecords } from './reliability';
import type { ActivatableCommitment } from './types';
import { itemView } from './views';

/**
 * What a simulation for `actor` runs over: the commitments of the register they may read (with
 * any trigger: the options pick which one is determined) and every guarantor's record from the
 * activation items they may read. Throws `unauthenticated`, `forbidden`.
 */
export async function simulationInput(
  opts: { actor: Actor },
  deps: { store: Pick<Repos, 'activation'>; clock: Clock },
): Promise<{ commitments: ActivatableCommitment[]; reliability: ActivationReliability[] }> {
  authorize(opts.actor, 'activation.simulate');
  const scope = readScope(opts.actor);
  const now = deps.clock.now();
  const [commitments, items] = await Promise.all([
    deps.store.activation.readable(scope),
    deps.store.activation.items(null, scope),
  ]);
  return { commitments, reliability: reliabilityRecords(items.map((i) => itemView(i, opts.actor, now))) };
}
