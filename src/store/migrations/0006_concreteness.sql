-- The concreteness analysis of each commitment's text (derived data: recomputed on every change,
-- backfilled at start-up where missing), with its label and score as filterable columns.
ALTER TABLE commitment ADD COLUMN concreteness_label text;
ALTER TABLE commitment ADD COLUMN concreteness_score integer;
ALTER TABLE commitment ADD COLUMN analysis jsonb;
ALTER TABLE commitment ADD CONSTRAINT commitment_concreteness_label_check CHECK (concreteness_label IS NULL OR concreteness_label IN ('concrete', 'vague'));
ALTER TABLE commitment ADD CONSTRAINT commitment_concreteness_score_range CHECK (concreteness_score IS NULL OR concreteness_score BETWEEN 0 AND 100);
CREATE INDEX commitment_concreteness_idx ON commitment (concreteness_label, concreteness_score);
