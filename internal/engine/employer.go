package engine

// Employer mail, classified: what each kind of message does to an
// application, its interviews and its letters.

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/classify"
	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/mail/message"
	"github.com/followupd/followupd/internal/store"
)

// autoConfidence: in auto mode, a follow-up caused by a message classified
// with less confidence than this still waits for the owner's "send".
const autoConfidence = 0.9

// feedbackMaxAge: a rejection older than this when first seen (on the first
// scan of the inbox) is recorded but not answered.
const feedbackMaxAge = 7 * 24 * time.Hour

func (h *handling) onEmployerMail() error {
	r := h.class
	h.rec.Kind, h.rec.Confidence = string(r.Kind), r.Confidence
	from := ""
	if len(h.msg.From) > 0 {
		from = h.msg.From[0].Email
	}
	domain := employerDomain(r.ReplyTo)
	if domain == "" {
		domain = employerDomain(from)
	}
	if domain == "" {
		domain = personalKey(r.ReplyTo, from)
	}
	h.log.Info("message classified", "kind", r.Kind, "confidence", r.Confidence, "company", r.Company)
	if r.Kind == classify.Other {
		return h.onOtherMail(r, domain)
	}
	app, err := h.application(r, domain)
	if err != nil {
		return err
	}
	h.rec.ApplicationID = app.ID
	if err := h.heardFrom(app.ID, r.Kind); err != nil {
		return err
	}
	if err := h.byKind(&app, r); err != nil {
		return err
	}
	return h.promised(app.ID, r)
}

// byKind acts on a classified employer message about an application.
func (h *handling) byKind(app *followup.Application, r classify.Result) error {
	switch r.Kind {
	case classify.InterviewScheduled:
		return h.onInterview(app, r)
	case classify.InterviewCancelled:
		return h.onInterviewCancelled(app, r)
	case classify.Rejection:
		return h.onRejection(app, r)
	case classify.Offer:
		app.Stage, app.LastEvent = followup.Offer, "offer received "+h.rec.ReceivedAt.Format("Mon 2 Jan")
		if err := h.cancelFeedback(app.ID, followup.OfferArrived); err != nil {
			return err
		}
	case classify.InterviewInvitation:
		older, err := h.olderThanRejection(app)
		if err != nil {
			return err
		}
		if older {
			h.rec.Note = "written before the rejection already read: the application stays rejected"
			break
		}
		if app.Stage != followup.InterviewScheduled {
			app.Stage = followup.Interviewing
		}
		app.LastEvent = "invited to interview"
		if err := h.cancelFeedback(app.ID, followup.EmployerWrote); err != nil {
			return err
		}
	case classify.ApplicationReceived:
		if app.LastEvent == "" {
			app.LastEvent = "application received"
		}
	}
	return h.tx.SaveApplication(app, h.now)
}

// onOtherMail: a human message from an employer whose rejection is
// awaiting a feedback request makes that request pointless (they wrote
// again); bulk mail does not count.
func (h *handling) onOtherMail(r classify.Result, domain string) error {
	if r.Automated || domain == "" {
		return nil
	}
	app, err := h.tx.FindApplication("", "", domain)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	h.rec.ApplicationID = app.ID
	if err := h.heardFrom(app.ID, r.Kind); err != nil {
		return err
	}
	if err := h.cancelFeedback(app.ID, followup.EmployerWrote); err != nil {
		return err
	}
	return h.promised(app.ID, r)
}

