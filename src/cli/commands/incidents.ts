/**
 * guarantor incidents import FILE | list | aggregates: incident reports of the monitoring
 * mission from the command line. Files are CSV or JSON by extension (columns in docs/incidents.md).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import type { Incident, IncidentAggregates, IncidentImportResult } from '../../contracts/incident';
import { AppError } from '../../core/errors';
import { importIncidents } from '../../core/incidents/import-incidents';
import { INCIDENT_CSV_COLUMNS, type IncidentFile, toCsvRow } from '../../core/incidents/rows';
import { parseCsv } from '../../platform/sheets';
import { LOCAL_ACTOR } from '../../server/plugins/auth';
import { ok } from '../backend';
import { type Format, log, print, progress } from '../output';
import type { Run } from './run';

const LIST_COLUMNS = [
  'reference',
  'occurred',
  'region',
  'type',
  'weapon',
  'killed',
  'injured',
  'status',
  'team',
];
const FILTERS = ['region', 'type', 'status'] as const;

const killed = (i: Incident) => i.casualties.civilianKilled + i.casualties.militaryKilled;
const injured = (i: Incident) => i.casualties.civilianInjured + i.casualties.militaryInjured;

/** Reads a file as the import's input: `.json` holds an array of incidents, anything else is CSV. */
function readFile(file: string): IncidentFile {
  const text = readFileSync(file, 'utf8');
  if (extname(file).toLowerCase() !== '.json') return { format: 'csv', rows: parseCsv(text) };
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch (e) {
    throw new AppError('validation', `${file} is not valid JSON`, [
      { path: 'file', message: (e as Error).message },
    ]);
  }
  // a file with a note beside its incidents (as the demo's) holds them under `incidents`
  if (items && typeof items === 'object' && !Array.isArray(items) && 'incidents' in items)
    items = (items as { incidents: unknown }).incidents;
  if (!Array.isArray(items))
    throw new AppError('validation', `${file} must hold a JSON array of incidents`, [
      { path: 'file', message: 'not an array (nor an object with an "incidents" array)' },
    ]);
  return { format: 'json', items };
}

export function incidentCommands(program: Command, run: Run) {
  const cmd = program
    .command('incidents')
    .description('incident reports of the ceasefire monitoring mission');

  cmd
    .command('import <file>')
    .description('import a CSV or JSON file (by extension): every row or none; bad rows are listed by number')
    .action((file: string) =>
      run(async (b) => {
        const input = readFile(file);
        const n = input.format === 'csv' ? input.rows.length : input.items.length;
        log(`read ${n} ${input.format === 'csv' ? 'rows' : 'incidents'} from ${file}`);
        let result: IncidentImportResult;
        if (b.mode === 'local' && b.ctx) {
          result = await importIncidents(
            { file: input, actor: LOCAL_ACTOR, onProgress: (d, t) => progress(d, t, 'importing') },
            b.ctx,
          );
        } else {
          log('sending it to the running server…');
          const raw = readFileSync(file, 'utf8');
          result = ok(
            await b.request(
              'POST',
              '/api/incidents/import',
              input.format === 'csv' ? { raw, contentType: 'text/csv' } : { json: input.items },
            ),
          ).json();
        }
        log(`imported ${result.imported} incidents`);
        print(result, 'json');
      }),
    );

  const list = cmd
    .command('list')
    .description('list incident reports (filters repeatable: --region UA-14 --region UA-23)');
  for (const f of FILTERS) list.option(`--${f} <value...>`, `filter by ${f}`);
  list
    .option('--from <date>', 'first day, YYYY-MM-DD (Kyiv time)')
    .option('--to <date>', 'last day, YYYY-MM-DD (Kyiv time)')
    .option('--order <dir>', 'asc|desc by time of occurrence', 'desc')
    .option('--page <n>', 'page', '1')
    .option('--page-size <n>', 'rows per page (max 200)', '50')
    .option('-f, --format <format>', 'table|json|csv (csv has the import columns)', 'table')
    .action((o) =>
      run(async (b) => {
        const qs = new URLSearchParams();
        for (const f of FILTERS) for (const v of (o[f] as string[] | undefined) ?? []) qs.append(f, v);
        if (o.from) qs.set('from', o.from);
        if (o.to) qs.set('to', o.to);
        qs.set('order', o.order);
        qs.set('page', o.page);
        qs.set('pageSize', o.pageSize);
        const page = ok(await b.request('GET', `/api/incidents?${qs}`)).json<{
          items: Incident[];
          total: number;
        }>();
        if (o.format === 'json') print(page, 'json');
        else if (o.format === 'csv') print(page.items.map(toCsvRow), 'csv', [...INCIDENT_CSV_COLUMNS]);
        else
          print(
            page.items.map((i) => ({
              ...i,
              occurred: i.occurredAt.slice(0, 16).replace('T', ' '),
              region: i.regionName,
              weapon: i.weaponClass,
              killed: killed(i),
              injured: injured(i),
            })),
            o.format as Format,
            LIST_COLUMNS,
          );
        log(`${page.items.length} of ${page.total} shown`);
      }),
    );

  cmd
    .command('aggregates')
    .description('counts per day or region over a period, against a baseline (default: the 30 days before)')
    .requiredOption('--from <date>', 'first day of the period, YYYY-MM-DD (Kyiv time)')
    .requiredOption('--to <date>', 'last day of the period')
    .option('--baseline-from <date>', 'first day of the baseline')
    .option('--baseline-to <date>', 'last day of the baseline')
    .option('--by <what>', 'day|region', 'day')
    .option('-f, --format <format>', 'table|json|csv', 'table')
    .action((o) =>
      run(async (b) => {
        const qs = new URLSearchParams({ from: o.from, to: o.to, by: o.by });
        if (o.baselineFrom) qs.set('baselineFrom', o.baselineFrom);
        if (o.baselineTo) qs.set('baselineTo', o.baselineTo);
        const a = ok(await b.request('GET', `/api/incidents/aggregates?${qs}`)).json<IncidentAggregates>();
        if (o.format === 'json') {
          print(a, 'json');
          return;
        }
        print(
          a.rows.map((r) => ({
            [o.by]: r.label,
            count: r.count,
            baseline: r.expected.toFixed(2),
            ratio: r.ratio === null ? '' : r.ratio.toFixed(2),
          })),
          o.format as Format,
          [o.by, 'count', 'baseline', 'ratio'],
        );
        log(
          `${a.period.from}…${a.period.to}: ${a.period.total} incidents, ${a.period.meanDaily.toFixed(2)} a day; ` +
            `baseline ${a.baseline.from}…${a.baseline.to}: ${a.baseline.meanDaily.toFixed(2)} a day` +
            (a.ratio === null ? '' : `; ratio ${a.ratio.toFixed(2)}`),
        );
      }),
    );
}
