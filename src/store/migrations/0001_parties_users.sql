-- Parties (states with ISO 3166-1 alpha-2 codes; organisations such as EU and NATO) and users.
CREATE TABLE party (
  code        text PRIMARY KEY,
  name        text NOT NULL,
  kind        text NOT NULL,
  gdp_eur     numeric(20, 0),
  gdp_year    integer,
  gdp_source  text,
  invited     boolean NOT NULL DEFAULT false,
  illustrative boolean NOT NULL DEFAULT false,
  CONSTRAINT party_code_format CHECK (code ~ '^[A-Z]{2,8}$'),
  CONSTRAINT party_kind_check CHECK (kind IN ('state', 'organisation')),
  CONSTRAINT party_gdp_positive CHECK (gdp_eur IS NULL OR gdp_eur > 0)
);

CREATE TABLE app_user (
  id            uuid PRIMARY KEY,
  email         text NOT NULL,
  name          text NOT NULL,
  role          text NOT NULL,
  party_code    text,
  password_hash text NOT NULL,
  disabled      boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT app_user_email_unique UNIQUE (email),
  CONSTRAINT app_user_party_fk FOREIGN KEY (party_code) REFERENCES party (code),
  CONSTRAINT app_user_role_check CHECK (role IN ('secretariat', 'delegation', 'beneficiary', 'planner', 'monitor', 'observer')),
  -- a delegation acts for one party; so does Ukraine's team
  CONSTRAINT app_user_party_required CHECK (role NOT IN ('delegation', 'beneficiary') OR party_code IS NOT NULL)
);

CREATE TABLE user_session (
  id_hash     text PRIMARY KEY,
  user_id     uuid NOT NULL,
  csrf_token  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  CONSTRAINT user_session_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX user_session_user_idx ON user_session (user_id);

CREATE TABLE api_token (
  id          uuid PRIMARY KEY,
  user_id     uuid NOT NULL,
  name        text NOT NULL,
  token_hash  text NOT NULL,
  scope       text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz,
  revoked_at  timestamptz,
  CONSTRAINT api_token_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT api_token_hash_unique UNIQUE (token_hash),
  CONSTRAINT api_token_scope_check CHECK (scope IN ('read', 'write'))
);
