package followup

import "strings"

// Reason is why a follow-up changed, as a typed value: it is stored in the
// audit row of every change (the column reason_code) beside the words
// shown to people, and decisions compare it, never the words, so that
// rewording a message changes no behaviour on an existing database.
type Reason string

// The reasons a follow-up changes. The values are stored: never rename
// one, add a new one instead (and teach migration 006 nothing: it only
// converts the rows written before reasons were typed).
const (
	NoReason Reason = ""

	Created      Reason = "created"
	CopyReceived Reason = "copy_arrived" // a copy of our letter reached the owner's mailbox: it was sent

	// Why a letter is no longer wanted (Cancel events).
	InterviewCalledOff Reason = "interview_cancelled"
	LeftPanel          Reason = "left_panel"
	OwnerDeclined      Reason = "owner_declined"
	OwnerWrote         Reason = "owner_wrote"
	OwnerAnswered      Reason = "owner_answered"
	BigPanel           Reason = "big_panel"
	AddressesKnown     Reason = "addresses_known"
	RejectionArrived   Reason = "rejection_arrived"
	OfferArrived       Reason = "offer_arrived"
	EmployerWrote      Reason = "employer_wrote"
	NoRecipient        Reason = "no_recipient"
	HeardBack          Reason = "heard_back" // a status check: the employer wrote before it was due

	Held            Reason = "held"                     // the message may be about several interviews
	InterviewMoved  Reason = "interview_moved"          // drafted again for the new time
	MovedApproved   Reason = "interview_moved_approved" // the approved letter leaves after the new time
	OwnerSawSent    Reason = "owner_saw_sent"
	OwnerCancelled  Reason = "owner_cancelled"
	OwnerIgnored    Reason = "owner_ignored" // the owner said the message behind it needs nothing
	OwnerNotes      Reason = "owner_notes"
	OwnerEdited     Reason = "owner_edited"
	OwnerRecipient  Reason = "owner_recipient"
	AddressLearned  Reason = "address_found" // an employer's message gave the interviewer's address
	Approved        Reason = "approved"
	AskedOwner      Reason = "asked_owner"
	Reloaded        Reason = "templates_reloaded"
	RenderFailed    Reason = "render_failed"
	BusinessHours   Reason = "business_hours"
	Claimed         Reason = "sending"
	SentOK          Reason = "sent"
	SendUncertain   Reason = "send_uncertain"
	SendDeferred    Reason = "send_deferred"
	SendFailed      Reason = "send_failed"
	FoundInSent     Reason = "found_in_sent"
	NotFoundInSent  Reason = "not_found_in_sent"
	LegacyUnmatched Reason = "legacy" // an audit row from before typed reasons whose words matched none
)

var reasonText = map[Reason]string{
	Created:            "created",
	CopyReceived:       "a copy reached the owner's mailbox",
	InterviewCalledOff: "the interview was cancelled",
	LeftPanel:          "they are no longer on the interview panel",
	OwnerDeclined:      "you declined the invitation",
	OwnerWrote:         "you already wrote to them yourself",
	OwnerAnswered:      "you already answered the rejection yourself",
	BigPanel:           "the invitation now lists too many interviewers for a letter each, so one letter goes to the person who arranged it",
	AddressesKnown:     "the interviewers' addresses became known",
	RejectionArrived:   "a rejection arrived",
	OfferArrived:       "an offer arrived",
	EmployerWrote:      "the employer wrote again",
	NoRecipient:        "no human recipient",
	HeardBack:          "the employer wrote before the status check was due",
	Held:               "on hold",
	InterviewMoved:     "interview moved",
	MovedApproved:      "interview moved: the approved letter leaves after the new time",
	OwnerSawSent:       "the owner saw that it went out",
	OwnerCancelled:     "cancelled by the owner",
	OwnerIgnored:       "you said the message behind it needs nothing",
	OwnerNotes:         "notes from the owner",
	OwnerEdited:        "edited by the owner",
	OwnerRecipient:     "recipient set by the owner",
	AddressLearned:     "the interviewer's address became known",
	Approved:           "approved by the owner",
	AskedOwner:         "approval requested",
	Reloaded:           "templates reloaded: drafting again",
	RenderFailed:       "failed: the draft could not be rendered",
	BusinessHours:      "held until business hours in the recipient's zone",
	Claimed:            "sending",
	SentOK:             "sent",
	SendUncertain:      "interrupted after the letter was handed over",
	SendDeferred:       "temporary failure",
	SendFailed:         "failed",
	FoundInSent:        "found in the Sent folder after a restart",
	NotFoundInSent:     "interrupted while sending; not in the Sent folder",
	LegacyUnmatched:    "",
}

// Reasons returns every reason, for tests and the migration check.
func Reasons() []Reason {
	out := make([]Reason, 0, len(reasonText))
	for r := range reasonText {
		out = append(out, r)
	}
	return out
}

// Text is the reason in words, as the owner reads it in a notice ("will
// not be sent: the interview was cancelled") and as the audit shows it.
func (r Reason) Text() string {
	if t, ok := reasonText[r]; ok {
		return t
	}
	return string(r)
}

// ReasonFor reads the typed reason back from the words of an audit row
// written before reasons were typed: the reason whose words they are, or
// begin with (followed by ":" or " (", as notes were added: "temporary
// failure: 451 …", "sending (attempt 2)"), the longest such; NoReason for
// no words, LegacyUnmatched for words no reason has.
func ReasonFor(words string) Reason {
	if words == "" {
		return NoReason
	}
	best, n := LegacyUnmatched, 0
	for r, t := range reasonText {
		if t == "" || len(t) <= n {
			continue
		}
		if rest, ok := strings.CutPrefix(words, t); ok && (rest == "" || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, " (")) {
			best, n = r, len(t)
		}
	}
	return best
}

// Undoable reports whether a letter cancelled for this reason comes back
// when a later message undoes the cause: the interview set again, a
// person back on its panel, a panel small again. A letter the owner
// cancelled, or one made pointless by their own letter, stays cancelled.
func (r Reason) Undoable() bool {
	return r == InterviewCalledOff || r == LeftPanel || r == OwnerDeclined || r == BigPanel
}
