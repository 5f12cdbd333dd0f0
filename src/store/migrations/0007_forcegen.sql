-- Force generation: statements of requirements with their offers (one scenario document per
-- sourcing conference, every version kept), and the plans solved from them.
CREATE TABLE forcegen_scenario (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  version     integer NOT NULL,
  doc         jsonb NOT NULL,
  illustrative boolean NOT NULL DEFAULT false,
  updated_at  timestamptz NOT NULL,
  updated_by  uuid,
  CONSTRAINT forcegen_scenario_id_format CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  CONSTRAINT forcegen_scenario_version_positive CHECK (version >= 1)
);

CREATE TABLE forcegen_scenario_version (
  scenario_id text NOT NULL,
  version     integer NOT NULL,
  doc         jsonb NOT NULL,
  changed_at  timestamptz NOT NULL,
  changed_by  uuid,
  change_note text,
  CONSTRAINT forcegen_scenario_version_pk PRIMARY KEY (scenario_id, version),
  CONSTRAINT forcegen_scenario_version_scenario_fk FOREIGN KEY (scenario_id) REFERENCES forcegen_scenario (id) ON DELETE CASCADE
);

CREATE TABLE forcegen_plan (
  id               uuid PRIMARY KEY,
  scenario_id      text NOT NULL,
  scenario_version integer NOT NULL,
  what_if          jsonb,
  status           text NOT NULL,
  progress         jsonb,
  result           jsonb,
  comparison       jsonb,
  error            text,
  created_at       timestamptz NOT NULL,
  created_by       uuid,
  finished_at      timestamptz,
  CONSTRAINT forcegen_plan_scenario_fk FOREIGN KEY (scenario_id) REFERENCES forcegen_scenario (id) ON DELETE CASCADE,
  CONSTRAINT forcegen_plan_status_check CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled'))
);
CREATE INDEX forcegen_plan_scenario_idx ON forcegen_plan (scenario_id, created_at DESC);
