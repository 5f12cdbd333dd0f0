/**
 * Verifies a signature three ways: (1) the Ed25519 signature holds over the stored document
 * with the party's key; (2) the agreement recomputed from the register for the signature's date
 * is byte for byte what was signed (a rewritten history fails here); (3) the agreement as it
 * stands today still says the same (a commitment changed after signing leaves today's agreement
 * unsigned). Changed clauses are named, except those the caller may not read.
 */
import type { ClauseChange, DocLang, DocumentModel, VerifyResult } from '../../contracts/document';
import { type Actor, readScope, scopeAllows } from '../access/actor';
import { authorize } from '../access/policy';
import { notFound } from '../errors';
import type { Clock, Repos } from '../ports';
import { diffDocuments } from './diff-documents';
import { keyIdOf, verifyText } from './keys';
import { canonicalDocument, type LoadedDocument, loadDocument, sha256, today } from './load-document';
import { signatureView, signerScope } from './sign-agreement';

type Check = VerifyResult['checks'][number];

/** Throws `unauthenticated`, `forbidden`, `not_found`. */
export async function verifySignature(
  opts: { id: string; actor: Actor },
  deps: { repos: Pick<Repos, 'documents' | 'parties' | 'users'>; clock: Clock },
): Promise<VerifyResult> {
  authorize(opts.actor, 'document.read');
  const sig = await deps.repos.documents.signature(opts.id);
  if (!sig) throw notFound('signature');
  const key = await deps.repos.documents.signingKey(sig.party);
  const checks: Check[] = [];

  const cryptoOk =
    key !== null &&
    key.keyId === sig.keyId &&
    keyIdOf(key.publicKey) === key.keyId &&
    sha256(sig.document) === sig.hash &&
    verifyText(key.publicKey, sig.document, sig.signature);
  checks.push({
    name: 'signature',
    ok: cryptoOk,
    detail: cryptoOk
      ? `the Ed25519 signature holds with ${sig.party}'s key ${sig.keyId.slice(0, 16)}…`
      : key === null
        ? `${sig.party} has no signing key`
        : 'the Ed25519 signature does not hold over the stored document with the party key',
  });

  let signed: DocumentModel | null = null;
  try {
    signed = JSON.parse(sig.document) as DocumentModel;
  } catch {
    signed = null;
  }
  const lang = sig.lang as DocLang;
  const scope = signerScope(sig.party);
  const load = (asOf: string, until?: string) =>
    loadDocument({ kind: 'agreement', party: sig.party, asOf, lang, scope, until }, deps.repos);
  const then = await load(sig.asOf, sig.signedAt);
  const historyOk = canonicalDocument(then.model).hash === sig.hash;
  checks.push({
    name: 'history',
    ok: historyOk,
    detail: historyOk
      ? `the agreement recomputed from the register as it stood at signing (${sig.signedAt}) is what was signed`
      : `the agreement recomputed from the register as it stood at signing (${sig.signedAt}) differs from what was signed: the register's history was altered`,
  });

  const current = await load(today(deps.clock));
  let changes: ClauseChange[] = [];
  if (signed) {
    const signedDoc: LoadedDocument = { model: signed, commitments: then.commitments };
    const d = diffDocuments(signedDoc, historyOk ? current : then);
    changes = [...d.changed, ...d.added, ...d.removed];
  }
  const unchanged = historyOk && changes.length === 0;
  checks.push({
    name: 'current',
    ok: unchanged,
    detail: unchanged
      ? "today's agreement says what was signed"
      : `${changes.length} clause(s) differ from what was signed: the agreement as it stands is unsigned`,
  });

  const visible = await readableChanges(changes, opts.actor, current, then);
  const status = !cryptoOk || !historyOk ? 'invalid' : unchanged ? 'valid' : 'changed';
  return {
    signature: await signatureView(sig, deps.repos),
    status,
    valid: status === 'valid',
    checks,
    changedClauses: visible,
    hiddenChanges: changes.length - visible.length,
  };
}

/** A clause about a commitment the caller may not read is counted, not shown. */
async function readableChanges(
  changes: ClauseChange[],
  actor: Actor,
  ...docs: LoadedDocument[]
): Promise<ClauseChange[]> {
  const scope = readScope(actor);
  const byId = new Map(docs.flatMap((d) => d.commitments.map((c) => [c.id, c.doc] as const)));
  return changes.filter((c) => {
    if (!c.commitment) return true;
    const doc = byId.get(c.commitment.id);
    return doc !== undefined && scopeAllows(scope, doc);
  });
}
