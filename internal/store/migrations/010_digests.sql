-- Schema version 9: the weekly digests sent to the owner, one row per
-- weekly slot (the day and time [digest] names, as a UTC timestamp), so
-- that no restart or second pass ever sends a slot's digest twice.
CREATE TABLE digests (
    id       INTEGER PRIMARY KEY,
    slot     TEXT NOT NULL UNIQUE,
    queued_at TEXT NOT NULL
);
