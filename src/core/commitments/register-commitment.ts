import { randomUUID } from 'node:crypto';
import type { CommitmentCreateParsed, CommitmentDoc, CommitmentView } from '../../contracts/commitment';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, PartyRecord, Repos, Store } from '../ports';
import { analyzeCommitment } from './analyze-commitment';
import { buildTerms, clean, conversionYear } from './build-doc';
import { toView } from './view';

/**
 * Registers a new commitment as version 1, with its EUR equivalent and an audit entry, in one
 * transaction. Throws `forbidden` (a delegation registering for another party), `validation`
 * (unknown guarantor or beneficiary, no exchange rate) and `conflict` (the ref is taken).
 */
export async function registerCommitment(
  opts: { input: CommitmentCreateParsed; actor: Actor },
  deps: { store: Store; clock: Clock; newId?: () => string },
): Promise<CommitmentView> {
  const { input, actor } = opts;
  authorize(actor, 'commitment.create', input.guarantor);
  const now = deps.clock.now();
  // parties change rarely: read outside the transaction (cached on PGlite); the foreign keys
  // still guard the insert
  const parties = await deps.store.parties.getMany([input.guarantor, input.beneficiary]);
  return deps.store.transaction((repos) =>
    insertCommitment({
      input,
      actor,
      now,
      repos,
      clock: deps.clock,
      newId: deps.newId ?? randomUUID,
      parties,
    }),
  );
}

/** The transactional part of registering, shared with the importer. */
export async function insertCommitment(o: {
  input: CommitmentCreateParsed;
  actor: Actor;
  now: Date;
  repos: Repos;
  clock: Clock;
  newId: () => string;
  /** The guarantor and beneficiary, when the caller has read them already. */
  parties?: Map<string, PartyRecord>;
}): Promise<CommitmentView> {
  const { input, actor, now, repos } = o;
  const parties = o.parties ?? (await repos.parties.getMany([input.guarantor, input.beneficiary]));
  const guarantor = parties.get(input.guarantor);
  if (!guarantor) {
    throw new AppError('validation', 'unknown guarantor', [
      { path: 'guarantor', message: `no party with code ${input.guarantor}` },
    ]);
  }
  if (!parties.has(input.beneficiary)) {
    throw new AppError('validation', 'unknown beneficiary', [
      { path: 'beneficiary', message: `no party with code ${input.beneficiary}` },
    ]);
  }
  const { terms, ref, ...rest } = input;
  const year = conversionYear(input, now);
  const finalRef =
    ref ??
    `${input.guarantor}-${year}-${String(await repos.commitments.nextRefNumber(`${input.guarantor}-${year}-`)).padStart(3, '0')}`;
  const doc: CommitmentDoc = clean({ ...rest, ref: finalRef, terms: await buildTerms(terms, year, repos) });
  const id = o.newId();
  const by = actor.kind === 'user' ? actor.userId : null;
  const stored = {
    id,
    version: 1,
    doc,
    analysis: analyzeCommitment(doc),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    createdBy: by,
    updatedBy: by,
  };
  await repos.commitments.insert(stored, 'registered');
  await recordAudit(
    { audit: repos.audit, clock: o.clock },
    { actor, action: 'commitment.create', entity: 'commitment', entityId: id, after: doc },
  );
  return toView(stored, guarantor, true);
}
