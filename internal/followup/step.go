package followup

import (
	"fmt"
	"strings"
	"time"
)

// Policy is what Step needs to know of the owner's configuration.
type Policy struct {
	// Auto: approval.mode is "auto": a letter that needs nothing from the
	// owner is scheduled when they are asked, and leaves unless cancelled.
	Auto bool
	// MaxSendAttempts is how many temporary failures a letter survives
	// before it is failed and the owner told.
	MaxSendAttempts int
	// MaxRenderAttempts is how many times a draft whose templates fail is
	// tried (with Backoff) before its letter is failed and the owner told.
	MaxRenderAttempts int
	// NoReply reports whether an address is one nobody reads (no-reply,
	// an applicant-tracking system's robot); nil: none is.
	NoReply func(addr string) bool
}

// Backoff is the wait before retry n (1, 2, ...): 1m, 2m, 4m … capped at 1h.
func Backoff(n int) time.Duration {
	d := time.Minute << min(max(n-1, 0), 6)
	return min(d, time.Hour)
}

// RenderErrorPrefix starts the LastError of a letter whose draft could not
// be rendered, for the owner's eyes (decisions use RenderFailed).
const RenderErrorPrefix = "draft cannot be rendered: "

// Step is the decision core of followupd: what event means for the
// follow-up f at now, under policy p. It returns the follow-up as it must
// be recorded and the effects to apply, in order, in the transaction that
// records the event. It does no I/O and reads no clock.
//
// An event that no longer concerns the follow-up (a cancellation of a
// letter already sent, a copy of one not being sent) returns f unchanged
// and no effect. An event that cannot happen in f's state (the outcome of
// a send that was never claimed), and a decision that would need an
// illegal transition, return an error.
func Step(f Followup, ev Event, now time.Time, p Policy) (Followup, []Effect, error) {
	from := f.State
	next, effects, err := step(f, ev, now, p)
	if err != nil {
		return f, nil, err
	}
	if next.State != from {
		if err := Move(from, next.State); err != nil {
			return f, nil, fmt.Errorf("followup: %T in state %s: %w", ev, from, err)
		}
	}
	return next, effects, nil
}

