-- Summits: invitations and replies, agenda, decisions, action items; memos to the invited
-- delegations, one marked copy each (regenerated from the memo's key, checked by its digest),
-- and the log of who opened which copy when.
CREATE TABLE summit (
  id            uuid PRIMARY KEY,
  slug          text NOT NULL,
  title         text NOT NULL,
  starts_at     timestamptz NOT NULL,
  ends_at       timestamptz NOT NULL,
  time_zone     text NOT NULL,
  place         text NOT NULL,
  format        text NOT NULL,
  outcome_notes text,
  illustrative  boolean NOT NULL DEFAULT false,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL,
  created_by    uuid,
  updated_at    timestamptz NOT NULL,
  CONSTRAINT summit_slug_unique UNIQUE (slug),
  CONSTRAINT summit_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  CONSTRAINT summit_format_check CHECK (format IN ('in_person', 'online', 'hybrid')),
  CONSTRAINT summit_ends_after_start CHECK (ends_at > starts_at)
);

CREATE TABLE summit_invitation (
  id          uuid PRIMARY KEY,
  summit_id   uuid NOT NULL,
  party_code  text NOT NULL,
  invited_at  timestamptz NOT NULL,
  CONSTRAINT summit_invitation_summit_fk FOREIGN KEY (summit_id) REFERENCES summit (id) ON DELETE CASCADE,
  CONSTRAINT summit_invitation_party_fk FOREIGN KEY (party_code) REFERENCES party (code),
  CONSTRAINT summit_invitation_unique UNIQUE (summit_id, party_code)
);

-- one reply per invitation; a later reply replaces it
CREATE TABLE summit_reply (
  invitation_id uuid PRIMARY KEY,
  attending     boolean NOT NULL,
  level         text,
  mode          text,
  replied_at    timestamptz NOT NULL,
  replied_by    uuid,
  note          text,
  source        text,
  illustrative  boolean NOT NULL DEFAULT false,
  CONSTRAINT summit_reply_invitation_fk FOREIGN KEY (invitation_id) REFERENCES summit_invitation (id) ON DELETE CASCADE,
  CONSTRAINT summit_reply_level_check CHECK (level IS NULL OR level IN ('head_of_state_or_government', 'minister', 'official')),
  CONSTRAINT summit_reply_mode_check CHECK (mode IS NULL OR mode IN ('in_person', 'online')),
  CONSTRAINT summit_reply_attending_has_level CHECK (NOT attending OR (level IS NOT NULL AND mode IS NOT NULL))
);

CREATE TABLE summit_agenda_item (
  id               uuid PRIMARY KEY,
  summit_id        uuid NOT NULL,
  position         integer NOT NULL,
  title            text NOT NULL,
  commitment_ids   jsonb NOT NULL DEFAULT '[]',
  requirement_refs jsonb NOT NULL DEFAULT '[]',
  illustrative     boolean NOT NULL DEFAULT false,
  CONSTRAINT summit_agenda_item_summit_fk FOREIGN KEY (summit_id) REFERENCES summit (id) ON DELETE CASCADE
);
CREATE INDEX summit_agenda_item_summit_idx ON summit_agenda_item (summit_id, position);

CREATE TABLE summit_decision (
  id              uuid PRIMARY KEY,
  summit_id       uuid NOT NULL,
  agenda_item_id  uuid,
  text            text NOT NULL,
  commitment_ids  jsonb NOT NULL DEFAULT '[]',
  illustrative    boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL,
  CONSTRAINT summit_decision_summit_fk FOREIGN KEY (summit_id) REFERENCES summit (id) ON DELETE CASCADE,
  CONSTRAINT summit_decision_agenda_item_fk FOREIGN KEY (agenda_item_id) REFERENCES summit_agenda_item (id) ON DELETE SET NULL
);
CREATE INDEX summit_decision_summit_idx ON summit_decision (summit_id, created_at);

CREATE TABLE summit_action_item (
  id            uuid PRIMARY KEY,
  summit_id     uuid NOT NULL,
  decision_id   uuid,
  text          text NOT NULL,
  owner_party   text,
  owner_user    uuid,
  deadline      timestamptz NOT NULL,
  done_at       timestamptz,
  illustrative  boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL,
  CONSTRAINT summit_action_item_summit_fk FOREIGN KEY (summit_id) REFERENCES summit (id) ON DELETE CASCADE,
  CONSTRAINT summit_action_item_decision_fk FOREIGN KEY (decision_id) REFERENCES summit_decision (id) ON DELETE SET NULL,
  CONSTRAINT summit_action_item_party_fk FOREIGN KEY (owner_party) REFERENCES party (code),
  CONSTRAINT summit_action_item_user_fk FOREIGN KEY (owner_user) REFERENCES app_user (id) ON DELETE SET NULL,
  CONSTRAINT summit_action_item_owner CHECK (owner_party IS NOT NULL OR owner_user IS NOT NULL)
);
CREATE INDEX summit_action_item_summit_idx ON summit_action_item (summit_id, deadline);

-- memo_key is the secret every copy's marks derive from (core/memos/keys.ts): a copy is
-- regenerated from it, and text_sha256 proves the regenerated copy is the one that was sent
CREATE TABLE memo (
  id            text PRIMARY KEY,
  summit_id     uuid NOT NULL,
  title         text NOT NULL,
  language      text NOT NULL,
  body          text NOT NULL,
  memo_key      text NOT NULL,
  illustrative  boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL,
  created_by    uuid,
  CONSTRAINT memo_id_format CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  CONSTRAINT memo_language_check CHECK (language IN ('en', 'ru', 'uk')),
  CONSTRAINT memo_key_format CHECK (memo_key ~ '^[0-9a-f]{32,}$'),
  CONSTRAINT memo_summit_fk FOREIGN KEY (summit_id) REFERENCES summit (id) ON DELETE CASCADE
);
CREATE INDEX memo_summit_idx ON memo (summit_id, created_at);

CREATE TABLE memo_copy (
  copy_id      text PRIMARY KEY,
  memo_id      text NOT NULL,
  party_code   text NOT NULL,
  text_sha256  text NOT NULL,
  CONSTRAINT memo_copy_memo_fk FOREIGN KEY (memo_id) REFERENCES memo (id) ON DELETE CASCADE,
  CONSTRAINT memo_copy_party_fk FOREIGN KEY (party_code) REFERENCES party (code),
  CONSTRAINT memo_copy_unique UNIQUE (memo_id, party_code),
  CONSTRAINT memo_copy_id_format CHECK (copy_id ~ '^mc-[0-9a-f]{16}$')
);

CREATE TABLE memo_copy_open (
  id          uuid PRIMARY KEY,
  copy_id     text NOT NULL,
  user_id     uuid,
  user_label  text NOT NULL,
  opened_at   timestamptz NOT NULL,
  format      text NOT NULL,
  CONSTRAINT memo_copy_open_copy_fk FOREIGN KEY (copy_id) REFERENCES memo_copy (copy_id) ON DELETE CASCADE,
  CONSTRAINT memo_copy_open_format_check CHECK (format IN ('txt', 'docx', 'pdf'))
);
CREATE INDEX memo_copy_open_copy_idx ON memo_copy_open (copy_id, opened_at);
