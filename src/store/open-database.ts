/**
 * Opens the database: PGlite in `dataDir` by default, PostgreSQL when a URL is given. Both
 * return the same types for the same SQL (dates as 'YYYY-MM-DD' strings, bigint and numeric as
 * numbers, timestamptz as Date), so repositories never branch on the kind.
 */
import { mkdirSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { AppError } from '../core/errors';
import type { Database, Queryable } from './db';
import { acquireLock, type DataDirLock } from './lock';

const DATE = 1082;
const INT8 = 20;
const NUMERIC = 1700;

const parsers = {
  [DATE]: (v: string) => v,
  [INT8]: (v: string) => Number(v),
  [NUMERIC]: (v: string) => Number(v),
};

export interface OpenedDatabase extends Database {
  /** The lock on the data directory (PGlite only). */
  lock?: DataDirLock;
  /** PGlite only: a tarball of the data directory, for backups and test snapshots. */
  dumpDataDir?: () => Promise<Blob>;
}

/** Free space on the data directory's disk below which the embedded database takes no writes. */
export const DISK_RESERVE_BYTES = 48 * 1024 * 1024;
const WRITES = /\b(INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|TRUNCATE)\b/i;

/**
 * PostgreSQL answers a full disk while extending a table with a clean error (53100), but when it
 * cannot create its next 16 MB WAL segment it PANICs and restarts; PGlite, in WebAssembly, cannot
 * restart and stops answering for good (measured: a server spinning, every request hanging). So
 * writes are refused with `disk_full` while less than three segments' worth is free; reads go on,
 * and writes resume by themselves once space is freed. statfs is asked at most every 200 ms.
 */
function diskGuard(dir: string): () => void {
  let checkedAt = 0;
  let free = Number.POSITIVE_INFINITY;
  return () => {
    const now = Date.now();
    if (now - checkedAt > 200) {
      const s = statfsSync(dir);
      free = s.bavail * s.bsize;
      checkedAt = now;
    }
    if (free < DISK_RESERVE_BYTES)
      throw new AppError(
        'disk_full',
        `the disk of the data directory is full (${Math.floor(free / 2 ** 20)} MB free; writes stop below ${DISK_RESERVE_BYTES / 2 ** 20} MB): nothing was saved — free space on it and retry`,
      );
  };
}

/**
 * PGlite runs no autovacuum (it has no background workers): without it, dead row versions pile
 * up, the planner has no statistics and counts cannot use index-only scans (measured: a page of
 * the register 10.8 ms before a VACUUM, 3.3 ms after; a search 17.9 → 9.7 ms). So the embedded
 * database vacuums and analyses itself every `everyMs` once `minWrites` writes have committed
 * since the last time. It queues behind running transactions like any statement.
 */
function selfVacuum(db: PGlite, opts: VacuumOptions = { everyMs: 30_000, minWrites: 200 }) {
  let writes = 0;
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running || writes < opts.minWrites) return;
    writes = 0;
    running = db
      .exec('VACUUM (ANALYZE)')
      .catch(() => undefined) // a failed vacuum (e.g. a full disk) leaves the data as it was
      .finally(() => {
        running = null;
      });
  }, opts.everyMs);
  timer.unref();
  return {
    wrote: () => {
      writes++;
    },
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

export interface VacuumOptions {
  everyMs: number;
  minWrites: number;
}

function wrapPglite(
  db: PGlite,
  lock?: DataDirLock,
  dataDir?: string,
  vacuumOptions?: VacuumOptions,
): OpenedDatabase {
  const q = (runner: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const r = await runner.query<T>(sql, params as unknown[]);
      return r.rows;
    },
  });
  const base = q(db);
  const guard = dataDir ? diskGuard(dataDir) : () => {};
  // on disk only: in-memory databases (tests) are short-lived
  const vacuum = dataDir ? selfVacuum(db, vacuumOptions) : null;
  return {
    kind: 'pglite',
    query: (sql, params) => {
      if (WRITES.test(sql)) {
        guard();
        vacuum?.wrote();
      }
      return base.query(sql, params);
    },
    transaction: (fn) => {
      guard();
      vacuum?.wrote();
      return db.transaction((tx) => fn(q(tx)));
    },
    async close() {
      try {
        await vacuum?.stop();
        await db.close();
      } finally {
        lock?.release();
      }
    },
    ...(lock ? { lock } : {}),
    dumpDataDir: () => db.dumpDataDir('none') as Promise<Blob>,
  };
}

/** PGlite on disk, owning `dataDir` (the database lives in `dataDir/pg`). */
export async function openPglite(dataDir: string, vacuum?: VacuumOptions): Promise<OpenedDatabase> {
  const pgDir = join(dataDir, 'pg');
  const lock = acquireLock(dataDir, pgDir);
  try {
    mkdirSync(pgDir, { recursive: true });
    const db = await PGlite.create(pgDir, { parsers });
    return wrapPglite(db, lock, pgDir, vacuum);
  } catch (e) {
    lock.release();
    throw e;
  }
}

/** PGlite in memory, optionally from a tarball made by `dumpDataDir` (tests clone a migrated one). */
export async function openMemoryPglite(loadDataDir?: Blob): Promise<OpenedDatabase> {
  const db = await PGlite.create({ parsers, ...(loadDataDir ? { loadDataDir } : {}) });
  return wrapPglite(db);
}

pg.types.setTypeParser(DATE, parsers[DATE]);
pg.types.setTypeParser(INT8, parsers[INT8]);
pg.types.setTypeParser(NUMERIC, parsers[NUMERIC]);

export async function openPostgres(url: string, max = 10): Promise<OpenedDatabase> {
  // a bounded wait for a connection: while PostgreSQL is down or restarting a request fails
  // fast (a 503) instead of queueing behind a dead server
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  await pool.query('SELECT 1');
  const q = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const r = await c.query(sql, params as unknown[]);
      return r.rows as T[];
    },
  });
  return {
    kind: 'postgres',
    query: q(pool).query,
    async transaction(fn) {
      const client = await pool.connect();
      // A checked-out client has no pool listener: when PostgreSQL drops the connection (a
      // restart, pg_terminate_backend) node-postgres emits 'error' on it, which unheard would
      // end the process. The failure reaches the caller through the query in flight instead.
      let broken: Error | undefined;
      const onError = (e: Error) => {
        broken = e;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const out = await fn(q(client));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        if (!broken) await client.query('ROLLBACK').catch((r: Error) => (broken = r));
        throw e;
      } finally {
        client.removeListener('error', onError);
        // a broken connection is destroyed, not returned to the pool for the next request
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

export function openDatabase(opts: {
  dataDir: string;
  databaseUrl?: string | undefined;
}): Promise<OpenedDatabase> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}

/** Creates `dataDir/pg` from a tarball made by `dumpDataDir` (the directory must not exist). */
export async function restorePglite(dataDir: string, tarball: Blob): Promise<void> {
  const pgDir = join(dataDir, 'pg');
  const lock = acquireLock(dataDir, pgDir);
  try {
    const db = await PGlite.create(pgDir, { loadDataDir: tarball });
    await db.close();
  } finally {
    lock.release();
  }
}
