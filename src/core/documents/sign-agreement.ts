import { randomUUID } from 'node:crypto';
import type { DocLang, SignatureView } from '../../contracts/document';
import { type Actor, readScope } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, Repos, SignatureRecord, Store } from '../ports';
import { newKeyPair, signText } from './keys';
import { asOfDate, canonicalDocument, loadDocument } from './load-document';

/**
 * What a party's agreement holds when that party signs it: everything its own delegation may
 * read (its national records included). Verification recomputes the agreement with this scope,
 * whoever asks, so that the hash is comparable.
 */
export const signerScope = (party: string) =>
  readScope({
    kind: 'user',
    userId: '',
    name: '',
    role: 'delegation',
    partyCode: party,
    canWrite: false,
    via: 'local',
  });

export async function signatureView(
  s: SignatureRecord,
  repos: Pick<Repos, 'documents' | 'users'>,
): Promise<SignatureView> {
  const key = await repos.documents.signingKey(s.party);
  const user = await repos.users.byId(s.signedBy);
  return {
    id: s.id,
    kind: s.kind,
    party: s.party,
    asOf: s.asOf,
    lang: s.lang as DocLang,
    hash: s.hash,
    signature: s.signature,
    publicKey: key?.publicKey ?? '',
    signedBy: s.signedBy,
    signedByName: user?.name ?? null,
    signedAt: s.signedAt,
  };
}

/**
 * A delegation signs its own agreement (as of `date`, today by default) in one language. The
 * server signs with the party's Ed25519 key, made on its first signing, once the signed-in
 * officer confirms (docs/documents.md). Throws `unauthenticated`, `forbidden` (another party's
 * agreement, a read-only token), `not_found` (party), `bad_request` (a future date).
 */
export async function signAgreement(
  opts: { party: string; date?: string | undefined; lang: DocLang; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<SignatureView> {
  const { actor, party } = opts;
  authorize(actor, 'document.sign', party);
  if (actor.kind !== 'user') throw new AppError('unauthenticated', 'sign in first');
  const asOf = asOfDate(opts.date, deps.clock, 'body.date');
  return deps.store.transaction(async (repos) => {
    // the agreement as it stands at the moment of signing: a later edit, even the same day,
    // is a change since signing, not part of what was signed
    const now = deps.clock.now().toISOString();
    const { model } = await loadDocument(
      { kind: 'agreement', party, asOf, lang: opts.lang, scope: signerScope(party), until: now },
      repos,
    );
    const key =
      (await repos.documents.signingKey(party)) ??
      (await repos.documents.ensureSigningKey({ party, ...newKeyPair(), createdAt: now }));
    const { text, hash } = canonicalDocument(model);
    const record: SignatureRecord = {
      id: randomUUID(),
      kind: 'agreement',
      party,
      asOf,
      lang: opts.lang,
      hash,
      signature: signText(key.privateKey, text),
      keyId: key.keyId,
      document: text,
      signedBy: actor.userId,
      signedAt: now,
    };
    await repos.documents.insertSignature(record);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor,
        action: 'document.sign',
        entity: 'document_signature',
        entityId: record.id,
        after: { kind: record.kind, party, asOf, lang: opts.lang, hash, keyId: key.keyId },
      },
    );
    return signatureView(record, repos);
  });
}

/** The signatures on a party's agreement, newest first. Throws `unauthenticated`, `forbidden`. */
export async function listSignatures(
  opts: { party: string; actor: Actor },
  deps: { repos: Pick<Repos, 'documents' | 'users'> },
): Promise<SignatureView[]> {
  authorize(opts.actor, 'document.read');
  const rows = await deps.repos.documents.signatures(opts.party, 200);
  return Promise.all(rows.map((s) => signatureView(s, deps.repos)));
}
