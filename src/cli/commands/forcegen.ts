/**
 * guarantor forcegen solve FILE.json [--json] and guarantor forcegen generate …: force generation
 * from the command line, run locally (the solver in a worker thread; progress on stderr).
 * The scenario format: docs/forcegen.md and docs/forcegen-scenario.schema.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { ForceGenResult } from '../../contracts/forcegen';
import { AppError } from '../../core/errors';
import { generateScenario, validateScenario } from '../../core/forcegen';
import { ScenarioInvalidError, shutdownForceGenSolver, solveForceGeneration } from '../../solver';
import { log, print } from '../output';
import { reportError } from './run';

const int = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a whole number: ${v}`);
  return n;
};

export function forcegenCommands(program: Command) {
  const fg = program.command('forcegen').description('force generation for the Multinational Force Ukraine');
  fg.command('solve <file>')
    .description(
      'assign offers to requirement lines (HiGHS); FILE is a scenario (docs/forcegen.md) or - for stdin',
    )
    .option('--json', 'the full result as JSON (default: tables of allocation, gaps and burden sharing)')
    .option('--time-limit <seconds>', 'time limit for all stages', '30')
    .action(async (file: string, o: { json?: boolean; timeLimit: string }) => {
      try {
        const raw = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8'));
        const v = validateScenario(raw);
        if (!v.ok) throw new AppError('validation', 'the scenario is not valid', v.issues);
        const ac = new AbortController();
        process.once('SIGINT', () => {
          log('\ncancelling: the best plan found so far follows');
          ac.abort();
        });
        const result = await solveForceGeneration(v.scenario, {
          timeLimitSeconds: Number(o.timeLimit),
          signal: ac.signal,
          onStage: (s) => log(`stage ${s.stage}: ${s.status} in ${Math.round(s.timeMs)} ms`),
          onProgress: (p) =>
            process.stderr.write(
              `\r  ${p.model}: objective ${p.objective.toFixed(4)}, bound ${p.bound.toFixed(4)}, ${p.seconds.toFixed(1)} s   `,
            ),
        });
        process.stderr.write('\n');
        if (o.json) print(result, 'json');
        else printTables(result);
      } catch (e) {
        process.exitCode =
          e instanceof ScenarioInvalidError
            ? reportError(new AppError('validation', 'the scenario is not valid', e.issues))
            : reportError(e);
      } finally {
        await shutdownForceGenSolver();
      }
    });
  fg.command('generate')
    .description('write a realistic random scenario (seeded: the same seed gives the same scenario)')
    .requiredOption('--nations <n>', 'contributing nations', int)
    .requiredOption('--lines <n>', 'requirement lines', int)
    .requiredOption('--offers <n>', 'national offers', int)
    .option('--seed <n>', 'random seed', int, 1)
    .option('--no-us-backstop', 'a scenario without the US backstop')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(
      (o: {
        nations: number;
        lines: number;
        offers: number;
        seed: number;
        usBackstop: boolean;
        out?: string;
      }) => {
        try {
          const s = generateScenario({
            nations: o.nations,
            lines: o.lines,
            offers: o.offers,
            seed: o.seed,
            usBackstop: o.usBackstop,
          });
          const text = `${JSON.stringify(s, null, 2)}\n`;
          if (o.out) {
            writeFileSync(o.out, text);
            log(
              `wrote ${o.out}: ${s.nations.length} nations, ${s.lines.length} lines, ${s.offers.length} offers (seed ${o.seed})`,
            );
          } else process.stdout.write(text);
        } catch (e) {
          process.exitCode = reportError(e);
        }
      },
    );
}

function printTables(r: ForceGenResult) {
  const rows = (x: unknown) => x as Record<string, unknown>[];
  log(
    `status ${r.status}; coverage ${r.objective.coverage.toFixed(4)} (bound ${r.bound.toFixed(4)}, gap ${(r.mipGap * 100).toFixed(3)} %)`,
  );
  log('\nallocation:');
  print(rows(r.allocation), 'table');
  if (r.gaps.length) {
    log('\ngaps:');
    print(rows(r.gaps), 'table');
  }
  log('\nburden sharing:');
  print(rows(r.burdenSharing), 'table');
}
