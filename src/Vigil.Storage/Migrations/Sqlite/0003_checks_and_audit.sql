-- Checks of travelers and their decisions, the review items they raise, API keys, and the audit chain.
-- Timestamps are UTC ISO 8601 text with seven fraction digits, so text order is time order; local departure times
-- are the same text without the Z (2026-03-01T10:05:00.0000000), local dates yyyy-MM-dd.
-- Enumerations are stored as their numeric values (see Vigil.Screening.Checks, Decisions, Access: never renumbered).

CREATE TABLE checks (
    check_id           TEXT PRIMARY KEY,
    channel            INTEGER NOT NULL,
    traveler_id        TEXT NOT NULL,
    carrier            TEXT,
    flight_number      TEXT,
    departure_airport  TEXT,
    departure_time     TEXT,
    departure_date     TEXT,
    arrival_airport    TEXT,
    decision           INTEGER NOT NULL,
    rule               INTEGER NOT NULL,
    policy_decision    INTEGER NOT NULL,
    custody_anomaly    INTEGER NOT NULL,
    best_score         REAL,
    actor              TEXT NOT NULL,
    message_id         INTEGER REFERENCES messages (id),
    traveler           TEXT NOT NULL,
    hits               TEXT NOT NULL,
    checked_at         TEXT NOT NULL,
    decided_at         TEXT NOT NULL,
    -- The audit row of the write that stored the check, and the check's place in that write: insertion order.
    audit_sequence     INTEGER NOT NULL,
    ordinal            INTEGER NOT NULL,
    CHECK ((carrier IS NULL) = (flight_number IS NULL)),
    CHECK ((departure_time IS NULL) = (departure_date IS NULL))
) STRICT;

-- A flight's travelers: GetFlightAsync keeps the latest check of each.
CREATE INDEX checks_by_flight ON checks (carrier, flight_number, departure_date, traveler_id);
CREATE INDEX checks_by_message ON checks (message_id);

CREATE TABLE review_items (
    id               INTEGER PRIMARY KEY,
    check_id         TEXT NOT NULL REFERENCES checks (check_id),
    state            INTEGER NOT NULL,
    custody_anomaly  INTEGER NOT NULL,
    -- A copy of the check's local departure time, so that open items come in order from this table's index alone.
    departure_time   TEXT,
    created_at       TEXT NOT NULL
) STRICT;

-- Custody anomalies first, then by departure time (earliest first, none last), then by number.
CREATE INDEX review_items_in_order ON review_items (state, custody_anomaly DESC, departure_time IS NULL, departure_time, id);
CREATE INDEX review_items_by_check ON review_items (check_id);

CREATE TABLE access_keys (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    role         INTEGER NOT NULL,
    -- JSON array of airline designators: empty for keys other than carriers'.
    carriers     TEXT NOT NULL,
    salt         BLOB NOT NULL,
    secret_hash  BLOB NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    revoked_at   TEXT
) STRICT;

-- The append-only audit chain: each row's hash covers its content and the previous row's hash
-- (see Vigil.Screening.Audit.AuditChain). Rows are appended inside the writer's transaction, which holds the
-- database's write lock (BEGIN IMMEDIATE), so appends from several processes form one line.
CREATE TABLE audit_log (
    sequence       INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    actor          TEXT NOT NULL,
    action         TEXT NOT NULL,
    records        TEXT NOT NULL,
    detail         TEXT,
    previous_hash  TEXT NOT NULL,
    hash           TEXT NOT NULL
) STRICT;

CREATE INDEX audit_log_by_time ON audit_log (at, sequence);
CREATE INDEX audit_log_by_actor ON audit_log (actor, sequence);
