package engine

// The thank-yous an interview calls for, and keeping them in line with
// the interview as it changes.

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/classify"
	"github.com/followupd/followupd/internal/store"
)

// holdAmbiguous puts on hold the thank-yous of the interviews a message
// may be about (what tells them apart is missing): they leave only on
// the owner's explicit "send", and the owner is told what arrived and why
// nothing was moved or cancelled.
func (h *handling) holdAmbiguous(app *followup.Application, ivs []followup.Interview, what string) error {
	var lines []string
	for _, iv := range ivs {
		loc, _, _ := h.e.zoneAndCountry(iv.Zone)
		line := "  - " + iv.Start.In(loc).Format("Mon 2 Jan 15:04 MST")
		var names []string
		for _, p := range iv.People {
			if p.Name != "" {
				names = append(names, p.Name)
			} else if p.Email != "" {
				names = append(names, p.Email)
			}
		}
		if len(names) > 0 {
			line += " with " + strings.Join(names, ", ")
		}
		lines = append(lines, line)
		fus, err := h.tx.InterviewFollowups(iv.ID)
		if err != nil {
			return err
		}
		for i := range fus {
			if _, err := h.e.decide(h.tx, &fus[i], followup.Hold{What: what}, h.now, about{}); err != nil {
				return err
			}
		}
	}
	sender := ""
	if len(h.msg.From) > 0 {
		sender = h.msg.From[0].String()
	}
	which := "which of these interviews it is about"
	if len(ivs) == 1 {
		which = "whether it is about this interview"
	}
	h.rec.Note = "unclear which interview: thank-yous on hold, owner asked"
	h.log.Info("message about an interview that cannot be told apart: thank-yous on hold", "interviews", len(ivs))
	return h.e.queueNotice(h.tx, 0, "Which interview? Thank-yous on hold",
		fmt.Sprintf("%s wrote (subject %q): it %s, but I cannot tell %s with %s:\n\n%s\n\nNothing was moved or cancelled. Their thank-yous now leave only on your explicit \"send\": answer \"send\" to the approval request of an interview that took place, \"cancel\" to the others.",
			sender, h.msg.Subject, what, which, companyText(app), strings.Join(lines, "\n")), h.now)
}

// maxPersonalThankYous is the most interviewers who each get their own
// thank-you. A longer list (an assessment day, a panel, an event read as
// an interview, other candidates among the attendees) gets one letter to
// the person who arranged it instead of dozens of letters.
const maxPersonalThankYous = 6

// thankYouTargets returns the letters an interview calls for: one per
// interviewer with an address (at most maxPersonalThankYous of them), or
// one to the person who arranged it greeting everyone, or (no human
// address at all) one without a recipient, for which the owner is asked.
// Only Recipient and GreetNames are set.
func (h *handling) thankYouTargets(iv *followup.Interview) []followup.Followup {
	var targets []followup.Followup
	for _, p := range h.e.addressed(*iv) {
		targets = append(targets, followup.Followup{Recipient: followup.Person{Name: p.Name, Email: strings.ToLower(p.Email)}})
	}
	big := len(targets) > maxPersonalThankYous
	if big {
		targets = nil
	}
	if len(targets) == 0 {
		var names []string
		for _, p := range iv.People {
			if p.Name != "" {
				names = append(names, p.Name)
			}
		}
		greet := strings.Join(names, ", ")
		if big {
			greet = fmt.Sprintf("everyone at the interview (%d people)", len(iv.People))
		}
		rcpt := iv.Arranger
		if classify.IsNoReply(rcpt.Email) {
			rcpt = followup.Person{}
		}
		rcpt.Email = strings.ToLower(rcpt.Email)
		targets = append(targets, followup.Followup{Recipient: rcpt, GreetNames: greet})
	}
	return targets
}

