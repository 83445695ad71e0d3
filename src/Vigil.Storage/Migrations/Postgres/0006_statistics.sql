-- What custody statistics read, kept where the database can count it without taking documents apart or sorting
-- histories.
--
-- When each custody entry is in effect, written with the entry: from the day it takes effect
-- (CustodyStatistics.EffectiveDay: the first day its date can be, an undated entry the day it was recorded, else
-- 0001-01-01) until the day the next entry of the history takes effect (ordered by that day, then by place in the
-- history), NULL for the entry in effect now; an entry superseded on its own day is never in effect (from = until).
-- The entry in effect on a day is then the one with from <= day < until. Filled here for an existing database from
-- the entries' dates as the documents write them (2019, 2019-03, 2019-03-02, perhaps after a ~).
--
-- A subject's gender and nationalities, taken out of its document by the database, and an index holding with them
-- everything a count reads of a subject, so that it reads a narrow index instead of every document.

ALTER TABLE subject_custody ADD COLUMN in_effect_from date NOT NULL DEFAULT DATE '0001-01-01';
ALTER TABLE subject_custody ADD COLUMN in_effect_until date;

UPDATE subject_custody SET in_effect_from = CASE
    WHEN since IS NULL THEN COALESCE(recorded_on, DATE '0001-01-01')
    ELSE (CASE length(ltrim(since, '~')) WHEN 4 THEN ltrim(since, '~') || '-01-01' WHEN 7 THEN ltrim(since, '~') || '-01' ELSE ltrim(since, '~') END)::date
END;

UPDATE subject_custody c SET in_effect_until = n.next
FROM (SELECT subject_id, ordinal, lead(in_effect_from) OVER (PARTITION BY subject_id ORDER BY in_effect_from, ordinal) AS next FROM subject_custody) n
WHERE c.subject_id = n.subject_id AND c.ordinal = n.ordinal AND n.next IS NOT NULL;

ALTER TABLE subjects
    ADD COLUMN gender_name text GENERATED ALWAYS AS (document ->> 'gender') STORED,
    ADD COLUMN nationality_codes text GENERATED ALWAYS AS ((document -> 'nationalities')::text) STORED;

CREATE INDEX subjects_for_statistics ON subjects (kind) INCLUDE (subject_id, list_name, category, removed_at, gender_name, nationality_codes);
