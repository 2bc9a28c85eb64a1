-- Schema version 6: why a follow-up changed is a typed value
-- (followup.Reason) in reason_code, beside the words in reason; decisions
-- compare the code, never the words. Rows written before carry only words:
-- the store converts them after this script, by followup.ReasonFor (Go
-- holds the one list of the words each reason is written with).
-- A follow-up whose draft could not be rendered is marked by a flag
-- (render_failed), no longer by the first words of its last error.
ALTER TABLE audit ADD COLUMN reason_code TEXT NOT NULL DEFAULT '';

ALTER TABLE followups ADD COLUMN render_failed INTEGER NOT NULL DEFAULT 0;
UPDATE followups SET render_failed = 1
    WHERE state IN ('drafted', 'failed') AND substr(last_error, 1, 26) = 'draft cannot be rendered: ';
