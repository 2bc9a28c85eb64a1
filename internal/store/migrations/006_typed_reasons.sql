-- Schema version 6: why a follow-up changed is a typed value
-- (followup.Reason) in reason_code, beside the words in reason; decisions
-- compare the code, never the words. Rows written before carry only words:
-- they are converted here, by the words each version of followupd wrote.
-- A follow-up whose draft could not be rendered is marked by a flag
-- (render_failed), no longer by the first words of its last error.
ALTER TABLE audit ADD COLUMN reason_code TEXT NOT NULL DEFAULT '';

UPDATE audit SET reason_code = CASE
    WHEN reason = 'created' THEN 'created'
    WHEN reason = 'a copy reached the owner''s mailbox' THEN 'copy_arrived'
    WHEN reason = 'the interview was cancelled' THEN 'interview_cancelled'
    WHEN reason = 'they are no longer on the interview panel' THEN 'left_panel'
    WHEN reason = 'you declined the invitation' THEN 'owner_declined'
    WHEN reason = 'you already wrote to them yourself' THEN 'owner_wrote'
    WHEN reason = 'you already answered the rejection yourself' THEN 'owner_answered'
    WHEN reason LIKE 'the invitation now lists too many interviewers%' THEN 'big_panel'
    WHEN reason = 'the interviewers'' addresses became known' THEN 'addresses_known'
    WHEN reason = 'a rejection arrived' THEN 'rejection_arrived'
    WHEN reason = 'an offer arrived' THEN 'offer_arrived'
    WHEN reason = 'the employer wrote again' THEN 'employer_wrote'
    WHEN reason = 'no human recipient' THEN 'no_recipient'
    WHEN reason LIKE 'on hold:%' THEN 'held'
    WHEN reason = 'interview moved' THEN 'interview_moved'
    WHEN reason = 'interview moved: the approved letter leaves after the new time' THEN 'interview_moved_approved'
    WHEN reason = 'the owner saw that it went out' THEN 'owner_saw_sent'
    WHEN reason = 'cancelled by the owner' THEN 'owner_cancelled'
    WHEN reason = 'notes from the owner' THEN 'owner_notes'
    WHEN reason = 'edited by the owner' THEN 'owner_edited'
    WHEN reason = 'recipient set by the owner' THEN 'owner_recipient'
    WHEN reason = 'approved by the owner' THEN 'approved'
    WHEN reason = 'approval requested' THEN 'asked_owner'
    WHEN reason = 'templates reloaded: drafting again' THEN 'templates_reloaded'
    WHEN reason LIKE 'failed: the draft could not be rendered%' THEN 'render_failed'
    WHEN reason LIKE 'held until business hours%' THEN 'business_hours'
    WHEN reason LIKE 'sending (attempt %' THEN 'sending'
    WHEN reason = 'sent' THEN 'sent'
    WHEN reason LIKE 'interrupted after the letter was handed over%' THEN 'send_uncertain'
    WHEN reason LIKE 'temporary failure:%' THEN 'send_deferred'
    WHEN reason LIKE 'failed:%' THEN 'send_failed'
    WHEN reason = 'found in the Sent folder after a restart' THEN 'found_in_sent'
    WHEN reason = 'interrupted while sending; not in the Sent folder' THEN 'not_found_in_sent'
    WHEN reason = '' THEN ''
    ELSE 'legacy'
END;

ALTER TABLE followups ADD COLUMN render_failed INTEGER NOT NULL DEFAULT 0;
UPDATE followups SET render_failed = 1
    WHERE state IN ('drafted', 'failed') AND substr(last_error, 1, 26) = 'draft cannot be rendered: ';
