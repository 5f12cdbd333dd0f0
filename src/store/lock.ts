/**
 * One process owns a data directory. PGlite cannot share one, and after `kill -9` it leaves
 * `postmaster.pid` behind so that the next open hangs: we keep our own lock file, and clear
 * PGlite's stale pid file only once we know its owner is dead.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../core/errors';

export interface LockInfo {
  pid: number;
  startedAt: string;
  /** Set by a server once it listens, so that the CLI can go through it. */
  url?: string;
}

const LOCK = 'guarantor.lock';

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live owner of `dataDir`, or null when it is free (a stale lock counts as free). */
export function readLock(dataDir: string): LockInfo | null {
  const file = join(dataDir, LOCK);
  if (!existsSync(file)) return null;
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
    return alive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

export interface DataDirLock {
  update(info: Partial<LockInfo>): void;
  release(): void;
}

/**
 * Takes the lock or throws `conflict` naming the owner. A lock whose process is gone is stale:
 * it is removed together with PGlite's postmaster.pid (`pgDir`), which is what lets Guarantor
 * restart by itself after a crash.
 */
export function acquireLock(dataDir: string, pgDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      let info: LockInfo = { pid: process.pid, startedAt: new Date().toISOString() };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      // Only the lock holder may touch PGlite's pid file: the previous owner is gone.
      rmSync(join(pgDir, 'postmaster.pid'), { force: true });
      let released = false;
      return {
        update(more) {
          info = { ...info, ...more };
          const w = openSync(file, 'w', 0o600);
          writeSync(w, JSON.stringify(info));
          closeSync(w);
        },
        release() {
          if (released) return;
          released = true;
          rmSync(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = readLock(dataDir);
      if (owner) {
        throw new AppError(
          'conflict',
          `data directory ${dataDir} is in use by process ${owner.pid}${owner.url ? ` (${owner.url})` : ''}`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new AppError('conflict', `could not take the lock on ${dataDir}`);
}
