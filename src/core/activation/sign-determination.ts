/**
 * Determinations are signed with Ed25519 over their canonical JSON (object keys sorted, so that
 * the database's key order never changes it). The signed content includes a digest of the plan
 * as fired — which commitments, at which version, due when — so that the activation cannot be
 * changed after the fact either. Marks made later (honoured, declined) are not signed: they are
 * audited instead.
 *
 * The key is the server's, generated at first use and kept in the database (see
 * docs/activation.md for why it is stored in plain, and what that does and does not protect).
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import { canonicalJson } from '../audit/chain';
import type { Clock } from '../ports';
import type { ActivationRepo, DeterminationRecord, FiredItem, SigningKeyRecord } from './repo';

export const DETERMINATION_KEY = 'determination';

/** The content that is signed: every field of the determination but the signature itself. */
export function canonicalDetermination(d: Omit<DeterminationRecord, 'signature'>): string {
  return canonicalJson({
    v: 1,
    id: d.id,
    reference: d.reference,
    trigger: d.trigger,
    severity: d.severity,
    determinedAt: d.determinedAt,
    timeZone: d.timeZone,
    determinedBy: d.determinedBy,
    attributedTo: d.attributedTo,
    incidentIds: d.incidentIds,
    incidentRefs: d.incidentRefs,
    evidence: d.evidence,
    reasoning: d.reasoning,
    note: d.note,
    illustrative: d.illustrative,
    recordedBy: d.recordedBy,
    recordedByLabel: d.recordedByLabel,
    recordedAt: d.recordedAt,
    planDigest: d.planDigest,
    keyId: d.keyId,
  });
}

/** SHA-256 over the plan as fired, in commitment-id order (so storage order does not matter). */
export function planDigest(items: readonly FiredItem[]): string {
  const rows = [...items]
    .sort((a, b) => (a.commitmentId < b.commitmentId ? -1 : a.commitmentId > b.commitmentId ? 1 : 0))
    .map((i) => [i.commitmentId, i.commitmentVersion, i.dueAt]);
  return createHash('sha256').update(canonicalJson(rows)).digest('hex');
}

/** A key id: the first 16 hex digits of SHA-256 over the public key (DER). */
function keyId(publicPem: string): string {
  const der = createPublicKey(publicPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/**
 * The signing key, created at first use. Two servers creating one at once both insert; the
 * unique purpose keeps the first and the second reads it back.
 */
export async function ensureSigningKey(
  repo: Pick<ActivationRepo, 'signingKey' | 'insertSigningKey'>,
  clock: Clock,
): Promise<SigningKeyRecord> {
  const found = await repo.signingKey(DETERMINATION_KEY);
  if (found) return found;
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  await repo.insertSigningKey({
    id: keyId(publicPem),
    purpose: DETERMINATION_KEY,
    algorithm: 'Ed25519',
    publicKey: publicPem,
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    createdAt: clock.now().toISOString(),
  });
  const stored = await repo.signingKey(DETERMINATION_KEY);
  if (!stored) throw new Error('the signing key could not be stored');
  return stored;
}

export function signDetermination(d: Omit<DeterminationRecord, 'signature'>, key: SigningKeyRecord): string {
  return sign(null, Buffer.from(canonicalDetermination(d)), createPrivateKey(key.privateKey)).toString(
    'base64',
  );
}

export function verifySignature(d: DeterminationRecord, publicPem: string): boolean {
  try {
    return verify(
      null,
      Buffer.from(canonicalDetermination(d)),
      createPublicKey(publicPem),
      Buffer.from(d.signature, 'base64'),
    );
  } catch {
    // a mangled signature or key is a failed verification, not an error
    return false;
  }
}
