/**
 * guarantor positions alignment --date D: the alignment matrix (issues × parties, each cell the
 * stance of the latest position on or before the date); guarantor positions list; guarantor
 * pressure list: the pressure track's measures. All through the API.
 */
import type { Command } from 'commander';
import type { AlignmentMatrix, Position } from '../../contracts/positions';
import type { PressureMeasure } from '../../contracts/pressure';
import { ok } from '../backend';
import { type Format, log, print } from '../output';
import type { Run } from './run';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function matrixRows(m: AlignmentMatrix) {
  return m.issues.map((issue) => {
    const row: Record<string, string> = { issue: issue.slug };
    for (const p of m.parties) {
      const cell = m.cells.find((c) => c.issue === issue.slug && c.party === p.code);
      row[p.code] = cell?.position
        ? `${signed(cell.position.stance)}${cell.position.illustrative ? '*' : ''}`
        : '';
    }
    return row;
  });
}

export function positionCommands(program: Command, run: Run) {
  const cmd = program.command('positions').description('negotiation positions and their alignment');
  cmd
    .command('alignment')
    .description('the alignment matrix at a date (stances −2 … +2; * = illustrative)')
    .requiredOption('--date <date>', 'YYYY-MM-DD: each cell is the latest position on or before it')
    .option('--party <code...>', 'only these parties (Ukraine is always shown)')
    .option('--json', 'the full matrix as JSON')
    .action((o: { date: string; party?: string[]; json?: boolean }) =>
      run(async (b) => {
        const qs = new URLSearchParams({ date: o.date });
        for (const p of o.party ?? []) qs.append('party', p);
        const m = ok(await b.request('GET', `/api/positions/alignment?${qs}`)).json<AlignmentMatrix>();
        if (o.json) return print(m, 'json');
        print(matrixRows(m), 'table', ['issue', ...m.parties.map((p) => p.code)]);
        log(`\nalignment with ${m.reference} at ${m.date} (1 = same stance, 0 = opposite ends):`);
        print(
          m.byParty.map((p) => ({
            party: p.party,
            name: p.name,
            alignment: p.alignment === null ? '' : p.alignment.toFixed(2),
            issues: p.issues,
          })),
          'table',
        );
      }),
    );
  cmd
    .command('list')
    .description('positions, newest first')
    .option('--issue <slug...>', 'only these issues')
    .option('--party <code...>', 'only these parties')
    .option('-f, --format <format>', 'table|json|csv', 'table')
    .action((o: { issue?: string[]; party?: string[]; format: Format }) =>
      run(async (b) => {
        const qs = new URLSearchParams();
        for (const i of o.issue ?? []) qs.append('issue', i);
        for (const p of o.party ?? []) qs.append('party', p);
        const list = ok(await b.request('GET', `/api/positions?${qs}`)).json<Position[]>();
        if (o.format === 'json') return print(list, 'json');
        print(
          list.map((p) => ({ ...p, stance: signed(p.stance) })),
          o.format,
          ['asOf', 'issue', 'party', 'stance', 'illustrative', 'summary'],
        );
      }),
    );
}

export function pressureCommands(program: Command, run: Run) {
  const cmd = program.command('pressure').description('the pressure track');
  cmd
    .command('list')
    .description('measures with their condition, supporters and status')
    .option('--status <status...>', 'proposed|agreed|in_force|suspended|lifted')
    .option('-f, --format <format>', 'table|json|csv', 'table')
    .action((o: { status?: string[]; format: Format }) =>
      run(async (b) => {
        const qs = new URLSearchParams();
        for (const s of o.status ?? []) qs.append('status', s);
        const list = ok(await b.request('GET', `/api/pressure?${qs}`)).json<PressureMeasure[]>();
        if (o.format === 'json') return print(list, 'json');
        print(
          list.map((m) => ({
            ...m,
            trigger: m.condition.trigger,
            supporters: m.supporters.join(' '),
            since: m.dates[m.status] ?? '',
          })),
          o.format,
          ['status', 'since', 'kind', 'trigger', 'supporters', 'illustrative', 'title'],
        );
        log(`${list.length} measures`);
      }),
    );
}
