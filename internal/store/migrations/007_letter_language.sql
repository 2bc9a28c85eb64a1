-- Schema version 7: a follow-up is written in its thread's language
-- (ISO 639-1, "" for English, as every letter drafted before).
ALTER TABLE followups ADD COLUMN language TEXT NOT NULL DEFAULT '';
