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

// addThankYous creates the thank-yous an interview calls for (see
// thankYouTargets).
func (h *handling) addThankYous(app *followup.Application, iv *followup.Interview, automated bool) error {
	for _, t := range h.e.thankYouTargets(*iv) {
		if err := h.addThankYou(app, iv, t.f, automated); err != nil {
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
// panel and time after an update, person by person (see personOf: a
// letter to someone known by name only is theirs, before and after the
// owner gave it an address): letters to people no longer on the panel are
// cancelled (the owner is told about those they were shown), newcomers
// get a letter, group letters greet the new names, and a letter without
// a recipient takes the address the panel now gives its person. When the
// interview moved (old is its previous start), letters not yet approved
// are drafted again for the new time; a letter the owner approved to
// someone still on the panel is kept and planned again after the new end.
func (h *handling) reconcileThankYous(app *followup.Application, iv *followup.Interview, automated bool, old time.Time) error {
	targets := h.e.thankYouTargets(*iv)
	fus, err := h.tx.InterviewFollowups(iv.ID)
	if err != nil {
		return err
	}
	covered := make([]bool, len(targets))
	var pending []followup.Followup
	for _, f := range fus {
		i := h.e.targetOf(*iv, targets, &f)
		switch f.State {
		case followup.Cancelled:
			reason, err := h.tx.CancelReason(f.ID)
			if err != nil {
				return err
			}
			if i >= 0 && !reason.Undoable() {
				covered[i] = true // the owner's decision (or their own letter) stands
			}
		case followup.Sent, followup.Sending, followup.Unknown:
			if i >= 0 {
				covered[i] = true
			}
		default:
			pending = append(pending, f)
		}
	}
	// Letters to who left (or a second letter to one person) are
	// cancelled first, so that the ones kept can take their new greeting.
	type kept struct {
		f followup.Followup
		t target
	}
	var keep []kept
	for _, f := range pending {
		if i := h.e.targetOf(*iv, targets, &f); i >= 0 && !covered[i] {
			covered[i] = true
			keep = append(keep, kept{f, targets[i]})
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
		f, t := &keep[i].f, keep[i].t
		f.Zone, f.Country = iv.Zone, iv.Country
		found := false
		switch {
		case f.Recipient.Email == "" && t.person.Email != "":
			found = true // their address is known now: see below
		case t.person == (followup.Person{}) || strings.EqualFold(f.Recipient.Email, t.f.Recipient.Email):
			f.GreetNames = t.f.GreetNames
			if t.f.Recipient.Name != "" {
				f.Recipient.Name = t.f.Recipient.Name
			}
		case f.GreetNames != "":
			// Their letter, at the address the owner gave: it keeps it.
			f.GreetNames = t.person.Name
		}
		if old.IsZero() || f.EventAt.Equal(iv.End) {
			if err := h.tx.SaveFollowup(f, followup.NoReason, "", h.now); err != nil {
				return err
			}
		} else if err := h.moveThankYou(app, iv, f, old); err != nil {
			return err
		}
		if found {
			if _, err := h.e.decide(h.tx, f, followup.AddressFound{To: t.f.Recipient}, h.now, about{}); err != nil {
				return err
			}
		}
	}
	for i, t := range targets {
		if covered[i] {
			continue
		}
		if err := h.addThankYou(app, iv, t.f, automated); err != nil {
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
// a letter to the arranger gives way to one letter per interviewer; when
// the letters are one per interviewer already, they are reconciled with
// the panel (a letter without a recipient takes its person's address).
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
	asked := false
	for _, f := range fus {
		if f.State == followup.Cancelled {
			continue
		}
		if _, ok := h.e.personOf(*iv, &f); ok {
			// The letters are personal already: each person's keeps its
			// place, a letter without a recipient takes the address now
			// known, and newcomers get theirs.
			return h.reconcileThankYous(app, iv, r.Automated, time.Time{})
		}
		asked = asked || f.State != followup.Drafted
	}
	if asked {
		return nil // the owner was asked about the group letter already
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
