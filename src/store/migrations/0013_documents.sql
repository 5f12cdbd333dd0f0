-- The written guarantees: each party's signing key (Ed25519), the signatures on generated
-- agreements, and clause translations made by a person (docs/documents.md).

-- The server signs on a delegation's behalf once its signed-in officer confirms, so the private
-- key is kept here too (PKCS#8 DER, base64); the trade-off is written up in docs/documents.md.
CREATE TABLE signing_key (
  party        text PRIMARY KEY,
  public_key   text NOT NULL,
  private_key  text NOT NULL,
  key_id       text NOT NULL,
  created_at   timestamptz NOT NULL,
  CONSTRAINT signing_key_party_fk FOREIGN KEY (party) REFERENCES party (code)
);

-- The signed document is kept byte for byte (canonical JSON of the document model), so that a
-- verification can say which clauses changed since.
CREATE TABLE document_signature (
  id            uuid PRIMARY KEY,
  kind          text NOT NULL,
  party         text NOT NULL,
  as_of         date NOT NULL,
  lang          text NOT NULL,
  hash          text NOT NULL,
  signature     text NOT NULL,
  key_id        text NOT NULL,
  document      text NOT NULL,
  signed_by     uuid NOT NULL,
  signed_at     timestamptz NOT NULL,
  CONSTRAINT document_signature_party_fk FOREIGN KEY (party) REFERENCES party (code),
  CONSTRAINT document_signature_kind_check CHECK (kind IN ('agreement')),
  CONSTRAINT document_signature_lang_check CHECK (lang IN ('en', 'uk', 'fr')),
  CONSTRAINT document_signature_hash_format CHECK (hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX document_signature_party_idx ON document_signature (party, signed_at DESC);

-- A person's translation of one version of a commitment's text. source_hash is the SHA-256 of
-- the text translated: a later version with the same text keeps using it.
CREATE TABLE clause_translation (
  commitment_id uuid NOT NULL,
  version       integer NOT NULL,
  lang          text NOT NULL,
  text          text NOT NULL,
  source_hash   text NOT NULL,
  translated_by uuid,
  translated_at timestamptz NOT NULL,
  CONSTRAINT clause_translation_pk PRIMARY KEY (commitment_id, version, lang),
  CONSTRAINT clause_translation_commitment_fk FOREIGN KEY (commitment_id) REFERENCES commitment (id) ON DELETE CASCADE,
  CONSTRAINT clause_translation_lang_check CHECK (lang IN ('en', 'uk', 'fr')),
  CONSTRAINT clause_translation_version_positive CHECK (version >= 1)
);

-- "the version valid at a date" reads versions by time
CREATE INDEX commitment_version_changed_idx ON commitment_version (changed_at, commitment_id);
