-- Schema version 3: mail to the owner is claimed (pending → sending) in a
-- committed transaction before the SMTP transaction, like the letters, so
-- that a crash between the server's acceptance and the record of it is
-- found after a restart instead of sent again blindly. SQLite cannot change
-- a CHECK constraint in place: the table is rebuilt with its rows.
CREATE TABLE owner_mail_v3 (
    id          INTEGER PRIMARY KEY,
    followup_id INTEGER REFERENCES followups(id),
    purpose     TEXT NOT NULL CHECK (purpose IN ('approval-request', 'confirmation', 'notice')),
    message_id  TEXT NOT NULL UNIQUE,
    in_reply_to TEXT NOT NULL DEFAULT '',
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    sent_at     TEXT,
    -- when the outbox last claimed it (state sending), for the restart.
    claimed_at  TEXT
);
INSERT INTO owner_mail_v3 (id, followup_id, purpose, message_id, in_reply_to, subject, body, state, attempts, next_attempt_at, last_error, created_at, sent_at)
    SELECT id, followup_id, purpose, message_id, in_reply_to, subject, body, state, attempts, next_attempt_at, last_error, created_at, sent_at FROM owner_mail;
DROP TABLE owner_mail;
ALTER TABLE owner_mail_v3 RENAME TO owner_mail;
CREATE INDEX owner_mail_state ON owner_mail(state);
