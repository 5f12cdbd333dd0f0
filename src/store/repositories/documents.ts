import type { CommitmentDoc } from '../../contracts/commitment';
import type { DocumentRepo, SignatureRecord, SigningKeyRecord, TranslationRecord } from '../../core/ports';
import type { Queryable } from '../db';
import { scopeSql } from './commitments';

interface KeyRow {
  party: string;
  public_key: string;
  private_key: string;
  key_id: string;
  created_at: Date;
}
const toKey = (r: KeyRow): SigningKeyRecord => ({
  party: r.party,
  publicKey: r.public_key,
  privateKey: r.private_key,
  keyId: r.key_id,
  createdAt: r.created_at.toISOString(),
});

interface SignatureRow {
  id: string;
  kind: 'agreement';
  party: string;
  as_of: string;
  lang: string;
  hash: string;
  signature: string;
  key_id: string;
  document: string;
  signed_by: string;
  signed_at: Date;
}
// as_of is read as text: a date column would come back as a local-midnight Date
const SIGNATURE_COLUMNS =
  'id, kind, party, as_of::text AS as_of, lang, hash, signature, key_id, document, signed_by, signed_at';
const toSignature = (r: SignatureRow): SignatureRecord => ({
  id: r.id,
  kind: r.kind,
  party: r.party,
  asOf: r.as_of,
  lang: r.lang,
  hash: r.hash,
  signature: r.signature,
  keyId: r.key_id,
  document: r.document,
  signedBy: r.signed_by,
  signedAt: r.signed_at.toISOString(),
});

export function documentRepo(db: Queryable): DocumentRepo {
  return {
    async commitmentsAsOf(before, scope, party) {
      const params: unknown[] = [before];
      let partyFilter = '';
      if (party) {
        params.push(party);
        partyFilter = ` AND (v.guarantor = $${params.length} OR v.beneficiary = $${params.length})`;
      }
      // the scope applies to the version as it was then: a record made public later was not public then
      const rows = await db.query<{ id: string; version: number; doc: CommitmentDoc; changed_at: Date }>(
        `WITH v AS (
           SELECT DISTINCT ON (commitment_id) commitment_id AS id, version, doc, changed_at,
             doc->>'classification' AS classification, doc->>'guarantor' AS guarantor,
             doc->>'beneficiary' AS beneficiary
           FROM commitment_version WHERE changed_at < $1
           ORDER BY commitment_id, version DESC)
         SELECT v.id, v.version, v.doc, v.changed_at FROM v
         WHERE ${scopeSql(scope, params, 'v')}${partyFilter}
         ORDER BY v.doc->>'ref'`,
        params,
      );
      return rows.map((r) => ({
        id: r.id,
        version: r.version,
        doc: r.doc,
        changedAt: r.changed_at.toISOString(),
      }));
    },
    async translations(ids, lang) {
      if (ids.length === 0) return [];
      const rows = await db.query<{
        commitment_id: string;
        version: number;
        lang: string;
        text: string;
        source_hash: string;
        translated_by: string | null;
        translated_at: Date;
      }>(
        `SELECT commitment_id, version, lang, text, source_hash, translated_by, translated_at
         FROM clause_translation WHERE commitment_id = ANY($1::uuid[]) AND lang = $2
         ORDER BY commitment_id, version`,
        [ids, lang],
      );
      return rows.map(
        (r): TranslationRecord => ({
          commitmentId: r.commitment_id,
          version: r.version,
          lang: r.lang,
          text: r.text,
          sourceHash: r.source_hash,
          translatedBy: r.translated_by,
          translatedAt: r.translated_at.toISOString(),
        }),
      );
    },
    async putTranslation(t) {
      await db.query(
        `INSERT INTO clause_translation (commitment_id, version, lang, text, source_hash, translated_by, translated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (commitment_id, version, lang) DO UPDATE SET text = EXCLUDED.text,
           source_hash = EXCLUDED.source_hash, translated_by = EXCLUDED.translated_by,
           translated_at = EXCLUDED.translated_at`,
        [t.commitmentId, t.version, t.lang, t.text, t.sourceHash, t.translatedBy, t.translatedAt],
      );
    },
    async signingKey(party) {
      const [r] = await db.query<KeyRow>(
        'SELECT party, public_key, private_key, key_id, created_at FROM signing_key WHERE party = $1',
        [party],
      );
      return r ? toKey(r) : null;
    },
    async ensureSigningKey(k) {
      await db.query(
        `INSERT INTO signing_key (party, public_key, private_key, key_id, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (party) DO NOTHING`,
        [k.party, k.publicKey, k.privateKey, k.keyId, k.createdAt],
      );
      const [r] = await db.query<KeyRow>(
        'SELECT party, public_key, private_key, key_id, created_at FROM signing_key WHERE party = $1',
        [k.party],
      );
      return r ? toKey(r) : k;
    },
    async insertSignature(s) {
      await db.query(
        `INSERT INTO document_signature (id, kind, party, as_of, lang, hash, signature, key_id, document, signed_by, signed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          s.id,
          s.kind,
          s.party,
          s.asOf,
          s.lang,
          s.hash,
          s.signature,
          s.keyId,
          s.document,
          s.signedBy,
          s.signedAt,
        ],
      );
    },
    async signature(id) {
      const [r] = await db.query<SignatureRow>(
        `SELECT ${SIGNATURE_COLUMNS} FROM document_signature WHERE id = $1`,
        [id],
      );
      return r ? toSignature(r) : null;
    },
    async signatures(party, limit) {
      const rows = party
        ? await db.query<SignatureRow>(
            `SELECT ${SIGNATURE_COLUMNS} FROM document_signature WHERE party = $1 ORDER BY signed_at DESC, id LIMIT $2`,
            [party, limit],
          )
        : await db.query<SignatureRow>(
            `SELECT ${SIGNATURE_COLUMNS} FROM document_signature ORDER BY signed_at DESC, id LIMIT $1`,
            [limit],
          );
      return rows.map(toSignature);
    },
  };
}
