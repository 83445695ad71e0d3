-- Watch lists, their imports, subjects and history.
-- Timestamps are UTC ISO 8601 text with seven fraction digits (2024-05-01T10:00:00.0000000Z), so text order is time order.
-- Enumerations are stored as their numeric values (see Vigil.Domain: never renumbered).

CREATE TABLE lists (
    name        TEXT PRIMARY KEY,
    format      TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE imports (
    id           INTEGER PRIMARY KEY,
    list_name    TEXT NOT NULL REFERENCES lists (name),
    format       TEXT NOT NULL,
    source_file  TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    actor        TEXT NOT NULL,
    added        INTEGER NOT NULL,
    changed      INTEGER NOT NULL,
    removed      INTEGER NOT NULL,
    unchanged    INTEGER NOT NULL
) STRICT;

CREATE INDEX imports_by_list ON imports (list_name, id);

CREATE TABLE subjects (
    subject_id     TEXT PRIMARY KEY,
    list_name      TEXT NOT NULL REFERENCES lists (name),
    source_id      TEXT NOT NULL,
    kind           INTEGER NOT NULL,
    primary_name   TEXT,
    category       INTEGER NOT NULL,
    custody_state  INTEGER NOT NULL,
    document       TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    removed_at     TEXT,
    UNIQUE (list_name, source_id)
) STRICT;

CREATE INDEX subjects_by_source_id ON subjects (source_id);
CREATE INDEX subjects_by_source_id_lower ON subjects (lower(source_id));

CREATE TABLE subject_names (
    subject_id  TEXT NOT NULL REFERENCES subjects (subject_id),
    ordinal     INTEGER NOT NULL,
    full_name   TEXT NOT NULL,
    quality     INTEGER NOT NULL,
    script      INTEGER NOT NULL,
    PRIMARY KEY (subject_id, ordinal)
) STRICT;

CREATE TABLE subject_documents (
    subject_id  TEXT NOT NULL REFERENCES subjects (subject_id),
    ordinal     INTEGER NOT NULL,
    number      TEXT NOT NULL,
    number_key  TEXT NOT NULL,
    country     TEXT,
    type        INTEGER NOT NULL,
    PRIMARY KEY (subject_id, ordinal)
) STRICT;

-- number_key is the number in upper case without spaces or punctuation: how a document is looked up.
CREATE INDEX subject_documents_by_number ON subject_documents (number_key);

CREATE TABLE history (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      INTEGER NOT NULL,
    subject_id  TEXT NOT NULL REFERENCES subjects (subject_id),
    list_name   TEXT NOT NULL,
    source_id   TEXT NOT NULL,
    import_id   INTEGER REFERENCES imports (id),
    fields      TEXT NOT NULL,
    before_doc  TEXT,
    after_doc   TEXT
) STRICT;

CREATE INDEX history_by_subject ON history (subject_id, id);
CREATE INDEX history_by_list ON history (list_name, id);
CREATE INDEX history_by_import ON history (import_id);
