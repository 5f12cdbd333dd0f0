import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import type { CommitmentView } from '../../contracts/commitment';
import { importCommitments } from '../../core/commitments/import-commitments';
import { parseCsv, parseXlsx } from '../../platform/sheets';
import { LOCAL_ACTOR } from '../../server/plugins/auth';
import { ok } from '../backend';
import type { Format } from '../output';
import { log, print, progress } from '../output';
import type { Run } from './run';

const LIST_COLUMNS = ['ref', 'guarantor', 'pillar', 'kind', 'status', 'classification', 'eur', 'title'];
const FILTERS = ['guarantor', 'pillar', 'kind', 'status', 'trigger', 'classification'] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const eur = (c: CommitmentView) =>
  c.terms.money ? `€${Math.round(c.terms.money.eurAmount).toLocaleString('en-GB')}` : '';

export function commitmentCommands(program: Command, run: Run) {
  const cmd = program.command('commitments').description('the commitment register');

  const list = cmd
    .command('list')
    .description('list commitments (filters repeatable: --pillar a --pillar b)');
  for (const f of FILTERS) list.option(`--${f} <value...>`, `filter by ${f}`);
  list
    .option('-q, --q <text>', 'free text')
    .option('--sort <field>', 'updatedAt|announcedOn|eurAmount|guarantor|ref|status|title', 'updatedAt')
    .option('--order <dir>', 'asc|desc', 'desc')
    .option('--page <n>', 'page', '1')
    .option('--page-size <n>', 'rows per page (max 200)', '50')
    .option('-f, --format <format>', 'table|json|csv', 'table')
    .action((o) =>
      run(async (b) => {
        const qs = new URLSearchParams();
        for (const f of FILTERS) for (const v of (o[f] as string[] | undefined) ?? []) qs.append(f, v);
        if (o.q) qs.set('q', o.q);
        qs.set('sort', o.sort);
        qs.set('order', o.order);
        qs.set('page', o.page);
        qs.set('pageSize', o.pageSize);
        const page = ok(await b.request('GET', `/api/commitments?${qs}`)).json<{
          items: CommitmentView[];
          total: number;
        }>();
        if (o.format === 'json') print(page, 'json');
        else
          print(
            page.items.map((c) => ({ ...c, eur: eur(c) })),
            o.format as Format,
            LIST_COLUMNS,
          );
        log(`${page.items.length} of ${page.total} shown`);
      }),
    );

  cmd
    .command('show <idOrRef>')
    .option('-f, --format <format>', 'table|json', 'json')
    .option('--history', 'with every version and its changes')
    .action((id: string, o) =>
      run(async (b) => {
        const c = ok(
          await b.request('GET', `/api/commitments/${encodeURIComponent(id)}`),
        ).json<CommitmentView>();
        const history = o.history
          ? ok(await b.request('GET', `/api/commitments/${c.id}/history`)).json()
          : undefined;
        print(history ? { ...c, history } : c, o.format as Format);
      }),
    );

  cmd
    .command('add')
    .description('register a commitment from JSON (the API body; see /docs)')
    .requiredOption('--file <file>', 'JSON file, or - for stdin')
    .option('-f, --format <format>', 'table|json', 'json')
    .action((o) =>
      run(async (b) => {
        const body = JSON.parse(readFileSync(o.file === '-' ? 0 : o.file, 'utf8'));
        const c = ok(await b.request('POST', '/api/commitments', { json: body })).json<CommitmentView>();
        log(`registered ${c.ref} (${c.id})`);
        print(c, o.format as Format);
      }),
    );

  cmd
    .command('export')
    .description('export the register as CSV or XLSX (columns in docs/columns.md)')
    .option('--format <format>', 'csv|xlsx', 'csv')
    .option('-o, --out <file>', 'write to a file (default: stdout for csv)')
    .action((o) =>
      run(async (b) => {
        const r = ok(await b.request('GET', `/api/commitments/export?format=${o.format}`));
        if (o.out) {
          writeFileSync(o.out, r.body);
          log(`wrote ${o.out} (${r.body.length} bytes)`);
        } else if (o.format === 'xlsx') throw new Error('give --out FILE for xlsx');
        else process.stdout.write(r.body);
      }),
    );

  cmd
    .command('import <file>')
    .description('import a CSV or XLSX file: every row or none; bad rows are listed with their numbers')
    .action((file: string) =>
      run(async (b) => {
        const buf = readFileSync(file);
        const isXlsx = extname(file).toLowerCase() === '.xlsx';
        let result: { imported: number };
        if (b.mode === 'local' && b.ctx) {
          const rows = isXlsx ? await parseXlsx(buf) : parseCsv(buf.toString('utf8'));
          log(`read ${rows.length} rows from ${file}`);
          result = await importCommitments(
            { rows, actor: LOCAL_ACTOR, onProgress: (d, t) => progress(d, t, 'importing') },
            b.ctx,
          );
        } else {
          log(`sending ${file} to the running server…`);
          result = ok(
            await b.request('POST', '/api/commitments/import', {
              raw: isXlsx ? buf : buf.toString('utf8'),
              contentType: isXlsx ? XLSX : 'text/csv',
            }),
          ).json();
        }
        log(`imported ${result.imported} commitments`);
        print(result, 'json');
      }),
    );
}
