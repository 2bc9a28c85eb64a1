package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// LoadCheckpoint returns how far a mailbox has been read.
func (s *Store) LoadCheckpoint(ctx context.Context, mailbox string) (uidValidity, lastUID uint32, found bool, err error) {
	err = s.db.QueryRowContext(ctx, "SELECT uid_validity, last_uid FROM checkpoints WHERE mailbox = ?", mailbox).Scan(&uidValidity, &lastUID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, false, nil
	}
	if err != nil {
		return 0, 0, false, fmt.Errorf("store: load checkpoint %s: %w", mailbox, err)
	}
	return uidValidity, lastUID, true, nil
}

// SaveCheckpoint records that every message of a mailbox up to lastUID has
// its consequences committed. It never moves a checkpoint backwards within
// the same UIDVALIDITY.
func (s *Store) SaveCheckpoint(ctx context.Context, mailbox string, uidValidity, lastUID uint32) error {
	return s.Tx(ctx, func(tx *Tx) error { return tx.SaveCheckpoint(mailbox, uidValidity, lastUID) })
}

// SaveCheckpoint is Store.SaveCheckpoint inside a transaction: in the one
// that records the messages up to lastUID, a crash leaves both or neither.
func (t *Tx) SaveCheckpoint(mailbox string, uidValidity, lastUID uint32) error {
	_, err := t.exec(`INSERT INTO checkpoints (mailbox, uid_validity, last_uid, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (mailbox) DO UPDATE SET
			last_uid = CASE WHEN uid_validity = excluded.uid_validity THEN max(last_uid, excluded.last_uid) ELSE excluded.last_uid END,
			uid_validity = excluded.uid_validity, updated_at = excluded.updated_at`,
		mailbox, uidValidity, lastUID, ts(time.Now()))
	if err != nil {
		return fmt.Errorf("store: save checkpoint %s: %w", mailbox, err)
	}
	return nil
}

// SeenMessage is the record of a message the daemon has acted on.
type SeenMessage struct {
	MessageID     string
	Mailbox       string
	UID           uint32
	ReceivedAt    time.Time
	From          string
	Subject       string
	Kind          string
	Confidence    float64
	ApplicationID int64
	Note          string
}

// Seen reports whether a message has already been acted on.
func (t *Tx) Seen(messageID string) (bool, error) {
	return t.exists(fmt.Sprintf("seen %s", messageID), "SELECT count(*) FROM messages WHERE message_id = ?", messageID)
}

// RecordMessage records that a message was acted on. Recording the same
// Message-ID twice is an error: callers check Seen first, in the same
// transaction.
func (t *Tx) RecordMessage(m SeenMessage, now time.Time) error {
	var app any
	if m.ApplicationID != 0 {
		app = m.ApplicationID
	}
	_, err := t.exec(`INSERT INTO messages (message_id, mailbox, uid, received_at, from_addr, subject, kind, confidence, application_id, note, processed_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.MessageID, m.Mailbox, m.UID, ts(m.ReceivedAt), m.From, m.Subject, m.Kind, m.Confidence, app, m.Note, ts(now))
	if err != nil {
		return fmt.Errorf("store: record message %s: %w", m.MessageID, err)
	}
	return nil
}

// MessageCount returns how many messages have been recorded.
func (s *Store) MessageCount(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM messages").Scan(&n)
	return n, err
}

// SetStatus stores a status value (JSON text) under key, for `followupd
// status` to read while the daemon runs.
func (s *Store) SetStatus(ctx context.Context, key, value string, now time.Time) error {
	return s.Tx(ctx, func(tx *Tx) error {
		_, err := tx.exec(`INSERT INTO status (key, value, updated_at) VALUES (?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`, key, value, ts(now))
		if err != nil {
			return fmt.Errorf("store: set status %s: %w", key, err)
		}
		return nil
	})
}

// Status returns a status value and when it was set ("" if never).
func (s *Store) Status(ctx context.Context, key string) (value string, at time.Time, err error) {
	var u sql.NullString
	err = s.db.QueryRowContext(ctx, "SELECT value, updated_at FROM status WHERE key = ?", key).Scan(&value, &u)
	if errors.Is(err, sql.ErrNoRows) {
		return "", time.Time{}, nil
	}
	if err != nil {
		return "", time.Time{}, fmt.Errorf("store: status %s: %w", key, err)
	}
	return value, parseTS(u), nil
}

// KindSince reports whether a message of a kind (as classified) about the
// application, dated after since, has been recorded (mail read out of
// order).
func (t *Tx) KindSince(applicationID int64, kind string, since time.Time) (bool, error) {
	return t.exists(fmt.Sprintf("%s messages", kind), "SELECT count(*) FROM messages WHERE application_id = ? AND kind = ? AND received_at > ?", applicationID, kind, ts(since))
}

// HeardSince reports whether a message from the employer about the
// application, dated after since, has been recorded, other than the
// message except (the one that named the day of a status check): the
// owner's own mail and followupd's do not count.
func (t *Tx) HeardSince(applicationID int64, since time.Time, except string) (bool, error) {
	return t.exists(fmt.Sprintf("employer mail since %s", ts(since)),
		`SELECT count(*) FROM messages WHERE application_id = ? AND received_at > ? AND message_id <> ? AND substr(message_id, 1, length(?)) <> ?
		AND kind NOT IN ('own', 'owner', 'sent', 'approval-reply', 'unreadable')`, applicationID, ts(since), except, except+CalendarKeySep, except+CalendarKeySep)
}

// CancelledSince reports whether a cancellation for the application, dated
// after t, has been recorded (mail read out of order).
func (t *Tx) CancelledSince(applicationID int64, since time.Time) (bool, error) {
	return t.exists("cancellations", "SELECT count(*) FROM messages WHERE application_id = ? AND kind = 'interview_cancelled' AND received_at > ?", applicationID, ts(since))
}

// CalendarKeySep separates a Message-ID from the digest of its calendar
// parts in the key a message carrying an invitation or a cancellation is
// recorded under (see the engine's Handle): two messages sharing a
// Message-ID but not their calendar content are two messages.
const CalendarKeySep = "#cal."

// RecordedSubject returns the subject recorded under exactly this key, and
// whether a message is recorded under it.
func (t *Tx) RecordedSubject(key string) (subject string, found bool, err error) {
	err = t.queryRow("SELECT subject FROM messages WHERE message_id = ?", key).Scan(&subject)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("store: recorded subject of %s: %w", key, err)
	}
	return subject, true, nil
}

// MessageSubject returns the recorded subject of a message acted on ("" if
// it is not recorded), found by its Message-ID whether it was recorded
// under the Message-ID alone or with its calendar digest (the first one
// recorded).
func (t *Tx) MessageSubject(messageID string) (string, error) {
	var s string
	prefix := strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(messageID + CalendarKeySep)
	err := t.queryRow(`SELECT subject FROM messages WHERE message_id = ? OR message_id LIKE ? ESCAPE '\'
		ORDER BY message_id = ? DESC, processed_at, rowid LIMIT 1`, messageID, prefix+"%", messageID).Scan(&s)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: subject of %s: %w", messageID, err)
	}
	return s, nil
}

