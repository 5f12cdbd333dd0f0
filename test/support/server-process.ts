/** A real `guarantor serve` process on a temporary data directory, for crash and CLI tests. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'guarantor.mjs');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface ServerProcess {
  proc: ChildProcess;
  url: string;
  auth: { authorization: string };
  output: () => string;
}

/** Starts the server and waits until it answers; fails with its output if it does not. */
export async function startServer(
  dataDir: string,
  port: number,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  let out = '';
  const proc = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...process.env,
      GUARANTOR_DATA: dataDir,
      PORT: String(port),
      GUARANTOR_NO_DEMO: '1',
      GUARANTOR_LOG: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}:\n${out}`);
    if (out.includes('is listening on')) {
      const secret = readFileSync(join(dataDir, 'cli.secret'), 'utf8').trim();
      return { proc, url, auth: { authorization: `Local ${secret}` }, output: () => out };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error(`server did not start in time:\n${out}`);
}

export async function stopServer(s: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (s.proc.exitCode !== null || s.proc.signalCode !== null) return;
  const done = new Promise((r) => s.proc.once('exit', r));
  s.proc.kill(signal);
  await done;
}

export function cli(dataDir: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, GUARANTOR_DATA: dataDir, GUARANTOR_LOG: 'warn' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
