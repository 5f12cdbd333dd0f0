import type { ReplyCreate } from '../../contracts/summit';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, Store } from '../ports';
import { loadSummit } from './get-summit';
import type { ReplyRecord } from './records';

/**
 * Records a party's reply to its invitation (a later reply replaces the earlier one). A
 * delegation replies for its own party; the secretariat on any party's behalf. Throws
 * `forbidden`, `not_found` and `validation` naming `party` when the party was not invited.
 */
export async function replyToInvitation(
  opts: { key: string; input: ReplyCreate; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<ReplyRecord & { party: string }> {
  const { input, actor } = opts;
  authorize(actor, 'summit.reply', input.party);
  return deps.store.transaction(async (repos) => {
    const s = await loadSummit(opts.key, repos.summits);
    const invitation = await repos.summits.invitationFor(s.id, input.party);
    if (!invitation)
      throw new AppError('validation', `${input.party} was not invited to this summit`, [
        { path: 'party', message: 'not invited: only invited parties reply' },
      ]);
    const reply: ReplyRecord = {
      attending: input.attending,
      level: input.attending ? (input.level ?? null) : null,
      mode: input.attending ? (input.mode ?? null) : null,
      repliedAt: deps.clock.now().toISOString(),
      repliedBy: actor.kind === 'user' ? actor.userId : null,
      note: input.note ?? null,
      source: input.source ?? null,
      illustrative: input.illustrative ?? false,
    };
    await repos.summits.saveReply(invitation.id, reply);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor,
        action: 'summit.reply',
        entity: 'summit',
        entityId: s.id,
        after: { party: input.party, ...reply },
      },
    );
    return { party: input.party, ...reply };
  });
}
