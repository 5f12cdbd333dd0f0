import type { Issue, IssueCreate } from '../../contracts/positions';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import type { Clock, Store } from '../ports';

/** Adds an open issue, or rewords one (its slug stays; its positions stay). Throws `forbidden`. */
export async function saveIssue(
  opts: { input: IssueCreate; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<Issue> {
  authorize(opts.actor, 'issue.manage');
  const issue: Issue = { ...opts.input };
  return deps.store.transaction(async (repos) => {
    const before = await repos.positions.getIssue(issue.slug);
    await repos.positions.upsertIssue(issue, deps.clock.now().toISOString());
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor: opts.actor,
        action: before ? 'issue.update' : 'issue.create',
        entity: 'negotiation_issue',
        entityId: issue.slug,
        before,
        after: issue,
      },
    );
    return issue;
  });
}
