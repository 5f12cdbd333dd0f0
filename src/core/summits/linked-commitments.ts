/**
 * Agenda items and decisions link to commitments. A write names commitments that must exist; a
 * read shows only the linked commitments the reader may read, so a link does not leak a record.
 */
import type { LinkedCommitment } from '../../contracts/summit';
import { type Actor, readScope, scopeAllows } from '../access/actor';
import { AppError } from '../errors';
import type { CommitmentRepo } from '../ports';

/** Throws `validation` naming `<path>.<i>` for every id that is not a commitment. */
export async function checkCommitmentIds(ids: readonly string[], repo: CommitmentRepo, path: string) {
  const issues = [];
  for (const [i, id] of ids.entries()) {
    if (!(await repo.get(id))) issues.push({ path: `${path}.${i}`, message: `no commitment with id ${id}` });
  }
  if (new Set(ids).size !== ids.length) issues.push({ path, message: 'each commitment once' });
  if (issues.length) throw new AppError('validation', 'unknown commitments', issues);
}

/** Resolves links for one reader, reading each commitment once. */
export function commitmentLinker(actor: Actor, repo: CommitmentRepo) {
  const scope = readScope(actor);
  const cache = new Map<string, Promise<LinkedCommitment | null>>();
  const one = (id: string) => {
    let p = cache.get(id);
    if (!p) {
      p = repo
        .get(id)
        .then((c) =>
          c && scopeAllows(scope, c.doc) ? { id: c.id, ref: c.doc.ref, title: c.doc.title } : null,
        );
      cache.set(id, p);
    }
    return p;
  };
  return async (ids: readonly string[]): Promise<LinkedCommitment[]> =>
    (await Promise.all(ids.map(one))).filter((c): c is LinkedCommitment => c !== null);
}
