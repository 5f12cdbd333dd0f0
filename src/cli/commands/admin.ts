import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ROLES } from '../../contracts/enums';
import { ok } from '../backend';
import { PASSWORD_ENV_OPTION, passwordFromEnv } from '../caller';
import { type Format, log, print } from '../output';
import type { Run } from './run';

export function adminCommands(program: Command, run: Run) {
  const users = program.command('users').description('user accounts');
  users
    .command('add')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--role <role>', ROLES.join('|'))
    .option('--party <code>', 'party code, for delegation and beneficiary users')
    .option(...PASSWORD_ENV_OPTION)
    .action((o) =>
      run(async (b) => {
        const password = passwordFromEnv(o.passwordEnv);
        const u = ok(
          await b.request('POST', '/api/users', {
            json: {
              email: o.email,
              name: o.name,
              role: o.role,
              ...(o.party ? { partyCode: o.party } : {}),
              password,
            },
          }),
        ).json();
        print(u, 'json');
      }),
    );
  users
    .command('list')
    .option('-f, --format <format>', 'table|json|csv', 'table')
    .action((o) =>
      run(async (b) =>
        print(ok(await b.request('GET', '/api/users')).json(), o.format as Format, [
          'email',
          'name',
          'role',
          'partyCode',
        ]),
      ),
    );

  const audit = program.command('audit').description('the hash-chained audit log');
  audit
    .command('verify')
    .description('check every entry of the chain; exit 9 and name the first broken entry if any')
    .action(() =>
      run(async (b) => {
        const r = ok(await b.request('POST', '/api/audit/verify')).json<{
          ok: boolean;
          entries: number;
          firstBreak: { seq: number; reason: string; detail: string } | null;
        }>();
        print(r, 'json');
        if (r.ok) log(`audit chain intact: ${r.entries} entries`);
        else {
          log(`audit chain BROKEN at entry ${r.firstBreak!.seq}: ${r.firstBreak!.detail}`);
          process.exitCode = 9;
        }
      }),
    );

  program
    .command('backup <file>')
    .description('write a backup of the embedded database (a tarball of its data directory)')
    .action((file: string) =>
      run(async (b) => {
        const r = ok(await b.request('GET', '/api/admin/backup'));
        writeFileSync(file, r.body);
        log(`wrote ${file} (${r.body.length} bytes)`);
      }),
    );
}
