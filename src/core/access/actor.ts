/**
 * Who is calling, and what that lets them read. Authorisation is data: the rules are the tables
 * in ./policy.ts; this file derives a read scope from an actor, which repositories turn into SQL.
 */
import type { Classification, Role } from '../../contracts/enums';

export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      name: string;
      role: Role;
      partyCode: string | null;
      /** Session cookies and write-scoped tokens may write; read-scoped tokens may not. */
      canWrite: boolean;
      via: 'session' | 'token' | 'local';
    };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/**
 * What an actor may read. `public` always; `coalition` for every signed-in member but observers (the Special Commission reads as the
 * monitors do);
 * `bilateral` for the secretariat (all) and for the two parties of the record; `national` only
 * for the guarantor's own delegation.
 */
export interface ReadScope {
  coalition: boolean;
  /** 'all', a party code (records where it is guarantor or beneficiary), or null (none). */
  bilateral: 'all' | string | null;
  /** A party code (records it guarantees) or null. */
  national: string | null;
}

export function readScope(actor: Actor): ReadScope {
  if (actor.kind === 'anonymous') return { coalition: false, bilateral: null, national: null };
  switch (actor.role) {
    case 'observer':
      return { coalition: false, bilateral: null, national: null };
    case 'secretariat':
      return { coalition: true, bilateral: 'all', national: null };
    case 'delegation':
      return { coalition: true, bilateral: actor.partyCode, national: actor.partyCode };
    case 'beneficiary':
      return { coalition: true, bilateral: actor.partyCode, national: null };
    case 'planner':
    case 'monitor':
    case 'commission':
      return { coalition: true, bilateral: null, national: null };
  }
}

export function scopeAllows(
  scope: ReadScope,
  rec: { classification: Classification; guarantor: string; beneficiary: string },
): boolean {
  switch (rec.classification) {
    case 'public':
      return true;
    case 'coalition':
      return scope.coalition;
    case 'bilateral':
      return (
        scope.bilateral === 'all' ||
        (scope.bilateral !== null &&
          (scope.bilateral === rec.guarantor || scope.bilateral === rec.beneficiary))
      );
    case 'national':
      return scope.national !== null && scope.national === rec.guarantor;
  }
}
