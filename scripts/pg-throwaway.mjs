/**
 * Starts a throwaway PostgreSQL cluster on a loopback port for tests and benchmarks, and stops
 * it. `node scripts/pg-throwaway.mjs start` prints the URL; `stop DIR` stops that cluster.
 * As root, the server runs as the `postgres` user (initdb refuses root).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function findPgBin() {
  const roots = ['/usr/lib/postgresql'];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  }
  return null;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

function asPg(bin, args) {
  const isRoot = process.getuid?.() === 0;
  const cmd = isRoot ? 'runuser' : bin;
  const full = isRoot ? ['-u', 'postgres', '--', bin, ...args] : args;
  const r = spawnSync(cmd, full, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

export async function startPg() {
  const bin = findPgBin();
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), 'guarantor-pg-'));
  chmodSync(dir, 0o777);
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const data = join(dir, 'data');
  asPg(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  const port = await freePort();
  asPg(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200`,
    'start',
  ]);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir, data, bin, port };
}

export function stopPg(pg) {
  if (!pg) return;
  try {
    asPg(join(pg.bin, 'pg_ctl'), ['-D', pg.data, '-m', 'fast', '-w', 'stop']);
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [cmd, dir] = process.argv.slice(2);
  if (cmd === 'start') {
    const pg = await startPg();
    if (!pg) {
      process.stderr.write('PostgreSQL is not installed (apt-get install -y postgresql)\n');
      process.exit(1);
    }
    process.stdout.write(`${JSON.stringify(pg)}\n`);
  } else if (cmd === 'stop' && dir) {
    stopPg({ bin: findPgBin(), data: join(dir, 'data') });
  } else {
    process.stderr.write('usage: pg-throwaway.mjs start | stop DIR\n');
    process.exit(2);
  }
}
