import type { SummitSummary, SummitView } from '../../contracts/summit';
import type { Actor } from '../access/actor';
import { authorize, can } from '../access/policy';
import { notFound } from '../errors';
import type { Clock, Repos } from '../ports';
import { actionItemStatus } from './action-status';
import { commitmentLinker } from './linked-commitments';
import type { SummitListRow, SummitRecord, SummitRepo } from './records';

/** The summit named by id or slug. Throws `not_found`. */
export async function loadSummit(key: string, repo: SummitRepo): Promise<SummitRecord> {
  const s = await repo.get(key);
  if (!s) throw notFound('summit');
  return s;
}

export const summitSummary = (s: SummitListRow): SummitSummary => ({
  id: s.id,
  slug: s.slug,
  title: s.title,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
  timeZone: s.timeZone,
  place: s.place,
  format: s.format,
  illustrative: s.illustrative,
  invited: s.invited,
  replied: s.replied,
  attending: s.attending,
  overdue: s.overdue,
});

/**
 * One summit with its invitations and replies, agenda, decisions, action items (each with its
 * status now) and memos, and what the caller may do there. Throws `unauthenticated`, `not_found`.
 */
export async function getSummit(
  opts: { key: string; actor: Actor },
  deps: { repos: Pick<Repos, 'summits' | 'commitments'>; clock: Clock },
): Promise<SummitView> {
  authorize(opts.actor, 'summit.read');
  const { summits } = deps.repos;
  const s = await loadSummit(opts.key, summits);
  const [invitations, agenda, decisions, actions, memos] = await Promise.all([
    summits.invitations(s.id),
    summits.agenda(s.id),
    summits.decisions(s.id),
    summits.actionItems(s.id),
    summits.memos(s.id),
  ]);
  const now = deps.clock.now();
  const link = commitmentLinker(opts.actor, deps.repos.commitments);
  const actionItems = actions.map((a) => ({
    id: a.id,
    decisionId: a.decisionId,
    text: a.text,
    ownerParty: a.ownerParty,
    ownerUserId: a.ownerUserId,
    deadline: a.deadline,
    doneAt: a.doneAt,
    status: actionItemStatus(a, now),
    illustrative: a.illustrative,
  }));
  const a = opts.actor;
  return {
    ...summitSummary({
      ...s,
      invited: invitations.length,
      replied: invitations.filter((i) => i.reply).length,
      attending: invitations.filter((i) => i.reply?.attending).length,
      overdue: actionItems.filter((x) => x.status === 'overdue').length,
    }),
    version: s.version,
    outcomeNotes: s.outcomeNotes,
    invitations: invitations.map((i) => ({
      party: i.party,
      partyName: i.partyName,
      invitedAt: i.invitedAt,
      reply: i.reply
        ? {
            attending: i.reply.attending,
            level: i.reply.level,
            mode: i.reply.mode,
            repliedAt: i.reply.repliedAt,
            note: i.reply.note,
            source: i.reply.source,
            illustrative: i.reply.illustrative,
          }
        : null,
    })),
    agenda: await Promise.all(
      agenda.map(async (x) => ({
        id: x.id,
        order: x.order,
        title: x.title,
        commitments: await link(x.commitmentIds),
        requirementRefs: x.requirementRefs,
        illustrative: x.illustrative,
      })),
    ),
    decisions: await Promise.all(
      decisions.map(async (d) => ({
        id: d.id,
        agendaItemId: d.agendaItemId,
        text: d.text,
        commitments: await link(d.commitmentIds),
        illustrative: d.illustrative,
        createdAt: d.createdAt,
      })),
    ),
    actionItems,
    memos: memos.map((m) => ({
      id: m.id,
      title: m.title,
      createdAt: m.createdAt,
      illustrative: m.illustrative,
    })),
    permissions: {
      canManage: can(a, 'summit.manage'),
      replyParties: invitations.map((i) => i.party).filter((p) => can(a, 'summit.reply', p)),
      canWriteMemo: can(a, 'memo.write'),
      canTrace: can(a, 'memo.trace'),
    },
  };
}
