/**
 * The timeline import over the store: an article's dated event candidates (nothing written), and
 * the confirmation of a chosen subset, stored as events in one transaction. The confirmation
 * sends the article again and the candidates are found again, so what is stored is exactly what
 * the finder offered (each chosen date must be one of them); title, description, parties and
 * pillars may be given per event.
 */
import { randomUUID } from 'node:crypto';
import type {
  TimelineArticle,
  TimelineConfirmRequest,
  TimelineEvent,
  TimelineImportResult,
} from '../../contracts/timeline';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError, type FieldIssue } from '../errors';
import type { Clock, Store } from '../ports';
import { checkParties } from './events';
import { importTimeline } from './import-timeline';

const TITLE_CHARS = 140;

/** The sentence as a title: whole words up to about 140 characters, with an ellipsis if cut. */
export function titleOf(sentence: string): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  if (s.length <= TITLE_CHARS) return s;
  const cut = s.slice(0, TITLE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > 60 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

const finderInput = (a: TimelineArticle) => ({
  text: a.text,
  ...(a.published ? { published: a.published } : {}),
  ...(a.today ? { today: a.today } : {}),
});

/** The candidates an article offers. Writes nothing. Throws `unauthenticated`, `forbidden`. */
export function previewImport(opts: { article: TimelineArticle; actor: Actor }): TimelineImportResult {
  authorize(opts.actor, 'timeline.read');
  return importTimeline(finderInput(opts.article));
}

/**
 * Stores the chosen candidates as confirmed events, each sourced to the article. Throws
 * `forbidden`, `validation` (a date that is no candidate, a date chosen twice, an unknown party:
 * each named `events.N.…`).
 */
export async function confirmImport(
  opts: { request: TimelineConfirmRequest; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<TimelineEvent[]> {
  authorize(opts.actor, 'timeline.edit');
  const { request, actor } = opts;
  const found = importTimeline(finderInput(request.article));
  const byDate = new Map(found.events.map((e) => [e.date, e]));
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  request.events.forEach((e, i) => {
    if (!byDate.has(e.date))
      issues.push({
        path: `events.${i}.date`,
        message: `${e.date} is not a date the article offers (${found.events.map((c) => c.date).join(', ') || 'none'})`,
      });
    else if (seen.has(e.date))
      issues.push({ path: `events.${i}.date`, message: `${e.date} is chosen twice` });
    seen.add(e.date);
  });
  if (issues.length)
    throw new AppError('validation', 'some chosen events are not candidates of the article', issues);
  const recordedAt = deps.clock.now().toISOString();
  const recordedBy = actor.kind === 'user' ? actor.userId : null;
  const source = request.source;
  const events: TimelineEvent[] = request.events.flatMap((e) => {
    const c = byDate.get(e.date);
    if (!c) return [];
    return {
      id: randomUUID(),
      date: c.date,
      datePrecision: 'day',
      title: e.title ?? titleOf(c.text),
      description: e.description ?? c.text,
      parties: [...new Set(e.parties)],
      pillars: [...new Set(e.pillars)],
      sources: [source],
      confirmed: true,
      illustrative: request.illustrative,
      importedFrom: {
        title: source.title,
        ...(source.url ? { url: source.url } : {}),
        articleDate: found.articleDate,
        sentence: c.text,
        yearInferred: c.yearInferred,
      },
      recordedBy,
      recordedAt,
    };
  });
  // one audit entry for the batch: the chain takes one entry a transaction
  const batch = randomUUID();
  return deps.store.transaction(async (repos) => {
    for (const [i, e] of events.entries())
      await checkParties(e.parties, repos.parties, `events.${i}.parties`);
    for (const e of events) await repos.timeline.insert(e);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor,
        action: 'timeline.import',
        entity: 'timeline_import',
        entityId: batch,
        after: { source, articleDate: found.articleDate, events },
      },
    );
    return events;
  });
}
