-- What the analysis found missing, beside its label and score: lists read these three columns
-- and never the (large) analysis document.
ALTER TABLE commitment ADD COLUMN concreteness_missing jsonb;
UPDATE commitment SET concreteness_missing = analysis->'missing' WHERE analysis IS NOT NULL;
