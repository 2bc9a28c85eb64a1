package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/followupd/followupd/internal/followup"
)

const itemColumns = `id, message_key, from_name, from_addr, subject, received_at, kind, confidence, doubt, state, asked, verdict, answered_at`

func scanItem(row interface{ Scan(...any) error }) (followup.Item, error) {
	var it followup.Item
	var doubt, state, verdict string
	var recv, ans sql.NullString
	err := row.Scan(&it.ID, &it.MessageKey, &it.From.Name, &it.From.Email, &it.Subject, &recv, &it.Kind, &it.Confidence, &doubt, &state, &it.Asked, &verdict, &ans)
	it.Doubt, it.State, it.Verdict = followup.Doubt(doubt), followup.ItemState(state), followup.Verdict(verdict)
	it.ReceivedAt, it.AnsweredAt = parseTS(recv), parseTS(ans)
	return it, err
}

// AddUnsure records a message followupd is unsure of, with its raw text
// (kept until the owner answers or the item is dropped). A message
// already recorded is left as it is; it.ID is set either way.
func (t *Tx) AddUnsure(it *followup.Item, raw []byte, now time.Time) error {
	if it.State == "" {
		it.State = followup.ItemOpen
	}
	_, err := t.exec(`INSERT INTO unsure_items (message_key, from_name, from_addr, subject, received_at, kind, confidence, doubt, state, raw, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_key) DO NOTHING`,
		it.MessageKey, it.From.Name, it.From.Email, it.Subject, ts(it.ReceivedAt), it.Kind, it.Confidence, string(it.Doubt), string(it.State), raw, ts(now))
	if err != nil {
		return fmt.Errorf("store: add unsure message: %w", err)
	}
	return t.queryRow("SELECT id FROM unsure_items WHERE message_key = ?", it.MessageKey).Scan(&it.ID)
}

// OpenItems returns the items not yet answered nor dropped, oldest first.
func (t *Tx) OpenItems() ([]followup.Item, error) {
	return queryAll(t.ctx, t.tx, "unsure items", scanItem, "SELECT "+itemColumns+" FROM unsure_items WHERE state = 'open' ORDER BY id")
}

// OpenItems returns the items not yet answered nor dropped, oldest first
// (for `followupd status` and the digest).
func (s *Store) OpenItems(ctx context.Context) ([]followup.Item, error) {
	return queryAll(ctx, s.db, "unsure items", scanItem, "SELECT "+itemColumns+" FROM unsure_items WHERE state = 'open' ORDER BY id")
}

