import { createHash, randomUUID } from 'node:crypto';
import type { IncidentImportResult } from '../../contracts/incident';
import { LIMITS } from '../../contracts/limits';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, Store } from '../ports';
import { buildIncident, formatReference } from './record-incident';
import { type IncidentFile, rowsWithIssues, validateIncidentFile } from './rows';

/**
 * Imports a file of incident reports: all or nothing. Every row is validated first and every
 * bad row reported as `row N: field`; only a clean file is written, in one transaction, with one
 * audit entry that summarises the import. Throws `validation` (bad rows, a reference already in
 * the register, too many rows), `forbidden`, `unauthenticated`.
 */
export async function importIncidents(
  opts: { file: IncidentFile; actor: Actor; onProgress?: (done: number, total: number) => void },
  deps: { store: Store; clock: Clock },
): Promise<IncidentImportResult> {
  authorize(opts.actor, 'incident.import');
  const size = opts.file.format === 'csv' ? opts.file.rows.length : opts.file.items.length;
  if (size > LIMITS.importRows) {
    throw new AppError('validation', `at most ${LIMITS.importRows} rows per import`, [
      { path: 'rows', message: `${size} rows` },
    ]);
  }
  if (size === 0)
    throw new AppError('validation', 'the file has no incidents', [{ path: 'rows', message: 'no rows' }]);
  const { parsed, issues } = validateIncidentFile(opts.file);
  const given = parsed.flatMap((p) => (p.input.reference ? [p.input.reference] : []));
  const givenSet = new Set(given);
  const taken = new Set(await deps.store.incidents.takenReferences([...givenSet]));
  for (const p of parsed)
    if (p.input.reference && taken.has(p.input.reference))
      issues.push({
        path: `row ${p.row}: reference`,
        message: `${p.input.reference} is already in the register`,
      });
  if (issues.length) {
    issues.sort((a, b) => rowOf(a.path) - rowOf(b.path));
    throw new AppError(
      'validation',
      `${rowsWithIssues(issues)} row(s) have errors; nothing was imported`,
      issues,
    );
  }

  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const next = new Map<number, number>();
    const references: string[] = [];
    for (const [i, { row, input }] of parsed.entries()) {
      let reference = input.reference;
      if (!reference) {
        const year = new Date(input.occurredAt).getUTCFullYear();
        let n = next.get(year) ?? (await repos.incidents.nextReferenceNumber(year));
        // skip numbers this file gives explicitly
        while (givenSet.has(formatReference(year, n))) n++;
        next.set(year, n + 1);
        reference = formatReference(year, n);
      }
      const incident = buildIncident({ input, actor: opts.actor, now, id: randomUUID(), reference });
      try {
        await repos.incidents.insert(incident);
      } catch (e) {
        if (e instanceof AppError)
          throw new AppError(
            e.code,
            `row ${row}: ${e.message}; nothing was imported`,
            e.issues.map((x) => ({ ...x, path: `row ${row}: ${x.path}` })),
          );
        throw e;
      }
      references.push(reference);
      if (opts.onProgress && (i % 100 === 99 || i === parsed.length - 1))
        opts.onProgress(i + 1, parsed.length);
    }
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor: opts.actor,
        action: 'incident.import',
        entity: 'incident_import',
        entityId: randomUUID(),
        after: {
          format: opts.file.format,
          imported: references.length,
          references,
          // what was imported, as it was validated (so a later dispute can compare files)
          sha256: createHash('sha256')
            .update(JSON.stringify(parsed.map((p) => p.input)))
            .digest('hex'),
        },
      },
    );
    return { imported: references.length, references };
  });
}

const rowOf = (path: string) => Number(/^row (\d+)/.exec(path)?.[1] ?? 0);
