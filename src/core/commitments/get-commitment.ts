import type { CommitmentView } from '../../contracts/commitment';
import { type Actor, readScope, scopeAllows } from '../access/actor';
import { can } from '../access/policy';
import { notFound } from '../errors';
import type { Repos, StoredCommitment } from '../ports';
import { allowedNext } from './status';
import { toView } from './view';

/**
 * Loads a commitment the actor may read. A record the actor may not read is reported exactly
 * like a missing one (`not_found`), so that its existence does not leak.
 */
export async function loadReadable(
  id: string,
  actor: Actor,
  repos: Pick<Repos, 'commitments'>,
): Promise<StoredCommitment> {
  const c = /^[0-9a-f-]{36}$/i.test(id)
    ? await repos.commitments.get(id)
    : await repos.commitments.getByRef(id);
  if (!c || !scopeAllows(readScope(actor), c.doc)) throw notFound('commitment');
  return c;
}

/** One commitment by id or ref. Throws `not_found`. */
export async function getCommitment(
  opts: { id: string; actor: Actor },
  deps: { repos: Pick<Repos, 'commitments' | 'parties'> },
): Promise<CommitmentView> {
  const c = await loadReadable(opts.id, opts.actor, deps.repos);
  const g = c.guarantorParty ?? (await deps.repos.parties.get(c.doc.guarantor));
  const canEdit = can(opts.actor, 'commitment.edit', c.doc.guarantor);
  return {
    ...toView(c, g ?? { name: c.doc.guarantor, gdpEur: null }, true),
    permissions: { canEdit, allowedStatuses: canEdit ? allowedNext(c.doc.status) : [] },
  };
}
