-- Checks of travelers and their decisions, the review items they raise, API keys, and the audit chain.
-- Enumerations are stored as their numeric values (see Vigil.Screening.Checks, Decisions, Access: never renumbered).
-- Travelers and hits are text, not jsonb: the store returns them exactly as given.
-- Times are kept to the microsecond; departure times are the carrier's local times, without a zone.

CREATE TABLE checks (
    check_id           text PRIMARY KEY,
    channel            smallint NOT NULL,
    -- Ordered by code point, as on SQLite, whatever the database's collation.
    traveler_id        text COLLATE "C" NOT NULL,
    carrier            text,
    flight_number      text,
    departure_airport  text,
    departure_time     timestamp,
    departure_date     date,
    arrival_airport    text,
    decision           smallint NOT NULL,
    rule               smallint NOT NULL,
    policy_decision    smallint NOT NULL,
    custody_anomaly    boolean NOT NULL,
    best_score         double precision,
    actor              text NOT NULL,
    message_id         bigint REFERENCES messages (id),
    traveler           text NOT NULL,
    hits               text NOT NULL,
    checked_at         timestamptz NOT NULL,
    decided_at         timestamptz NOT NULL,
    -- The audit row of the write that stored the check, and the check's place in that write: insertion order.
    audit_sequence     bigint NOT NULL,
    ordinal            integer NOT NULL,
    CHECK ((carrier IS NULL) = (flight_number IS NULL)),
    CHECK ((departure_time IS NULL) = (departure_date IS NULL))
);

-- A flight's travelers: GetFlightAsync keeps the latest check of each.
CREATE INDEX checks_by_flight ON checks (carrier, flight_number, departure_date, traveler_id);
CREATE INDEX checks_by_message ON checks (message_id);

CREATE TABLE review_items (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    check_id         text NOT NULL REFERENCES checks (check_id),
    state            smallint NOT NULL,
    custody_anomaly  boolean NOT NULL,
    -- A copy of the check's local departure time, so that open items come in order from this table's index alone.
    departure_time   timestamp,
    created_at       timestamptz NOT NULL
);

-- Custody anomalies first, then by departure time (earliest first, none last), then by number.
CREATE INDEX review_items_in_order ON review_items (state, custody_anomaly DESC, (departure_time IS NULL), departure_time, id);
CREATE INDEX review_items_by_check ON review_items (check_id);

CREATE TABLE access_keys (
    id           text PRIMARY KEY,
    name         text NOT NULL,
    role         smallint NOT NULL,
    -- JSON array of airline designators: empty for keys other than carriers'.
    carriers     text NOT NULL,
    salt         bytea NOT NULL,
    secret_hash  bytea NOT NULL,
    created_at   timestamptz NOT NULL,
    created_by   text NOT NULL,
    revoked_at   timestamptz
);

-- The append-only audit chain: each row's hash covers its content and the previous row's hash
-- (see Vigil.Screening.Audit.AuditChain). Every transaction that appends takes a transaction-scoped advisory lock
-- first and reads the last row after it, so appends from several processes form one line.
CREATE TABLE audit_log (
    sequence       bigint PRIMARY KEY,
    at             timestamptz NOT NULL,
    actor          text NOT NULL,
    action         text NOT NULL,
    records        text NOT NULL,
    detail         text,
    previous_hash  text NOT NULL,
    hash           text NOT NULL
);

CREATE INDEX audit_log_by_time ON audit_log (at, sequence);
CREATE INDEX audit_log_by_actor ON audit_log (actor, sequence);
