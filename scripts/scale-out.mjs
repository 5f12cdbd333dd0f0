/**
 * Two Guarantor servers on one PostgreSQL, on loopback (docs/scale-out.md): starts a throwaway
 * PostgreSQL cluster, server A (loads the Paris 2026 demo on first start) and then server B, on
 * ports 4001 and 4002 (`--ports 5001,5002` to change), prints the URLs and the demo sign-ins, and
 * stops everything on Ctrl-C. Sign in on one and open the other: the session, the live boards
 * and the background jobs are the same on both.
 *
 *   node scripts/scale-out.mjs
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPg, stopPg } from './pg-throwaway.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'guarantor.mjs');
const portsArg = process.argv.indexOf('--ports');
const ports = (portsArg > 0 ? process.argv[portsArg + 1] : '4001,4002').split(',').map(Number);
if (ports.length !== 2 || ports.some((p) => !Number.isInteger(p) || p <= 0 || p > 65535)) {
  process.stderr.write('usage: node scripts/scale-out.mjs [--ports 4001,4002]\n');
  process.exit(2);
}

const servers = [];
let pg = null;
let stopping = false;
const scratch = mkdtempSync(join(tmpdir(), 'guarantor-scale-out-'));

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  process.stderr.write('\nstopping the servers and PostgreSQL…\n');
  await Promise.all(
    servers.map(
      (s) =>
        new Promise((resolve) => {
          if (s.proc.exitCode !== null || s.proc.signalCode !== null) return resolve();
          const kill = setTimeout(() => s.proc.kill('SIGKILL'), 15_000);
          s.proc.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          s.proc.kill('SIGTERM');
        }),
    ),
  );
  stopPg(pg);
  if (pg) rmSync(pg.dir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

/** Starts `guarantor serve` and resolves once it listens; its output is shown with a prefix. */
function startServer(name, port, env) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [bin, 'serve'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: pg.url,
        GUARANTOR_DATA: join(scratch, name),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = { name, port, proc, url: `http://127.0.0.1:${port}`, lines: [] };
    servers.push(server);
    let buffered = '';
    const onData = (d) => {
      buffered += d;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        server.lines.push(line);
        process.stderr.write(`[${name}] ${line}\n`);
        if (line.includes('is listening on')) resolve(server);
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.once('exit', (code, signal) => {
      if (!stopping) {
        reject(new Error(`server ${name} exited (${code ?? signal})`));
        process.stderr.write(`server ${name} exited (${code ?? signal}); stopping the rest\n`);
        void stopAll(1);
      }
    });
  });
}

try {
  process.stderr.write('starting a throwaway PostgreSQL on loopback…\n');
  pg = await startPg();
  if (!pg) {
    process.stderr.write('PostgreSQL is not installed (apt-get install -y postgresql)\n');
    process.exit(1);
  }
  process.stderr.write(`PostgreSQL: ${pg.url} (data in ${pg.data})\n`);
  // A first: it migrates and loads the demo; B then finds both done
  const a = await startServer('A', ports[0], {});
  const b = await startServer('B', ports[1], { GUARANTOR_NO_DEMO: '1' });
  const from = a.lines.findIndex((l) => l.startsWith('Demo sign-ins'));
  const signIns = from >= 0 ? a.lines.slice(from).filter((l) => l.trim() && !l.startsWith('{')) : [];
  const web = existsSync(join(root, 'dist', 'web', 'index.html'))
    ? ''
    : '\n(the web app is not built: run `npm run build:web` first; the API works without it)';
  process.stdout.write(
    [
      '',
      'Two Guarantor servers on one PostgreSQL:',
      `  A  ${a.url}`,
      `  B  ${b.url}`,
      `  PostgreSQL  ${pg.url}`,
      '',
      ...(signIns.length ? signIns : ['(the demo was not loaded: the database was not empty)']),
      '',
      'Sign in on A and open B: the same session. Mark an activation item on one while the board is',
      'open on the other, start a plan or a simulation on one and follow or cancel it on the other.',
      `Ctrl-C stops both servers and PostgreSQL.${web}`,
      '',
    ].join('\n'),
  );
} catch (e) {
  process.stderr.write(`${e.message}\n`);
  await stopAll(1);
}
