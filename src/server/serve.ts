/**
 * `guarantor serve`: open the database (taking the data directory's lock, clearing a crashed
 * owner's leftovers), migrate, load the demo on first start, listen, and shut down cleanly on
 * SIGINT/SIGTERM. After `kill -9` the next start recovers by itself: PostgreSQL's WAL replays
 * every committed transaction, and the stale locks are cleared.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config';
import { buildApp } from './build-app';
import { openContext } from './open-context';

export const LOCAL_SECRET_FILE = 'cli.secret';

export async function serve(
  config: Config,
  hooks: { loadDemo?: (ctx: Awaited<ReturnType<typeof openContext>>) => Promise<string[] | null> } = {},
) {
  const ctx = await openContext(config, { localSecret: !config.databaseUrl });
  const app = await buildApp(ctx, { logger: { level: config.logLevel } });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing`);
    await app.close().catch(() => {});
    await ctx.close().catch(() => {});
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    const signIns = config.loadDemo && hooks.loadDemo ? await hooks.loadDemo(ctx) : null;
    await app.listen({ port: config.port, host: config.host });
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${(app.server.address() as { port: number }).port}`;
    if (ctx.localSecret && !config.databaseUrl) {
      writeFileSync(join(config.dataDir, LOCAL_SECRET_FILE), ctx.localSecret, { mode: 0o600 });
      (ctx.db as { lock?: { update(i: { url: string }): void } }).lock?.update({ url });
    }
    process.stderr.write(
      `Guarantor is listening on ${url} (database: ${ctx.db.kind}${ctx.db.kind === 'pglite' ? ` in ${config.dataDir}` : ''})\n`,
    );
    if (signIns) process.stderr.write(`${signIns.join('\n')}\n`);
    return { app, ctx, url };
  } catch (e) {
    await app.close().catch(() => {});
    await ctx.close().catch(() => {});
    throw e;
  }
}
