-- The keys that protect the workbench's session and antiforgery cookies (ASP.NET Core data protection's key ring, one
-- XML element per key), shared by every server of the database so that a person signed in on one is signed in on all,
-- and kept across restarts. Stored as data protection writes them (not encrypted at rest: whoever can read this table
-- can make cookies, as whoever can write the database can change what it decides).
CREATE TABLE server_keys (
    name        TEXT PRIMARY KEY,
    xml         TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;
