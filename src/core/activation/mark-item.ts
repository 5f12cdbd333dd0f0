import {
  type ActivationItemView,
  ActivationMark,
  type ActivationMark as ActivationMarkEntry,
} from '../../contracts/activation';
import { type Actor, readScope } from '../access/actor';
import { authorize } from '../access/policy';
import { actorLabel, recordAudit } from '../audit/record';
import { AppError, notFound } from '../errors';
import type { Clock, Events, Store } from '../ports';
import type { ActivationItemRecord } from './repo';
import { markActivationItem } from './track-activation';
import { itemView } from './views';

/**
 * A guarantor reports on one activated commitment: honoured (with the evidence) or declined.
 * The guarantor's own delegation marks its items; the secretariat may mark any. One
 * transaction with its audit entry; the board is told (`activation:<determination id>`).
 *
 * Throws `not_found` (no such item, or one the caller may not read), `unauthenticated`,
 * `forbidden`, `validation` (evidence missing for honoured, a time before the determination or
 * in the future), `conflict` (already marked honoured, also by someone else meanwhile).
 */
export async function markItem(
  opts: { itemId: string; mark: ActivationMarkEntry; actor: Actor },
  deps: { store: Store; clock: Clock; events?: Events },
): Promise<ActivationItemView> {
  if (opts.actor.kind === 'anonymous') authorize(opts.actor, 'activation.mark');
  const parsed = ActivationMark.safeParse(opts.mark);
  if (!parsed.success)
    throw new AppError(
      'validation',
      'the mark is not valid',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  const scope = readScope(opts.actor);
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(opts.itemId);
  const saved = await deps.store.transaction(async (repos) => {
    const item = isUuid ? await repos.activation.getItem(opts.itemId, scope) : null;
    if (!item) throw notFound('activation item');
    authorize(opts.actor, 'activation.mark', item.guarantor);
    const d = await repos.activation.getDetermination(item.determinationId);
    if (!d) throw notFound('determination');
    const now = deps.clock.now();
    const next = markActivationItem({ item, determinedAt: d.determinedAt, mark: parsed.data, now });
    const rec: ActivationItemRecord = {
      ...item,
      ...next,
      markedById: opts.actor.kind === 'user' ? opts.actor.userId : null,
      markedBy: actorLabel(opts.actor),
      markedAt: now.toISOString(),
    };
    if (!(await repos.activation.markItem(rec)))
      throw new AppError('conflict', `${item.commitmentRef} was marked honoured meanwhile; reload the plan`);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor: opts.actor,
        action: 'activation.mark',
        entity: 'activation_item',
        entityId: item.id,
        before: { state: item.state, honouredAt: item.honouredAt, declinedAt: item.declinedAt },
        after: {
          determination: d.reference,
          commitment: item.commitmentRef,
          outcome: parsed.data.outcome,
          at: parsed.data.at,
          state: rec.state,
          evidence: rec.evidence,
        },
      },
    );
    return { rec, now };
  });
  const view = itemView(saved.rec, opts.actor, saved.now);
  deps.events?.publish(`activation:${saved.rec.determinationId}`, {
    type: 'item',
    data: {
      determinationId: saved.rec.determinationId,
      itemId: saved.rec.id,
      state: view.state,
      at: saved.now.toISOString(),
    },
  });
  return view;
}
