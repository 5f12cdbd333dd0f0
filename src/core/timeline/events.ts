/**
 * The stored timeline: list events (every signed-in role), add one (the secretariat). Parties
 * named on an event must be known.
 */
import { randomUUID } from 'node:crypto';
import type { TimelineEvent, TimelineEventCreate, TimelineQuery } from '../../contracts/timeline';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, PartyRepo, Store, TimelineRepo } from '../ports';

export async function listEvents(
  opts: { query: TimelineQuery; actor: Actor },
  deps: { timeline: TimelineRepo },
): Promise<TimelineEvent[]> {
  authorize(opts.actor, 'timeline.read');
  return deps.timeline.list(opts.query);
}

/** Throws `validation` naming each unknown party by `prefix` and index. */
export async function checkParties(codes: string[], parties: PartyRepo, prefix: string): Promise<void> {
  if (codes.length === 0) return;
  const found = await parties.getMany(codes);
  const issues = codes
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !found.has(c))
    .map(({ c, i }) => ({ path: `${prefix}.${i}`, message: `${c} is not a known party` }));
  if (issues.length) throw new AppError('validation', 'unknown party', issues);
}

/** Adds one event by hand. Throws `forbidden`, `validation`. */
export async function addEvent(
  opts: { input: TimelineEventCreate; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<TimelineEvent> {
  authorize(opts.actor, 'timeline.edit');
  const { input, actor } = opts;
  const event: TimelineEvent = {
    id: randomUUID(),
    ...input,
    parties: [...new Set(input.parties)],
    pillars: [...new Set(input.pillars)],
    importedFrom: null,
    recordedBy: actor.kind === 'user' ? actor.userId : null,
    recordedAt: deps.clock.now().toISOString(),
  };
  return deps.store.transaction(async (repos) => {
    await checkParties(event.parties, repos.parties, 'parties');
    await repos.timeline.insert(event);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      { actor, action: 'timeline.add', entity: 'timeline_event', entityId: event.id, after: event },
    );
    return event;
  });
}
