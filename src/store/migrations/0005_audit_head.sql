-- The head of the audit chain in one row: writers lock it (SELECT … FOR UPDATE) instead of an
-- advisory lock plus a read of the last entry, and a truncated tail no longer goes unnoticed.
CREATE TABLE audit_head (
  id    boolean PRIMARY KEY DEFAULT true,
  seq   bigint NOT NULL,
  hash  text NOT NULL,
  CONSTRAINT audit_head_single_row CHECK (id)
);
INSERT INTO audit_head (id, seq, hash)
SELECT true, coalesce(max(seq), 0), coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), repeat('0', 64))
FROM audit_log;
