-- Relations between subjects (spouse, child, parent, sibling, associate...). A relation is recorded on one subject:
-- its document holds it, with its record-keeping, and this table holds one row per relation of that document (kept
-- in step with it, like subject_names), so that a subject's relatives are found from both sides. related_id may
-- name a subject of another list; it is not a foreign key, as an import writes relatives of the same file in any order.

CREATE TABLE subject_relations (
    subject_id         TEXT NOT NULL REFERENCES subjects (subject_id),
    ordinal            INTEGER NOT NULL,
    type               INTEGER NOT NULL,
    related_id         TEXT NOT NULL,
    related_list       TEXT NOT NULL,
    related_source_id  TEXT NOT NULL,
    since              TEXT,
    source             TEXT,
    note               TEXT,
    manual             INTEGER NOT NULL,
    PRIMARY KEY (subject_id, ordinal)
) STRICT;

CREATE INDEX subject_relations_by_relative ON subject_relations (related_id);
