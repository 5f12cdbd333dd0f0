import { randomBytes, randomUUID } from 'node:crypto';
import type { MemoView, MemoWrite } from '../../contracts/memo-copy';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, Store } from '../ports';
import { loadSummit } from '../summits/get-summit';
import type { MemoRecord } from '../summits/records';
import { markCopies, textDigest } from './copies';
import { memoView } from './memo-view';

/**
 * The secretariat writes a memo once for a summit; every invited party (or the invited parties
 * named) receives its own marked copy. The memo's key is drawn here and never leaves the store.
 * Throws `forbidden`, `not_found`, `validation` (`recipients.<i>` not invited, no invitations)
 * and `conflict` (`id` taken).
 */
export async function writeMemo(
  opts: { key: string; input: MemoWrite; actor: Actor },
  deps: { store: Store; clock: Clock; newKey?: () => string },
): Promise<MemoView> {
  authorize(opts.actor, 'memo.write');
  const { input, actor } = opts;
  return deps.store.transaction(async (repos) => {
    const summit = await loadSummit(opts.key, repos.summits);
    const invited = (await repos.summits.invitations(summit.id)).map((i) => i.party);
    const recipients = input.recipients ?? invited;
    const issues = recipients.flatMap((p, i) =>
      invited.includes(p)
        ? []
        : [{ path: `recipients.${i}`, message: `${p} was not invited to this summit` }],
    );
    if (new Set(recipients).size !== recipients.length)
      issues.push({ path: 'recipients', message: 'each recipient once' });
    if (recipients.length === 0)
      issues.push({ path: 'recipients', message: 'invite parties to the summit first' });
    if (issues.length)
      throw new AppError('validation', 'the memo cannot be sent to these recipients', issues);
    const memo: MemoRecord = {
      id: input.id ?? randomUUID(),
      summitId: summit.id,
      title: input.title.trim(),
      language: input.language,
      body: input.body,
      memoKey: (deps.newKey ?? (() => randomBytes(32).toString('hex')))(),
      illustrative: input.illustrative ?? false,
      createdAt: deps.clock.now().toISOString(),
      createdBy: actor.kind === 'user' ? actor.userId : null,
    };
    const copies = markCopies(memo, recipients);
    await repos.summits.insertMemo(memo);
    await repos.summits.insertCopies(
      copies.map((c) => ({
        copyId: c.copyId,
        memoId: memo.id,
        party: c.recipient,
        textSha256: textDigest(c.text),
      })),
    );
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor,
        action: 'memo.write',
        entity: 'memo',
        entityId: memo.id,
        // never the key: whoever holds it can predict every copy's marks
        after: {
          summitId: summit.id,
          title: memo.title,
          language: memo.language,
          bodySha256: textDigest(memo.body),
          copies: copies.map((c) => ({ party: c.recipient, copyId: c.copyId })),
        },
      },
    );
    return memoView(memo, summit, await repos.summits.copies(memo.id), actor);
  });
}
