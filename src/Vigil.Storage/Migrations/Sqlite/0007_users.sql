-- The people who sign in to the workbench (Vigil.Screening.People): analysts, supervisors and admins, never carriers
-- (role 0), which use API keys. The password is kept only as ASP.NET Core Identity's hash (PBKDF2 with its salt and
-- settings written in it). failed_attempts counts wrong passwords in a row; locked_until ends a lockout.
CREATE TABLE users (
    name             TEXT PRIMARY KEY,
    role             INTEGER NOT NULL CHECK (role BETWEEN 1 AND 3),
    password_hash    TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    disabled_at      TEXT,
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_until     TEXT
) STRICT;
