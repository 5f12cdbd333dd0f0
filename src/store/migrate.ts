/**
 * Plain-SQL migrations, ordered by file name, forward only. Start-up refuses a database whose
 * applied migrations disagree with the files (a changed file, or one the code does not know).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../core/errors';
import type { Database } from './db';

const DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Any constant: serialises migrations across servers starting at once on one PostgreSQL. */
const MIGRATION_LOCK = 72_210_001;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationFiles(dir = DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export async function migrate(db: Database, files = migrationFiles()): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migration (
         name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const applied = await tx.query<{ name: string; checksum: string }>(
      'SELECT name, checksum FROM schema_migration ORDER BY name',
    );
    const known = new Map(files.map((f) => [f.name, f]));
    for (const a of applied) {
      const f = known.get(a.name);
      if (!f)
        throw new AppError('conflict', `database has migration ${a.name}, which this version does not know`);
      if (f.checksum !== a.checksum)
        throw new AppError('conflict', `migration ${a.name} was changed after it was applied`);
    }
    const done = new Set(applied.map((a) => a.name));
    const ran: string[] = [];
    for (const f of files) {
      if (done.has(f.name)) continue;
      for (const stmt of splitStatements(f.sql)) await tx.query(stmt);
      await tx.query('INSERT INTO schema_migration (name, checksum) VALUES ($1, $2)', [f.name, f.checksum]);
      ran.push(f.name);
    }
    return ran;
  });
}

/** Splits a migration on semicolons at line ends; our migrations hold no procedural bodies. */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((s) =>
      s
        .split('\n')
        .filter((l) => !/^\s*--/.test(l))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}