func (h *handling) onInterview(app *followup.Application, r classify.Result) error {
	if r.Start.IsZero() {
		h.rec.Note = "interview without a time: nothing to plan"
		return h.tx.SaveApplication(app, h.now)
	}
	end := r.End
	if end.IsZero() || !end.After(r.Start) {
		end = r.Start.Add(time.Hour) // no stated end: plan from a one-hour interview
	}
	zoneName := calendarZone(r.Zone, h.msg.Events, app.Domain, r.ReplyTo)
	if zoneName == "" && r.Start.Location() != time.UTC && r.Start.Location() != time.Local {
		zoneName = r.Start.Location().String()
	}
	if zoneName == "" {
		zoneName = guessZone(app.Domain, r.ReplyTo)
	}
	zoneName, country := h.e.recipientZone(zoneName)
	people := make([]followup.Person, 0, len(r.Interviewers))
	for _, p := range r.Interviewers {
		people = append(people, followup.Person{Name: p.Name, Email: strings.ToLower(p.Email)})
	}
	arranger := followup.Person{Email: r.ReplyTo}
	if len(h.msg.From) > 0 && strings.EqualFold(h.msg.From[0].Email, r.ReplyTo) {
		arranger.Name = h.msg.From[0].Name
	}
	// Written before the rejection that was read first: the rejection
	// stands; the interview is recorded but never thanked for.
	if older, err := h.olderThanRejection(app); err != nil || older {
		if err != nil {
			return err
		}
		return h.beforeRejection(app, r, end, zoneName, country, people, arranger)
	}
	match, err := h.findInterview(app.ID, r)
	if err != nil {
		return err
	}
	if len(match.ambiguous) > 0 {
		app.LastEvent = "an interview moved to " + r.Start.Format("Mon 2 Jan 15:04 MST") + " (which one is unclear)"
		if err := h.tx.SaveApplication(app, h.now); err != nil {
			return err
		}
		return h.holdAmbiguous(app, match.ambiguous, "seems to move an interview to "+r.Start.Format("Mon 2 Jan 15:04 MST"))
	}
	existing := match.iv
	app.Stage, app.LastEvent = followup.InterviewScheduled, "interview "+r.Start.Format("Mon 2 Jan 15:04 MST")
	// A new interview makes a pending request for feedback pointless.
	if err := h.cancelFeedback(app.ID, followup.EmployerWrote); err != nil {
		return err
	}
	if existing != nil {
		return h.onReschedule(app, existing, r, end, people, arranger)
	}
	iv := followup.Interview{ApplicationID: app.ID, CalendarUID: r.CalendarUID, Sequence: r.Sequence, Start: r.Start, End: end,
		Zone: zoneName, Country: country, State: followup.InterviewOn, Arranger: arranger, People: people, SourceMessage: h.msg.MessageID}
	deadline := end.Add(h.e.Config().Policy().ThankYouDeadline)
	if !deadline.After(h.now) {
		iv.State = followup.InterviewPast
		h.rec.Note = "interview long past: recorded, no thank-you"
	}
	if r.CalendarUID == "" && iv.State == followup.InterviewOn {
		// A cancellation without a calendar UID, written after this
		// confirmation but read before it, still cancels it.
		later, err := h.tx.CancelledSince(app.ID, h.rec.ReceivedAt)
		if err != nil {
			return err
		}
		if later {
			iv.State = followup.InterviewCancelled
			h.rec.Note = "a later cancellation was already read: no thank-you"
		}
	}
	if iv.State == followup.InterviewOn && h.ownerPartStat(r.CalendarUID) == "DECLINED" {
		// The owner's calendar already declined it (an update sent to
		// them after they said no): nothing to thank for.
		iv.State = followup.InterviewCancelled
		h.rec.Note = "the invitation shows the owner declined: no thank-you"
	}
	if err := h.tx.SaveApplication(app, h.now); err != nil {
		return err
	}
	if err := h.tx.SaveInterview(&iv, h.now); err != nil {
		return err
	}
	if iv.State != followup.InterviewOn {
		return nil
	}
	return h.addThankYous(app, &iv, r.Automated)
}

// olderThanRejection reports whether the message was written before the
// rejection of a rejected application (read first: mail is not read in
// the order it was written).
func (h *handling) olderThanRejection(app *followup.Application) (bool, error) {
	if app.Stage != followup.Rejected {
		return false, nil
	}
	return h.tx.KindSince(app.ID, string(classify.Rejection), h.rec.ReceivedAt)
}

// beforeRejection records an interview from a message written before the
// application's rejection (read after it): the application stays
// rejected, its feedback request stands, and the interview, marked past,
// is never thanked for.
func (h *handling) beforeRejection(app *followup.Application, r classify.Result, end time.Time, zone, country string, people []followup.Person, arranger followup.Person) error {
	h.rec.Note = "written before the rejection already read: recorded, no thank-you"
	h.log.Info("interview message older than the rejection: no thank-you")
	if _, err := h.tx.InterviewByUID(r.CalendarUID); err == nil {
		return h.tx.SaveApplication(app, h.now)
	} else if !errors.Is(err, store.ErrNotFound) {
		return err
	}
	iv := followup.Interview{ApplicationID: app.ID, CalendarUID: r.CalendarUID, Sequence: r.Sequence, Start: r.Start, End: end,
		Zone: zone, Country: country, State: followup.InterviewPast, Arranger: arranger, People: people, SourceMessage: h.msg.MessageID}
	if err := h.tx.SaveApplication(app, h.now); err != nil {
		return err
	}
	return h.tx.SaveInterview(&iv, h.now)
}

