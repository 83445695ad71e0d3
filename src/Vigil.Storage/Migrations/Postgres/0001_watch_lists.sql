-- Watch lists, their imports, subjects and history.
-- Enumerations are stored as their numeric values (see Vigil.Domain: never renumbered).

CREATE TABLE lists (
    name        text PRIMARY KEY,
    format      text NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE TABLE imports (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    list_name    text NOT NULL REFERENCES lists (name),
    format       text NOT NULL,
    source_file  text NOT NULL,
    sha256       text NOT NULL,
    imported_at  timestamptz NOT NULL,
    actor        text NOT NULL,
    added        integer NOT NULL,
    changed      integer NOT NULL,
    removed      integer NOT NULL,
    unchanged    integer NOT NULL
);

CREATE INDEX imports_by_list ON imports (list_name, id);

CREATE TABLE subjects (
    subject_id     text PRIMARY KEY,
    list_name      text NOT NULL REFERENCES lists (name),
    source_id      text NOT NULL,
    kind           smallint NOT NULL,
    primary_name   text,
    category       smallint NOT NULL,
    custody_state  smallint NOT NULL,
    document       jsonb NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    removed_at     timestamptz,
    UNIQUE (list_name, source_id)
);

CREATE INDEX subjects_by_source_id ON subjects (source_id);
CREATE INDEX subjects_by_source_id_lower ON subjects (lower(source_id));

CREATE TABLE subject_names (
    subject_id  text NOT NULL REFERENCES subjects (subject_id),
    ordinal     integer NOT NULL,
    full_name   text NOT NULL,
    quality     smallint NOT NULL,
    script      smallint NOT NULL,
    PRIMARY KEY (subject_id, ordinal)
);

CREATE TABLE subject_documents (
    subject_id  text NOT NULL REFERENCES subjects (subject_id),
    ordinal     integer NOT NULL,
    number      text NOT NULL,
    number_key  text NOT NULL,
    country     text,
    type        smallint NOT NULL,
    PRIMARY KEY (subject_id, ordinal)
);

-- number_key is the number in upper case without spaces or punctuation: how a document is looked up.
CREATE INDEX subject_documents_by_number ON subject_documents (number_key);

CREATE TABLE history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor       text NOT NULL,
    action      smallint NOT NULL,
    subject_id  text NOT NULL REFERENCES subjects (subject_id),
    list_name   text NOT NULL,
    source_id   text NOT NULL,
    import_id   bigint REFERENCES imports (id),
    fields      text NOT NULL,
    before_doc  jsonb,
    after_doc   jsonb
);

CREATE INDEX history_by_subject ON history (subject_id, id);
CREATE INDEX history_by_list ON history (list_name, id);
CREATE INDEX history_by_import ON history (import_id);
