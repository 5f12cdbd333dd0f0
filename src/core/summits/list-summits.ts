import type { SummitSummary } from '../../contracts/summit';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import type { Clock, Repos } from '../ports';
import { summitSummary } from './get-summit';

/** Every summit, latest first, with its counts. Throws `unauthenticated` for anonymous callers. */
export async function listSummits(
  opts: { actor: Actor },
  deps: { repos: Pick<Repos, 'summits'>; clock: Clock },
): Promise<SummitSummary[]> {
  authorize(opts.actor, 'summit.read');
  return (await deps.repos.summits.list(deps.clock.now().toISOString())).map(summitSummary);
}
