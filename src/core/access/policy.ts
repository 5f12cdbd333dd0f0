/**
 * Who may do what, as a table. `own` means: a delegation acting on a record its own party
 * guarantees. Reads of single records also pass through `scopeAllows` (classification).
 */
import type { Role } from '../../contracts/enums';
import { AppError } from '../errors';
import type { Actor } from './actor';
import { GUARANTEES_POLICY } from './policy-guarantees';
import { REGISTER_POLICY } from './policy-register';

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

export type Rule = 'any' | 'own' | 'none';

/** Rows: actions; columns: roles. Anonymous callers may only read (public records). */
export const POLICY: Record<Action, Record<Role, Rule>> = { ...REGISTER_POLICY, ...GUARANTEES_POLICY };

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