func (h *handling) onReschedule(app *followup.Application, iv *followup.Interview, r classify.Result, end time.Time, people []followup.Person, arranger followup.Person) error {
	if r.CalendarUID != "" && r.Sequence < iv.Sequence {
		h.rec.Note = "older version of a known invitation: ignored"
		return nil
	}
	if iv.State == followup.InterviewOn && h.ownerPartStat(r.CalendarUID) == "DECLINED" {
		// An update that shows the owner's decline, read before (or
		// without) the decline itself.
		iv.State = followup.InterviewCancelled
		if err := h.tx.SaveInterview(iv, h.now); err != nil {
			return err
		}
		h.rec.Note = "the update shows the owner declined: thank-yous cancelled"
		return h.cancelInterview(iv.ID, followup.OwnerDeclined)
	}
	if iv.State == followup.InterviewCancelled {
		if r.CalendarUID == "" || r.Sequence <= iv.Sequence {
			// The cancellation was read first (mail can arrive out of order).
			h.rec.Note = "invitation to an interview already cancelled: ignored"
			return nil
		}
		// The owner's own decline stands: an organiser's update (a new
		// link, another room) does not undo it. A new time does, unless it
		// still shows the owner declining: "can we do Thursday instead?"
		declined, err := h.ownerDeclined(iv, r.CalendarUID, !r.Start.Equal(iv.Start))
		if err != nil {
			return err
		}
		if declined {
			h.rec.Note = "update of an interview the owner declined: it stays off"
			return nil
		}
		// A newer invitation after a cancellation: the interview is on again.
		iv.State, iv.Start, iv.End, iv.Sequence, iv.SourceMessage = followup.InterviewOn, r.Start, end, r.Sequence, h.msg.MessageID
		if len(people) > 0 {
			iv.People = people
		}
		if arranger.Email != "" {
			iv.Arranger = arranger
		}
		if err := h.tx.SaveApplication(app, h.now); err != nil {
			return err
		}
		if err := h.tx.SaveInterview(iv, h.now); err != nil {
			return err
		}
		h.rec.Note = "cancelled interview set again"
		return h.reconcileThankYous(app, iv, r.Automated, time.Time{})
	}
	if iv.Start.Equal(r.Start) && iv.End.Equal(end) && r.Sequence <= iv.Sequence {
		h.rec.Note = "interview already known"
		return h.learnMore(app, iv, r, people)
	}
	old := iv.Start
	iv.Start, iv.End, iv.SourceMessage = r.Start, end, h.msg.MessageID
	if r.CalendarUID != "" {
		iv.Sequence = r.Sequence
		if iv.CalendarUID == "" {
			iv.CalendarUID = r.CalendarUID
		}
	}
	if len(people) > 0 {
		iv.People = people
	}
	if err := h.tx.SaveApplication(app, h.now); err != nil {
		return err
	}
	if err := h.tx.SaveInterview(iv, h.now); err != nil {
		return err
	}
	if old.Equal(r.Start) {
		old = time.Time{} // an update of the same time: the panel may have changed
		h.rec.Note = "interview updated"
	} else {
		h.rec.Note = "interview rescheduled"
		h.log.Info("interview rescheduled", "interview", iv.ID, "from", old, "to", r.Start)
	}
	return h.reconcileThankYous(app, iv, r.Automated, old)
}

func (h *handling) onInterviewCancelled(app *followup.Application, r classify.Result) error {
	match, err := h.findInterview(app.ID, r)
	if err != nil {
		return err
	}
	if len(match.ambiguous) > 0 {
		app.LastEvent = "an interview cancelled " + h.rec.ReceivedAt.Format("Mon 2 Jan") + " (which one is unclear)"
		if err := h.tx.SaveApplication(app, h.now); err != nil {
			return err
		}
		return h.holdAmbiguous(app, match.ambiguous, "seems to cancel an interview")
	}
	iv := match.iv
	if iv != nil && r.CalendarUID != "" && iv.CalendarUID == r.CalendarUID && r.Sequence < iv.Sequence {
		// RFC 5546: a CANCEL older than the version in force (read late)
		// does not undo a newer invitation.
		h.rec.Note = fmt.Sprintf("cancellation with SEQUENCE %d older than the invitation in force (%d): ignored", r.Sequence, iv.Sequence)
		h.log.Info("stale cancellation ignored", "interview", iv.ID, "sequence", r.Sequence, "current", iv.Sequence)
		return nil
	}
	app.LastEvent = "interview cancelled " + h.rec.ReceivedAt.Format("Mon 2 Jan")
	if app.Stage == followup.InterviewScheduled {
		app.Stage = followup.Interviewing
	}
	if err := h.tx.SaveApplication(app, h.now); err != nil {
		return err
	}
	if iv == nil {
		h.rec.Note = "cancellation of an interview not known"
		if r.CalendarUID == "" {
			return nil // a later-read confirmation checks CancelledSince
		}
		// Remember it, so that the invitation, if it is read later, is
		// known to be cancelled.
		start := h.rec.ReceivedAt
		for _, ev := range h.msg.Events {
			if ev.UID == r.CalendarUID && !ev.Start.IsZero() {
				start = ev.Start
			}
		}
		_, zone, country := h.e.zoneAndCountry(calendarZone(r.Zone, h.msg.Events, app.Domain, r.ReplyTo))
		tomb := followup.Interview{ApplicationID: app.ID, CalendarUID: r.CalendarUID, Sequence: r.Sequence, Start: start, End: start,
			Zone: zone, Country: country, State: followup.InterviewCancelled, SourceMessage: h.msg.MessageID}
		return h.tx.SaveInterview(&tomb, h.now)
	}
	iv.State = followup.InterviewCancelled
	if err := h.tx.SaveInterview(iv, h.now); err != nil {
		return err
	}
	return h.cancelInterview(iv.ID, followup.InterviewCalledOff)
}

