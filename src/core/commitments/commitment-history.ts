import type { Actor } from '../access/actor';
import { can } from '../access/policy';
import type { AuditEntry } from '../audit/chain';
import { notFound } from '../errors';
import type { Repos } from '../ports';
import { type Change, diffDocs } from './diff';
import { loadReadable } from './get-commitment';

export interface HistoryEntry {
  version: number;
  changedAt: string;
  changedBy: string | null;
  /** The author's name, as the users table has it (null for the system, or a removed user). */
  changedByName: string | null;
  changeNote: string | null;
  changes: Change[];
}

/** Every version, newest first, each with its changes against the one before. Throws `not_found`. */
export async function commitmentHistory(
  opts: { id: string; actor: Actor },
  deps: { repos: Pick<Repos, 'commitments' | 'users'> },
): Promise<HistoryEntry[]> {
  const c = await loadReadable(opts.id, opts.actor, deps.repos);
  const versions = await deps.repos.commitments.versions(c.id);
  const names = new Map<string, string>();
  for (const id of new Set(versions.map((v) => v.changedBy).filter((x): x is string => x !== null))) {
    const u = await deps.repos.users.byId(id);
    if (u) names.set(id, u.name);
  }
  return versions
    .map((v, i) => ({
      version: v.version,
      changedAt: v.changedAt,
      changedBy: v.changedBy,
      changedByName: v.changedBy ? (names.get(v.changedBy) ?? null) : null,
      changeNote: v.changeNote,
      changes: i === 0 ? [] : diffDocs(versions[i - 1]!.doc, v.doc),
    }))
    .reverse();
}

/** The full document of one version. Throws `not_found`. */
export async function commitmentVersion(
  opts: { id: string; version: number; actor: Actor },
  deps: { repos: Pick<Repos, 'commitments'> },
) {
  const c = await loadReadable(opts.id, opts.actor, deps.repos);
  const v = (await deps.repos.commitments.versions(c.id)).find((x) => x.version === opts.version);
  if (!v) throw notFound(`version ${opts.version}`);
  return v;
}

/**
 * The audit trail of one commitment. Entries carry before/after documents, which only those who
 * may read the commitment see; actor ids are shown only to the secretariat.
 */
export async function commitmentAuditTrail(
  opts: { id: string; actor: Actor },
  deps: { repos: Pick<Repos, 'commitments' | 'audit'> },
): Promise<AuditEntry[]> {
  const c = await loadReadable(opts.id, opts.actor, deps.repos);
  const entries = await deps.repos.audit.forEntity('commitment', c.id);
  return can(opts.actor, 'audit.read') ? entries : entries.map((e) => ({ ...e, actorId: null }));
}
