/**
 * The register's rows: commitments, parties, users, the audit log, backups and force generation.
 * The rows of the policy table (see policy.ts); `own` means a delegation acting on its own party's
 * record; a role a row does not name may not (policy-grant.ts).
 */
import type { Role } from '../../contracts/enums';
import type { Action, Rule } from './policy';
import { EVERYONE, grant } from './policy-grant';

export const REGISTER_POLICY = {
  'commitment.read': EVERYONE,
  'commitment.create': grant({ secretariat: 'any', delegation: 'own' }),
  'commitment.edit': grant({ secretariat: 'any', delegation: 'own' }),
  'commitment.import': grant({ secretariat: 'any' }),
  'party.manage': grant({ secretariat: 'any' }),
  'user.list': grant({ secretariat: 'any' }),
  'user.manage': grant({ secretariat: 'any' }),
  'audit.read': grant({ secretariat: 'any' }),
  'audit.verify': grant({ secretariat: 'any' }),
  // the sourcing conference: every coalition member follows it; planners run it; nations offer
  'forcegen.read': grant({
    secretariat: 'any',
    delegation: 'any',
    beneficiary: 'any',
    planner: 'any',
    monitor: 'any',
    commission: 'any',
  }),
  'forcegen.edit': grant({ secretariat: 'any', planner: 'any' }),
  'forcegen.offer': grant({ secretariat: 'any', delegation: 'own', planner: 'any' }),
  'forcegen.solve': grant({ secretariat: 'any', planner: 'any' }),
  'admin.backup': grant({ secretariat: 'any' }),
} satisfies Partial<Record<Action, Record<Role, Rule>>>;
