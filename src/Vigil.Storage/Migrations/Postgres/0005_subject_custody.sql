-- Custody entries of every subject, one row each, beside the subject's document that holds them too: custody
-- statistics read these narrow rows instead of taking a hundred thousand documents apart. Written with the document
-- by imports and custody changes; filled here from the documents of an existing database.
-- since: the entry's date as the document writes it (2019, 2019-03, ~2019-03-02), NULL when unknown;
-- recorded_on: the UTC day Vigil recorded it, NULL when not recorded.

CREATE TABLE subject_custody (
    subject_id   text NOT NULL REFERENCES subjects (subject_id),
    ordinal      integer NOT NULL,
    state        smallint NOT NULL,
    since        text,
    recorded_on  date,
    authority    text,
    place        text,
    country      text,
    PRIMARY KEY (subject_id, ordinal)
);

INSERT INTO subject_custody (subject_id, ordinal, state, since, recorded_on, authority, place, country)
SELECT s.subject_id, (e.ordinality - 1)::integer,
    CASE e.value ->> 'status' WHEN 'unknown' THEN 0 WHEN 'at-large' THEN 1 WHEN 'detained' THEN 2 WHEN 'released' THEN 3 WHEN 'repatriated' THEN 4
         WHEN 'under-prosecution' THEN 5 WHEN 'convicted' THEN 6 WHEN 'acquitted' THEN 7 WHEN 'deceased-reported' THEN 8
         WHEN 'deceased-confirmed' THEN 9 WHEN 'citizenship-revoked' THEN 10 WHEN 'stateless' THEN 11 ELSE 0 END,
    nullif(e.value ->> 'since', ''), ((e.value ->> 'recordedAt')::timestamptz AT TIME ZONE 'UTC')::date,
    e.value ->> 'authority', e.value ->> 'place', e.value ->> 'country'
FROM subjects s
CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(s.document -> 'custody') = 'array' THEN s.document -> 'custody' END)
    WITH ORDINALITY AS e(value, ordinality);
