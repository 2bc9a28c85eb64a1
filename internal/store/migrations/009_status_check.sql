-- Schema version 8: the one status check of an application. An
-- application keeps the day its employer said it would decide or come
-- back by (stated_by, "2006-01-02", '' for none), and a follow-up may be a
-- status check: one per application, whatever became of it, so that no
-- restart, rescan or second promise ever makes a second one.
ALTER TABLE applications ADD COLUMN stated_by TEXT NOT NULL DEFAULT '';

-- The kinds are a CHECK constraint, which SQLite cannot alter: the table
-- is made again. Foreign keys stay on inside the migration's transaction,
-- so their check is deferred to the commit, when every audit and
-- owner_mail row again has its follow-up.
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE followups_v7 AS SELECT * FROM followups;
DROP TABLE followups;
CREATE TABLE followups (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('thank-you', 'feedback', 'status-check')),
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
    updated_at      TEXT NOT NULL,
    needs_reply     INTEGER NOT NULL DEFAULT 0,
    render_failed   INTEGER NOT NULL DEFAULT 0,
    language        TEXT NOT NULL DEFAULT ''
);
INSERT INTO followups (id, kind, application_id, interview_id, state, version, recipient_name, recipient_email, greet_names,
    subject, body, edited, notes, message_id, in_reply_to, refs, source_message_id, source_automated, zone, country,
    event_at, request_at, due_at, deadline_at, late, approved_at, attempts, next_attempt_at, last_error, sent_at, created_at, updated_at,
    needs_reply, render_failed, language)
SELECT id, kind, application_id, interview_id, state, version, recipient_name, recipient_email, greet_names,
    subject, body, edited, notes, message_id, in_reply_to, refs, source_message_id, source_automated, zone, country,
    event_at, request_at, due_at, deadline_at, late, approved_at, attempts, next_attempt_at, last_error, sent_at, created_at, updated_at,
    needs_reply, render_failed, language
FROM followups_v7;
DROP TABLE followups_v7;
-- At most one thank-you per interviewer per interview (leaving out
-- cancelled letters, as version 4), one feedback request and one status
-- check per application.
CREATE UNIQUE INDEX followups_one_thank_you ON followups(interview_id, recipient_email, greet_names) WHERE kind = 'thank-you' AND state <> 'cancelled';
CREATE UNIQUE INDEX followups_one_feedback ON followups(application_id) WHERE kind = 'feedback';
CREATE UNIQUE INDEX followups_one_status_check ON followups(application_id) WHERE kind = 'status-check';
CREATE INDEX followups_state ON followups(state, due_at);
