package engine

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/classify"
	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/schedule"
	"github.com/followupd/followupd/internal/store"
)

// maxAttempts is how many temporary failures a follow-up survives before
// it is failed and the owner told.
const maxAttempts = 12

// maxRenderAttempts is how many times a draft whose templates fail is
// tried (with backoff: 1, 2, 4, 8 minutes apart) before its follow-up is
// failed and the owner told once. A template does not mend by itself.
const maxRenderAttempts = 5

// policy is what followup.Step needs of the configuration in force.
func (e *Engine) policy() followup.Policy {
	return followup.Policy{Auto: e.Config().Approval.Mode == "auto", MaxSendAttempts: maxAttempts,
		MaxRenderAttempts: maxRenderAttempts, NoReply: classify.IsNoReply}
}

// about is what the words of the owner's mail need beyond the follow-up.
type about struct {
	moved string // for Moved: "The interview with Acme moved from … to …."
}

// decide runs one event through followup.Step for f and applies the
// effects it returns, in order, in tx; f becomes the follow-up as
// recorded. It returns the effects, so that the caller acts on those that
// wait for the commit (Send, ReportRenderFailure). A template failure is
// a renderError, returned before anything about f is written.
func (e *Engine) decide(tx *store.Tx, f *followup.Followup, ev followup.Event, now time.Time, ab about) ([]followup.Effect, error) {
	next, effects, err := followup.Step(*f, ev, now, e.policy())
	if err != nil {
		return nil, fmt.Errorf("follow-up %d: %w", f.ID, err)
	}
	var d compose.Draft
	for _, eff := range effects {
		var err error
		switch x := eff.(type) {
		case followup.Draft:
			if d, err = e.draft(tx, &next); err == nil && !next.Edited {
				next.Subject, next.Body = d.Subject, d.Body
			}
		case followup.Plan:
			var slot schedule.Slot
			if slot, _, err = e.plan(&next, x.At); err == nil {
				next.DueAt, next.Deadline, next.Late = slot.SendAt, slot.Deadline, slot.Late
			}
		case followup.AskOwner:
			err = e.queueApproval(tx, &next, d, x, now)
		case followup.Record:
			err = tx.SaveFollowup(&next, x.Reason, x.Note, now)
		case followup.Notify:
			subject, text := e.noticeText(&next, x, ab)
			err = e.queueNotice(tx, next.ID, subject, text, now)
		case followup.Confirm:
			err = e.queueConfirmation(tx, &next, e.confirmation(&next, x.What), now)
		case followup.AskSent:
			err = e.askAfterCrash(tx, &next, now)
		}
		if err != nil {
			return nil, err
		}
	}
	*f = next
	return effects, nil
}

// hasEffect reports whether effects hold one of type T.
func hasEffect[T followup.Effect](effects []followup.Effect) bool {
	for _, e := range effects {
		if _, ok := e.(T); ok {
			return true
		}
	}
	return false
}

// cancel runs a Cancel for each of fus (Step leaves alone those already
// sent or cancelled): the owner is told about those they were shown.
func (e *Engine) cancel(tx *store.Tx, fus []followup.Followup, reason followup.Reason, now time.Time) error {
	for i := range fus {
		f := &fus[i]
		effects, err := e.decide(tx, f, followup.Cancel{Reason: reason}, now, about{})
		if err != nil {
			return err
		}
		if len(effects) > 0 {
			e.Logger.Info("follow-up cancelled", "followup", f.ID, "reason", reason)
		}
	}
	return nil
}

// cancelFeedback cancels an application's pending feedback request when
// this message is newer than the rejection it answers: a message written
// before the rejection (read late: INBOX order is not the writing order)
// changes nothing.
func (h *handling) cancelFeedback(appID int64, reason followup.Reason) error {
	fus, err := h.tx.ApplicationFollowups(appID)
	if err != nil {
		return err
	}
	received := h.rec.ReceivedAt.Truncate(time.Millisecond) // as the store keeps times
	fus = slices.DeleteFunc(fus, func(f followup.Followup) bool { return f.Kind != followup.Feedback || f.EventAt.After(received) })
	return h.e.cancel(h.tx, fus, reason, h.now)
}

// cancelKind cancels an application's follow-ups of a kind that have not
// been handed to the mail server yet.
func (h *handling) cancelKind(appID int64, kind followup.Kind, reason followup.Reason) error {
	fus, err := h.tx.ApplicationFollowups(appID)
	if err != nil {
		return err
	}
	fus = slices.DeleteFunc(fus, func(f followup.Followup) bool { return f.Kind != kind })
	return h.e.cancel(h.tx, fus, reason, h.now)
}

// cancelInterview cancels an interview's thank-yous that have not been
// handed to the mail server yet.
func (h *handling) cancelInterview(ivID int64, reason followup.Reason) error {
	fus, err := h.tx.InterviewFollowups(ivID)
	if err != nil {
		return err
	}
	return h.e.cancel(h.tx, fus, reason, h.now)
}

