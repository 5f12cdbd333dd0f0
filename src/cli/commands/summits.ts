/**
 * guarantor summits list|show and guarantor memo trace FILE: summits, and tracing a leaked memo
 * excerpt (.txt, or the text of a .docx or .pdf) to the copy it most likely comes from.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { MemoTraceAnswer } from '../../contracts/memo-copy';
import type { SummitSummary, SummitView } from '../../contracts/summit';
import { extractText, formatOfFile } from '../../platform/memo-documents';
import { ok } from '../backend';
import { type Format, log, print } from '../output';
import type { Run } from './run';

const pct = (x: number) => `${(x * 100).toFixed(x > 0.999 && x < 1 ? 3 : 1)} %`;

export function summitCommands(program: Command, run: Run) {
  const cmd = program
    .command('summits')
    .description('summits: invitations, replies, agenda, decisions, action items');
  cmd
    .command('list')
    .option('-f, --format <format>', 'table|json|csv', 'table')
    .action((o: { format: Format }) =>
      run(async (b) => {
        const list = ok(await b.request('GET', '/api/summits')).json<SummitSummary[]>();
        print(list, o.format, [
          'slug',
          'title',
          'startsAt',
          'place',
          'format',
          'invited',
          'attending',
          'overdue',
        ]);
      }),
    );
  cmd
    .command('show <idOrSlug>')
    .option('-f, --format <format>', 'table|json', 'table')
    .action((key: string, o: { format: Format }) =>
      run(async (b) => {
        const s = ok(await b.request('GET', `/api/summits/${encodeURIComponent(key)}`)).json<SummitView>();
        if (o.format === 'json') return print(s, 'json');
        log(`${s.title} — ${s.place}, ${s.startsAt} to ${s.endsAt} (${s.timeZone}), ${s.format}`);
        log(
          `${s.invited} invited, ${s.replied} replied, ${s.attending} attending; ${s.overdue} action items overdue`,
        );
        print(
          s.invitations.map((i) => ({
            party: i.party,
            name: i.partyName,
            reply: i.reply ? (i.reply.attending ? 'attending' : 'declined') : '',
            level: i.reply?.level ?? '',
            mode: i.reply?.mode ?? '',
          })),
          'table',
        );
        if (s.actionItems.length) {
          log('\naction items:');
          print(
            s.actionItems.map((a) => ({
              status: a.status,
              deadline: a.deadline,
              owner: a.ownerParty ?? a.ownerUserId,
              text: a.text,
            })),
            'table',
          );
        }
      }),
    );

  program
    .command('memo')
    .description('traceable memos')
    .command('trace <file>')
    .description('name the memo copy a leaked excerpt comes from (.txt, .docx or .pdf); secretariat')
    .option('--memo <id>', 'the memo it comes from (default: the best match among all memos)')
    .option('--json', 'the whole answer as JSON')
    .action((file: string, o: { memo?: string; json?: boolean }) =>
      run(async (b) => {
        const excerpt = extractText(readFileSync(file), formatOfFile(file));
        const r = ok(
          await b.request('POST', '/api/memos/trace', {
            json: { excerpt, ...(o.memo ? { memoId: o.memo } : {}) },
          }),
        ).json<MemoTraceAnswer>();
        if (o.json) return print(r, 'json');
        process.stdout.write(
          `memo        ${r.memoId ?? '(none)'}${r.memoTitle ? ` — ${r.memoTitle}` : ''}\n` +
            `copy        ${r.copyId ?? '(none)'}\n` +
            `recipient   ${r.recipient ?? '(none)'}${r.recipientName ? ` (${r.recipientName})` : ''}\n` +
            `confidence  ${pct(r.confidence)}   (from none of the copies: ${pct(r.noCopy)})\n` +
            (r.runnerUp
              ? `runner-up   ${r.runnerUp.recipient} ${r.runnerUp.copyId}, ${pct(r.runnerUp.confidence)}\n`
              : '') +
            '\nevidence:\n',
        );
        print(
          r.evidence.map((e) => ({
            layer: e.layer,
            marks: e.marks,
            bits: e.bits,
            agree: `${e.agreement.copy.matched}/${e.agreement.copy.of}`,
            alone: e.best ? `${e.best.recipient} ${pct(e.best.confidence)}` : '',
            normalised: e.normalised.join(' '),
          })),
          'table',
        );
      }),
    );
}
