package engine

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/reply"
	"github.com/followupd/followupd/internal/mail/submit"
	"github.com/followupd/followupd/internal/schedule"
	"github.com/followupd/followupd/internal/store"
)

// backoff is the wait before retry n of owner mail (followup.Backoff).
func backoff(n int) time.Duration { return followup.Backoff(n) }

// NextDue returns when the outbox next has work: a draft to show the
// owner, a letter to send, or owner mail to (re)send.
func (e *Engine) NextDue(ctx context.Context, now time.Time) (time.Time, bool, error) {
	var next time.Time
	err := e.Store.Tx(ctx, func(tx *store.Tx) error {
		consider := func(t time.Time) {
			if !t.IsZero() && (next.IsZero() || t.Before(next)) {
				next = t
			}
		}
		fus, err := tx.WaitingFollowups()
		if err != nil {
			return err
		}
		for _, f := range fus {
			switch f.State {
			case followup.Drafted:
				consider(later(f.RequestAt, f.NextAttemptAt))
			case followup.Scheduled:
				consider(later(f.DueAt, f.NextAttemptAt))
			}
		}
		if q, ok, err := e.questionDue(tx, now); err != nil {
			return err
		} else if ok {
			consider(q)
		}
		if d, ok, err := e.digestDue(tx, now); err != nil {
			return err
		} else if ok {
			consider(d)
		}
		t, ok, err := tx.NextOwnerMailAt()
		if err != nil {
			return err
		}
		if ok {
			consider(t)
		}
		return nil
	})
	return next, !next.IsZero(), err
}

