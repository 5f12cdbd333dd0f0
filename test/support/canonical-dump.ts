/**
 * Every table of the database as canonical JSON lines: each table's rows ordered by its primary
 * key (by the whole row where it has none), each row as PostgreSQL's own `row_to_json`. Two
 * databases hold the same data when their dumps are equal.
 */
import type { Queryable } from '../../src/store/db';

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function canonicalDump(db: Queryable): Promise<Record<string, string[]>> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const pk = await db.query<{ column: string }>(
      `SELECT a.attname AS column
         FROM pg_index i
         JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, pos) ON true
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
        WHERE i.indrelid = $1::regclass AND i.indisprimary
        ORDER BY k.pos`,
      [ident(name)],
    );
    const order = pk.length ? pk.map((c) => `t.${ident(c.column)}`).join(', ') : '1';
    const rows = await db.query<{ j: string }>(
      `SELECT row_to_json(t)::text AS j FROM ${ident(name)} t ORDER BY ${order}`,
    );
    out[name] = rows.map((r) => r.j);
  }
  return out;
}