// addressed returns the interviewers who could each get a letter: those
// with an address that is neither a no-reply one nor the owner's.
func (e *Engine) addressed(iv followup.Interview) []followup.Person {
	var out []followup.Person
	for _, p := range iv.People {
		if p.Email != "" && !classify.IsNoReply(p.Email) && !e.isOwner(p.Email) {
			out = append(out, p)
		}
	}
	return out
}

// bigPanel reports whether an interview lists too many interviewers with
// an address for a letter each (see maxPersonalThankYous).
func (e *Engine) bigPanel(iv followup.Interview) bool {
	return len(e.addressed(iv)) > maxPersonalThankYous
}

// addThankYous creates the thank-yous an interview calls for (see
// thankYouTargets).
func (h *handling) addThankYous(app *followup.Application, iv *followup.Interview, automated bool) error {
	for _, t := range h.thankYouTargets(iv) {
		if err := h.addThankYou(app, iv, t, automated); err != nil {
			return err
		}
	}
	return nil
}

// addThankYou creates one thank-you for target, asked about at the end of
// the interview. A letter that exists already is left as it is.
func (h *handling) addThankYou(app *followup.Application, iv *followup.Interview, f followup.Followup, automated bool) error {
	f.Kind, f.ApplicationID, f.InterviewID, f.State = followup.ThankYou, app.ID, iv.ID, followup.Drafted
	f.MessageID = h.e.newMessageID("thanks")
	f.SourceMessage, f.SourceAutomated, f.NeedsReply = h.msg.MessageID, automated, h.class.Confidence < autoConfidence || h.mustAsk
	f.Zone, f.Country, f.EventAt, f.RequestAt = iv.Zone, iv.Country, iv.End, iv.End
	f.Language = h.e.letterLanguage(h.class.Language)
	wrote := false
	if f.Recipient.Email != "" {
		var err error
		if wrote, err = h.tx.OwnerWroteTo(f.Recipient.Email, iv.Start); err != nil {
			return err
		}
	}
	if err := h.tx.AddFollowup(&f, h.now); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil
		}
		return err
	}
	if wrote {
		// The owner's letter was read first (Sent and the inbox are read
		// in parallel): as onSent would have done, ours is not sent.
		h.log.Info("thank-you not needed: the owner already wrote", "followup", f.ID)
		_, err := h.e.decide(h.tx, &f, followup.Cancel{Reason: followup.OwnerWrote}, h.now, about{})
		return err
	}
	h.log.Info("thank-you planned", "followup", f.ID, "ask_owner_at", iv.End)
	return nil
}

// reconcileThankYous brings an interview's thank-yous in line with its
// panel and time after an update: letters to people no longer on the
// panel are cancelled (the owner is told about those they were shown),
// newcomers get a letter, group letters greet the new names. When the
// interview moved (old is its previous start), letters not yet approved
// are drafted again for the new time; a letter the owner approved to
// someone still on the panel is kept and planned again after the new end.
func (h *handling) reconcileThankYous(app *followup.Application, iv *followup.Interview, automated bool, old time.Time) error {
	targets := h.thankYouTargets(iv)
	want := map[string]followup.Followup{}
	for _, t := range targets {
		want[t.Recipient.Email] = t
	}
	fus, err := h.tx.InterviewFollowups(iv.ID)
	if err != nil {
		return err
	}
	covered := map[string]bool{}
	var pending []followup.Followup
	for _, f := range fus {
		key := strings.ToLower(f.Recipient.Email)
		_, on := want[key]
		switch f.State {
		case followup.Cancelled:
			reason, err := h.tx.CancelReason(f.ID)
			if err != nil {
				return err
			}
			if on && !reason.Undoable() {
				covered[key] = true // the owner's decision (or their own letter) stands
			}
		case followup.Sent, followup.Sending, followup.Unknown:
			covered[key] = covered[key] || on
		default:
			pending = append(pending, f)
		}
	}
	// Letters to who left (or a second letter to one person) are
	// cancelled first, so that the ones kept can take their new greeting.
	var keep []followup.Followup
	for _, f := range pending {
		key := strings.ToLower(f.Recipient.Email)
		if _, on := want[key]; on && !covered[key] {
			covered[key] = true
			keep = append(keep, f)
			continue
		}
		reason := followup.LeftPanel
		if h.e.bigPanel(*iv) && f.Recipient.Email != "" && hasInterviewer(*iv, f.Recipient.Email) {
			reason = followup.BigPanel
		}
		if err := h.e.cancel(h.tx, []followup.Followup{f}, reason, h.now); err != nil {
			return err
		}
	}
	for i := range keep {
		f := &keep[i]
		t := want[strings.ToLower(f.Recipient.Email)]
		f.GreetNames, f.Zone, f.Country = t.GreetNames, iv.Zone, iv.Country
		if t.Recipient.Name != "" {
			f.Recipient.Name = t.Recipient.Name
		}
		if old.IsZero() || f.EventAt.Equal(iv.End) {
			if err := h.tx.SaveFollowup(f, followup.NoReason, "", h.now); err != nil {
				return err
			}
			continue
		}
		if err := h.moveThankYou(app, iv, f, old); err != nil {
			return err
		}
	}
	for _, t := range targets {
		if covered[t.Recipient.Email] {
			continue
		}
		if err := h.addThankYou(app, iv, t, automated); err != nil {
			return err
		}
	}
	return nil
}