// noticeText words a notice about f for the owner.
func (e *Engine) noticeText(f *followup.Followup, n followup.Notify, ab about) (subject, text string) {
	rt, read := recipientText(f), n.Answer.Read
	loc, _, _ := e.zoneAndCountry(f.Zone)
	switch n.Notice {
	case followup.NoticeCancelled:
		return "Cancelled: " + f.Subject, "The " + string(f.Kind) + " to " + rt + " will not be sent: " + n.Reason.Text() + "."
	case followup.NoticeNotSent:
		return "Not sent: " + f.Subject, "The " + string(f.Kind) + " to " + rt + " was not sent: " + n.Reason.Text() + "."
	case followup.NoticeMovedApproved:
		return "Interview moved: approved thank-you postponed",
			fmt.Sprintf("%s\nThe thank-you to %s that you approved now leaves %s.", ab.moved, rt, f.DueAt.In(loc).Format("Mon 2 Jan 15:04 MST"))
	case followup.NoticeMovedWithdrawn:
		return "Interview moved: thank-you postponed",
			ab.moved + "\nThe thank-you you were asked about is withdrawn; a new draft will come after the new time."
	case followup.NoticeOlderDraft:
		return "Not done: that was an older draft",
			fmt.Sprintf("Your answer (%q) refers to version %d of the %s to %s, but it has changed since (now version %d). Answer the newest approval request instead.",
				read, n.Version, f.Kind, rt, f.Version)
	case followup.NoticeAlreadySent:
		return "Already sent", fmt.Sprintf("The %s to %s was already sent; your answer (%q) changes nothing.", f.Kind, rt, read)
	case followup.NoticeAlreadyCancelled:
		return "Already cancelled", fmt.Sprintf("The %s to %s was cancelled; your answer (%q) changes nothing.", f.Kind, rt, read)
	case followup.NoticeBeingSent:
		return "Being sent", fmt.Sprintf("The %s to %s is being sent right now; your answer (%q) came too late to change it.", f.Kind, rt, read)
	case followup.NoticeYesOrNo:
		return "Not done: please answer send, sent or cancel",
			fmt.Sprintf("Your answer (%q) to \"Did it go out?\" about the %s to %s could mean either thing, so nothing was done. Answer the question again with:\n  sent      it went out (you can see it in your Sent folder, or they answered it); nothing more is sent\n  send      it did not go out: send it now\n  cancel    leave it unsent",
				strings.TrimSpace(read), f.Kind, rt)
	case followup.NoticeAskedSentFirst:
		return "Not done: first say whether it went out",
			fmt.Sprintf("The %s to %s may already have gone out (followupd stopped while sending it), so it cannot be changed yet. Answer \"Did it go out?\" first with:\n  sent      it went out; nothing more is sent\n  send      it did not go out: send it now\n  cancel    leave it unsent\nThen answer with your notes or edit, if it is still to be sent.",
				f.Kind, rt)
	case followup.NoticeAlreadyApproved:
		return "Already approved", fmt.Sprintf("The %s to %s is already scheduled for %s; nothing changed.", f.Kind, rt, e.bothClocks(f.DueAt, loc))
	case followup.NoticeNoAddress:
		return "Not sent: no address to send it to",
			"This letter has no human recipient yet. Answer the approval request with the address to use (to: name@example.com), then approve the new version."
	case followup.NoticeNoReplyAddress:
		return "Not done: that is a no-reply address",
			fmt.Sprintf("%s looks like an address nobody reads; followupd never writes to one. Answer with another address (to: name@example.com).", n.Answer.To.Email)
	case followup.NoticeLate:
		why := "it was due while followupd could not send it (the computer was asleep, or followupd was stopped)"
		if n.Err != "" {
			why = "the mail server has refused it so far (" + n.Err + ")"
		}
		next := later(f.DueAt, f.NextAttemptAt)
		return "Late: " + f.Subject, fmt.Sprintf("The %s to %s was to go by %s, but %s.\nIt goes at %s at the earliest, within their business hours, and now counts as late. Nothing else changes: it is sent once, and followupd status shows it.",
			f.Kind, rt, e.bothClocks(f.Deadline, loc), why, e.bothClocks(next, loc))
	case followup.NoticeSendFailed:
		return "Failed: " + f.Subject, "The " + string(f.Kind) + " to " + rt + " could not be sent: the server said " + n.Err + ".\nNothing more will be tried."
	}
	return "Not understood: nothing was done",
		fmt.Sprintf("I read your answer about the %s to %s (%q) as:\n\n    %s\n\nand did not act on it: the letter %s. Answer this message or the approval request with one of these on the first line:\n  send          send it at the planned time\n  cancel        do not send it\n  notes: ...    what you discussed or promised; the letter is redrafted\n  to: address   send it to this address instead\nOr answer the approval request with the whole letter edited, keeping the two marker lines around it; it comes back for a final yes.",
			f.Kind, rt, f.Subject, strings.ReplaceAll(strings.TrimSpace(read), "\n", "\n    "), e.stateInWords(f))
}

// confirmation words what a confirmation confirms.
func (e *Engine) confirmation(f *followup.Followup, c followup.Confirmation) string {
	switch c {
	case followup.ConfirmSent:
		return "Sent"
	case followup.ConfirmCancelled:
		return "Cancelled"
	case followup.ConfirmRecordedSent:
		return "Recorded as sent"
	}
	loc, _, _ := e.zoneAndCountry(f.Zone)
	what := "Scheduled for " + e.bothClocks(f.DueAt, loc)
	if f.Late {
		what += ", late"
	}
	return what
}

func recipientText(f *followup.Followup) string {
	if f.Recipient.Email == "" {
		if f.GreetNames != "" {
			return f.GreetNames
		}
		return "(no recipient yet)"
	}
	return f.Recipient.String()
}
