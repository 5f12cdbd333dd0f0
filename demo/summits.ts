/**
 * The Paris summit of 6 January 2026 (paris-2026/summit.json): invitations to the invited
 * delegations, their replies and levels (public where known, with sources; the rest marked
 * illustrative), agenda items linked to the demo commitments, illustrative decisions and action
 * items, and one illustrative memo with a marked copy for each invited state. Idempotent: it
 * does nothing when the summit is there already.
 */
import { readFileSync } from 'node:fs';
import { MemoWrite } from '../src/contracts/memo-copy';
import {
  ActionItemCreate,
  AgendaItemCreate,
  DecisionCreate,
  ReplyCreate,
  SummitCreate,
} from '../src/contracts/summit';
import type { Actor } from '../src/core/access/actor';
import { writeMemo } from '../src/core/memo-copies/write-memo';
import type { Clock, Store } from '../src/core/ports';
import { addActionItem } from '../src/core/summits/add-action-item';
import { addAgendaItem } from '../src/core/summits/add-agenda-item';
import { createSummit } from '../src/core/summits/create-summit';
import { inviteParties } from '../src/core/summits/invite-parties';
import { recordDecision } from '../src/core/summits/record-decision';
import { replyToInvitation } from '../src/core/summits/reply-to-invitation';
import { setActionItemDone } from '../src/core/summits/set-action-item-done';

interface SummitFile {
  summit: Record<string, unknown> & { slug: string };
  replies: Record<string, unknown>[];
  agenda: (Record<string, unknown> & { commitmentRefs: string[] })[];
  decisions: (Record<string, unknown> & { agendaItem: number; commitmentRefs: string[] })[];
  actionItems: (Record<string, unknown> & { decision: number; done: boolean })[];
  memo: Record<string, unknown>;
}

const pick = (o: Record<string, unknown>, drop: string[]) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !drop.includes(k)));

/** Loads the summit; returns a line to print, or null when it was loaded before. */
export async function loadSummitDemo(
  deps: { store: Store; clock: Clock },
  actor: Actor,
): Promise<string | null> {
  const file = JSON.parse(
    readFileSync(new URL('./paris-2026/summit.json', import.meta.url), 'utf8'),
  ) as SummitFile;
  const { store } = deps;
  if (await store.summits.get(file.summit.slug)) return null;
  const ids = async (refs: string[]) => {
    const out: string[] = [];
    for (const ref of refs) {
      const c = await store.commitments.getByRef(ref);
      if (c) out.push(c.id);
    }
    return out;
  };
  const summit = await createSummit(
    { input: SummitCreate.parse(pick(file.summit, ['sources', 'timesIllustrative'])), actor },
    deps,
  );
  const invited = (await store.parties.list()).filter((p) => p.invited).map((p) => p.code);
  await inviteParties({ key: summit.id, parties: invited, actor }, deps);
  for (const r of file.replies) {
    if (!invited.includes(String(r.party))) continue;
    await replyToInvitation({ key: summit.id, input: ReplyCreate.parse(r), actor }, deps);
  }
  const agenda: string[] = [];
  for (const a of file.agenda) {
    const input = AgendaItemCreate.parse({
      ...pick(a, ['commitmentRefs']),
      commitmentIds: await ids(a.commitmentRefs),
    });
    agenda.push((await addAgendaItem({ key: summit.id, input, actor }, deps)).id);
  }
  const decisions: string[] = [];
  for (const d of file.decisions) {
    const input = DecisionCreate.parse({
      ...pick(d, ['agendaItem', 'commitmentRefs']),
      agendaItemId: agenda[d.agendaItem - 1] ?? null,
      commitmentIds: await ids(d.commitmentRefs),
    });
    decisions.push((await recordDecision({ key: summit.id, input, actor }, deps)).id);
  }
  for (const a of file.actionItems) {
    const input = ActionItemCreate.parse({
      ...pick(a, ['decision', 'done']),
      decisionId: decisions[a.decision - 1] ?? null,
    });
    const item = await addActionItem({ key: summit.id, input, actor }, deps);
    if (a.done) await setActionItemDone({ key: summit.id, itemId: item.id, done: true, actor }, deps);
  }
  const memo = MemoWrite.parse({
    ...file.memo,
    recipients: (file.memo.recipients as string[]).filter((p) => invited.includes(p)),
  });
  const written = await writeMemo({ key: summit.id, input: memo, actor }, deps);
  return `Loaded the Paris summit: ${invited.length} invitations and replies, ${agenda.length} agenda items, ${decisions.length} decisions, ${file.actionItems.length} action items, a memo with ${written.copies.length} marked copies (illustrative where marked).`;
}
