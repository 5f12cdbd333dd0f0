/**
 * Runs a db test suite on every database we support: PGlite always, PostgreSQL when
 * TEST_DATABASE_URL is set (npm test starts a throwaway server when PostgreSQL is installed;
 * CI requires it). Each suite gets its own fresh, migrated database.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { Store } from '../../src/core/ports';
import { createStore } from '../../src/store/create-store';
import type { Database } from '../../src/store/db';
import { openMemoryPglite, openPostgres } from '../../src/store/open-database';

declare module 'vitest' {
  export interface ProvidedContext {
    snapshot: string;
  }
}

export interface TestDb {
  kind: 'pglite' | 'postgres';
  db: Database;
  store: Store;
}

const withDb = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

export async function openTestDatabase(
  kind: 'pglite' | 'postgres',
): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const db = await openMemoryPglite(new Blob([readFileSync(inject('snapshot'))]));
    return { db, drop: () => db.close() };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = await openPostgres(url, 1);
  await admin.query(`CREATE DATABASE ${name} TEMPLATE guarantor_template`);
  const db = await openPostgres(withDb(url, name), 4);
  return {
    db,
    drop: async () => {
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.close();
    },
  };
}

export const DATABASES: ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];
if (!process.env.TEST_DATABASE_URL && !process.env.GUARANTOR_QUIET_SKIP) {
  process.stderr.write(
    'note: TEST_DATABASE_URL is not set, so db tests run on PGlite only (npm test starts PostgreSQL when it is installed)\n',
  );
}

/** describe.each over the databases; `t()` gives the suite's database once beforeAll ran. */
export function describeEachDatabase(name: string, fn: (t: () => TestDb) => void) {
  for (const kind of DATABASES) {
    describe(`${name} [${kind}]`, () => {
      let current: TestDb | undefined;
      let drop: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        const o = await openTestDatabase(kind);
        drop = o.drop;
        current = { kind, db: o.db, store: createStore(o.db) };
      });
      afterAll(async () => {
        await drop?.();
      });
      fn(() => {
        if (!current) throw new Error('database not ready');
        return current;
      });
    });
  }
}