func step(f Followup, ev Event, now time.Time, p Policy) (Followup, []Effect, error) {
	switch ev := ev.(type) {
	case Cancel:
		if !f.State.Cancellable() {
			return f, nil, nil
		}
		asked := f.State != Drafted
		f.State = Cancelled
		effects := []Effect{Record{Reason: ev.Reason}}
		if asked {
			effects = append(effects, Notify{Notice: NoticeCancelled, Reason: ev.Reason})
		}
		return f, effects, nil
	case Hold:
		if !f.State.Pending() && f.State != Failed {
			return f, nil, nil
		}
		f.NeedsReply = true
		if f.State == Scheduled {
			f.State = AwaitingApproval
		}
		return f, []Effect{Record{Reason: Held, Note: "a message " + ev.What + " and it is unclear which"}}, nil
	case Moved:
		if !f.State.Pending() && f.State != Failed {
			return f, nil, nil
		}
		f.EventAt, f.RequestAt = ev.End, ev.End
		f.Attempts, f.NextAttemptAt, f.LastError = 0, time.Time{}, ""
		if f.State == Scheduled && !f.ApprovedAt.IsZero() {
			return f, []Effect{Plan{At: f.ApprovedAt}, Record{Reason: MovedApproved}, Notify{Notice: NoticeMovedApproved}}, nil
		}
		asked := f.State != Drafted
		f.State, f.DueAt, f.Deadline, f.Late, f.ApprovedAt = Drafted, time.Time{}, time.Time{}, false, time.Time{}
		f.Version++ // a new letter for the new time
		effects := []Effect{Record{Reason: InterviewMoved}}
		if asked {
			effects = append(effects, Notify{Notice: NoticeMovedWithdrawn})
		}
		return f, effects, nil
	case AddressFound:
		if f.Recipient.Email != "" || (!f.State.Pending() && f.State != Failed) {
			return f, nil, nil
		}
		// The letter greeted one person by name for want of an address:
		// addressed to them, it is one like any other.
		f.Recipient, f.GreetNames = ev.To, ""
		if f.State == Drafted || f.State == Failed {
			return f, []Effect{Record{Reason: AddressLearned}}, nil
		}
		// The owner was shown it with nobody to send it to: the new
		// version, with its recipient, is shown again.
		f.Version++
		return ask(f, AddressLearned, false, now, p)
	case CopyArrived:
		if f.State != Sending && f.State != Unknown {
			return f, nil, nil
		}
		f.State, f.SentAt = Sent, ev.At
		return f, []Effect{Record{Reason: CopyReceived}}, nil
	case Answer:
		return answer(f, ev, now, p)
	case AskDue:
		if f.State != Drafted {
			return f, nil, nil
		}
		if f.Kind == StatusCheck {
			return f, nil, fmt.Errorf("followup: a status check is asked by StatusDue, not AskDue")
		}
		if f.RenderFailed { // rendered at last, if the effects succeed
			f.Attempts, f.NextAttemptAt, f.LastError, f.RenderFailed = 0, time.Time{}, "", false
		}
		return ask(f, AskedOwner, false, now, p)
	case StatusDue:
		return statusDue(f, ev, now, p)
	case DraftFailed:
		if f.State != Drafted {
			return f, nil, nil
		}
		if !f.RenderFailed {
			f.Attempts = 0 // counts rendering attempts from here on
		}
		f.Attempts++
		f.RenderFailed, f.LastError = true, RenderErrorPrefix+truncate(ev.Err, 300)
		if f.Attempts >= p.MaxRenderAttempts {
			f.State, f.NextAttemptAt = Failed, time.Time{}
			return f, []Effect{Record{Reason: RenderFailed, Note: fmt.Sprintf("%d attempts", f.Attempts)}, ReportRenderFailure{}}, nil
		}
		f.NextAttemptAt = now.Add(Backoff(f.Attempts))
		return f, []Effect{Record{}}, nil
	case TemplatesReloaded:
		if !f.RenderFailed || (f.State != Failed && f.State != Drafted) {
			return f, nil, nil
		}
		reason := NoReason
		if f.State == Failed {
			reason = Reloaded
		}
		f.State, f.Attempts, f.NextAttemptAt, f.LastError, f.RenderFailed = Drafted, 0, time.Time{}, "", false
		return f, []Effect{Record{Reason: reason}}, nil
	case SendDue:
		return sendDue(f, ev, now, p)
	case SendResult:
		return sent(f, ev, now, p)
	case Recovered:
		if f.State != Sending {
			return f, nil, nil // settled meanwhile (its copy arrived)
		}
		if ev.InSent {
			f.State, f.SentAt = Sent, now
			return f, []Effect{Record{Reason: FoundInSent}}, nil
		}
		f.State = Unknown
		f.Version++
		return f, []Effect{Record{Reason: NotFoundInSent}, AskSent{}}, nil
	}
	return f, nil, fmt.Errorf("followup: unknown event %T", ev)
}

// ask moves a follow-up to the owner: its draft is rendered and planned as
// if approved now (a request read late never shows a time already past),
// and the approval request sent. In auto mode a letter that needs nothing
// from the owner is scheduled at once; byOwner (the owner's answer made
// this version) always waits for an explicit "send".
func ask(f Followup, reason Reason, byOwner bool, now time.Time, p Policy) (Followup, []Effect, error) {
	auto := !byOwner && !f.WaitsForOwner(p)
	if auto {
		f.State = Scheduled
	} else {
		f.State = AwaitingApproval
	}
	return f, []Effect{Draft{}, Plan{At: now}, AskOwner{Auto: auto, ByOwner: byOwner}, Record{Reason: reason}}, nil
}

// statusDue decides on a status check whose time has come: it is
// cancelled when the application was rejected or got an offer, or the
// employer wrote after naming its day (never more than the one check, and
// never after an answer); otherwise the owner is asked as for any letter.
func statusDue(f Followup, ev StatusDue, now time.Time, p Policy) (Followup, []Effect, error) {
	if f.Kind != StatusCheck {
		return f, nil, fmt.Errorf("followup: StatusDue for a %s", f.Kind)
	}
	if f.State != Drafted {
		return f, nil, nil
	}
	stop := NoReason
	switch {
	case ev.Stage == Rejected:
		stop = RejectionArrived
	case ev.Stage == Offer:
		stop = OfferArrived
	case ev.Heard:
		stop = HeardBack
	}
	if stop != NoReason {
		f.State = Cancelled
		return f, []Effect{Record{Reason: stop}}, nil
	}
	if f.RenderFailed { // rendered at last, if the effects succeed
		f.Attempts, f.NextAttemptAt, f.LastError, f.RenderFailed = 0, time.Time{}, "", false
	}
	return ask(f, AskedOwner, false, now, p)
}

