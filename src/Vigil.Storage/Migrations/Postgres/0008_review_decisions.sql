-- Analysts' decisions on review items: confirm, clear or escalate, with who, when, the note, and what the item and
-- the carrier's answer became. Enumerations are stored as their numeric values (Vigil.Screening.Checks.ReviewOutcome,
-- ReviewState, Access.AccessRole, Decisions.Decision: never renumbered).
--
-- A review item counts its decisions in version: a decision updates the item only over the version it read, so of
-- two processes deciding one item at once one wins and the other changes nothing (its update waits for the first's
-- row lock, then reads the row again). Each decision keeps the version it made, which also orders an item's history.

ALTER TABLE review_items ADD COLUMN version integer NOT NULL DEFAULT 0;

CREATE TABLE review_decisions (
    review_id         bigint NOT NULL REFERENCES review_items (id),
    version           integer NOT NULL,
    decided_at        timestamptz NOT NULL,
    -- Who: a stable id (key:ID for an API key) and the name shown for it then.
    actor             text NOT NULL,
    actor_name        text NOT NULL,
    actor_role        smallint NOT NULL,
    outcome           smallint NOT NULL,
    note              text,
    state             smallint NOT NULL,
    carrier_decision  smallint NOT NULL,
    -- The audit row of the write that stored the decision.
    audit_sequence    bigint NOT NULL,
    PRIMARY KEY (review_id, version)
);
