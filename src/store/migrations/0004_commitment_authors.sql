-- Who created and last changed a commitment, kept on the row so that lists need no subqueries.
ALTER TABLE commitment ADD COLUMN created_by uuid;
ALTER TABLE commitment ADD COLUMN updated_by uuid;
UPDATE commitment c SET
  created_by = (SELECT v.changed_by FROM commitment_version v WHERE v.commitment_id = c.id AND v.version = 1),
  updated_by = (SELECT v.changed_by FROM commitment_version v WHERE v.commitment_id = c.id AND v.version = c.version);