// moveThankYou plans a pending thank-you again after its interview moved
// from old to iv.Start (see followup.Moved): a letter the owner approved
// keeps its approval and leaves after the new end; any other is drafted
// again and asked about after the new end.
func (h *handling) moveThankYou(app *followup.Application, iv *followup.Interview, f *followup.Followup, old time.Time) error {
	loc, _, _ := h.e.zoneAndCountry(iv.Zone)
	moved := fmt.Sprintf("The interview with %s moved from %s to %s.", companyText(app), old.In(loc).Format("Mon 2 Jan 15:04 MST"), iv.Start.In(loc).Format("Mon 2 Jan 15:04 MST"))
	_, err := h.e.decide(h.tx, f, followup.Moved{End: iv.End}, h.now, about{moved: moved})
	return err
}

// companyText names the application's employer for the owner.
func companyText(app *followup.Application) string {
	if app.Company != "" {
		return app.Company
	}
	if app.Role != "" {
		return "the " + app.Role + " team"
	}
	return "the employer"
}

// learnMore takes what a second message about a known interview adds (a
// calendar UID, interviewers' addresses): while nobody has been asked yet,
// a letter to the arranger gives way to one letter per interviewer.
func (h *handling) learnMore(app *followup.Application, iv *followup.Interview, r classify.Result, people []followup.Person) error {
	changed := false
	if iv.CalendarUID == "" && r.CalendarUID != "" {
		iv.CalendarUID, iv.Sequence, changed = r.CalendarUID, r.Sequence, true
	}
	if withEmail(people) > withEmail(iv.People) {
		iv.People, changed = people, true
	}
	if !changed {
		return nil
	}
	if err := h.tx.SaveInterview(iv, h.now); err != nil {
		return err
	}
	fus, err := h.tx.InterviewFollowups(iv.ID)
	if err != nil {
		return err
	}
	for _, f := range fus {
		if f.State == followup.Cancelled {
			continue
		}
		if f.State != followup.Drafted || (f.GreetNames == "" && f.Recipient.Email != "" && hasInterviewer(*iv, f.Recipient.Email)) {
			return nil // someone was asked already, or the letters are personal already
		}
	}
	if err := h.e.cancel(h.tx, fus, followup.AddressesKnown, h.now); err != nil {
		return err
	}
	return h.addThankYous(app, iv, r.Automated)
}

func withEmail(ps []followup.Person) int {
	n := 0
	for _, p := range ps {
		if p.Email != "" {
			n++
		}
	}
	return n
}
