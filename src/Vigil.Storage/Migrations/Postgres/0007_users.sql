-- The people who sign in to the workbench (Vigil.Screening.People): analysts, supervisors and admins, never carriers
-- (role 0), which use API keys. The password is kept only as ASP.NET Core Identity's hash (PBKDF2 with its salt and
-- settings written in it). failed_attempts counts wrong passwords in a row; locked_until ends a lockout. Names are
-- compared and ordered by code point whatever the database collation.
CREATE TABLE users (
    name             text COLLATE "C" PRIMARY KEY,
    role             smallint NOT NULL CHECK (role BETWEEN 1 AND 3),
    password_hash    text NOT NULL,
    created_at       timestamptz NOT NULL,
    created_by       text NOT NULL,
    disabled_at      timestamptz,
    failed_attempts  integer NOT NULL DEFAULT 0,
    locked_until     timestamptz
);
