/**
 * Who may do what, as a table. `own` means: a delegation acting on a record its own party
 * guarantees. Reads of single records also pass through `scopeAllows` (classification).
 */
import type { Role } from '../../contracts/enums';
import { AppError } from '../errors';
import type { Actor } from './actor';

export const ACTIONS = [
  'commitment.read',
  'commitment.create',
  'commitment.edit',
  'commitment.import',
  'party.manage',
  'user.list',
  'user.manage',
  'audit.read',
  'audit.verify',
  'admin.backup',
  'forcegen.read',
  'forcegen.edit',
  'forcegen.offer',
  'forcegen.solve',
  'activation.read',
  'activation.determine',
  'activation.mark',
  'activation.simulate',
  'position.read',
  'position.record',
  'issue.manage',
  'pressure.read',
  'pressure.manage',
  'timeline.read',
  'timeline.edit',
  'document.read',
  'document.sign',
  'document.translate',
  'compliance.read',
  'summit.read',
  'summit.manage',
  'summit.reply',
  'memo.write',
  'memo.read_copy',
  'memo.trace',
  'incident.read',
  'incident.record',
  'incident.import',
  'incident.verify',
] as const;
export type Action = (typeof ACTIONS)[number];

type Rule = 'any' | 'own' | 'none';

/** Rows: actions; columns: roles. Anonymous callers may only read (public records). */
export const POLICY: Record<Action, Record<Role, Rule>> = {
  'commitment.read': {
    secretariat: 'any',
    delegation: 'any',
    beneficiary: 'any',
    planner: 'any',
    monitor: 'any',
    commission: 'any',
    observer: 'any',
  },
  'commitment.create': {
    secretariat: 'any',
    delegation: 'own',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'commitment.edit': {
    secretariat: 'any',
    delegation: 'own',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'commitment.import': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'party.manage': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'user.list': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'user.manage': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'audit.read': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'audit.verify': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  // the sourcing conference: every coalition member follows it; planners run it; nations offer
  'forcegen.read': {
    secretariat: 'any',
    delegation: 'any',
    beneficiary: 'any',
    planner: 'any',
    monitor: 'any',
    commission: 'any',
    observer: 'none',
  },
  'forcegen.edit': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'any',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'forcegen.offer': {
    secretariat: 'any',
    delegation: 'own',
    beneficiary: 'none',
    planner: 'any',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'forcegen.solve': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'any',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  // determinations, activation plans and reliability records: every signed-in reader (the items
  // shown are those of the commitments the reader may read); only the Special Commission
  // determines that a trigger has occurred; a guarantor marks its own items, the secretariat any
  'activation.read': {
    secretariat: 'any',
    delegation: 'any',
    beneficiary: 'any',
    planner: 'any',
    monitor: 'any',
    commission: 'any',
    observer: 'any',
  },
  'activation.determine': {
    secretariat: 'none',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'any',
    observer: 'none',
  },
  'activation.mark': {
    secretariat: 'any',
    delegation: 'own',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  // a simulation writes nothing (an in-memory job over what the caller may read), so a read-only
  // token may run one; observers, who see only public records, may too
  'activation.simulate': {
    secretariat: 'any',
    delegation: 'any',
    beneficiary: 'any',
    planner: 'any',
    monitor: 'any',
    commission: 'any',
    observer: 'any',
  },
  // the negotiation track: every signed-in role reads positions; the secretariat records any
  // party's, a delegation its own party's, Ukraine's team Ukraine's ('own' = the actor's party)
  'position.read': {
    secretariat: 'any',
    delegation: 'any',
    beneficiary: 'any',
    planner: 'any',
    monitor: 'any',
    commission: 'any',
    observer: 'any',
  },
  'position.record': {
    secretariat: 'any',
    delegation: 'own',
    beneficiary: 'own',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'issue.manage': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  // the pressure track and the timeline: every signed-in role reads; the secretariat keeps them
  'pressure.read': {
    secretariat: 'any',
    delegation: 'any',
    beneficiary: 'any',
    planner: 'any',
    monitor: 'any',
    commission: 'any',
    observer: 'any',
  },
  'pressure.manage': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'timeline.read': {
    secretariat: 'any',
    delegation: 'any',
    beneficiary: 'any',
    planner: 'any',
    monitor: 'any',
    commission: 'any',
    observer: 'any',
  },
  'timeline.edit': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  // the written guarantees: what a document holds is what the reader may read (classification)
  'document.read': {
    secretariat: 'any',
    delegation: 'any',
    beneficiary: 'any',
    planner: 'any',
    monitor: 'any',
    commission: 'any',
    observer: 'any',
  },
  // a delegation signs its own agreement (the server signs with the party's key once it confirms)
  'document.sign': {
    secretariat: 'none',
    delegation: 'own',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'document.translate': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'compliance.read': {
    secretariat: 'any',
    delegation: 'any',
    beneficiary: 'any',
    planner: 'any',
    monitor: 'any',
    commission: 'any',
    observer: 'any',
  },
  // summits: every signed-in role follows them; the secretariat runs them and writes the memos; a
  // delegation (and Ukraine's team) replies and reads the memo copy of its own party only
  'summit.read': {
    secretariat: 'any',
    delegation: 'any',
    beneficiary: 'any',
    planner: 'any',
    monitor: 'any',
    commission: 'any',
    observer: 'any',
  },
  'summit.manage': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'summit.reply': {
    secretariat: 'any',
    delegation: 'own',
    beneficiary: 'own',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'memo.write': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'memo.read_copy': {
    secretariat: 'any',
    delegation: 'own',
    beneficiary: 'own',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  'memo.trace': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
  // incident reports: every signed-in member reads them; the monitoring mission files and verifies them
  'incident.read': {
    secretariat: 'any',
    delegation: 'any',
    beneficiary: 'any',
    planner: 'any',
    monitor: 'any',
    commission: 'any',
    observer: 'any',
  },
  'incident.record': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'any',
    commission: 'none',
    observer: 'none',
  },
  'incident.import': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'any',
    commission: 'none',
    observer: 'none',
  },
  'incident.verify': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'any',
    commission: 'none',
    observer: 'none',
  },
  'admin.backup': {
    secretariat: 'any',
    delegation: 'none',
    beneficiary: 'none',
    planner: 'none',
    monitor: 'none',
    commission: 'none',
    observer: 'none',
  },
};

const READS: ReadonlySet<Action> = new Set([
  'commitment.read',
  'user.list',
  'audit.read',
  'forcegen.read',
  'activation.read',
  'activation.simulate',
  'position.read',
  'pressure.read',
  'timeline.read',
  'document.read',
  'compliance.read',
  'summit.read',
  'memo.read_copy',
  'memo.trace',
  'incident.read',
]);
const WRITES: ReadonlySet<Action> = new Set(ACTIONS.filter((a) => !READS.has(a)));

/** True when `actor` may do `action`; `ownerParty` is the guarantor of the record concerned. */
export function can(actor: Actor, action: Action, ownerParty?: string): boolean {
  if (actor.kind === 'anonymous') return action === 'commitment.read';
  if (WRITES.has(action) && !actor.canWrite) return false;
  const rule = POLICY[action][actor.role];
  if (rule === 'any') return true;
  if (rule === 'own') return ownerParty !== undefined && actor.partyCode === ownerParty;
  return false;
}

/** Throws `unauthenticated` for anonymous callers and `forbidden` for the rest. */
export function authorize(actor: Actor, action: Action, ownerParty?: string): void {
  if (can(actor, action, ownerParty)) return;
  if (actor.kind === 'anonymous') throw new AppError('unauthenticated', 'sign in first');
  if (WRITES.has(action) && !actor.canWrite) throw new AppError('forbidden', 'this API token may only read');
  throw new AppError(
    'forbidden',
    ownerParty && POLICY[action][actor.role] === 'own'
      ? `a ${actor.role} may do this only for its own party (${actor.partyCode ?? 'none'}), not ${ownerParty}`
      : `the ${actor.role} role may not do this (${action})`,
  );
}
