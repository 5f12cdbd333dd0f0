-- Background jobs as rows, so that any of several servers on one PostgreSQL answers for them
-- (docs/scale-out.md): the servers that run jobs, simulation jobs, cancel requests for plans,
-- and live events too large for one NOTIFY.

-- A running server: it writes seen_at every few seconds; a job whose server has not been seen
-- for a while is marked failed by any other server.
CREATE TABLE server_instance (
  id          uuid PRIMARY KEY,
  started_at  timestamptz NOT NULL,
  seen_at     timestamptz NOT NULL
);

-- A Monte Carlo simulation: the server that accepted it runs it (runner_id); any server reads
-- it and cancels it (a flag and a notification the runner hears). `input` is the request as
-- given; the commitments it runs over stay in the runner's memory, never copied here.
CREATE TABLE simulation_job (
  id                   uuid PRIMARY KEY,
  owner_id             uuid NOT NULL,
  runner_id            uuid,
  input                jsonb NOT NULL,
  commitments          integer NOT NULL,
  state                text NOT NULL,
  progress             jsonb,
  result               jsonb,
  error                text,
  cancel_requested_at  timestamptz,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  finished_at          timestamptz,
  CONSTRAINT simulation_job_state_check CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled'))
);
CREATE INDEX simulation_job_owner_idx ON simulation_job (owner_id, created_at DESC);
CREATE INDEX simulation_job_unfinished_idx ON simulation_job (runner_id) WHERE state IN ('queued', 'running');

-- Which server solves a plan, and a cancel asked for through any server.
ALTER TABLE forcegen_plan ADD COLUMN runner_id uuid;
ALTER TABLE forcegen_plan ADD COLUMN cancel_requested_at timestamptz;
CREATE INDEX forcegen_plan_unfinished_idx ON forcegen_plan (runner_id) WHERE status IN ('queued', 'running');

-- An event whose JSON does not fit in one NOTIFY (8000 bytes): the notification names the row.
-- Kept for minutes only.
CREATE TABLE live_event (
  id          bigserial PRIMARY KEY,
  topic       text NOT NULL,
  body        jsonb NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
