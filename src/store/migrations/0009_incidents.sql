-- Incident reports on the line of contact (OSCE SMM style). The closed lists repeat those of
-- src/contracts/incident.ts; src/contracts/incident.test.ts checks that they agree.
CREATE TABLE incident (
  id               uuid PRIMARY KEY,
  reference        text NOT NULL,
  occurred_at      timestamptz NOT NULL,
  reported_at      timestamptz NOT NULL,
  latitude         double precision NOT NULL,
  longitude        double precision NOT NULL,
  region           text NOT NULL,
  settlement       text,
  type             text NOT NULL,
  weapon_class     text NOT NULL,
  civilian_killed  integer NOT NULL DEFAULT 0,
  civilian_injured integer NOT NULL DEFAULT 0,
  military_killed  integer NOT NULL DEFAULT 0,
  military_injured integer NOT NULL DEFAULT 0,
  observed_by      text[] NOT NULL,
  team             text NOT NULL,
  description      text NOT NULL,
  status           text NOT NULL,
  status_note      text,
  attributed_to    text,
  illustrative     boolean NOT NULL DEFAULT false,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  created_by       uuid,
  updated_by       uuid,
  CONSTRAINT incident_reference_unique UNIQUE (reference),
  CONSTRAINT incident_reference_format CHECK (reference ~ '^INC-[0-9]{4}-[0-9]{4,6}$'),
  CONSTRAINT incident_reported_after_occurred CHECK (reported_at >= occurred_at),
  CONSTRAINT incident_latitude_in_ukraine CHECK (latitude BETWEEN 44.0 AND 52.6),
  CONSTRAINT incident_longitude_in_ukraine CHECK (longitude BETWEEN 22.0 AND 40.5),
  CONSTRAINT incident_region_check CHECK (region IN ('UA-71', 'UA-74', 'UA-77', 'UA-43', 'UA-12', 'UA-14', 'UA-26', 'UA-63', 'UA-65', 'UA-68', 'UA-35', 'UA-30', 'UA-32', 'UA-09', 'UA-46', 'UA-48', 'UA-51', 'UA-53', 'UA-56', 'UA-40', 'UA-59', 'UA-61', 'UA-05', 'UA-07', 'UA-21', 'UA-23', 'UA-18')),
  CONSTRAINT incident_type_check CHECK (type IN ('explosion', 'small_arms_fire', 'projectile', 'weapons_in_violation_of_withdrawal_lines', 'restriction_of_movement', 'drone', 'missile_strike', 'air_strike', 'other')),
  CONSTRAINT incident_weapon_class_check CHECK (weapon_class IN ('small_arms', 'light_weapons', 'mortar', 'artillery', 'mlrs', 'tank', 'drone', 'missile', 'aircraft', 'unknown')),
  CONSTRAINT incident_observed_by_check CHECK (cardinality(observed_by) >= 1 AND observed_by <@ ARRAY['heard', 'seen', 'camera', 'drone', 'reported_by_third_party']::text[]),
  CONSTRAINT incident_status_check CHECK (status IN ('reported', 'corroborated', 'verified', 'rejected')),
  CONSTRAINT incident_casualties_non_negative CHECK (civilian_killed >= 0 AND civilian_injured >= 0 AND military_killed >= 0 AND military_injured >= 0)
);
-- lists and aggregates ask for a period (newest first), often of one region
CREATE INDEX incident_occurred_idx ON incident (occurred_at DESC, id);
CREATE INDEX incident_region_occurred_idx ON incident (region, occurred_at);
CREATE INDEX incident_status_idx ON incident (status);