func (h *handling) onRejection(app *followup.Application, r classify.Result) error {
	app.Stage, app.LastEvent = followup.Rejected, "rejection received "+h.rec.ReceivedAt.Format("Mon 2 Jan")
	if err := h.tx.SaveApplication(app, h.now); err != nil {
		return err
	}
	// A thank-you still waiting would read oddly after a rejection.
	if err := h.cancelKind(app.ID, followup.ThankYou, followup.RejectionArrived); err != nil {
		return err
	}
	received := h.received()
	if h.now.Sub(received) > feedbackMaxAge {
		h.rec.Note = "rejection too old to ask for feedback"
		return nil
	}
	rcpt, zone, country := h.replyRecipient(app, r)
	f := followup.Followup{Kind: followup.Feedback, ApplicationID: app.ID, State: followup.Drafted, Recipient: rcpt,
		MessageID: h.e.newMessageID("feedback"), InReplyTo: h.msg.MessageID, References: h.msg.References, Subject: compose.ReplySubject(h.msg.Subject),
		SourceMessage: h.msg.MessageID, SourceAutomated: r.Automated, NeedsReply: r.Confidence < autoConfidence || h.mustAsk, Zone: zone, Country: country, EventAt: received, RequestAt: h.now,
		Language: h.e.letterLanguage(r.Language)}
	answered, err := h.tx.OwnerAnswered(h.msg.MessageID)
	if err != nil {
		return err
	}
	wrote := false
	if rcpt.Email != "" {
		if wrote, err = h.tx.OwnerWroteTo(rcpt.Email, received); err != nil {
			return err
		}
	}
	if err := h.tx.AddFollowup(&f, h.now); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			h.rec.Note = "feedback already requested for this application"
			return nil
		}
		return err
	}
	if answered || wrote {
		// The owner's answer was read first (Sent and the inbox are read
		// in parallel): as onSent would have done, ours is not sent.
		reason := followup.OwnerWrote
		if answered {
			reason = followup.OwnerAnswered
		}
		h.rec.Note = "the owner already answered: no feedback request"
		_, err := h.e.decide(h.tx, &f, followup.Cancel{Reason: reason}, h.now, about{})
		return err
	}
	h.log.Info("feedback request planned", "followup", f.ID)
	return nil
}

// addrs joins address lists.
// received is when the message arrived, never later than now.
func (h *handling) received() time.Time {
	received := h.rec.ReceivedAt
	if received.After(h.now) || received.IsZero() {
		received = h.now
	}
	return received
}

// replyRecipient is who a reply in the employer message's thread goes to:
// its human reply address (never a no-reply one: then the owner is asked
// for one), named as the headers name it, with the title the text gives
// ("Mme Claire Dupont"), and that person's zone and country.
func (h *handling) replyRecipient(app *followup.Application, r classify.Result) (rcpt followup.Person, zone, country string) {
	rcpt = replyContact(r, h.msg)
	zone = calendarZone(r.Zone, h.msg.Events, app.Domain, rcpt.Email)
	if zone == "" {
		zone = guessZone(app.Domain, rcpt.Email)
	}
	zone, country = h.e.recipientZone(zone)
	return rcpt, zone, country
}

// replyContact is the person a reply in m's thread goes to: the human
// reply address classify found (never a no-reply one: then none), named
// as the headers name it, with the title m's text gives.
func replyContact(r classify.Result, m *message.Message) followup.Person {
	rcpt := followup.Person{Email: r.ReplyTo}
	if r.ReplyTo != "" && classify.IsNoReply(r.ReplyTo) {
		rcpt.Email = ""
	}
	for _, a := range addrs(m.ReplyTo, m.From) {
		if rcpt.Email != "" && strings.EqualFold(a.Email, rcpt.Email) && a.Name != "" {
			rcpt.Name = a.Name
			break
		}
	}
	rcpt.Name = compose.TitledName(rcpt.Name, m.Text)
	return rcpt
}

func addrs(lists ...[]message.Address) []message.Address {
	var out []message.Address
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}
