-- Schema version 2: a follow-up may be marked as needing the owner's
-- explicit "send" even in auto mode (the message behind it was read with
-- low confidence).
ALTER TABLE followups ADD COLUMN needs_reply INTEGER NOT NULL DEFAULT 0;