// answer decides on the owner's answer to an approval request.
func answer(f Followup, ev Answer, now time.Time, p Policy) (Followup, []Effect, error) {
	cmd := ev.Command
	tell := func(n Notice) (Followup, []Effect, error) {
		return f, []Effect{Notify{Notice: n, Answer: cmd, Version: ev.Version}}, nil
	}
	// A cancel is safe whatever version it answers, and is obeyed for any
	// letter not yet sent (or possibly sent); any other answer to an
	// older version is refused, since the owner did not see the new text.
	oldCancel := cmd.Action == Discard && f.State != Sending && f.State != Sent && f.State != Unknown
	if ev.Version != f.Version && !oldCancel {
		return tell(NoticeOlderDraft)
	}
	switch f.State {
	case Sent:
		return tell(NoticeAlreadySent)
	case Cancelled:
		return tell(NoticeAlreadyCancelled)
	case Sending:
		return tell(NoticeBeingSent)
	}
	if f.State == Unknown && cmd.Action == Unclear && cmd.SaysSent {
		f.State, f.SentAt = Sent, now
		return f, []Effect{Record{Reason: OwnerSawSent}, Confirm{What: ConfirmRecordedSent}}, nil
	}
	if f.State == Unknown && cmd.YesNo {
		// "Did it go out?" answered "yes" means it went out, not "send";
		// "no" may mean it did not, not "cancel". Neither is acted on.
		return tell(NoticeYesOrNo)
	}
	if f.State == Unknown && (cmd.Action == AddNotes || cmd.Action == Edit || cmd.Action == Readdress) {
		// the letter may already be in their inbox: changing it comes after
		// the owner says whether it went out
		return tell(NoticeAskedSentFirst)
	}
	switch cmd.Action {
	case Approve:
		if f.State == Scheduled {
			return tell(NoticeAlreadyApproved)
		}
		if f.Recipient.Email == "" || p.noReply(f.Recipient.Email) {
			return tell(NoticeNoAddress)
		}
		f.State, f.ApprovedAt, f.NextAttemptAt = Scheduled, now, time.Time{}
		return f, []Effect{Plan{At: now}, Record{Reason: Approved}, Confirm{What: ConfirmScheduled}}, nil
	case Discard:
		f.State = Cancelled
		return f, []Effect{Record{Reason: OwnerCancelled}, Confirm{What: ConfirmCancelled}}, nil
	case AddNotes:
		f.Notes = strings.TrimSpace(strings.TrimSpace(f.Notes) + "\n" + cmd.Notes)
		f.Version++
		return ask(f, OwnerNotes, true, now, p)
	case Edit:
		f.Body, f.Edited = cmd.Body, true
		if cmd.Subject != "" {
			f.Subject = cmd.Subject
		}
		f.Version++
		return ask(f, OwnerEdited, true, now, p)
	case Readdress:
		if p.noReply(cmd.To.Email) {
			return tell(NoticeNoReplyAddress)
		}
		name := cmd.To.Name
		if name == "" && (f.Recipient.Email == "" || strings.EqualFold(f.Recipient.Email, cmd.To.Email)) {
			name = f.Recipient.Name // the address of the person it was for
		}
		f.Recipient = Person{Name: name, Email: strings.ToLower(cmd.To.Email)}
		f.Version++
		return ask(f, OwnerRecipient, true, now, p)
	}
	return tell(NoticeNotUnderstood)
}

