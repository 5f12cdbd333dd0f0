/**
 * guarantor timeline import FILE [--confirm all|1,3,5]: the dated events an article reports,
 * numbered, with their dates and sentences; with --confirm, the chosen ones are stored (one
 * transaction). guarantor timeline list: the stored events. All through the API.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { TimelineEvent, TimelineImportResult } from '../../contracts/timeline';
import { AppError } from '../../core/errors';
import { ok } from '../backend';
import { type Format, log, print } from '../output';
import type { Run } from './run';

/** "all" or "1,3,5" (1-based) → indexes into `n` candidates; throws `validation` naming --confirm. */
export function parseChoice(choice: string, n: number): number[] {
  if (choice.trim().toLowerCase() === 'all') return [...Array(n).keys()];
  const out: number[] = [];
  for (const part of choice.split(',').map((s) => s.trim())) {
    const k = Number(part);
    if (!Number.isInteger(k) || k < 1 || k > n)
      throw new AppError('validation', 'bad --confirm', [
        { path: '--confirm', message: `${part || '(empty)'} is not a candidate number 1–${n}` },
      ]);
    if (!out.includes(k - 1)) out.push(k - 1);
  }
  return out;
}

export function timelineCommands(program: Command, run: Run) {
  const cmd = program.command('timeline').description('the timeline of dated events');
  cmd
    .command('import <file>')
    .description('offer the dated events of an article (ru, uk, en); --confirm stores the chosen ones')
    .option('--confirm <which>', 'all, or candidate numbers such as 1,3,5')
    .option('--published <date>', "the article's date, if the text has no dateline")
    .option('--title <title>', 'the article as a source (default: the file name)')
    .option('--url <url>', "the article's address")
    .option('--json', 'JSON instead of a list')
    .action(
      (
        file: string,
        o: { confirm?: string; published?: string; title?: string; url?: string; json?: boolean },
      ) =>
        run(async (b) => {
          const article = {
            text: readFileSync(file === '-' ? 0 : file, 'utf8'),
            ...(o.published ? { published: o.published } : {}),
          };
          const found = ok(
            await b.request('POST', '/api/timeline/import', { json: article }),
          ).json<TimelineImportResult>();
          if (!o.confirm) {
            if (o.json) return print(found, 'json');
            log(
              `article date: ${found.articleDate ?? 'unknown'}${found.articleDateSource ? ` (${found.articleDateSource})` : ''}`,
            );
            for (const [i, e] of found.events.entries())
              process.stdout.write(
                `${i + 1}. ${e.date}${e.yearInferred ? ` (year inferred: ${e.yearSource})` : ''} — ${e.mention.text}\n   ${e.text}\n`,
              );
            if (found.undated.length)
              log(`${found.undated.length} date(s) without a year that could not be placed`);
            log(`${found.events.length} candidate(s); store them with --confirm all or --confirm 1,3`);
            return;
          }
          const chosen = parseChoice(o.confirm, found.events.length).map((i) => ({
            date: found.events[i]?.date ?? '',
          }));
          const source = { title: o.title ?? basename(file), ...(o.url ? { url: o.url } : {}) };
          const stored = ok(
            await b.request('POST', '/api/timeline/import/confirm', {
              json: { article, source, events: chosen },
            }),
          ).json<TimelineEvent[]>();
          if (o.json) return print(stored, 'json');
          print(stored, 'table', ['date', 'id', 'title']);
          log(`stored ${stored.length} event(s)`);
        }),
    );
  cmd
    .command('list')
    .description('stored events, oldest first')
    .option('--party <code...>', 'events concerning any of these parties')
    .option('--pillar <pillar...>', 'events under any of these pillars')
    .option('--from <date>', 'from this date')
    .option('--to <date>', 'to this date')
    .option('-f, --format <format>', 'table|json|csv', 'table')
    .action((o: { party?: string[]; pillar?: string[]; from?: string; to?: string; format: Format }) =>
      run(async (b) => {
        const qs = new URLSearchParams();
        for (const p of o.party ?? []) qs.append('party', p);
        for (const p of o.pillar ?? []) qs.append('pillar', p);
        if (o.from) qs.set('from', o.from);
        if (o.to) qs.set('to', o.to);
        const list = ok(await b.request('GET', `/api/timeline?${qs}`)).json<TimelineEvent[]>();
        if (o.format === 'json') return print(list, 'json');
        print(
          list.map((e) => ({ ...e, parties: e.parties.join(' '), pillars: e.pillars.join(' ') })),
          o.format,
          ['date', 'parties', 'pillars', 'confirmed', 'title'],
        );
        log(`${list.length} events`);
      }),
    );
}
