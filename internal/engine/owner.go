package engine

// The owner's own letters and calendar answers, read in the Sent folder
// (or as copies to self): they make our letters unnecessary, or call an
// interview off.

import (
	"errors"
	"strings"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/message"
	"github.com/followupd/followupd/internal/store"
)

// onSent looks at mail the owner sent by hand: a message to an interviewer
// after the interview began makes our thank-you to them unnecessary; a
// message to the rejection's sender after it arrived, or an answer in its
// thread, makes our feedback request unnecessary.
// A copy of our own follow-up confirms it went out.
func (h *handling) onSent() error {
	m := h.msg
	sentAt := h.rec.ReceivedAt
	if h.class.Automated && len(m.Events) == 0 {
		// The owner's vacation responder, filed in Sent: no letter of
		// theirs, so it makes no thank-you or feedback request unnecessary.
		h.rec.Note = "an automatic reply from the owner's mailbox: not a letter"
		return nil
	}
	if err := h.onDeclined(); err != nil {
		return err
	}
	var to []string
	for _, a := range addrs(m.To, m.Cc) {
		if !h.e.isOwner(a.Email) {
			to = append(to, a.Email)
		}
	}
	if err := h.tx.RecordOwnerLetter(m.MessageID, to, append(append([]string{}, m.InReplyTo...), m.References...), sentAt); err != nil {
		return err
	}
	for _, a := range addrs(m.To, m.Cc) {
		fus, err := h.tx.FollowupsTo(a.Email)
		if err != nil {
			return err
		}
		for i := range fus {
			if !fus[i].State.Cancellable() {
				continue
			}
			since := fus[i].EventAt // a feedback request: after the rejection
			if fus[i].Kind == followup.ThankYou {
				iv, err := h.tx.Interview(fus[i].InterviewID)
				if err != nil {
					return err
				}
				since = iv.Start // a thank-you: after the interview began
			}
			if sentAt.Before(since) {
				continue
			}
			if err := h.e.cancel(h.tx, fus[i:i+1], followup.OwnerWrote, h.now); err != nil {
				return err
			}
		}
	}
	for _, id := range append(append([]string{}, m.InReplyTo...), m.References...) {
		fus, err := h.tx.FeedbackAnswering(id)
		if err != nil {
			return err
		}
		if err := h.e.cancel(h.tx, fus, followup.OwnerAnswered, h.now); err != nil {
			return err
		}
	}
	return nil
}

// onDeclined acts on the owner's calendar answer declining an invitation
// (RFC 5546 REPLY with the owner's PARTSTAT=DECLINED): the owner will not
// attend, so the interview is off and its thank-yous are cancelled. Read
// before the invitation (the Sent folder is read in parallel with the
// inbox), it is remembered as a cancelled interview of the application
// the organiser's domain names, so that the invitation read later is
// known to be declined. A decline of an older version (SEQUENCE) than the
// invitation in force changes nothing.
func (h *handling) onDeclined() error {
	for _, ev := range h.msg.Events {
		if !strings.EqualFold(ev.Method, "REPLY") || ev.Nested || ev.UID == "" {
			continue
		}
		declined := false
		for _, a := range ev.Attendees {
			if h.e.isOwner(a.Email) && strings.EqualFold(a.PartStat, "DECLINED") {
				declined = true
			}
		}
		if !declined {
			continue
		}
		iv, err := h.tx.InterviewByUID(ev.UID)
		if errors.Is(err, store.ErrNotFound) {
			if err := h.declinedFirst(ev); err != nil {
				return err
			}
			continue
		}
		if err != nil {
			return err
		}
		if ev.Sequence < iv.Sequence || iv.State == followup.InterviewCancelled {
			continue
		}
		iv.State = followup.InterviewCancelled
		if err := h.tx.SaveInterview(&iv, h.now); err != nil {
			return err
		}
		h.rec.Note = "the owner declined the invitation"
		h.log.Info("the owner declined an interview: its thank-yous are cancelled", "interview", iv.ID)
		if err := h.cancelInterview(iv.ID, followup.OwnerDeclined); err != nil {
			return err
		}
	}
	return nil
}

// ownerDeclined reports whether the owner's decline of the interview
// stands: the invitation in hand still shows the owner's DECLINED, or
// (when it neither shows them accepting nor moves the interview) its
// thank-yous were cancelled because the owner declined.
func (h *handling) ownerDeclined(iv *followup.Interview, uid string, moved bool) (bool, error) {
	switch h.ownerPartStat(uid) {
	case "DECLINED":
		return true, nil
	case "ACCEPTED", "TENTATIVE":
		return false, nil
	}
	if moved {
		return false, nil
	}
	if iv.SourceMessage != "" {
		// A decline read before its invitation left this interview,
		// cancelled, with the owner's decline as its source.
		mine, err := h.tx.IsOwnerLetter(iv.SourceMessage)
		if err != nil || mine {
			return mine, err
		}
	}
	fus, err := h.tx.InterviewFollowups(iv.ID)
	if err != nil {
		return false, err
	}
	for _, f := range fus {
		if f.State != followup.Cancelled {
			continue
		}
		reason, err := h.tx.CancelReason(f.ID)
		if err != nil {
			return false, err
		}
		if reason == followup.OwnerDeclined {
			return true, nil
		}
	}
	return false, nil
}

// ownerPartStat is the owner's answer (PARTSTAT, upper case) that the
// message's calendar event with uid shows, "" when it shows none.
func (h *handling) ownerPartStat(uid string) string {
	for _, ev := range h.msg.Events {
		if uid == "" || ev.UID != uid {
			continue
		}
		for _, a := range ev.Attendees {
			if h.e.isOwner(a.Email) && a.PartStat != "" {
				return strings.ToUpper(a.PartStat)
			}
		}
	}
	return ""
}

// declinedFirst remembers a decline read before its invitation.
func (h *handling) declinedFirst(ev message.Event) error {
	domain := employerDomain(ev.Organizer.Email)
	app, err := h.tx.FindApplication(h.class.Company, h.class.Reference, domain)
	if errors.Is(err, store.ErrNotFound) {
		if domain == "" || ev.UID == "" {
			h.rec.Note = "the owner declined an invitation not known"
			return nil
		}
		// Nothing from this employer read yet (the first scan reads the
		// mailboxes in parallel): remember the decline under a new
		// application, which the invitation, when read, will find.
		app = followup.Application{Company: h.class.Company, Reference: h.class.Reference, Domain: domain, Stage: followup.Interviewing,
			LastEvent: "you declined an interview"}
		if err := h.tx.SaveApplication(&app, h.now); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	start := ev.Start
	if start.IsZero() {
		start = h.rec.ReceivedAt
	}
	_, zone, country := h.e.zoneAndCountry(calendarZone(ev.Zone, []message.Event{ev}, domain, ""))
	h.rec.Note = "the owner declined an invitation not read yet: remembered"
	tomb := followup.Interview{ApplicationID: app.ID, CalendarUID: ev.UID, Sequence: ev.Sequence, Start: start, End: start,
		Zone: zone, Country: country, State: followup.InterviewCancelled, SourceMessage: h.msg.MessageID}
	return h.tx.SaveInterview(&tomb, h.now)
}
