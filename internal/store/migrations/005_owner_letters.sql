-- Schema version 5: the letters the owner wrote by hand (seen in the Sent
-- folder, or a copy to self in the inbox): to whom, and which messages
-- they answer. The Sent folder and the inbox are read in parallel, so a
-- rejection or an interview may be read after the owner's own answer to
-- it; a follow-up decided then is checked against these rows and not sent
-- on top of the owner's letter.
CREATE TABLE owner_letters (
    message_id TEXT NOT NULL,
    what       TEXT NOT NULL CHECK (what IN ('to', 'ref')),
    value      TEXT NOT NULL,
    sent_at    TEXT NOT NULL,
    PRIMARY KEY (message_id, what, value)
);
CREATE INDEX owner_letters_value ON owner_letters(what, value, sent_at);