// sendDue decides on a scheduled letter whose time has come: stopped (no
// human recipient, its interview cancelled), held until business hours or
// the next day (the daily cap), or claimed for sending.
func sendDue(f Followup, ev SendDue, now time.Time, p Policy) (Followup, []Effect, error) {
	if f.State != Scheduled {
		return f, nil, nil
	}
	stop := NoReason
	switch {
	case f.Recipient.Email == "" || p.noReply(f.Recipient.Email):
		stop = NoRecipient
	case f.Kind == ThankYou && ev.InterviewCancelled:
		stop = InterviewCalledOff
	}
	if stop != NoReason {
		f.State = Cancelled
		return f, []Effect{Record{Reason: stop}, Notify{Notice: NoticeNotSent, Reason: stop}}, nil
	}
	// A letter leaves in business hours on the recipient's clock, also
	// when it is sent later than planned: after the daemon was down,
	// after a retry's backoff, or the day after the daily cap held it
	// back. Outside them it waits for the next opening.
	if ev.Opening.After(now) {
		f.DueAt, f.NextAttemptAt = ev.Opening, time.Time{}
		effects := []Effect{Record{Reason: BusinessHours, Note: ev.Opening.Format("Mon 2 Jan 15:04 MST")}}
		return f, becomeLate(&f, ev.Opening, "", effects), nil
	}
	if ev.CapReached {
		f.NextAttemptAt = ev.CapUntil
		return f, []Effect{Record{}}, nil
	}
	f.State, f.Attempts = Sending, f.Attempts+1
	return f, []Effect{Record{Reason: Claimed, Note: fmt.Sprintf("attempt %d", f.Attempts)}, Send{}}, nil
}

// becomeLate marks f late when it can go no sooner than at, past its
// deadline, and tells the owner, once: a letter already late (planned
// so, or marked before) says nothing more. why is what the server said,
// if a refusal held it back.
func becomeLate(f *Followup, at time.Time, why string, effects []Effect) []Effect {
	if f.Late || f.Deadline.IsZero() || !at.After(f.Deadline) {
		return effects
	}
	f.Late = true
	return append(effects, Notify{Notice: NoticeLate, Err: why})
}

// sent decides on the outcome of handing a claimed letter to the server.
func sent(f Followup, ev SendResult, now time.Time, p Policy) (Followup, []Effect, error) {
	if f.State != Sending {
		return f, nil, fmt.Errorf("followup: a send result for a letter in state %s, not sending", f.State)
	}
	switch {
	case ev.Outcome == Delivered:
		f.State, f.SentAt, f.LastError = Sent, now, ""
		return f, []Effect{Record{Reason: SentOK}, Confirm{What: ConfirmSent}}, nil
	case ev.Outcome == Uncertain:
		// The server may have the letter: never send it again blindly.
		f.State, f.LastError = Unknown, truncate(ev.Err, 300)
		f.Version++
		return f, []Effect{Record{Reason: SendUncertain, Note: truncate(ev.Err, 200)}, AskSent{}}, nil
	case ev.Outcome == Temporary && f.Attempts < p.MaxSendAttempts:
		f.State, f.LastError, f.NextAttemptAt = Scheduled, truncate(ev.Err, 300), now.Add(Backoff(f.Attempts))
		effects := []Effect{Record{Reason: SendDeferred, Note: truncate(ev.Err, 200)}}
		return f, becomeLate(&f, f.NextAttemptAt, truncate(ev.Err, 300), effects), nil
	}
	f.State, f.LastError = Failed, truncate(ev.Err, 300)
	return f, []Effect{Record{Reason: SendFailed, Note: truncate(ev.Err, 200)}, Notify{Notice: NoticeSendFailed, Err: truncate(ev.Err, 300)}}, nil
}

// WaitsForOwner reports whether the letter may only leave on the owner's
// explicit "send", even in auto mode: no recipient yet, the mail that
// caused it was automated (RFC 3834: never answer such mail
// automatically), it was read with low confidence, or its text holds the
// owner's own words (OwnerMade).
func (f Followup) WaitsForOwner(p Policy) bool {
	return !p.Auto || f.Recipient.Email == "" || f.SourceAutomated || f.NeedsReply || p.noReply(f.Recipient.Email) || f.OwnerMade()
}

// OwnerMade reports whether the letter's text was made from the owner's
// answer (an edited letter or notes). What the owner writes to followupd
// may be a note meant for followupd only ("I already wrote to Sam, please
// cancel this one"), read as the letter or woven into it: such a version
// never leaves without the owner's explicit "send", whatever the mode.
func (f Followup) OwnerMade() bool {
	return f.Edited || strings.TrimSpace(f.Notes) != ""
}

func (p Policy) noReply(addr string) bool { return p.NoReply != nil && p.NoReply(addr) }

// Cancellable reports whether a follow-up in this state may still be
// cancelled: it has not been handed to the mail server (or may not have
// been, after a crash) and is not final.
func (s State) Cancellable() bool { return CanMove(s, Cancelled) }

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
