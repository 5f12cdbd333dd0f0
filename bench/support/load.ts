/** Loopback-only load helpers for the benchmarks (bounded in time and count). */
import { type ChildProcess, spawn } from 'node:child_process';
import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

export async function load(opts: autocannon.Options): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:/.test(String(opts.url)))
    throw new Error('benchmarks send traffic to 127.0.0.1 only');
  const r = await autocannon({ connections: 10, ...opts });
  return {
    rps: r.requests.average,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    total: r.requests.total,
  };
}

export async function spawnAndWait(
  args: string[],
  env: Record<string, string>,
  marker = 'is listening on',
): Promise<ChildProcess> {
  const proc = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let out = '';
  proc.stderr!.on('data', (d) => (out += d));
  const deadline = Date.now() + 120_000;
  while (!out.includes(marker)) {
    if (proc.exitCode !== null) throw new Error(`process exited: ${out}`);
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`process did not start: ${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return proc;
}

export function kill(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null) return Promise.resolve();
  return new Promise((r) => {
    p.once('exit', () => r());
    p.kill('SIGTERM');
  });
}
