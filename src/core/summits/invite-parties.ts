import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, Store } from '../ports';
import { loadSummit } from './get-summit';

/**
 * Invites parties to a summit; parties already invited stay as they are. Throws `forbidden`,
 * `not_found` and `validation` (naming `parties.<i>` for an unknown party).
 */
export async function inviteParties(
  opts: { key: string; parties: string[]; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<{ invited: string[]; alreadyInvited: string[] }> {
  authorize(opts.actor, 'summit.manage');
  const known = await deps.store.parties.getMany(opts.parties);
  const issues = opts.parties.flatMap((p, i) =>
    known.has(p) ? [] : [{ path: `parties.${i}`, message: `no party with code ${p}` }],
  );
  if (issues.length) throw new AppError('validation', 'unknown parties', issues);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (repos) => {
    const s = await loadSummit(opts.key, repos.summits);
    const unique = [...new Set(opts.parties)];
    const invited = await repos.summits.invite(
      unique.map((party) => ({ id: randomUUID(), summitId: s.id, party, invitedAt: now })),
    );
    if (invited.length)
      await recordAudit(
        { audit: repos.audit, clock: deps.clock },
        { actor: opts.actor, action: 'summit.invite', entity: 'summit', entityId: s.id, after: { invited } },
      );
    return { invited, alreadyInvited: unique.filter((p) => !invited.includes(p)) };
  });
}
