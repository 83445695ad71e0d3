-- Analysts' decisions on review items: confirm, clear or escalate, with who, when, the note, and what the item and
-- the carrier's answer became. Enumerations are stored as their numeric values (Vigil.Screening.Checks.ReviewOutcome,
-- ReviewState, Access.AccessRole, Decisions.Decision: never renumbered).
--
-- A review item counts its decisions in version: a decision updates the item only over the version it read, so of
-- two processes deciding one item at once one wins and the other changes nothing. Each decision keeps the version
-- it made, which also orders an item's history.

ALTER TABLE review_items ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

CREATE TABLE review_decisions (
    review_id         INTEGER NOT NULL REFERENCES review_items (id),
    version           INTEGER NOT NULL,
    decided_at        TEXT NOT NULL,
    -- Who: a stable id (key:ID for an API key) and the name shown for it then.
    actor             TEXT NOT NULL,
    actor_name        TEXT NOT NULL,
    actor_role        INTEGER NOT NULL,
    outcome           INTEGER NOT NULL,
    note              TEXT,
    state             INTEGER NOT NULL,
    carrier_decision  INTEGER NOT NULL,
    -- The audit row of the write that stored the decision.
    audit_sequence    INTEGER NOT NULL,
    PRIMARY KEY (review_id, version)
) STRICT;
