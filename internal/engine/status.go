package engine

// The one status check of an application: employer mail that names the
// day by which the employer will decide or come back plans it; any later
// mail from the employer, a rejection or an offer cancels it; the outbox
// asks the owner about it when that day plus two business days has passed
// with nothing from the employer (followup.StatusDue).

import (
	"errors"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/classify"
	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/mail/timeline"
	"github.com/followupd/followupd/internal/schedule"
	"github.com/followupd/followupd/internal/store"
)

// heardFrom cancels the application's status check that is not yet sent
// when this employer message was written after the one that named its day:
// the employer answered first. A rejection or an offer says so in its
// reason; a message written before (read late) changes nothing.
func (h *handling) heardFrom(appID int64, kind classify.Kind) error {
	fus, err := h.tx.ApplicationFollowups(appID)
	if err != nil {
		return err
	}
	received := h.rec.ReceivedAt.Truncate(time.Millisecond) // as the store keeps times
	var checks []followup.Followup
	for _, f := range fus {
		if f.Kind == followup.StatusCheck && f.SourceMessage != h.msg.MessageID && received.After(f.EventAt) {
			checks = append(checks, f)
		}
	}
	reason := followup.HeardBack
	switch kind {
	case classify.Rejection:
		reason = followup.RejectionArrived
	case classify.Offer:
		reason = followup.OfferArrived
	}
	return h.e.cancel(h.tx, checks, reason, h.now)
}

// promised reads, in an employer message about the application, the day
// by which the employer says it will decide or come back (package
// timeline), records it on the application and plans the application's one
// status check: a reply in this message's thread, in its language, due at
// the end of the second business day after that day in the recipient's
// zone. Nothing is planned after a rejection or an offer, for a message
// too old when first read, or when the application already had its check
// (whatever became of it: never more than one).
func (h *handling) promised(appID int64, r classify.Result) error {
	if r.Kind == classify.Rejection || r.Kind == classify.Offer {
		return nil
	}
	app, err := h.tx.Application(appID)
	if err != nil {
		return err
	}
	if app.Stage == followup.Rejected || app.Stage == followup.Offer {
		return nil
	}
	written := h.msg.Date
	if written.IsZero() {
		written = h.rec.ReceivedAt
	}
	day, ok := timeline.Stated(h.msg.Text, written)
	if !ok {
		return nil
	}
	y, m, d := day.Date()
	app.StatedBy = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if err := h.tx.SaveApplication(&app, h.now); err != nil {
		return err
	}
	received := h.received()
	if h.now.Sub(received) > feedbackMaxAge {
		h.rec.Note = "names a day for an answer, but too old for a status check"
		return nil
	}
	rcpt, zone, country := h.replyRecipient(&app, r)
	loc, _, _ := h.e.zoneAndCountry(zone)
	f := followup.Followup{Kind: followup.StatusCheck, ApplicationID: app.ID, State: followup.Drafted, Recipient: rcpt,
		MessageID: h.e.newMessageID("status"), InReplyTo: h.msg.MessageID, References: h.msg.References, Subject: compose.ReplySubject(h.msg.Subject),
		SourceMessage: h.msg.MessageID, SourceAutomated: r.Automated, NeedsReply: r.Confidence < autoConfidence, Zone: zone, Country: country,
		EventAt: received, RequestAt: schedule.StatusCheckDue(time.Date(y, m, d, 12, 0, 0, 0, loc), loc, country, h.e.Config().Policy()), Language: h.e.letterLanguage(r.Language)}
	if err := h.tx.AddFollowup(&f, h.now); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			h.rec.Note = "names a day for an answer; the application already had its status check"
			return nil
		}
		return err
	}
	h.rec.Note = "names a day for an answer: status check planned"
	h.log.Info("status check planned", "followup", f.ID, "stated", day.Format("2006-01-02"), "due", f.RequestAt)
	return nil
}

// statusDue is the StatusDue event for a status check whose time has come:
// the application's stage now, and whether the employer wrote since the
// message that named the day.
func statusDue(tx *store.Tx, f *followup.Followup) (followup.StatusDue, error) {
	app, err := tx.Application(f.ApplicationID)
	if err != nil {
		return followup.StatusDue{}, err
	}
	heard, err := tx.HeardSince(f.ApplicationID, f.EventAt, f.SourceMessage)
	return followup.StatusDue{Stage: app.Stage, Heard: heard}, err
}
