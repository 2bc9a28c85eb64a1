-- Schema version 7: the messages followupd is unsure of how it read, asked
-- about in one daily question to the owner, and the owner's answers.

-- One message followupd doubts (followup.Item). The raw message is kept
-- until the item is answered or dropped, so that the owner's answer can
-- act on it as if it had been classified that way; then it is removed.
CREATE TABLE unsure_items (
    id          INTEGER PRIMARY KEY,
    message_key TEXT NOT NULL UNIQUE,
    from_name   TEXT NOT NULL DEFAULT '',
    from_addr   TEXT NOT NULL DEFAULT '',
    subject     TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    kind        TEXT NOT NULL,
    confidence  REAL NOT NULL DEFAULT 0,
    doubt       TEXT NOT NULL CHECK (doubt IN ('job_other', 'low_confidence', 'no_time', 'no_interviewer')),
    state       TEXT NOT NULL CHECK (state IN ('open', 'answered', 'dropped')),
    asked       INTEGER NOT NULL DEFAULT 0,
    verdict     TEXT NOT NULL DEFAULT '' CHECK (verdict IN ('', 'rejection', 'interview', 'offer', 'ignore')),
    answered_at TEXT,
    raw         BLOB,
    created_at  TEXT NOT NULL
);
CREATE INDEX unsure_items_state ON unsure_items(state, id);

-- One question sent to the owner; its Message-ID carries a token
-- (reply.QuestionID) that the owner's answer must reference.
CREATE TABLE questions (
    id         INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL DEFAULT '',
    asked_at   TEXT NOT NULL
);

-- The numbered items of a question, as the owner reads them.
CREATE TABLE question_items (
    question_id INTEGER NOT NULL REFERENCES questions(id),
    number      INTEGER NOT NULL,
    item_id     INTEGER NOT NULL REFERENCES unsure_items(id),
    PRIMARY KEY (question_id, number)
);

-- Owner mail may now be a question or a digest: the CHECK constraint
-- changes, so the table is rebuilt with its rows (as in version 3).
CREATE TABLE owner_mail_v7 (
    id          INTEGER PRIMARY KEY,
    followup_id INTEGER REFERENCES followups(id),
    purpose     TEXT NOT NULL CHECK (purpose IN ('approval-request', 'confirmation', 'notice', 'question', 'digest')),
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
    claimed_at  TEXT
);
INSERT INTO owner_mail_v7 SELECT id, followup_id, purpose, message_id, in_reply_to, subject, body, state, attempts, next_attempt_at, last_error, created_at, sent_at, claimed_at FROM owner_mail;
DROP TABLE owner_mail;
ALTER TABLE owner_mail_v7 RENAME TO owner_mail;
CREATE INDEX owner_mail_state ON owner_mail(state);
