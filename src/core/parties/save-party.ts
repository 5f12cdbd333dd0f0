import type { z } from 'zod';
import type { PartyUpsert } from '../../contracts/party';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import type { Clock, PartyRecord, Store } from '../ports';

/** Adds or changes a party (secretariat). Throws `forbidden`. */
export async function saveParty(
  opts: { code: string; input: z.output<typeof PartyUpsert>; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<PartyRecord> {
  authorize(opts.actor, 'party.manage');
  const party: PartyRecord = { code: opts.code, ...opts.input };
  return deps.store.transaction(async (repos) => {
    const before = await repos.parties.get(opts.code);
    await repos.parties.upsert(party);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor: opts.actor,
        action: before ? 'party.update' : 'party.create',
        entity: 'party',
        entityId: opts.code,
        before,
        after: party,
      },
    );
    return party;
  });
}
