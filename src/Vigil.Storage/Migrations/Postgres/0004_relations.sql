-- Relations between subjects (spouse, child, parent, sibling, associate...). A relation is recorded on one subject:
-- its document holds it, with its record-keeping, and this table holds one row per relation of that document (kept
-- in step with it, like subject_names), so that a subject's relatives are found from both sides. related_id may
-- name a subject of another list; it is not a foreign key, as an import writes relatives of the same file in any order.

CREATE TABLE subject_relations (
    subject_id         text NOT NULL REFERENCES subjects (subject_id),
    ordinal            integer NOT NULL,
    type               smallint NOT NULL,
    related_id         text NOT NULL,
    related_list       text NOT NULL,
    related_source_id  text NOT NULL,
    since              text,
    source             text,
    note               text,
    manual             boolean NOT NULL,
    PRIMARY KEY (subject_id, ordinal)
);

CREATE INDEX subject_relations_by_relative ON subject_relations (related_id);
