-- Travel messages as received (PAXLST, PNRGOV, MRZ, traveler files), their parse outcome, duplicates and replays.
-- Enumerations are stored as their numeric values (see Vigil.Screening.Messages: never renumbered).
-- Issues and summaries are text, not jsonb: the store returns them exactly as given.

CREATE TABLE messages (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    format             text NOT NULL,
    source_name        text NOT NULL,
    received_at        timestamptz NOT NULL,
    received_by        text NOT NULL,
    content            bytea NOT NULL,
    sha256             text NOT NULL,
    size               bigint NOT NULL,
    sender             text,
    recipient          text,
    interchange_ref    text,
    summary            text,
    outcome            smallint NOT NULL,
    issues             text NOT NULL,
    error_count        integer NOT NULL,
    warning_count      integer NOT NULL,
    traveler_count     integer NOT NULL,
    state              smallint NOT NULL,
    attempts           integer NOT NULL,
    parsed_at          timestamptz NOT NULL,
    duplicate_of       bigint REFERENCES messages (id),
    replay_of          bigint REFERENCES messages (id),
    replaced_by        bigint REFERENCES messages (id),
    holds_interchange  boolean NOT NULL,
    screened_at        timestamptz,
    screening_summary  text,
    CHECK (holds_interchange = FALSE OR (sender IS NOT NULL AND interchange_ref IS NOT NULL))
);

-- Duplicates are recognised by these two indexes, atomically with the insert: one message that is not a
-- duplicate per SHA-256, and one per sender and interchange control reference among those that claim it.
-- INSERT ... ON CONFLICT DO NOTHING waits for a concurrent insert of the same key to commit or roll back.
CREATE UNIQUE INDEX messages_first_by_sha256 ON messages (sha256) WHERE duplicate_of IS NULL;
CREATE UNIQUE INDEX messages_first_by_interchange ON messages (sender, interchange_ref) WHERE holds_interchange = TRUE;

CREATE INDEX messages_by_received ON messages (received_at, id);
CREATE INDEX messages_by_state ON messages (state, received_at, id);

CREATE TABLE message_history (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id          bigint NOT NULL REFERENCES messages (id),
    at                  timestamptz NOT NULL,
    actor               text NOT NULL,
    action              smallint NOT NULL,
    state               smallint NOT NULL,
    outcome             smallint,
    issues              text,
    error_count         integer,
    warning_count       integer,
    traveler_count      integer,
    sender              text,
    recipient           text,
    interchange_ref     text,
    summary             text,
    related_message_id  bigint REFERENCES messages (id),
    screening_summary   text
);

CREATE INDEX message_history_by_message ON message_history (message_id, id);
