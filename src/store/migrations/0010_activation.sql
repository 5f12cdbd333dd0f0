-- Trigger determinations (signed), the activation plan each fires (one item per activated
-- commitment, tracked until honoured or not), and the server's signing key.

-- The Special Commission addresses breaches, attributes responsibility and determines triggers.
ALTER TABLE app_user DROP CONSTRAINT app_user_role_check;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_check
  CHECK (role IN ('secretariat', 'delegation', 'beneficiary', 'planner', 'monitor', 'commission', 'observer'));

-- One Ed25519 key per purpose, generated at first use. The private key is stored as PKCS#8 PEM
-- in plain: the signature shows that a determination was not changed after it was recorded by
-- anyone who does not also hold the database (docs/activation.md says why, and what it does not
-- protect against).
CREATE TABLE server_signing_key (
  id          text PRIMARY KEY,
  purpose     text NOT NULL,
  algorithm   text NOT NULL,
  public_key  text NOT NULL,
  private_key text NOT NULL,
  created_at  timestamptz NOT NULL,
  CONSTRAINT server_signing_key_purpose_unique UNIQUE (purpose),
  CONSTRAINT server_signing_key_algorithm_check CHECK (algorithm IN ('Ed25519'))
);

CREATE TABLE determination (
  id             uuid PRIMARY KEY,
  reference      text NOT NULL,
  trigger_kind   text NOT NULL,
  severity       text,
  determined_at  timestamptz NOT NULL,
  time_zone      text NOT NULL,
  determined_by  text NOT NULL,
  attributed_to  text,
  -- incident reports relied on: ids (no foreign key: incidents live in their own capability)
  -- and free references (a monitoring mission's report numbers)
  incident_ids   uuid[] NOT NULL DEFAULT '{}',
  incident_refs  text[] NOT NULL DEFAULT '{}',
  evidence       jsonb NOT NULL DEFAULT '[]',
  reasoning      text,
  note           text,
  illustrative   boolean NOT NULL DEFAULT false,
  recorded_by    uuid,
  recorded_by_label text NOT NULL,
  recorded_at    timestamptz NOT NULL,
  plan_digest    text NOT NULL,
  signature      text NOT NULL,
  key_id         text NOT NULL,
  CONSTRAINT determination_reference_unique UNIQUE (reference),
  CONSTRAINT determination_key_fk FOREIGN KEY (key_id) REFERENCES server_signing_key (id),
  CONSTRAINT determination_trigger_check CHECK (trigger_kind IN ('ceasefire_in_force', 'attributed_breach', 'renewed_attack', 'refusal_to_negotiate')),
  CONSTRAINT determination_severity_check CHECK (severity IS NULL OR severity IN ('minor', 'serious', 'grave')),
  -- severity is given for an attributed breach, and only for it
  CONSTRAINT determination_severity_rule CHECK ((trigger_kind = 'attributed_breach') = (severity IS NOT NULL))
);
CREATE INDEX determination_determined_idx ON determination (determined_at DESC, id);

-- One plan per determination: the commitments on the same trigger it did not switch on, and why.
CREATE TABLE activation_plan (
  determination_id uuid PRIMARY KEY,
  created_at       timestamptz NOT NULL,
  excluded         jsonb NOT NULL DEFAULT '[]',
  CONSTRAINT activation_plan_determination_fk FOREIGN KEY (determination_id) REFERENCES determination (id) ON DELETE CASCADE
);

-- One item per activated commitment, as it stood at the determination (id and version), with its
-- due time, blockers and who must act; then its marks. `state` is the state at the last write
-- (reads recompute it for the current time: a due time may have passed since).
CREATE TABLE activation_item (
  id                 uuid PRIMARY KEY,
  determination_id   uuid NOT NULL,
  commitment_id      uuid NOT NULL,
  commitment_version integer NOT NULL,
  commitment_ref     text NOT NULL,
  title              text NOT NULL,
  guarantor          text NOT NULL,
  beneficiary        text NOT NULL,
  classification     text NOT NULL,
  pillar             text NOT NULL,
  kind               text NOT NULL,
  legal_form         text NOT NULL,
  status             text NOT NULL,
  response_time_hours double precision,
  due_at             timestamptz,
  due_local          jsonb,
  blockers           jsonb NOT NULL DEFAULT '[]',
  must_act           jsonb NOT NULL DEFAULT '[]',
  state              text NOT NULL,
  honoured_at        timestamptz,
  declined_at        timestamptz,
  evidence           text,
  marked_by          uuid,
  marked_by_label    text,
  marked_at          timestamptz,
  position           integer NOT NULL,
  CONSTRAINT activation_item_plan_fk FOREIGN KEY (determination_id) REFERENCES activation_plan (determination_id) ON DELETE CASCADE,
  CONSTRAINT activation_item_commitment_fk FOREIGN KEY (commitment_id) REFERENCES commitment (id),
  CONSTRAINT activation_item_unique UNIQUE (determination_id, commitment_id),
  CONSTRAINT activation_item_state_check CHECK (state IN ('pending', 'blocked', 'honoured_on_time', 'honoured_late', 'not_honoured')),
  CONSTRAINT activation_item_classification_check CHECK (classification IN ('public', 'coalition', 'bilateral', 'national')),
  CONSTRAINT activation_item_honoured_evidence CHECK (honoured_at IS NULL OR evidence IS NOT NULL)
);
CREATE INDEX activation_item_plan_idx ON activation_item (determination_id, position);
CREATE INDEX activation_item_guarantor_idx ON activation_item (guarantor);
CREATE INDEX activation_item_commitment_idx ON activation_item (commitment_id);
