/**
 * guarantor token create --email …: an API token for scripts, as that user (for instance a
 * commission member's, which `guarantor determine` needs). It signs in with the user's password
 * (from an environment variable, never an argument), creates the token, signs out, and prints
 * the token alone on stdout, so that `export GUARANTOR_TOKEN=$(guarantor token create …)` works.
 */
import type { Command } from 'commander';
import { AppError } from '../../core/errors';
import { SESSION_COOKIE } from '../../server/plugins/auth';
import { ok } from '../backend';
import { asCaller, PASSWORD_ENV_OPTION, passwordFromEnv } from '../caller';
import { log } from '../output';
import type { Run } from './run';

export function tokenCommands(program: Command, run: Run) {
  const token = program.command('token').description('API tokens for scripts');
  token
    .command('create')
    .description("create an API token as a user (signs in with the user's password, then out)")
    .requiredOption('--email <email>', 'the user the token acts as')
    .option('--name <name>', 'what the token is for', 'command line')
    .option('--scope <scope>', 'read|write', 'write')
    .option('--days <days>', 'days until it expires (1–366)', '90')
    .option(...PASSWORD_ENV_OPTION)
    .action((o) =>
      run(async (b) => {
        const password = passwordFromEnv(o.passwordEnv);
        const anonymous = await asCaller(b, {});
        let session: { cookie: string; 'x-csrf-token': string };
        try {
          const signIn = ok(
            await anonymous.request('POST', '/api/auth/sign-in', { json: { email: o.email, password } }),
          );
          const cookie = new RegExp(`${SESSION_COOKIE}=([^;,\\s]+)`).exec(
            String(signIn.headers['set-cookie'] ?? ''),
          )?.[1];
          if (!cookie) throw new AppError('internal', 'signed in, but no session cookie came back');
          session = {
            cookie: `${SESSION_COOKIE}=${cookie}`,
            'x-csrf-token': signIn.json<{ csrfToken: string }>().csrfToken,
          };
        } finally {
          await anonymous.close();
        }
        const as = await asCaller(b, session);
        try {
          const created = ok(
            await as.request('POST', '/api/auth/tokens', {
              json: { name: o.name, scope: o.scope, expiresInDays: Number(o.days) },
            }),
          ).json<{ token: string; scope: string; expiresAt: string }>();
          log(`a ${created.scope} token for ${o.email}, until ${created.expiresAt} (shown once):`);
          process.stdout.write(`${created.token}\n`);
        } finally {
          await as.request('POST', '/api/auth/sign-out').catch(() => undefined);
          await as.close();
        }
      }),
    );
}
