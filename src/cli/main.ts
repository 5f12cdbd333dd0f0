/**
 * guarantor — the command line. Data on stdout (table, json, csv); logs and progress on stderr.
 * Works with or without a running server on the same data (through the server when it owns it).
 */
import { Command } from 'commander';
import { loadDemo } from '../../demo/load-demo';
import { loadConfig } from '../config';
import { serve } from '../server/serve';
import { activationCommands } from './commands/activation';
import { adminCommands } from './commands/admin';
import { analyzeCommand } from './commands/analyze';
import { commitmentCommands } from './commands/commitments';
import { documentCommands } from './commands/documents';
import { forcegenCommands } from './commands/forcegen';
import { incidentCommands } from './commands/incidents';
import { positionCommands, pressureCommands } from './commands/positions';
import { restoreBackup } from './commands/restore';
import { reportError, run } from './commands/run';
import { summitCommands } from './commands/summits';
import { timelineCommands } from './commands/timeline';
import { tokenCommands } from './commands/tokens';
import { log } from './output';

const program = new Command('guarantor')
  .description('Written, multinational security guarantees for Ukraine')
  .showHelpAfterError()
  .version('0.1.0');

program
  .command('serve')
  .description('run the server and web app (PORT, HOST, GUARANTOR_DATA, DATABASE_URL)')
  .action(async () => {
    try {
      await serve(loadConfig(), { loadDemo: (ctx) => loadDemo(ctx) });
    } catch (e) {
      process.exit(reportError(e));
    }
  });

program
  .command('demo')
  .description('load the Paris 2026 demo into an empty register')
  .action(() =>
    run(async (b) => {
      if (!b.ctx)
        throw new Error(
          'stop the running server first: the demo loads into an empty register at its first start anyway',
        );
      const lines = await loadDemo(b.ctx);
      log(lines ? lines.join('\n') : 'the register is not empty; the demo was not loaded');
    }),
  );

program
  .command('restore <file>')
  .description(
    'replace the embedded database with a backup (the server must be stopped; the old data is kept aside)',
  )
  .action(async (file: string) => {
    try {
      await restoreBackup(loadConfig(), file);
    } catch (e) {
      process.exitCode = reportError(e);
    }
  });

commitmentCommands(program, run);
documentCommands(program, run);
analyzeCommand(program);
forcegenCommands(program);
activationCommands(program, run);
tokenCommands(program, run);
summitCommands(program, run);
incidentCommands(program, run);
positionCommands(program, run);
pressureCommands(program, run);
timelineCommands(program, run);
adminCommands(program, run);

await program.parseAsync(process.argv);
