-- Custody entries of every subject, one row each, beside the subject's document that holds them too: custody
-- statistics read these narrow rows instead of parsing a hundred thousand documents. Written with the document by
-- imports and custody changes; filled here from the documents of an existing database.
-- since: the entry's date as the document writes it (2019, 2019-03, ~2019-03-02), NULL when unknown;
-- recorded_on: the UTC day Vigil recorded it (YYYY-MM-DD), NULL when not recorded.

CREATE TABLE subject_custody (
    subject_id   TEXT NOT NULL REFERENCES subjects (subject_id),
    ordinal      INTEGER NOT NULL,
    state        INTEGER NOT NULL,
    since        TEXT,
    recorded_on  TEXT,
    authority    TEXT,
    place        TEXT,
    country      TEXT,
    PRIMARY KEY (subject_id, ordinal)
) STRICT;

INSERT INTO subject_custody (subject_id, ordinal, state, since, recorded_on, authority, place, country)
SELECT s.subject_id, CAST(e.key AS INTEGER),
    CASE json_extract(e.value, '$.status') WHEN 'unknown' THEN 0 WHEN 'at-large' THEN 1 WHEN 'detained' THEN 2 WHEN 'released' THEN 3 WHEN 'repatriated' THEN 4
         WHEN 'under-prosecution' THEN 5 WHEN 'convicted' THEN 6 WHEN 'acquitted' THEN 7 WHEN 'deceased-reported' THEN 8
         WHEN 'deceased-confirmed' THEN 9 WHEN 'citizenship-revoked' THEN 10 WHEN 'stateless' THEN 11 ELSE 0 END,
    nullif(json_extract(e.value, '$.since'), ''), date(json_extract(e.value, '$.recordedAt')),
    json_extract(e.value, '$.authority'), json_extract(e.value, '$.place'), json_extract(e.value, '$.country')
FROM subjects s, json_each(s.document, '$.custody') e;