// RecordOwnerLetter records a letter the owner wrote by hand: its
// recipients (To and Cc) and the Message-IDs it answers (In-Reply-To and
// References). Recording it again changes nothing.
func (t *Tx) RecordOwnerLetter(messageID string, to, refs []string, sentAt time.Time) error {
	add := func(what, value string) error {
		if value == "" {
			return nil
		}
		_, err := t.exec("INSERT OR IGNORE INTO owner_letters (message_id, what, value, sent_at) VALUES (?, ?, ?, ?)", messageID, what, value, ts(sentAt))
		if err != nil {
			return fmt.Errorf("store: record owner letter %s: %w", messageID, err)
		}
		return nil
	}
	for _, a := range to {
		if err := add("to", strings.ToLower(strings.TrimSpace(a))); err != nil {
			return err
		}
	}
	for _, r := range refs {
		if err := add("ref", strings.TrimSpace(r)); err != nil {
			return err
		}
	}
	return nil
}

// OwnerWroteTo reports whether the owner wrote by hand to addr at or after
// since.
func (t *Tx) OwnerWroteTo(addr string, since time.Time) (bool, error) {
	return t.exists("owner letters", "SELECT count(*) FROM owner_letters WHERE what = 'to' AND value = ? AND sent_at >= ?", strings.ToLower(strings.TrimSpace(addr)), ts(since))
}

// OwnerAnswered reports whether the owner answered the message with
// Message-ID id by hand (a letter of theirs refers to it).
func (t *Tx) OwnerAnswered(id string) (bool, error) {
	return t.exists("owner letters", "SELECT count(*) FROM owner_letters WHERE what = 'ref' AND value = ?", strings.TrimSpace(id))
}

// IsOwnerLetter reports whether the message with Message-ID id is one the
// owner wrote (recorded by RecordOwnerLetter).
func (t *Tx) IsOwnerLetter(id string) (bool, error) {
	return t.exists("owner letters", "SELECT count(*) FROM owner_letters WHERE message_id = ?", strings.TrimSpace(id))
}

// MessageKinds returns the kind each recorded message was read as, by the
// key it is recorded under (its Message-ID, with a calendar digest when it
// carries calendar parts).
func (s *Store) MessageKinds(ctx context.Context) (map[string]string, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT message_id, kind FROM messages")
	if err != nil {
		return nil, fmt.Errorf("store: message kinds: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var id, kind string
		if err := rows.Scan(&id, &kind); err != nil {
			return nil, fmt.Errorf("store: message kinds: %w", err)
		}
		out[id] = kind
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: message kinds: %w", err)
	}
	return out, nil
}
