/**
 * The rows of the guarantees' life: activation, negotiation, documents, summits and memos, incidents.
 * The rows of the policy table (see policy.ts); `own` means a delegation acting on its own party's
 * record; a role a row does not name may not (policy-grant.ts).
 */
import type { Role } from '../../contracts/enums';
import type { Action, Rule } from './policy';
import { EVERYONE, grant } from './policy-grant';

export const GUARANTEES_POLICY = {
  // determinations, activation plans and reliability records: every signed-in reader (the items
  // shown are those of the commitments the reader may read); only the Special Commission
  // determines that a trigger has occurred; a guarantor marks its own items, the secretariat any
  'activation.read': EVERYONE,
  'activation.determine': grant({ commission: 'any' }),
  'activation.mark': grant({ secretariat: 'any', delegation: 'own' }),
  // a simulation changes no record (its job, over what the caller may read, is the caller's), so
  // a read-only token may run one; observers, who see only public records, may too
  'activation.simulate': EVERYONE,
  // the negotiation track: every signed-in role reads positions; the secretariat records any
  // party's, a delegation its own party's, Ukraine's team Ukraine's ('own' = the actor's party)
  'position.read': EVERYONE,
  'position.record': grant({ secretariat: 'any', delegation: 'own', beneficiary: 'own' }),
  'issue.manage': grant({ secretariat: 'any' }),
  // the pressure track and the timeline: every signed-in role reads; the secretariat keeps them
  'pressure.read': EVERYONE,
  'pressure.manage': grant({ secretariat: 'any' }),
  'timeline.read': EVERYONE,
  'timeline.edit': grant({ secretariat: 'any' }),
  // the written guarantees: what a document holds is what the reader may read (classification)
  'document.read': EVERYONE,
  // a delegation signs its own agreement (the server signs with the party's key once it confirms)
  'document.sign': grant({ delegation: 'own' }),
  'document.translate': grant({ secretariat: 'any' }),
  'compliance.read': EVERYONE,
  // summits: every signed-in role follows them; the secretariat runs them and writes the memos; a
  // delegation (and Ukraine's team) replies and reads the memo copy of its own party only
  'summit.read': EVERYONE,
  'summit.manage': grant({ secretariat: 'any' }),
  'summit.reply': grant({ secretariat: 'any', delegation: 'own', beneficiary: 'own' }),
  'memo.write': grant({ secretariat: 'any' }),
  'memo.read_copy': grant({ secretariat: 'any', delegation: 'own', beneficiary: 'own' }),
  'memo.trace': grant({ secretariat: 'any' }),
  // incident reports: every signed-in member reads them; the monitoring mission files and verifies them
  'incident.read': EVERYONE,
  'incident.record': grant({ secretariat: 'any', monitor: 'any' }),
  'incident.import': grant({ secretariat: 'any', monitor: 'any' }),
  'incident.verify': grant({ secretariat: 'any', monitor: 'any' }),
} satisfies Partial<Record<Action, Record<Role, Rule>>>;
