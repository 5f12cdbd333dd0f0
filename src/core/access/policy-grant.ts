/** A row of the policy table (policy.ts) from the roles it names: every role not named gets 'none'. */
import { ROLES, type Role } from '../../contracts/enums';
import type { Rule } from './policy';

export function grant(rules: Partial<Record<Role, Rule>>): Record<Role, Rule> {
  return Object.fromEntries(ROLES.map((r) => [r, rules[r] ?? 'none'])) as Record<Role, Rule>;
}

/** Every signed-in role, on any record. */
export const EVERYONE: Record<Role, Rule> = grant(Object.fromEntries(ROLES.map((r) => [r, 'any'])));
