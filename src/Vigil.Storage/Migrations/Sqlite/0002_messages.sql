-- Travel messages as received (PAXLST, PNRGOV, MRZ, traveler files), their parse outcome, duplicates and replays.
-- Timestamps are UTC ISO 8601 text with seven fraction digits, so text order is time order.
-- Enumerations are stored as their numeric values (see Vigil.Screening.Messages: never renumbered).

CREATE TABLE messages (
    id                 INTEGER PRIMARY KEY,
    format             TEXT NOT NULL,
    source_name        TEXT NOT NULL,
    received_at        TEXT NOT NULL,
    received_by        TEXT NOT NULL,
    content            BLOB NOT NULL,
    sha256             TEXT NOT NULL,
    size               INTEGER NOT NULL,
    sender             TEXT,
    recipient          TEXT,
    interchange_ref    TEXT,
    summary            TEXT,
    outcome            INTEGER NOT NULL,
    issues             TEXT NOT NULL,
    error_count        INTEGER NOT NULL,
    warning_count      INTEGER NOT NULL,
    traveler_count     INTEGER NOT NULL,
    state              INTEGER NOT NULL,
    attempts           INTEGER NOT NULL,
    parsed_at          TEXT NOT NULL,
    duplicate_of       INTEGER REFERENCES messages (id),
    replay_of          INTEGER REFERENCES messages (id),
    replaced_by        INTEGER REFERENCES messages (id),
    holds_interchange  INTEGER NOT NULL,
    screened_at        TEXT,
    screening_summary  TEXT,
    CHECK (holds_interchange = FALSE OR (sender IS NOT NULL AND interchange_ref IS NOT NULL))
) STRICT;

-- Duplicates are recognised by these two indexes, atomically with the insert: one message that is not a
-- duplicate per SHA-256, and one per sender and interchange control reference among those that claim it.
CREATE UNIQUE INDEX messages_first_by_sha256 ON messages (sha256) WHERE duplicate_of IS NULL;
CREATE UNIQUE INDEX messages_first_by_interchange ON messages (sender, interchange_ref) WHERE holds_interchange = TRUE;

CREATE INDEX messages_by_received ON messages (received_at, id);
CREATE INDEX messages_by_state ON messages (state, received_at, id);

CREATE TABLE message_history (
    id                  INTEGER PRIMARY KEY,
    message_id          INTEGER NOT NULL REFERENCES messages (id),
    at                  TEXT NOT NULL,
    actor               TEXT NOT NULL,
    action              INTEGER NOT NULL,
    state               INTEGER NOT NULL,
    outcome             INTEGER,
    issues              TEXT,
    error_count         INTEGER,
    warning_count       INTEGER,
    traveler_count      INTEGER,
    sender              TEXT,
    recipient           TEXT,
    interchange_ref     TEXT,
    summary             TEXT,
    related_message_id  INTEGER REFERENCES messages (id),
    screening_summary   TEXT
) STRICT;

CREATE INDEX message_history_by_message ON message_history (message_id, id);
