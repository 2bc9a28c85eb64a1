package followup

import "time"

// Effect is one thing Step asks the engine to do, in order, in the
// transaction that records the event.
type Effect interface{ effect() }

// Record writes the follow-up as Step returned it, with an audit row
// giving Reason (and Note, for people) when the state changed or a reason
// is given. A cancellation is a Record whose follow-up is Cancelled: its
// Reason is the typed cause that later decisions compare.
type Record struct {
	Reason Reason
	Note   string
}

// Draft renders the letter for the follow-up's current version: its
// Subject and Body, unless the owner's own text (Edited) is kept. A
// template failure stops the effects that follow.
type Draft struct{}

// Plan sets DueAt, Deadline and Late: when the letter would leave if
// approved at At.
type Plan struct{ At time.Time }

// AskOwner sends the owner the approval request for this version. Auto:
// the letter is scheduled already and the request says it will leave
// unless cancelled. ByOwner: the owner's own answer made this version.
type AskOwner struct{ Auto, ByOwner bool }

// AskSent asks the owner whether a letter whose sending was interrupted
// went out ("Did it go out?"); the question carries an approval token.
type AskSent struct{}

// Send hands the letter to the mail server once the transaction that
// claimed it has committed.
type Send struct{}

// ReportRenderFailure: the letter failed on a template for good; the
// owner is told (once for all letters failed in one pass).
type ReportRenderFailure struct{}

// Notify tells the owner something that needs no answer.
type Notify struct {
	Notice  Notice
	Reason  Reason  // NoticeCancelled, NoticeNotSent: why
	Answer  Command // the answers: what the owner wrote
	Version int     // NoticeOlderDraft: the version the owner answered
	Err     string  // NoticeSendFailed, NoticeLate: what the server said
}

// Confirm confirms a decision about the letter to the owner, showing it.
type Confirm struct{ What Confirmation }

// Notice is what a Notify says.
type Notice string

// The notices.
const (
	NoticeCancelled        Notice = "cancelled"       // a letter the owner saw will not be sent
	NoticeNotSent          Notice = "not-sent"        // a due letter was stopped
	NoticeMovedApproved    Notice = "moved-approved"  // the approved letter leaves after the new time
	NoticeMovedWithdrawn   Notice = "moved-withdrawn" // the letter asked about is drafted again
	NoticeOlderDraft       Notice = "older-draft"     // the answer is about an older version
	NoticeAlreadySent      Notice = "already-sent"
	NoticeAlreadyCancelled Notice = "already-cancelled"
	NoticeBeingSent        Notice = "being-sent"
	NoticeYesOrNo          Notice = "yes-or-no"  // "Did it go out?" answered yes or no
	NoticeAskedSentFirst   Notice = "sent-first" // notes, an edit or a new recipient for a letter that may have gone out
	NoticeAlreadyApproved  Notice = "already-approved"
	NoticeNoAddress        Notice = "no-address"       // approved, but nobody to send it to
	NoticeNoReplyAddress   Notice = "no-reply-address" // the owner named an address nobody reads
	NoticeNotUnderstood    Notice = "not-understood"
	NoticeSendFailed       Notice = "send-failed"
	NoticeLate             Notice = "late" // an approved letter will now go after its deadline
)

// Confirmation is what a Confirm confirms.
type Confirmation string

// The confirmations.
const (
	ConfirmSent         Confirmation = "sent"
	ConfirmCancelled    Confirmation = "cancelled"
	ConfirmScheduled    Confirmation = "scheduled"
	ConfirmRecordedSent Confirmation = "recorded-sent"
)

func (Record) effect()              {}
func (Draft) effect()               {}
func (Plan) effect()                {}
func (AskOwner) effect()            {}
func (AskSent) effect()             {}
func (Send) effect()                {}
func (ReportRenderFailure) effect() {}
func (Notify) effect()              {}
func (Confirm) effect()             {}
