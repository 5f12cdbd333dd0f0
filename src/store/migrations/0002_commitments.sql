-- Commitments: filterable columns beside the full current record (doc); every version kept.
CREATE TABLE exchange_rate (
  currency     text NOT NULL,
  year         integer NOT NULL,
  eur_per_unit double precision NOT NULL,
  rate_date    date NOT NULL,
  source       text NOT NULL,
  CONSTRAINT exchange_rate_pk PRIMARY KEY (currency, year),
  CONSTRAINT exchange_rate_currency_format CHECK (currency ~ '^[A-Z]{3}$'),
  CONSTRAINT exchange_rate_positive CHECK (eur_per_unit > 0)
);

CREATE TABLE commitment (
  id              uuid PRIMARY KEY,
  ref             text NOT NULL,
  version         integer NOT NULL,
  guarantor       text NOT NULL,
  beneficiary     text NOT NULL,
  pillar          text NOT NULL,
  kind            text NOT NULL,
  status          text NOT NULL,
  trigger_kind    text NOT NULL,
  classification  text NOT NULL,
  legal_form      text NOT NULL,
  title           text NOT NULL,
  body            text NOT NULL,
  eur_amount      double precision,
  announced_on    date,
  illustrative    boolean NOT NULL,
  doc             jsonb NOT NULL,
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL,
  CONSTRAINT commitment_ref_unique UNIQUE (ref),
  CONSTRAINT commitment_guarantor_fk FOREIGN KEY (guarantor) REFERENCES party (code),
  CONSTRAINT commitment_beneficiary_fk FOREIGN KEY (beneficiary) REFERENCES party (code),
  CONSTRAINT commitment_version_positive CHECK (version >= 1),
  CONSTRAINT commitment_pillar_check CHECK (pillar IN ('monitoring', 'long_term_support', 'multinational_force', 'renewed_attack', 'defence_cooperation', 'pressure')),
  CONSTRAINT commitment_status_check CHECK (status IN ('announced', 'drafted', 'agreed', 'signed', 'ratified', 'in_force', 'allocated', 'delivered', 'withdrawn', 'expired', 'breached')),
  CONSTRAINT commitment_trigger_check CHECK (trigger_kind IN ('none', 'ceasefire_in_force', 'attributed_breach', 'renewed_attack', 'refusal_to_negotiate')),
  CONSTRAINT commitment_classification_check CHECK (classification IN ('public', 'coalition', 'bilateral', 'national')),
  CONSTRAINT commitment_legal_form_check CHECK (legal_form IN ('treaty', 'executive_agreement', 'memorandum', 'political_declaration', 'statement'))
);
CREATE INDEX commitment_guarantor_idx ON commitment (guarantor);
CREATE INDEX commitment_updated_idx ON commitment (updated_at DESC, id);
CREATE INDEX commitment_classification_idx ON commitment (classification, guarantor);

CREATE TABLE commitment_version (
  commitment_id uuid NOT NULL,
  version       integer NOT NULL,
  doc           jsonb NOT NULL,
  changed_by    uuid,
  changed_at    timestamptz NOT NULL,
  change_note   text,
  CONSTRAINT commitment_version_pk PRIMARY KEY (commitment_id, version),
  CONSTRAINT commitment_version_commitment_fk FOREIGN KEY (commitment_id) REFERENCES commitment (id) ON DELETE CASCADE
);