// load reads a list in a transaction of its own.
func load[T any](ctx context.Context, st *store.Store, read func(*store.Tx) ([]T, error)) ([]T, error) {
	var out []T
	err := st.Tx(ctx, func(tx *store.Tx) (err error) {
		out, err = read(tx)
		return err
	})
	return out, err
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// Work does everything due at now: asks the owner about drafts whose time
// has come, queues the daily question and the weekly digest, sends the
// owner's mail, and sends approved letters that are due.
func (e *Engine) Work(ctx context.Context, now time.Time) error {
	var rearmErr error
	if e.takeRearm() {
		rearmErr = e.rearmDrafts(ctx, now)
	}
	// Owner mail goes out before and after the letters, so that the
	// confirmations of what was just sent leave in the same pass.
	return errors.Join(rearmErr, e.askDue(ctx, now), e.askQuestion(ctx, now), e.sendDigest(ctx, now), e.sendOwnerMail(ctx, now), e.sendDue(ctx, now), e.sendOwnerMail(ctx, now))
}

// rearmDrafts drafts again, at once, the follow-ups whose draft could not
// be rendered (after the templates were reloaded): the failed ones and the
// ones waiting for their next try. The owner is then asked as usual.
func (e *Engine) rearmDrafts(ctx context.Context, now time.Time) error {
	return e.Store.Tx(ctx, func(tx *store.Tx) error {
		fus, err := tx.RenderFailedFollowups()
		if err != nil {
			return err
		}
		for i := range fus {
			if _, err := e.decide(tx, &fus[i], followup.TemplatesReloaded{}, now, about{}); err != nil {
				return err
			}
			e.Logger.Info("templates reloaded: drafting again", "followup", fus[i].ID)
		}
		return nil
	})
}

// askDue sends approval requests for drafts whose request time has come
// (a thank-you when the interview ends, a feedback request at once). Each
// follow-up has its own transaction, so one that cannot be drafted does not
// hold up the others.
func (e *Engine) askDue(ctx context.Context, now time.Time) error {
	due, err := load(ctx, e.Store, func(tx *store.Tx) ([]followup.Followup, error) { return tx.DueForApproval(now) })
	if err != nil {
		return err
	}
	var errs []error
	var failed []followup.Followup
	for i := range due {
		err := e.Store.Tx(ctx, func(tx *store.Tx) error {
			f, err := tx.Followup(due[i].ID)
			if err != nil {
				return err
			}
			var ev followup.Event = followup.AskDue{}
			if f.Kind == followup.StatusCheck {
				if ev, err = statusDue(tx, &f); err != nil {
					return err
				}
			}
			effects, err := e.decide(tx, &f, ev, now, about{})
			if err == nil && len(effects) > 0 {
				e.Logger.Info("approval requested", "followup", f.ID, "kind", f.Kind, "state", f.State)
			}
			return err
		})
		if isRenderError(err) {
			var f followup.Followup
			err = e.Store.Tx(ctx, func(tx *store.Tx) (terr error) {
				f, terr = e.renderFailed(tx, due[i].ID, err, now)
				return terr
			})
			if err == nil && f.State == followup.Failed {
				failed = append(failed, f)
			}
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("follow-up %d: %w", due[i].ID, err))
		}
	}
	if len(failed) > 0 {
		if err := e.Store.Tx(ctx, func(tx *store.Tx) error { return e.queueRenderNotice(tx, failed, now) }); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// renderFailed records that a drafted follow-up's draft could not be
// rendered: it is tried again after the usual backoff, and after
// maxRenderAttempts it is failed (the caller tells the owner).
func (e *Engine) renderFailed(tx *store.Tx, id int64, cause error, now time.Time) (followup.Followup, error) {
	f, err := tx.Followup(id)
	if err != nil {
		return f, err
	}
	effects, err := e.decide(tx, &f, followup.DraftFailed{Err: cause.Error()}, now, about{})
	switch {
	case err != nil:
	case hasEffect[followup.ReportRenderFailure](effects):
		e.Logger.Error("draft cannot be rendered: follow-up failed, the owner is told", "followup", f.ID, "attempts", f.Attempts, "err", cause)
	case len(effects) > 0:
		e.Logger.Warn("draft cannot be rendered: will try again", "followup", f.ID, "attempt", f.Attempts, "retry_at", f.NextAttemptAt, "err", cause)
	}
	return f, err
}

// queueRenderNotice tells the owner, once, which follow-ups failed because
// their drafts could not be rendered, and the template error (never a
// letter's text).
func (e *Engine) queueRenderNotice(tx *store.Tx, failed []followup.Followup, now time.Time) error {
	var list []string
	for i := range failed {
		f := &failed[i]
		company := ""
		if app, err := tx.Application(f.ApplicationID); err == nil && app.Company != "" {
			company = " (" + app.Company + ")"
		}
		list = append(list, fmt.Sprintf("  #%d %s to %s%s", f.ID, f.Kind, recipientText(f), company))
	}
	what := "a follow-up"
	if len(failed) > 1 {
		what = fmt.Sprintf("%d follow-ups", len(failed))
	}
	text := fmt.Sprintf("followupd could not write the draft of %s:\n\n%s\n\nThe template failed:\n\n    %s\n\nIt was tried %d times and is now marked failed (followupd status lists it); nothing was sent and you were not asked. Fix the template, then reload followupd (systemctl reload followupd, or send it SIGHUP): the draft is written again and you are asked as usual.",
		what, strings.Join(list, "\n"), strings.TrimPrefix(failed[0].LastError, followup.RenderErrorPrefix), maxRenderAttempts)
	return e.queueNotice(tx, failed[0].ID, "Draft could not be written: template problem", text, now)
}

// ownerMail builds a message to the owner: from and to the owner, marked
// as automatic (RFC 3834) and tagged for mail filters.
func (e *Engine) ownerMail(m store.OwnerMail, now time.Time) submit.Mail {
	c := e.Config()
	o := submit.Person{Name: c.Owner.Name, Email: c.Owner.Email}
	return submit.Mail{From: submit.Person{Name: "followupd", Email: c.Owner.Email}, To: []submit.Person{o}, Subject: m.Subject, Body: m.Body,
		MessageID: m.MessageID, InReplyTo: m.InReplyTo, References: nonEmpty(m.InReplyTo), Date: now,
		Headers: map[string]string{"Auto-Submitted": "auto-generated", "X-Followupd": m.Purpose}}
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// sendOwnerMail sends the owner's due messages. Each one is claimed
// (pending → sending) in its own committed transaction before the SMTP
// transaction, so that after a crash it is found in "sending" and settled
// by Recover (a copy in the mailbox proves it left) instead of being sent
// again blindly.
func (e *Engine) sendOwnerMail(ctx context.Context, now time.Time) error {
	pending, err := load(ctx, e.Store, func(tx *store.Tx) ([]store.OwnerMail, error) { return tx.PendingOwnerMail(now) })
	if err != nil {
		return err
	}
	var errs []error
	for _, m := range pending {
		if ctx.Err() != nil {
			break
		}
		if err := e.sendOwnerOne(ctx, m, now); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (e *Engine) sendOwnerOne(ctx context.Context, m store.OwnerMail, now time.Time) error {
	key := ownerMailKey(m.ID)
	e.flight.start(key)
	defer e.flight.done(key)
	claimed := false
	err := e.Store.Tx(ctx, func(tx *store.Tx) error {
		// A copy already in the mailbox (one sent just before a crash and
		// put back in the queue) proves it left.
		seen, err := tx.Seen(m.MessageID)
		if err != nil {
			return err
		}
		if seen {
			_, err := tx.OwnerMailArrived(m.MessageID, now)
			return err
		}
		claimed, err = tx.ClaimOwnerMail(m.ID, now)
		return err
	})
	if err != nil || !claimed {
		return err
	}
	sendErr := e.Sender.Send(ctx, e.ownerMail(m, now))
	state, next, msg := "sent", time.Time{}, ""
	if sendErr != nil {
		msg = truncate(sendErr.Error(), 300)
		if temporary(sendErr) && m.Attempts+1 < maxAttempts {
			state, next = "pending", now.Add(backoff(m.Attempts+1))
			e.Logger.Warn("mail to the owner deferred", "purpose", m.Purpose, "retry_at", next, "err", sendErr)
		} else {
			state = "failed"
			e.Logger.Error("mail to the owner failed", "purpose", m.Purpose, "err", sendErr)
		}
	} else {
		e.Logger.Info("mail to the owner sent", "purpose", m.Purpose, "followup", m.FollowupID)
	}
	return e.record(ctx, "mail to the owner", func() error {
		return e.Store.Tx(context.WithoutCancel(ctx), func(tx *store.Tx) error { return tx.FinishOwnerMail(m.ID, state, msg, next, now) })
	})
}

// record runs write, the recording of a send already made, and while the
// disk refuses it (full, failing: store.Unwritable) tries again, 1s
// doubling to 30s apart, until it succeeds or ctx is done. The outcome is
// known only here: given up, the message stays "sending" in the store and
// is settled by Recover at the next start, never sent again blindly.
func (e *Engine) record(ctx context.Context, what string, write func() error) error {
	wait := time.Second
	for {
		err := write()
		if err == nil || !store.Unwritable(err) {
			return err
		}
		e.Logger.Error("the store cannot record a send already made; trying again", "what", what, "err", err, "retry_in", wait)
		t := time.NewTimer(wait) // real time: how soon the disk has room again
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		wait = min(2*wait, 30*time.Second)
	}
}

// ownerMailGrace is how long after its claim an owner message interrupted
// by a crash is sent again when no copy of it has arrived: time for a copy
// still being delivered to reach the inbox, where the watcher sees it.
const ownerMailGrace = 30 * time.Second

// recoverOwnerMail settles owner messages a crash left in "sending". It
// runs once the watched mailboxes have caught up: a copy that reached
// them (recorded by Handle) proves the message left. One not seen is put
// back in the queue and sent again: for mail to the owner a rare second
// copy (the server accepted it but the copy never reached a watched
// mailbox) is better than a lost approval request.
func (e *Engine) recoverOwnerMail(ctx context.Context, now time.Time) error {
	stuck, err := load(ctx, e.Store, func(tx *store.Tx) ([]store.OwnerMail, error) { return tx.SendingOwnerMail() })
	if err != nil {
		return err
	}
	for _, m := range stuck {
		if e.flight.active(ownerMailKey(m.ID)) {
			continue // being sent by this process right now, not a crash
		}
		err := e.Store.Tx(ctx, func(tx *store.Tx) error {
			seen, err := tx.Seen(m.MessageID)
			if err != nil {
				return err
			}
			if seen {
				_, err = tx.OwnerMailArrived(m.MessageID, now)
				e.Logger.Info("mail to the owner interrupted by a crash had arrived: not sent again", "purpose", m.Purpose, "followup", m.FollowupID)
				return err
			}
			next := later(now, m.ClaimedAt.Add(ownerMailGrace))
			ok, err := tx.RequeueOwnerMail(m.ID, "interrupted while sending; no copy arrived", next)
			if ok {
				e.Logger.Warn("mail to the owner interrupted by a crash and not seen in the mailbox: sending it again", "purpose", m.Purpose, "followup", m.FollowupID, "at", next)
			}
			return err
		})
		if err != nil {
			return fmt.Errorf("recover owner mail %d: %w", m.ID, err)
		}
	}
	e.kick()
	return nil
}

// uncertain reports whether a send failed after the server may already
// have accepted the letter.
func uncertain(err error) bool {
	var se *submit.Error
	return errors.As(err, &se) && se.Uncertain
}

// temporary reports whether an error says to try again later.
func temporary(err error) bool {
	var t interface{ Temporary() bool }
	if errors.As(err, &t) {
		return t.Temporary()
	}
	return true // unknown errors (network) are retried, within maxAttempts
}

// sendDue sends approved letters that are due. Each one is claimed
// (scheduled → sending) in its own transaction before the SMTP
// transaction, so that after a crash it is found in "sending" and checked
// against the Sent folder instead of sent twice.
func (e *Engine) sendDue(ctx context.Context, now time.Time) error {
	due, err := load(ctx, e.Store, func(tx *store.Tx) ([]followup.Followup, error) { return tx.DueToSend(now) })
	if err != nil {
		return err
	}
	var errs []error
	for i := range due {
		if ctx.Err() != nil {
			break
		}
		if err := e.sendOne(ctx, due[i].ID, now); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (e *Engine) sendOne(ctx context.Context, id int64, now time.Time) error {
	key := followupKey(id)
	e.flight.start(key)
	defer e.flight.done(key)
	var f followup.Followup
	var mail submit.Mail
	claimed := false
	err := e.Store.Tx(ctx, func(tx *store.Tx) (err error) {
		f, err = tx.Followup(id)
		if err != nil || f.State != followup.Scheduled {
			return err
		}
		c := e.Config()
		due := followup.SendDue{Opening: e.businessOpening(&f, now)}
		if f.Kind == followup.ThankYou {
			iv, err := tx.Interview(f.InterviewID)
			due.InterviewCancelled = err == nil && iv.State == followup.InterviewCancelled
		}
		dayStart := startOfDay(now.In(c.OwnerLocation()))
		n, err := tx.SentSince(dayStart)
		if err != nil {
			return err
		}
		due.CapReached, due.CapUntil = n >= c.Schedule.DailySendCap, dayStart.AddDate(0, 0, 1)
		effects, err := e.decide(tx, &f, due, now, about{})
		if err != nil {
			return err
		}
		if claimed = hasEffect[followup.Send](effects); claimed {
			// What leaves; an error undoes the claim with the transaction.
			mail, err = e.letter(tx, &f, now)
			return err
		}
		switch {
		case f.State == followup.Cancelled:
			e.Logger.Info("due letter stopped", "followup", f.ID)
		case !claimed && due.Opening.After(now):
			e.Logger.Info("outside business hours in the recipient's zone: held", "followup", f.ID, "until", due.Opening)
		case !claimed && due.CapReached:
			e.Logger.Warn("daily send cap reached, deferred", "followup", f.ID, "cap", c.Schedule.DailySendCap, "until", f.NextAttemptAt)
		}
		return nil
	})
	if err != nil || !claimed {
		return err
	}
	sendErr := e.Sender.Send(ctx, mail)
	res := followup.SendResult{Outcome: followup.Delivered}
	switch {
	case sendErr == nil:
		e.Logger.Info("follow-up sent", "followup", f.ID, "kind", f.Kind)
	case uncertain(sendErr):
		res = followup.SendResult{Outcome: followup.Uncertain, Err: sendErr.Error()}
		e.Logger.Warn("send interrupted after the letter was handed over", "followup", f.ID, "err", sendErr)
	case temporary(sendErr) && f.Attempts < maxAttempts:
		res = followup.SendResult{Outcome: followup.Temporary, Err: sendErr.Error()}
		e.Logger.Warn("sending deferred", "followup", f.ID, "retry_at", now.Add(followup.Backoff(f.Attempts)), "err", sendErr)
	case temporary(sendErr):
		res = followup.SendResult{Outcome: followup.Temporary, Err: sendErr.Error()}
		e.Logger.Error("sending failed", "followup", f.ID, "err", sendErr)
	default:
		res = followup.SendResult{Outcome: followup.Permanent, Err: sendErr.Error()}
		e.Logger.Error("sending failed", "followup", f.ID, "err", sendErr)
	}
	sending := f
	err = e.record(ctx, fmt.Sprintf("follow-up %d", f.ID), func() error {
		f = sending // a failed attempt may have stepped it
		return e.Store.Tx(context.WithoutCancel(ctx), func(tx *store.Tx) error {
			_, err := e.decide(tx, &f, res, now, about{})
			return err
		})
	})
	if err != nil {
		return err
	}
	if sendErr == nil && e.Mailbox != nil && e.appendSent() {
		raw, err := submit.Build(mail)
		if err == nil {
			err = e.Mailbox.AppendSent(ctx, raw, now)
		}
		if err != nil {
			e.Logger.Warn("could not copy the sent follow-up to the Sent folder", "followup", f.ID, "err", err)
		}
	}
	return nil
}

// letter builds the mail of a follow-up claimed for sending: the approved
// text as stored, never a re-rendering; only the thread headers of a
// feedback request are rendered (and they are stored too, should the
// templates fail).
func (e *Engine) letter(tx *store.Tx, f *followup.Followup, now time.Time) (submit.Mail, error) {
	d, err := e.draft(tx, f)
	if isRenderError(err) {
		e.Logger.Warn("draft cannot be rendered: sending the approved text as stored", "followup", f.ID, "err", err)
		d, err = storedDraft(f), nil
	}
	if err != nil {
		return submit.Mail{}, err
	}
	c := e.Config()
	mail := submit.Mail{From: submit.Person{Name: c.Owner.Name, Email: c.Owner.Email}, To: []submit.Person{f.Recipient},
		Subject: f.Subject, Body: f.Body, MessageID: f.MessageID, Date: now}
	if f.Kind == followup.Feedback || f.Kind == followup.StatusCheck {
		mail.InReplyTo, mail.References = d.InReplyTo, d.References
	}
	if c.SMTP.BccSelf {
		mail.Bcc = []submit.Person{{Name: c.Owner.Name, Email: c.Owner.Email}}
	}
	return mail, nil
}

// businessOpening returns the first business instant at or after now on
// the recipient's clock, with their country's (or region's) holidays.
func (e *Engine) businessOpening(f *followup.Followup, now time.Time) time.Time {
	loc, _, _ := e.zoneAndCountry(f.Zone)
	return schedule.NextBusiness(now, loc, f.Country, e.Config().Policy())
}

// appendSent says whether sent letters are copied to the Sent folder
// (Gmail keeps its own copy of everything sent through its SMTP server).
func (e *Engine) appendSent() bool {
	c := e.Config()
	switch c.SMTP.AppendSent {
	case "always":
		return true
	case "never":
		return false
	}
	return !isGmail(c.SMTP.Host)
}

func isGmail(host string) bool {
	return host == "smtp.gmail.com" || host == "smtp.googlemail.com"
}

func startOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// Recover settles what a crash left in "sending"; call it once the watched
// mailboxes have caught up. Owner mail whose copy arrived is marked sent,
// the rest is sent again (see recoverOwnerMail). A follow-up found in the
// Sent folder (or whose blind copy arrived) is marked sent; otherwise the
// owner is asked, since sending again could make a second copy.
func (e *Engine) Recover(ctx context.Context, now time.Time) error {
	if err := e.recoverOwnerMail(ctx, now); err != nil {
		return err
	}
	stuck, err := load(ctx, e.Store, func(tx *store.Tx) ([]followup.Followup, error) { return tx.SendingFollowups() })
	if err != nil {
		return err
	}
	for i := range stuck {
		f := &stuck[i]
		if e.flight.active(followupKey(f.ID)) {
			continue // being sent by this process right now, not a crash
		}
		found := false
		if e.Mailbox != nil {
			var err error
			found, err = e.Mailbox.SentContains(ctx, f.MessageID)
			if err != nil {
				return fmt.Errorf("recover follow-up %d: %w", f.ID, err)
			}
		}
		err := e.Store.Tx(ctx, func(tx *store.Tx) error {
			cur, err := tx.Followup(f.ID)
			if err != nil {
				return err
			}
			_, err = e.decide(tx, &cur, followup.Recovered{InSent: found}, now, about{})
			return err
		})
		if err != nil {
			return err
		}
		e.Logger.Warn("follow-up interrupted while sending", "followup", f.ID, "found_in_sent", found)
	}
	return nil
}

// askAfterCrash asks the owner whether to send again a follow-up that was
// interrupted while sending; the question carries an approval token, so
// that "send" or "cancel" in reply is obeyed.
func (e *Engine) askAfterCrash(tx *store.Tx, f *followup.Followup, now time.Time) error {
	s, b := e.notice("Did it go out? "+f.Subject,
		"followupd was interrupted while sending the "+string(f.Kind)+" to "+recipientText(f)+" and cannot tell whether the mail server accepted it: no copy is in your Sent folder or inbox. To avoid a second copy it was not sent again.\n\nAnswer \"send\" to send it again, \"sent\" if you can see that it went out (in your Sent folder or from their answer), or \"cancel\" to leave it unsent.")
	id := reply.MessageID(e.Secret, f.ID, f.Version, e.idDomain())
	return e.queueOwnerMail(tx, f.ID, "approval-request", strings.Trim(id, "<>"), s, b, now)
}
