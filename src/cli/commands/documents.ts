/**
 * guarantor doc build|diff|verify and guarantor compliance: the written guarantees from the
 * command line, through the API (so the same read rules apply). Files on --out, or text on stdout.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { ComplianceReport } from '../../contracts/compliance';
import type { ClauseChange, DocumentDiff, VerifyResult } from '../../contracts/document';
import { ok, type Response } from '../backend';
import { log, print } from '../output';
import type { Run } from './run';

/** Exit status of `doc verify` when the signature does not hold or the agreement changed since. */
export const VERIFY_FAILED_EXIT = 9;

const BINARY = new Set(['docx', 'pdf']);

function output(r: Response, format: string, out: string | undefined) {
  if (out) {
    writeFileSync(out, r.body);
    log(`wrote ${out} (${r.body.length} bytes)`);
  } else if (BINARY.has(format) && process.stdout.isTTY) {
    throw new Error(`give --out FILE for ${format}`);
  } else process.stdout.write(r.body);
}

const clauseRow = (what: string) => (c: ClauseChange) => ({
  change: what,
  eId: c.eId,
  commitment: c.commitment?.ref ?? '',
  versions: c.commitment ? `${c.commitment.fromVersion ?? '–'} → ${c.commitment.toVersion ?? '–'}` : '',
  fields: c.fields.map((f) => f.path).join(', '),
  heading: c.heading,
});

export function documentCommands(program: Command, run: Run) {
  const doc = program.command('doc').description('the written guarantees: declaration and agreements');

  doc
    .command('build')
    .description('generate the declaration or an agreement from the register as of a date')
    .option('--kind <kind>', 'declaration|agreement', 'declaration')
    .option('--party <code>', 'for an agreement: the guarantor (GB, FR, …)')
    .option('--format <format>', 'md|docx|pdf|akn|json', 'md')
    .option('--lang <lang>', 'en|uk|fr', 'en')
    .option('--date <date>', 'as of the end of this day (YYYY-MM-DD); today by default')
    .option('-o, --out <file>', 'write to a file (needed for docx and pdf on a terminal)')
    .action((o) =>
      run(async (b) => {
        if (o.kind !== 'declaration' && o.kind !== 'agreement')
          throw new Error(`--kind must be declaration or agreement, not ${o.kind}`);
        if (o.kind === 'agreement' && !o.party) throw new Error('give --party for an agreement');
        const qs = new URLSearchParams({ format: o.format, lang: o.lang });
        if (o.date) qs.set('date', o.date);
        const path =
          o.kind === 'agreement'
            ? `/api/documents/agreements/${encodeURIComponent(String(o.party).toUpperCase())}`
            : '/api/documents/declaration';
        output(ok(await b.request('GET', `${path}?${qs}`)), o.format, o.out);
      }),
    );

  doc
    .command('diff')
    .description('compare a document at two dates: clauses added, removed, changed')
    .requiredOption('--from <date>', 'the earlier date (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'the later date (YYYY-MM-DD)')
    .option('--party <code>', "compare this guarantor's agreement (default: the declaration)")
    .option('--lang <lang>', 'en|uk|fr', 'en')
    .option('-f, --format <format>', 'table|json', 'table')
    .action((o) =>
      run(async (b) => {
        const qs = new URLSearchParams({ from: o.from, to: o.to, lang: o.lang });
        if (o.party) {
          qs.set('kind', 'agreement');
          qs.set('party', String(o.party).toUpperCase());
        }
        const d = ok(await b.request('GET', `/api/documents/diff?${qs}`)).json<DocumentDiff>();
        if (o.format === 'json') return print(d, 'json');
        const rows = [
          ...d.added.map(clauseRow('added')),
          ...d.removed.map(clauseRow('removed')),
          ...d.changed.map(clauseRow('changed')),
        ];
        if (rows.length)
          print(rows, 'table', ['change', 'eId', 'commitment', 'versions', 'fields', 'heading']);
        log(
          `${d.from} → ${d.to}: ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed, ${d.unchanged} unchanged`,
        );
      }),
    );

  doc
    .command('verify <signatureId>')
    .description(`verify a signed agreement; exits ${VERIFY_FAILED_EXIT} unless it holds and is unchanged`)
    .option('-f, --format <format>', 'table|json', 'table')
    .action((id: string, o) =>
      run(async (b) => {
        const v = ok(
          await b.request('GET', `/api/documents/signatures/${encodeURIComponent(id)}/verify`),
        ).json<VerifyResult>();
        if (o.format === 'json') print(v, 'json');
        else {
          print(v.checks, 'table', ['name', 'ok', 'detail']);
          if (v.changedClauses.length)
            print(v.changedClauses.map(clauseRow('changed')), 'table', [
              'eId',
              'commitment',
              'versions',
              'fields',
            ]);
        }
        log(
          `${v.signature.party} agreement as of ${v.signature.asOf} (${v.signature.lang}), signed ${v.signature.signedAt}: ${
            v.status === 'valid'
              ? 'VALID'
              : v.status === 'changed'
                ? 'UNSIGNED: changed since signing'
                : 'INVALID: the signature or the signed history does not check out'
          }${v.hiddenChanges ? ` (${v.hiddenChanges} changed clause(s) you may not read)` : ''}`,
        );
        if (!v.valid) process.exitCode = VERIFY_FAILED_EXIT;
      }),
    );

  program
    .command('compliance')
    .description('the compliance report (G7 Research Group scale: −1, 0, +1) for the Paris summit')
    .option('--edition <edition>', 'interim|final', 'interim')
    .option('--summit <id>', 'paris-2026|all', 'paris-2026')
    .option('--format <format>', 'table|json|md|docx|pdf|akn', 'table')
    .option('--lang <lang>', 'en|uk|fr', 'en')
    .option('--date <date>', 'as of the end of this day (YYYY-MM-DD); today by default')
    .option('-o, --out <file>', 'write to a file')
    .action((o) =>
      run(async (b) => {
        const format = o.format === 'table' ? 'json' : o.format;
        const qs = new URLSearchParams({ edition: o.edition, summit: o.summit, format, lang: o.lang });
        if (o.date) qs.set('date', o.date);
        const r = ok(await b.request('GET', `/api/compliance?${qs}`));
        if (o.format !== 'table') return output(r, format, o.out);
        const report = r.json<ComplianceReport>();
        print(report.byGuarantor, 'table', [
          'rank',
          'name',
          'count',
          'full',
          'partial',
          'none',
          'average',
          'percent',
        ]);
        log(
          `${report.summit.name}, ${report.edition} edition as of ${report.asOf}: ${report.overall.count} commitments, average ${report.overall.average} (${report.overall.percent} %)`,
        );
      }),
    );
}
