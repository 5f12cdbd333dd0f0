import type { CommitmentQuery, CommitmentView } from '../../contracts/commitment';
import { type Actor, readScope } from '../access/actor';
import type { CommitmentRepo } from '../ports';

/** The page of commitments the actor may read, filtered and sorted as asked. */
export async function listCommitments(
  opts: { query: CommitmentQuery; actor: Actor },
  deps: { commitments: CommitmentRepo },
): Promise<{ items: CommitmentView[]; total: number; page: number; pageSize: number }> {
  const { items, total } = await deps.commitments.list(opts.query, readScope(opts.actor));
  return { items, total, page: opts.query.page, pageSize: opts.query.pageSize };
}
