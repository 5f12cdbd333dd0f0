-- The negotiation track: open issues and each party's dated positions on them (many per issue and
-- party over time; the alignment at a date reads the latest on or before it); the pressure track's
-- measures; and the timeline's dated events (entered, or confirmed from an imported article).
CREATE TABLE negotiation_issue (
  slug         text PRIMARY KEY,
  title        text NOT NULL,
  description  text NOT NULL,
  low_label    text NOT NULL,
  high_label   text NOT NULL,
  sort_order   integer NOT NULL DEFAULT 0,
  illustrative boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL,
  CONSTRAINT negotiation_issue_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,63}$')
);

CREATE TABLE negotiation_position (
  id           uuid PRIMARY KEY,
  issue        text NOT NULL,
  party        text NOT NULL,
  as_of        date NOT NULL,
  stance       numeric(3, 1) NOT NULL,
  summary      text NOT NULL,
  red_lines    jsonb NOT NULL DEFAULT '[]',
  sources      jsonb NOT NULL DEFAULT '[]',
  illustrative boolean NOT NULL DEFAULT false,
  recorded_by  uuid,
  recorded_at  timestamptz NOT NULL,
  CONSTRAINT negotiation_position_issue_fk FOREIGN KEY (issue) REFERENCES negotiation_issue (slug),
  CONSTRAINT negotiation_position_party_fk FOREIGN KEY (party) REFERENCES party (code),
  CONSTRAINT negotiation_position_stance_range CHECK (stance BETWEEN -2 AND 2)
);
-- the alignment reads, per issue and party, the latest position on or before a date
CREATE INDEX negotiation_position_latest_idx ON negotiation_position (issue, party, as_of DESC, recorded_at DESC);

CREATE TABLE pressure_measure (
  id             uuid PRIMARY KEY,
  version        integer NOT NULL,
  title          text NOT NULL,
  kind           text NOT NULL,
  description    text NOT NULL,
  trigger_kind   text NOT NULL,
  condition_text text NOT NULL,
  supporters     text[] NOT NULL DEFAULT '{}',
  status         text NOT NULL,
  dates          jsonb NOT NULL DEFAULT '{}',
  sources        jsonb NOT NULL DEFAULT '[]',
  illustrative   boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL,
  created_by     uuid,
  updated_at     timestamptz NOT NULL,
  updated_by     uuid,
  CONSTRAINT pressure_measure_version_positive CHECK (version >= 1),
  CONSTRAINT pressure_measure_kind_check CHECK (kind IN ('sanctions_package', 'asset_measure', 'trade_measure', 'diplomatic', 'other')),
  CONSTRAINT pressure_measure_trigger_check CHECK (trigger_kind IN ('none', 'ceasefire_in_force', 'attributed_breach', 'renewed_attack', 'refusal_to_negotiate')),
  CONSTRAINT pressure_measure_status_check CHECK (status IN ('proposed', 'agreed', 'in_force', 'suspended', 'lifted'))
);

CREATE TABLE timeline_event (
  id             uuid PRIMARY KEY,
  event_date     date NOT NULL,
  date_precision text NOT NULL DEFAULT 'day',
  title          text NOT NULL,
  description    text NOT NULL,
  parties        text[] NOT NULL DEFAULT '{}',
  pillars        text[] NOT NULL DEFAULT '{}',
  sources        jsonb NOT NULL DEFAULT '[]',
  confirmed      boolean NOT NULL DEFAULT true,
  illustrative   boolean NOT NULL DEFAULT false,
  imported_from  jsonb,
  recorded_by    uuid,
  recorded_at    timestamptz NOT NULL,
  CONSTRAINT timeline_event_precision_check CHECK (date_precision IN ('day', 'month', 'year')),
  CONSTRAINT timeline_event_pillars_check CHECK (pillars <@ ARRAY['monitoring', 'long_term_support', 'multinational_force', 'renewed_attack', 'defence_cooperation', 'pressure']::text[])
);
CREATE INDEX timeline_event_date_idx ON timeline_event (event_date, recorded_at);
