package engine

// The weekly digest to the owner ([digest] weekly): where the job search
// stands, once per weekly slot, recorded in the store so that no restart
// sends it twice.

import (
	"context"
	"sort"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/store"
)

// digestPurpose is the X-Followupd value (and owner_mail purpose) of the
// weekly digest.
const digestPurpose = "digest"

// digestApplications is how many applications the digest lists; the rest
// are counted.
const digestApplications = 25

// digestDue returns the weekly slot the next digest is due at, and whether
// a digest is configured at all.
func (e *Engine) digestDue(tx *store.Tx, now time.Time) (time.Time, bool, error) {
	c := e.Config()
	day, at, ok := c.DigestTime()
	if !ok {
		return time.Time{}, false, nil
	}
	last, err := tx.LastDigestSlot()
	if err != nil {
		return time.Time{}, false, err
	}
	return followup.DigestDue(last, now, day, at, c.OwnerLocation()), true, nil
}

// sendDigest queues the weekly digest when its slot has come, and records
// the slot in the same transaction.
func (e *Engine) sendDigest(ctx context.Context, now time.Time) error {
	return e.Store.Tx(ctx, func(tx *store.Tx) error {
		slot, ok, err := e.digestDue(tx, now)
		if err != nil || !ok || slot.After(now) {
			return err
		}
		d, err := e.digest(tx, now)
		if err != nil {
			return err
		}
		subject, body, err := e.templates().Digest(e.owner(), d)
		if err != nil {
			return rendering(err)
		}
		if err := tx.AddDigest(slot, now); err != nil {
			return err
		}
		msgID := e.newMessageID(digestPurpose)
		e.Logger.Info("weekly digest queued", "slot", slot, "applications", len(d.Applications), "waiting", len(d.Waiting))
		return tx.QueueOwnerMail(&store.OwnerMail{Purpose: digestPurpose, MessageID: msgID, Subject: subject, Body: body}, now)
	})
}

// digest gathers what the digest tells, as it stands at now.
func (e *Engine) digest(tx *store.Tx, now time.Time) (compose.Digest, error) {
	d := compose.Digest{Now: now, Zone: e.Config().OwnerLocation()}
	apps, err := tx.AllApplications()
	if err != nil {
		return d, err
	}
	byID := make(map[int64]followup.Application, len(apps))
	for i, a := range apps {
		byID[a.ID] = a
		if i >= digestApplications {
			d.MoreApplications++
			continue
		}
		d.Applications = append(d.Applications, compose.DigestApplication{Company: a.Company, Role: a.Role, Stage: string(a.Stage), DecidesBy: a.StatedBy})
	}
	ivs, err := tx.InterviewsAfter(now)
	if err != nil {
		return d, err
	}
	for _, iv := range ivs {
		a := byID[iv.ApplicationID]
		d.Interviews = append(d.Interviews, compose.DigestInterview{Company: a.Company, Role: a.Role, Start: iv.Start, With: iv.People})
	}
	// letters lists fs as the digest shows them, each at the time at gives.
	letters := func(fs []followup.Followup, at func(followup.Followup) time.Time) []compose.DigestLetter {
		var out []compose.DigestLetter
		for _, f := range fs {
			out = append(out, compose.DigestLetter{Kind: string(f.Kind), State: string(f.State), Company: byID[f.ApplicationID].Company, To: f.Recipient, At: at(f)})
		}
		return out
	}
	// inTime sorts ls by time, keeping the store's order among equal times.
	inTime := func(ls []compose.DigestLetter) []compose.DigestLetter {
		sort.SliceStable(ls, func(i, j int) bool { return ls[i].At.Before(ls[j].At) })
		return ls
	}
	sent, err := tx.SentFollowupsSince(now.Add(-7 * 24 * time.Hour))
	if err != nil {
		return d, err
	}
	d.Sent = inTime(letters(sent, func(f followup.Followup) time.Time { return f.SentAt }))
	planned, err := tx.WaitingFollowups()
	if err != nil {
		return d, err
	}
	d.Planned = inTime(letters(planned, func(f followup.Followup) time.Time {
		if f.State == followup.Scheduled {
			return later(f.DueAt, f.NextAttemptAt)
		}
		return later(f.RequestAt, f.NextAttemptAt)
	}))
	waiting, err := tx.AwaitingApproval()
	if err != nil {
		return d, err
	}
	d.Waiting = letters(waiting, func(f followup.Followup) time.Time { return f.RequestAt })
	items, err := tx.OpenItems()
	if err != nil {
		return d, err
	}
	for _, it := range items {
		d.Unsure = append(d.Unsure, compose.DigestUnsure{From: it.From, Subject: it.Subject, Received: it.ReceivedAt})
	}
	return d, nil
}
