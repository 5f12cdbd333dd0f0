import { randomUUID } from 'node:crypto';
import type { MemoCopyFormat } from '../../contracts/memo-copy';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { actorLabel, recordAudit } from '../audit/record';
import { notFound } from '../errors';
import type { Clock, Store } from '../ports';
import { regenerateCopy } from './copies';
import { loadMemo } from './get-memo';

export interface OpenedCopy {
  memoId: string;
  memoTitle: string;
  copyId: string;
  party: string;
  partyName: string;
  text: string;
}

/**
 * Opens one party's copy: a delegation its own, the secretariat any. Every opening is logged
 * (who, when, in which format) with an audit entry, in one transaction. Throws `unauthenticated`,
 * `forbidden` (another party's copy), `not_found`.
 */
export async function readMemoCopy(
  opts: { memoId: string; party: string; format: MemoCopyFormat; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<OpenedCopy> {
  authorize(opts.actor, 'summit.read');
  const { summits } = deps.store;
  const memo = await loadMemo(opts.memoId, summits);
  authorize(opts.actor, 'memo.read_copy', opts.party);
  const copy = (await summits.copies(memo.id)).find((c) => c.party === opts.party);
  if (!copy) throw notFound(`copy of this memo for ${opts.party}`);
  const marked = regenerateCopy(memo, copy);
  const actor = opts.actor;
  await deps.store.transaction(async (repos) => {
    const at = deps.clock.now().toISOString();
    await repos.summits.logOpen({
      id: randomUUID(),
      copyId: copy.copyId,
      userId: actor.kind === 'user' ? actor.userId : null,
      userLabel: actorLabel(actor),
      at,
      format: opts.format,
    });
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor,
        action: 'memo.copy.open',
        entity: 'memo',
        entityId: memo.id,
        after: { copyId: copy.copyId, party: copy.party, format: opts.format },
      },
    );
  });
  return {
    memoId: memo.id,
    memoTitle: memo.title,
    copyId: copy.copyId,
    party: copy.party,
    partyName: copy.partyName,
    text: marked.text,
  };
}
