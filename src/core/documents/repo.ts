import type { CommitmentDoc } from '../../contracts/commitment';
import type { ReadScope } from '../access/actor';

/** One commitment as it stood at an instant: the version then current. */
export interface AsOfCommitment {
  id: string;
  version: number;
  doc: CommitmentDoc;
  changedAt: string;
}
export interface TranslationRecord {
  commitmentId: string;
  version: number;
  lang: string;
  text: string;
  /** SHA-256 of the original text translated (a later version with the same text reuses it). */
  sourceHash: string;
  translatedBy: string | null;
  translatedAt: string;
}
export interface SigningKeyRecord {
  party: string;
  /** Ed25519, SPKI DER, base64. */
  publicKey: string;
  /** Ed25519, PKCS#8 DER, base64 (the server signs on the delegation's behalf). */
  privateKey: string;
  /** SHA-256 of the public key, hex: names the key in each signature. */
  keyId: string;
  createdAt: string;
}
export interface SignatureRecord {
  id: string;
  kind: 'agreement';
  party: string;
  asOf: string;
  lang: string;
  hash: string;
  signature: string;
  keyId: string;
  /** The canonical JSON of the document model signed, byte for byte. */
  document: string;
  signedBy: string;
  signedAt: string;
}
export interface DocumentRepo {
  /**
   * For every commitment, the version current just before `before` (an ISO instant), when that
   * version is readable under `scope`; with `party`, only those it guarantees or benefits from.
   */
  commitmentsAsOf(before: string, scope: ReadScope, party?: string): Promise<AsOfCommitment[]>;
  /** Translations into `lang` of any version of these commitments. */
  translations(commitmentIds: string[], lang: string): Promise<TranslationRecord[]>;
  putTranslation(t: TranslationRecord): Promise<void>;
  signingKey(party: string): Promise<SigningKeyRecord | null>;
  /** Inserts unless the party has a key already (a concurrent first signing); returns the stored key. */
  ensureSigningKey(k: SigningKeyRecord): Promise<SigningKeyRecord>;
  insertSignature(s: SignatureRecord): Promise<void>;
  signature(id: string): Promise<SignatureRecord | null>;
  /** Newest first; all parties when `party` is null. */
  signatures(party: string | null, limit: number): Promise<SignatureRecord[]>;
}
