package store

import (
	"database/sql"
	"fmt"
	"time"

	"github.com/followupd/followupd/internal/followup"
)

// The named queries of the weekly digest.

// LastDigestSlot returns the weekly slot of the last digest queued (zero:
// never).
func (t *Tx) LastDigestSlot() (time.Time, error) {
	var s sql.NullString
	if err := t.queryRow("SELECT max(slot) FROM digests").Scan(&s); err != nil {
		return time.Time{}, fmt.Errorf("store: last digest: %w", err)
	}
	return parseTS(s), nil
}

// AddDigest records that the digest of a weekly slot was queued. A slot
// already recorded is an error: each slot has one digest.
func (t *Tx) AddDigest(slot, now time.Time) error {
	if _, err := t.exec("INSERT INTO digests (slot, queued_at) VALUES (?, ?)", ts(slot), ts(now)); err != nil {
		return fmt.Errorf("store: add digest: %w", err)
	}
	return nil
}

// AllApplications lists every application, most recently active first.
func (t *Tx) AllApplications() ([]followup.Application, error) {
	return queryAll(t.ctx, t.tx, "applications", scanApp, "SELECT "+appColumns+" FROM applications ORDER BY updated_at DESC, id DESC")
}

// InterviewsAfter returns the interviews still on that start after now,
// soonest first, with their people.
func (t *Tx) InterviewsAfter(now time.Time) ([]followup.Interview, error) {
	return t.interviews("SELECT id FROM interviews WHERE state = 'scheduled' AND start_at > ? ORDER BY start_at, id", ts(now))
}

// SentFollowupsSince returns the letters sent at or after since, in the
// order they were drafted.
func (t *Tx) SentFollowupsSince(since time.Time) ([]followup.Followup, error) {
	return t.followups("state = ? AND sent_at >= ?", string(followup.Sent), ts(since))
}

// AwaitingApproval returns the follow-ups whose approval request the owner
// has not answered.
func (t *Tx) AwaitingApproval() ([]followup.Followup, error) {
	return t.followups("state = ?", string(followup.AwaitingApproval))
}
