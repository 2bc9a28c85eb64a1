-- Schema version 4: the one-thank-you-per-interviewer rule leaves out
-- cancelled letters, so that an interviewer who leaves a panel and joins it
-- again, or an interview that is cancelled and then set again, gets a new
-- letter instead of none.
DROP INDEX followups_one_thank_you;
CREATE UNIQUE INDEX followups_one_thank_you ON followups(interview_id, recipient_email, greet_names) WHERE kind = 'thank-you' AND state <> 'cancelled';
