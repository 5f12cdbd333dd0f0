/**
 * Opens the database: PGlite in `dataDir` by default, PostgreSQL when a URL is given. Both
 * return the same types for the same SQL (dates as 'YYYY-MM-DD' strings, bigint and numeric as
 * numbers, timestamptz as Date), so repositories never branch on the kind.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
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

function wrapPglite(db: PGlite, lock?: DataDirLock): OpenedDatabase {
  const q = (runner: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const r = await runner.query<T>(sql, params as unknown[]);
      return r.rows;
    },
  });
  const base = q(db);
  return {
    kind: 'pglite',
    query: base.query,
    transaction: (fn) => db.transaction((tx) => fn(q(tx))),
    async close() {
      try {
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
export async function openPglite(dataDir: string): Promise<OpenedDatabase> {
  const pgDir = join(dataDir, 'pg');
  const lock = acquireLock(dataDir, pgDir);
  try {
    mkdirSync(pgDir, { recursive: true });
    const db = await PGlite.create(pgDir, { parsers });
    return wrapPglite(db, lock);
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
  const pool = new pg.Pool({ connectionString: url, max });
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
      try {
        await client.query('BEGIN');
        const out = await fn(q(client));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
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
