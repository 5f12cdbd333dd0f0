/**
 * Requests as someone other than the local secretariat: with the headers given (a bearer API
 * token, or a session cookie and its CSRF token) and no local secret. In local mode through an
 * app of its own over the same context; otherwise to the running server.
 */
import { loadConfig } from '../config';
import { AppError } from '../core/errors';
import { buildApp } from '../server/build-app';
import { readLock } from '../store/lock';
import type { Backend, Response } from './backend';

type Request = Backend['request'];

/** The option that names where a password comes from: never an argument, which `ps` would show. */
export const PASSWORD_ENV_OPTION = [
  '--password-env <var>',
  'read the password from this environment variable',
  'GUARANTOR_PASSWORD',
] as const;

/** The password in environment variable `variable`. @throws validation when it is unset. */
export function passwordFromEnv(variable: string): string {
  const password = process.env[variable];
  if (!password)
    throw new AppError('validation', `set the password in $${variable}`, [
      { path: 'password', message: 'missing' },
    ]);
  return password;
}

export async function asCaller(
  b: Backend,
  headers: Record<string, string>,
): Promise<{ request: Request; close: () => Promise<void> }> {
  const withBody = (json: unknown) => ({
    ...headers,
    ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
  });
  if (b.mode === 'local' && b.ctx) {
    const app = await buildApp(b.ctx);
    return {
      async request(method, url, body) {
        const r = await app.inject({
          method: method as 'GET',
          url,
          headers: withBody(body?.json),
          ...(body?.json !== undefined ? { payload: JSON.stringify(body.json) } : {}),
        });
        return wrap(r.statusCode, r.headers as Record<string, string>, r.rawPayload);
      },
      close: () => app.close(),
    };
  }
  const url = readLock(loadConfig().dataDir)?.url;
  if (!url) throw new AppError('unavailable', 'no running server found for this data directory');
  return {
    async request(method, path, body) {
      const r = await fetch(url + path, {
        method,
        headers: withBody(body?.json),
        ...(body?.json !== undefined ? { body: JSON.stringify(body.json) } : {}),
      });
      // every Set-Cookie, not only the last
      const headers = { ...Object.fromEntries(r.headers), 'set-cookie': r.headers.getSetCookie().join(', ') };
      return wrap(r.status, headers, Buffer.from(await r.arrayBuffer()));
    },
    close: async () => {},
  };
}

function wrap(status: number, headers: Record<string, string>, body: Buffer): Response {
  return { status, headers, body, json: <T>() => JSON.parse(body.toString('utf8')) as T };
}
