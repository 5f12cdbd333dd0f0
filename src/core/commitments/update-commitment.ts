import type { CommitmentDoc, CommitmentUpdate, CommitmentView } from '../../contracts/commitment';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, Store } from '../ports';
import { analyzeCommitment } from './analyze-commitment';
import { buildTerms, clean, conversionYear } from './build-doc';
import { diffDocs } from './diff';
import { loadReadable } from './get-commitment';
import { assertTransition } from './status';
import { toView } from './view';

/**
 * Applies an edit as a new version. The edit names the version it was based on: if someone else
 * saved in between, it throws `conflict` and nothing is written, so no one's change is lost.
 * Throws `not_found` (or unreadable), `forbidden`, `invalid_transition`, `validation`.
 */
export async function updateCommitment(
  opts: { id: string; patch: CommitmentUpdate; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<CommitmentView> {
  const { id, patch, actor } = opts;
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const current = await loadReadable(id, actor, repos);
    authorize(actor, 'commitment.edit', current.doc.guarantor);
    if (patch.version !== current.version) {
      throw new AppError(
        'conflict',
        `this commitment was changed by someone else (now version ${current.version}); reload and apply your edit again`,
        [{ path: 'version', message: `based on version ${patch.version}, current is ${current.version}` }],
      );
    }
    const { version: _v, changeNote, terms, ...fields } = patch;
    if (fields.status) assertTransition(current.doc.status, fields.status);
    const merged = { ...current.doc, ...stripUndefined(fields) };
    const next: CommitmentDoc = clean({
      ...merged,
      terms: terms
        ? await buildTerms(terms, conversionYear({ ...merged, terms }, now), repos)
        : current.doc.terms,
    });
    const changes = diffDocs(current.doc, next);
    const guarantor = (await repos.parties.get(next.guarantor))!;
    if (changes.length === 0) return toView(current, guarantor, true);
    const by = actor.kind === 'user' ? actor.userId : null;
    const stored = {
      ...current,
      version: current.version + 1,
      doc: next,
      analysis: analyzeCommitment(next),
      updatedAt: now.toISOString(),
      updatedBy: by,
    };
    if (!(await repos.commitments.update(stored, changeNote ?? null))) {
      throw new AppError(
        'conflict',
        'this commitment was changed by someone else; reload and apply your edit again',
        [{ path: 'version', message: 'stale version' }],
      );
    }
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor,
        action:
          fields.status && fields.status !== current.doc.status ? 'commitment.status' : 'commitment.update',
        entity: 'commitment',
        entityId: id,
        before: current.doc,
        after: next,
      },
    );
    return toView(stored, guarantor, true);
  });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
