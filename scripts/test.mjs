/**
 * npm test: the project's checks, then every test. Lint and types (Biome, which also enforces
 * the layer arrows, and tsc), the web build, unit and db tests (on PGlite, and on PostgreSQL: a
 * throwaway server is started here when PostgreSQL is installed and TEST_DATABASE_URL is unset),
 * then the browser tests in Chromium. Without PostgreSQL or Chromium those parts skip with a
 * printed reason on a developer's machine, and fail under CI=true.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startPg, stopPg } from './pg-throwaway.mjs';

const ci = process.env.CI === 'true';
const step = (name, cmd, args, env = {}) => {
  process.stderr.write(`\n== ${name}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    process.stderr.write(`\n${name} failed (exit ${r.status ?? r.signal})\n`);
    process.exit(r.status ?? 1);
  }
};

step('lint and layer rules (biome)', 'npx', ['biome', 'check', '.']);
step('types (tsc)', 'npx', ['tsc', '--noEmit', '-p', '.']);
if (existsSync('vite.config.ts')) step('web build (vite)', 'npx', ['vite', 'build', '--logLevel', 'warn']);

let pg = null;
const env = {};
if (!process.env.TEST_DATABASE_URL) {
  try {
    pg = await startPg();
  } catch (e) {
    if (ci) throw e;
    process.stderr.write(`PostgreSQL could not start (${e.message}); db tests run on PGlite only\n`);
  }
  if (pg) env.TEST_DATABASE_URL = pg.url;
  else if (ci) {
    process.stderr.write(
      'CI=true but PostgreSQL is not installed: .ci/run must apt-get install postgresql\n',
    );
    process.exit(1);
  } else
    process.stderr.write(
      'skip: PostgreSQL is not installed, so db tests run on PGlite only (apt-get install -y postgresql)\n',
    );
}
process.on('exit', () => stopPg(pg));
process.on('SIGINT', () => process.exit(130));

step('unit and db tests (vitest)', 'npx', ['vitest', 'run'], env);
step('browser tests (chromium)', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts'], env);
