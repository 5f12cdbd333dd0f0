/**
 * The CLI speaks HTTP to the API in both modes: to the server that owns the data directory when
 * one is running (authenticated by the local secret it wrote there), or else to an in-process
 * app over the same data (Fastify's inject). One code path, the same checks and audit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config';
import { AppError, type ErrorCode } from '../core/errors';
import { buildApp } from '../server/build-app';
import type { AppContext } from '../server/context';
import { openContext } from '../server/open-context';
import { LOCAL_SECRET_FILE } from '../server/serve';
import { readLock } from '../store/lock';

export interface Response {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  json<T = unknown>(): T;
}
export interface Backend {
  mode: 'server' | 'local';
  request(method: string, url: string, body?: Body): Promise<Response>;
  /** In local mode, the opened context (for work with progress that core reports directly). */
  ctx?: AppContext;
  close(): Promise<void>;
}

function toResponse(status: number, headers: Record<string, string>, body: Buffer): Response {
  return { status, headers, body, json: <T>() => JSON.parse(body.toString('utf8')) as T };
}

type Body = { json?: unknown; raw?: Buffer | string; contentType?: string };

function encode(
  authorization: string,
  body?: Body,
): { headers: Record<string, string>; payload?: string | Buffer } {
  const headers: Record<string, string> = { authorization };
  if (body?.json !== undefined)
    return {
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify(body.json),
    };
  if (body?.raw !== undefined)
    return {
      headers: { ...headers, 'content-type': body.contentType ?? 'application/octet-stream' },
      payload: body.raw,
    };
  return { headers };
}

export async function openBackend(config: Config): Promise<Backend> {
  const owner = config.databaseUrl ? null : readLock(config.dataDir);
  if (owner?.url) {
    const secret = readFileSync(join(config.dataDir, LOCAL_SECRET_FILE), 'utf8').trim();
    return {
      mode: 'server',
      async request(method, url, body) {
        const { headers, payload } = encode(`Local ${secret}`, body);
        const r = await fetch(owner.url + url, {
          method,
          headers,
          ...(payload !== undefined
            ? { body: typeof payload === 'string' ? payload : new Uint8Array(payload) }
            : {}),
        });
        return toResponse(r.status, Object.fromEntries(r.headers), Buffer.from(await r.arrayBuffer()));
      },
      close: async () => {},
    };
  }
  const ctx = await openContext(config, { localSecret: true });
  const app = await buildApp(ctx);
  return {
    mode: 'local',
    ctx,
    async request(method, url, body) {
      const { headers, payload } = encode(`Local ${ctx.localSecret}`, body);
      const r = await app.inject({
        method: method as 'GET',
        url,
        headers,
        ...(payload !== undefined ? { payload } : {}),
      });
      return toResponse(r.statusCode, r.headers as Record<string, string>, r.rawPayload);
    },
    async close() {
      await app.close();
      await ctx.close();
    },
  };
}

/** Throws the problem document of a failed response as an AppError (the CLI maps it to an exit code). */
export function ok(r: Response): Response {
  if (r.status < 400) return r;
  let p: { code?: ErrorCode; detail?: string; errors?: { path: string; message: string }[] } = {};
  try {
    p = r.json();
  } catch {}
  throw new AppError(p.code ?? 'internal', p.detail ?? `HTTP ${r.status}`, p.errors ?? []);
}
