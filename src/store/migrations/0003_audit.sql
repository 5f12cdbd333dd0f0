-- The tamper-evident audit log: each row's hash covers its content and the previous row's hash.
CREATE TABLE audit_log (
  seq         bigint PRIMARY KEY,
  at          timestamptz NOT NULL,
  actor_id    uuid,
  actor_label text NOT NULL,
  action      text NOT NULL,
  entity      text NOT NULL,
  entity_id   text NOT NULL,
  before      jsonb,
  after       jsonb,
  prev_hash   text NOT NULL,
  hash        text NOT NULL,
  CONSTRAINT audit_log_seq_positive CHECK (seq >= 1)
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, seq);