// Item returns one item.
func (t *Tx) Item(id int64) (followup.Item, error) {
	it, err := scanItem(t.queryRow("SELECT "+itemColumns+" FROM unsure_items WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return it, ErrNotFound
	}
	return it, err
}

// ItemRaw returns the raw message of an item (nil once it was answered or
// dropped).
func (t *Tx) ItemRaw(id int64) ([]byte, error) {
	var raw []byte
	err := t.queryRow("SELECT raw FROM unsure_items WHERE id = ?", id).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return raw, err
}

// SaveItem writes an item's state, count of questions and verdict; the raw
// message of an answered or dropped item is removed.
func (t *Tx) SaveItem(it followup.Item) error {
	_, err := t.exec(`UPDATE unsure_items SET state = ?, asked = ?, verdict = ?, answered_at = ?,
		raw = CASE WHEN ? = 'open' THEN raw ELSE NULL END WHERE id = ?`,
		string(it.State), it.Asked, string(it.Verdict), nullTS(it.AnsweredAt), string(it.State), it.ID)
	if err != nil {
		return fmt.Errorf("store: save unsure item %d: %w", it.ID, err)
	}
	return nil
}

// AddQuestion records a question listing items, numbered from 1 in the
// order given, and sets its Message-ID to messageID(question id).
func (t *Tx) AddQuestion(items []followup.Item, messageID func(id int64) string, now time.Time) (id int64, msgID string, err error) {
	res, err := t.exec("INSERT INTO questions (asked_at) VALUES (?)", ts(now))
	if err != nil {
		return 0, "", fmt.Errorf("store: add question: %w", err)
	}
	if id, err = res.LastInsertId(); err != nil {
		return 0, "", err
	}
	msgID = messageID(id)
	if _, err := t.exec("UPDATE questions SET message_id = ? WHERE id = ?", msgID, id); err != nil {
		return 0, "", fmt.Errorf("store: add question: %w", err)
	}
	for i, it := range items {
		if _, err := t.exec("INSERT INTO question_items (question_id, number, item_id) VALUES (?, ?, ?)", id, i+1, it.ID); err != nil {
			return 0, "", fmt.Errorf("store: add question item: %w", err)
		}
	}
	return id, msgID, nil
}

// QuestionItems returns the items of a question by their numbers.
func (t *Tx) QuestionItems(questionID int64) (map[int]followup.Item, error) {
	type numbered struct {
		n  int
		it followup.Item
	}
	rows, err := queryAll(t.ctx, t.tx, "question items", func(row interface{ Scan(...any) error }) (numbered, error) {
		var x numbered
		var doubt, state, verdict string
		var recv, ans sql.NullString
		err := row.Scan(&x.n, &x.it.ID, &x.it.MessageKey, &x.it.From.Name, &x.it.From.Email, &x.it.Subject, &recv, &x.it.Kind, &x.it.Confidence,
			&doubt, &state, &x.it.Asked, &verdict, &ans)
		x.it.Doubt, x.it.State, x.it.Verdict = followup.Doubt(doubt), followup.ItemState(state), followup.Verdict(verdict)
		x.it.ReceivedAt, x.it.AnsweredAt = parseTS(recv), parseTS(ans)
		return x, err
	}, `SELECT q.number, u.id, u.message_key, u.from_name, u.from_addr, u.subject, u.received_at, u.kind, u.confidence, u.doubt, u.state, u.asked, u.verdict, u.answered_at
		FROM question_items q JOIN unsure_items u ON u.id = q.item_id WHERE q.question_id = ? ORDER BY q.number`, questionID)
	if err != nil {
		return nil, err
	}
	out := make(map[int]followup.Item, len(rows))
	for _, r := range rows {
		out[r.n] = r.it
	}
	return out, nil
}

// LastQuestionAt returns when the last question was asked (zero: never).
func (t *Tx) LastQuestionAt() (time.Time, error) {
	var s sql.NullString
	if err := t.queryRow("SELECT max(asked_at) FROM questions").Scan(&s); err != nil {
		return time.Time{}, fmt.Errorf("store: last question: %w", err)
	}
	return parseTS(s), nil
}

// FollowupsFrom returns the follow-ups a message (by Message-ID) caused.
func (t *Tx) FollowupsFrom(messageID string) ([]followup.Followup, error) {
	return t.followups("source_message_id = ?", messageID)
}

// Reclassified records the owner's reading of a message recorded earlier
// (its key): its kind, and the application it belongs to (0: none). It
// reports false when no message is recorded under key.
func (t *Tx) Reclassified(key, kind string, applicationID int64, note string) (bool, error) {
	var app any
	if applicationID != 0 {
		app = applicationID
	}
	res, err := t.exec("UPDATE messages SET kind = ?, confidence = 1, application_id = coalesce(?, application_id), note = ? WHERE message_id = ?",
		kind, app, note, key)
	if err != nil {
		return false, fmt.Errorf("store: reclassify %s: %w", key, err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// RecordedKey returns the key of the newest recorded message from an
// address with a subject (any case), for a forward that does not carry
// the original's Message-ID; found is false when there is none.
func (t *Tx) RecordedKey(from, subject string) (key string, found bool, err error) {
	err = t.queryRow(`SELECT message_id FROM messages WHERE lower(from_addr) = lower(?) AND subject = ? AND kind NOT IN ('own', 'owner', 'sent', 'approval-reply')
		ORDER BY received_at DESC, rowid DESC LIMIT 1`, from, subject).Scan(&key)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("store: recorded key: %w", err)
	}
	return key, true, nil
}

// ItemByKey returns the item of a message by the key it is recorded under.
func (t *Tx) ItemByKey(key string) (followup.Item, error) {
	it, err := scanItem(t.queryRow("SELECT "+itemColumns+" FROM unsure_items WHERE message_key = ?", key))
	if errors.Is(err, sql.ErrNoRows) {
		return it, ErrNotFound
	}
	return it, err
}
