// Package followup is the vocabulary and the decision core of followupd:
// applications, interviews and follow-ups; the typed events that happen to
// a follow-up (employer mail as classified, the owner's commands, timers,
// the outcome of sending), the typed effects they call for, the typed
// reasons recorded with each change; and Step, which decides. It does no
// I/O and reads no clock, so every rule can be tested alone (a table covers
// every event in every state) and every other package agrees on them.
package followup

import (
	"fmt"
	"time"

	"github.com/followupd/followupd/internal/mail/message"
)

// Kind is what a follow-up is for.
type Kind string

// The follow-ups followupd writes.
const (
	ThankYou Kind = "thank-you" // after an interview, to each interviewer
	Feedback Kind = "feedback"  // after a rejection, a request for feedback
	// StatusCheck is the one polite status check of an application: the
	// employer said by when it would decide or come back, and nothing came
	// from it by that day plus two business days. It is created Drafted,
	// asking the owner at that time (RequestAt); the StatusDue event then
	// asks, or cancels it when the employer wrote meanwhile.
	StatusCheck Kind = "status-check"
)

// State is where a follow-up is on its way out.
type State string

// The states of a follow-up. A follow-up starts Drafted; the owner's
// approval request goes out when the interview ends (or at once for a
// feedback request), leaving it AwaitingApproval; the owner's "send" makes
// it Scheduled; the outbox claims it (Sending) just before the SMTP
// transaction and marks it Sent after. Cancelled and Sent are final.
// Failed (a 5xx from the server, or a draft whose template cannot be
// rendered) waits for the owner: an interview moved or templates reloaded
// draft it again. Unknown is a crash while sending, resolved by the Sent
// folder or the owner.
const (
	Drafted          State = "drafted"
	AwaitingApproval State = "awaiting_approval"
	Scheduled        State = "scheduled"
	Sending          State = "sending"
	Sent             State = "sent"
	Cancelled        State = "cancelled"
	Failed           State = "failed"
	Unknown          State = "unknown"
)

var transitions = map[State][]State{
	Drafted:          {AwaitingApproval, Scheduled, Cancelled, Drafted, Failed},
	AwaitingApproval: {Scheduled, Cancelled, AwaitingApproval, Drafted},
	Scheduled:        {Sending, Cancelled, AwaitingApproval, Scheduled, Drafted},
	Sending:          {Sent, Scheduled, Failed, Unknown},
	Unknown:          {Sent, Scheduled, Cancelled},
	Failed:           {Scheduled, Cancelled, Drafted, AwaitingApproval}, // notes or an edit make a new version to approve
}

// CanMove reports whether a follow-up may go from one state to another.
func CanMove(from, to State) bool {
	for _, s := range transitions[from] {
		if s == to {
			return true
		}
	}
	return false
}

// Move checks a transition and returns an error naming it when illegal.
func Move(from, to State) error {
	if !CanMove(from, to) {
		return fmt.Errorf("followup: illegal transition %s → %s", from, to)
	}
	return nil
}

// Pending reports whether the follow-up may still be sent: not final and
// not yet handed to the SMTP server.
func (s State) Pending() bool {
	return s == Drafted || s == AwaitingApproval || s == Scheduled
}

// Final reports whether nothing more will happen to the follow-up.
func (s State) Final() bool { return s == Sent || s == Cancelled }

// Person is someone mail goes to or comes from. It is followupd's one
// person type, declared as message.Address in the leaf parser (which may
// import nothing internal) and aliased here, in classify and in compose.
type Person = message.Address

// Followup is one message to an employer and everything needed to send it.
type Followup struct {
	ID            int64
	Kind          Kind
	ApplicationID int64
	InterviewID   int64 // 0 for a feedback request
	State         State
	Version       int // bumped by each edit, so an approval of an old text is refused
	Recipient     Person
	// GreetNames: for the one letter to the person who arranged an
	// interview (no interviewer address known), the names greeted; for the
	// letter to one interviewer known by name only, their name, kept after
	// the owner gives an address with "to:" (it says whose letter it is);
	// "" for a letter to an interviewer's own address.
	GreetNames    string
	Subject       string
	Body          string
	Edited        bool   // the body is the owner's own text, never recomposed
	Notes         string // the owner's notes, woven into the draft
	MessageID     string // fixed when created
	InReplyTo     string
	References    []string
	SourceMessage string // Message-ID of the mail that caused it
	// SourceAutomated: the mail that caused it was bulk, a list or
	// auto-submitted; RFC 3834 forbids answering it automatically, so it is
	// never sent without the owner's explicit approval.
	SourceAutomated bool
	// NeedsReply: the message behind it was read with low confidence, so
	// it waits for the owner's explicit "send" even in auto mode.
	NeedsReply bool
	// RenderFailed: the last try to draft it failed on a template; it is
	// retried with backoff, then failed, and reloaded templates draft it
	// again. LastError holds the template's error for the owner.
	RenderFailed  bool
	Zone          string    // the recipient's IANA zone
	Country       string    // the recipient's country or region ("AU-VIC"), for holidays
	Language      string    // ISO 639-1 code the letter is written in ("" is English)
	EventAt       time.Time // interview end, or when the rejection arrived
	RequestAt     time.Time // when the owner is asked
	DueAt         time.Time // planned send time (zero until planned)
	Deadline      time.Time
	Late          bool
	ApprovedAt    time.Time
	Attempts      int
	NextAttemptAt time.Time
	LastError     string
	SentAt        time.Time
	CreatedAt     time.Time
	UpdatedAt     time.Time
}

// Stage is how far an application has gone.
type Stage string

// The stages of an application.
const (
	Applied            Stage = "applied"
	Interviewing       Stage = "interviewing"
	InterviewScheduled Stage = "interview_scheduled"
	Rejected           Stage = "rejected"
	Offer              Stage = "offer"
	OtherStage         Stage = "other"
)

// Application is one job the owner applied for.
type Application struct {
	ID        int64
	Company   string
	Role      string
	Reference string
	Domain    string // the employer's mail domain, to match later messages
	Stage     Stage
	LastEvent string
	// StatedBy is the calendar day by which the employer's latest message
	// said it would decide or come back (at midnight UTC: only its date
	// counts); zero when none said so.
	StatedBy  time.Time
	CreatedAt time.Time
	UpdatedAt time.Time
}

// InterviewState says whether an interview is still on.
type InterviewState string

// The states of an interview.
const (
	InterviewOn        InterviewState = "scheduled"
	InterviewCancelled InterviewState = "cancelled"
	InterviewPast      InterviewState = "past" // seen after its thank-you deadline: recorded, never acted on
)

// Interview is a meeting with a fixed time.
type Interview struct {
	ID            int64
	ApplicationID int64
	CalendarUID   string
	Sequence      int
	Start, End    time.Time
	Zone          string
	Country       string
	State         InterviewState
	Arranger      Person
	People        []Person
	SourceMessage string
}
