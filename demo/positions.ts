/**
 * The negotiation track, the pressure track and the timeline of the Paris 2026 demo: open issues
 * and the positions of Ukraine, the US, the UK, France, Germany, Poland, Italy and Russia a month
 * before the summit and at it (paris-2026/positions.json), pressure measures (pressure.json), and
 * the dated events of the Paris article, imported and confirmed through the same use cases the
 * API runs. Public facts carry their sources; judgements and inventions are marked illustrative.
 * Idempotent: nothing is loaded once an issue exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { IssueCreate, PositionCreate } from '../src/contracts/positions';
import { PressureCreate } from '../src/contracts/pressure';
import { TimelineConfirmRequest } from '../src/contracts/timeline';
import type { Actor } from '../src/core/access/actor';
import { recordAudit } from '../src/core/audit/record';
import type { Clock, Store } from '../src/core/ports';
import { recordPosition } from '../src/core/positions/record-position';
import { saveIssue } from '../src/core/positions/save-issue';
import { createMeasure } from '../src/core/pressure/create-measure';
import { confirmImport, previewImport } from '../src/core/timeline/import-article';

const dir = new URL('./paris-2026/', import.meta.url);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as T;

/** The Paris article lives beside the repository (../shared/data), or where GUARANTOR_SHARED_DATA says. */
export function parisArticlePath(): string | null {
  const candidates = [
    process.env.GUARANTOR_SHARED_DATA ? `${process.env.GUARANTOR_SHARED_DATA}/paris-2026-article.ru.txt` : '',
    new URL('../../shared/data/paris-2026-article.ru.txt', import.meta.url).pathname,
  ];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

export const PARIS_ARTICLE_SOURCE = {
  title:
    'На встрече "коалиции желающих" обсудят письменные гарантии безопасности и войска в Украине – Reuters (Russian-language report, 6 January 2026)',
  url: 'https://news.liga.net/en/politics/news/coalition-of-the-willing-to-discuss-written-security-guarantees-and-troops-in-ukraine-reuters',
  publishedOn: '2026-01-06',
};

/** Who and which pillars each dated event of the article concerns (the events are the article's). */
const EVENT_TAGS: Record<string, { parties: string[]; pillars: string[] }> = {
  '2025-12-30': { parties: ['UA'], pillars: ['multinational_force'] },
  '2025-12-31': { parties: ['UA', 'US'], pillars: ['multinational_force'] },
  '2026-01-03': { parties: ['UA'], pillars: ['multinational_force'] },
  '2026-01-05': { parties: ['UA'], pillars: ['renewed_attack', 'long_term_support'] },
  '2026-01-06': {
    parties: ['FR', 'GB', 'DE', 'UA', 'US'],
    pillars: ['multinational_force', 'renewed_attack', 'pressure'],
  },
};

interface PositionsFile {
  issues: unknown[];
  positions: unknown[];
  russia: { code: string; name: string; kind: 'state' };
}

/** Returns the lines to print, or null when the negotiation track is already loaded. */
export async function loadPositionsDemo(
  deps: { store: Store; clock: Clock },
  actor: Actor,
): Promise<string[] | null> {
  if ((await deps.store.positions.listIssues()).length > 0) return null;
  const file = readJson<PositionsFile>('positions.json');
  const { measures } = readJson<{ measures: unknown[] }>('pressure.json');
  // Russia is no coalition member, but its public position is part of the picture
  if (!(await deps.store.parties.get(file.russia.code))) {
    await deps.store.transaction(async (repos) => {
      const party = {
        ...file.russia,
        gdpEur: null,
        gdpYear: null,
        gdpSource: null,
        invited: false,
        illustrative: false,
      };
      await repos.parties.upsert(party);
      await recordAudit(
        { audit: repos.audit, clock: deps.clock },
        { actor, action: 'party.create', entity: 'party', entityId: party.code, after: party },
      );
    });
  }
  for (const raw of file.issues) await saveIssue({ input: IssueCreate.parse(raw), actor }, deps);
  for (const raw of file.positions) await recordPosition({ input: PositionCreate.parse(raw), actor }, deps);
  for (const raw of measures) await createMeasure({ input: PressureCreate.parse(raw), actor }, deps);
  const lines = [
    `Negotiation track: ${file.issues.length} issues, ${file.positions.length} positions; pressure track: ${measures.length} measures.`,
  ];
  const path = parisArticlePath();
  if (!path)
    return [...lines, 'Timeline: the Paris article (../shared/data) was not found; no events imported.'];
  const article = { text: readFileSync(path, 'utf8') };
  const found = previewImport({ article, actor });
  const stored = await confirmImport(
    {
      request: TimelineConfirmRequest.parse({
        article,
        source: PARIS_ARTICLE_SOURCE,
        events: found.events.map((e) => ({ date: e.date, ...(EVENT_TAGS[e.date] ?? {}) })),
      }),
      actor,
    },
    deps,
  );
  return [...lines, `Timeline: ${stored.length} events imported from the Paris article.`];
}
