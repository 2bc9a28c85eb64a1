package followup

import "time"

// Event is one thing that happened to a follow-up, typed: made by the
// engine from classified employer mail, from the owner's letters and
// commands (read by package reply), from timers and from the outcome of
// sending. Step decides what it means.
type Event interface{ event() }

// Cancel: something made the letter pointless (the interview was
// cancelled, a rejection or an offer arrived, the owner wrote themselves,
// the recipient left the panel …). A letter not yet handed to the mail
// server is cancelled; any other is left as it is.
type Cancel struct{ Reason Reason }

// Hold: a message may be about this letter's interview, but nothing in it
// tells which of several: the letter then leaves only on the owner's
// explicit "send". What says what the message seems to do ("seems to
// cancel an interview").
type Hold struct{ What string }

// Moved: the letter's interview moved; End is its new end. A letter the
// owner approved leaves after the new end; any other is drafted again.
type Moved struct{ End time.Time }

// AddressFound: an employer's message gave the address (To) of the one
// interviewer a letter without a recipient is for. The letter is
// addressed to them; an owner already shown it without an address is
// asked again. A letter that has an address (the owner gave one with
// "to:") keeps it.
type AddressFound struct{ To Person }

// CopyArrived: a copy of the letter (its Message-ID) reached a watched
// mailbox at At, which proves it was sent.
type CopyArrived struct{ At time.Time }

// Answer: the owner answered the approval request for Version with
// Command (the token was verified and the sender is the owner).
type Answer struct {
	Version int
	Command Command
}

// AskDue: the time to ask the owner about a drafted letter has come.
type AskDue struct{}

// StatusDue: the time of a status check has come (the day the employer
// named plus two business days). The engine says what Step cannot know by
// itself: the application's Stage now, and whether any mail from the
// employer arrived after the message that named the day (Heard). A check
// is asked about only when neither a rejection, an offer nor any other
// mail came first.
type StatusDue struct {
	Stage Stage
	Heard bool
}

// DraftFailed: the letter could not be drafted because a template failed
// (Err says how).
type DraftFailed struct{ Err string }

// TemplatesReloaded: the owner's templates loaded again, so a letter that
// failed on a template may be drafted again.
type TemplatesReloaded struct{}

// SendDue: a scheduled letter is due. The engine says what Step cannot
// know by itself: whether its interview was cancelled, the first business
// instant on the recipient's clock (Opening, at or after now), and whether
// the daily cap is reached (then it waits until CapUntil).
type SendDue struct {
	InterviewCancelled bool
	Opening            time.Time
	CapReached         bool
	CapUntil           time.Time
}

// Outcome is how handing a letter to the mail server ended.
type Outcome string

// The outcomes of sending.
const (
	Delivered Outcome = "delivered" // the server accepted it
	Uncertain Outcome = "uncertain" // the server may have it: never send it again blindly
	Temporary Outcome = "temporary" // try again later (a 4xx, the network)
	Permanent Outcome = "permanent" // a 5xx: never again
)

// SendResult: the letter claimed for sending was handed to the server.
type SendResult struct {
	Outcome Outcome
	Err     string // the server's or the network's words, "" when delivered
}

// Recovered: after a restart, a letter found claimed for sending (a crash
// interrupted it) was looked for in the Sent folder.
type Recovered struct{ InSent bool }

func (Cancel) event()            {}
func (Hold) event()              {}
func (Moved) event()             {}
func (AddressFound) event()      {}
func (CopyArrived) event()       {}
func (Answer) event()            {}
func (AskDue) event()            {}
func (StatusDue) event()         {}
func (DraftFailed) event()       {}
func (TemplatesReloaded) event() {}
func (SendDue) event()           {}
func (SendResult) event()        {}
func (Recovered) event()         {}

// Action is what the owner's answer asks for, as package reply read it.
type Action string

// The owner's commands.
const (
	Approve   Action = "approve"   // send it at the planned time
	Discard   Action = "cancel"    // do not send it
	AddNotes  Action = "notes"     // Command.Notes: redraft with them
	Edit      Action = "edit"      // Command.Body (and Subject): the owner's own text
	Readdress Action = "recipient" // Command.To: send it there instead
	Unclear   Action = "unknown"   // not understood: nothing is done
)

// Command is the owner's answer. SaysSent and YesNo matter only for a
// letter whose sending was interrupted ("Did it go out?"): an answer that
// says it went out records it as sent; a bare yes or no, which could mean
// either, is not acted on.
type Command struct {
	Action   Action
	Notes    string
	Body     string
	Subject  string // Edit: the subject the owner kept, "" for unchanged
	To       Person // Readdress: the new recipient (Name may be "")
	Read     string // what was read, shown back to the owner
	SaysSent bool
	YesNo    bool
}
