-- Schema version 1. Times are TEXT in UTC, fixed width
-- ("2006-01-02T15:04:05.000Z"), so that they sort as text.

-- Where the watcher has read up to in each mailbox (RFC 9051 UIDVALIDITY
-- and the last UID whose consequences are committed).
CREATE TABLE checkpoints (
    mailbox      TEXT PRIMARY KEY,
    uid_validity INTEGER NOT NULL,
    last_uid     INTEGER NOT NULL,
    updated_at   TEXT NOT NULL
);

-- Every message the daemon has acted on, once (Message-ID is unique), so
-- that a rescan or a retried batch never acts twice.
CREATE TABLE messages (
    id             INTEGER PRIMARY KEY,
    message_id     TEXT NOT NULL UNIQUE,
    mailbox        TEXT NOT NULL,
    uid            INTEGER NOT NULL,
    received_at    TEXT NOT NULL,
    from_addr      TEXT NOT NULL DEFAULT '',
    subject        TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL,
    confidence     REAL NOT NULL DEFAULT 0,
    application_id INTEGER REFERENCES applications(id),
    note           TEXT NOT NULL DEFAULT '',
    processed_at   TEXT NOT NULL
);

-- One job application and how far it has gone.
CREATE TABLE applications (
    id         INTEGER PRIMARY KEY,
    company    TEXT NOT NULL,
    role       TEXT NOT NULL DEFAULT '',
    reference  TEXT NOT NULL DEFAULT '',
    domain     TEXT NOT NULL DEFAULT '',
    stage      TEXT NOT NULL CHECK (stage IN ('applied', 'interviewing', 'interview_scheduled', 'rejected', 'offer', 'other')),
    last_event TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX applications_domain ON applications(domain);

-- A scheduled interview. A calendar invitation's UID and SEQUENCE tell a
-- reschedule (higher SEQUENCE) from a repeat.
CREATE TABLE interviews (
    id                INTEGER PRIMARY KEY,
    application_id    INTEGER NOT NULL REFERENCES applications(id),
    calendar_uid      TEXT NOT NULL DEFAULT '',
    sequence          INTEGER NOT NULL DEFAULT 0,
    start_at          TEXT NOT NULL,
    end_at            TEXT NOT NULL,
    zone              TEXT NOT NULL,
    country           TEXT NOT NULL DEFAULT '',
    state             TEXT NOT NULL CHECK (state IN ('scheduled', 'cancelled', 'past')),
    arranger_name     TEXT NOT NULL DEFAULT '',
    arranger_email    TEXT NOT NULL DEFAULT '',
    source_message_id TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE UNIQUE INDEX interviews_calendar_uid ON interviews(calendar_uid) WHERE calendar_uid <> '';

-- The people met at an interview.
CREATE TABLE interview_people (
    interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (interview_id, position)
);

-- A follow-up to an employer: a thank-you or a feedback request, from draft
-- to sent. The Message-ID is fixed when it is created, so a resend after a
-- crash can be recognised in the Sent folder.
CREATE TABLE followups (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('thank-you', 'feedback')),
    application_id  INTEGER NOT NULL REFERENCES applications(id),
    interview_id    INTEGER REFERENCES interviews(id),
    state           TEXT NOT NULL CHECK (state IN ('drafted', 'awaiting_approval', 'scheduled', 'sending', 'sent', 'cancelled', 'failed', 'unknown')),
    version         INTEGER NOT NULL DEFAULT 1,
    recipient_name  TEXT NOT NULL DEFAULT '',
    recipient_email TEXT NOT NULL DEFAULT '',
    greet_names     TEXT NOT NULL DEFAULT '',
    subject         TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL DEFAULT '',
    edited          INTEGER NOT NULL DEFAULT 0,
    notes           TEXT NOT NULL DEFAULT '',
    message_id      TEXT NOT NULL UNIQUE,
    in_reply_to     TEXT NOT NULL DEFAULT '',
    refs            TEXT NOT NULL DEFAULT '',
    source_message_id TEXT NOT NULL DEFAULT '',
    source_automated  INTEGER NOT NULL DEFAULT 0,
    zone            TEXT NOT NULL,
    country         TEXT NOT NULL DEFAULT '',
    event_at        TEXT NOT NULL,
    request_at      TEXT NOT NULL,
    due_at          TEXT,
    deadline_at     TEXT,
    late            INTEGER NOT NULL DEFAULT 0,
    approved_at     TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT NOT NULL DEFAULT '',
    sent_at         TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
-- At most one thank-you per interviewer per interview, one feedback
-- request per application.
CREATE UNIQUE INDEX followups_one_thank_you ON followups(interview_id, recipient_email, greet_names) WHERE kind = 'thank-you';
CREATE UNIQUE INDEX followups_one_feedback ON followups(application_id) WHERE kind = 'feedback';
CREATE INDEX followups_state ON followups(state, due_at);

-- Every state change of a follow-up, written in the same transaction.
CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    followup_id INTEGER NOT NULL REFERENCES followups(id),
    at          TEXT NOT NULL,
    from_state  TEXT NOT NULL,
    to_state    TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_followup ON audit(followup_id);

-- Mail to the owner (approval requests, confirmations, notices), queued in
-- the transaction that decided it and sent by the outbox.
CREATE TABLE owner_mail (
    id          INTEGER PRIMARY KEY,
    followup_id INTEGER REFERENCES followups(id),
    purpose     TEXT NOT NULL CHECK (purpose IN ('approval-request', 'confirmation', 'notice')),
    message_id  TEXT NOT NULL UNIQUE,
    in_reply_to TEXT NOT NULL DEFAULT '',
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    sent_at     TEXT
);
CREATE INDEX owner_mail_state ON owner_mail(state);

-- The daemon's own state for `followupd status` (the watcher's connection
-- state, last error), as JSON values.
CREATE TABLE status (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
