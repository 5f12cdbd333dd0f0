/**
 * Creates a migrated PGlite once per run and saves it as a tarball; db tests clone it in memory
 * (a fresh initdb in WebAssembly takes seconds). Also prepares the PostgreSQL template database
 * when TEST_DATABASE_URL is set.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../src/store/migrate';
import { openMemoryPglite, openPostgres } from '../../src/store/open-database';

export default async function setup({ provide }: { provide: (k: string, v: string) => void }) {
  const dir = join(tmpdir(), `guarantor-test-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const db = await openMemoryPglite();
  await migrate(db);
  const blob = await db.dumpDataDir!();
  await db.close();
  const file = join(dir, 'migrated.tar');
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  process.env.GUARANTOR_TEST_SNAPSHOT = file;
  provide('snapshot', file);

  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = await openPostgres(url, 1);
    await admin.query('DROP DATABASE IF EXISTS guarantor_template');
    await admin.query('CREATE DATABASE guarantor_template');
    await admin.close();
    const tpl = await openPostgres(withDb(url, 'guarantor_template'), 1);
    await migrate(tpl);
    await tpl.close();
  } else if (process.env.CI === 'true') {
    throw new Error(
      'CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI (see .ci/run)',
    );
  }
}

export function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}
