package store

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
)

// TestConcurrentOpenMigratesOnce: two processes opening a new database at
// once (the daemon and `followupd status`) both succeed; each migration is
// applied once.
func TestConcurrentOpenMigratesOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := Open(context.Background(), path)
			if err == nil {
				err = st.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("Open #%d = %v, want nil", i, err)
		}
	}
}

// TestQuestionItems: an item is recorded once per message, numbered in its
// question, and its raw text is dropped once it is answered.
func TestQuestionItems(t *testing.T) {
	s := open(t)
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	err := s.Tx(context.Background(), func(tx *Tx) error {
		a := followup.Item{MessageKey: "a@x", Subject: "A", ReceivedAt: now, Kind: "other", Doubt: followup.JobOther}
		b := followup.Item{MessageKey: "b@x", Subject: "B", ReceivedAt: now, Kind: "rejection", Confidence: 0.6, Doubt: followup.LowConfidence}
		for _, it := range []*followup.Item{&a, &b, {MessageKey: "a@x", Subject: "again", ReceivedAt: now, Kind: "other", Doubt: followup.JobOther}} {
			if err := tx.AddUnsure(it, []byte("raw "+it.Subject), now); err != nil {
				return err
			}
		}
		open, err := tx.OpenItems()
		if err != nil {
			return err
		}
		if len(open) != 2 {
			t.Errorf("OpenItems = %d items, want 2 (a message is recorded once)", len(open))
		}
		qid, msgID, err := tx.AddQuestion([]followup.Item{b, a}, func(id int64) string { return "q@x" }, now)
		if err != nil {
			return err
		}
		items, err := tx.QuestionItems(qid)
		if err != nil {
			return err
		}
		if msgID != "q@x" || items[1].Subject != "B" || items[2].Subject != "A" {
			t.Errorf("question %q items = %+v, want 1 B, 2 A", msgID, items)
		}
		last, err := tx.LastQuestionAt()
		if err != nil || !last.Equal(now) {
			t.Errorf("LastQuestionAt = %v, %v, want %v", last, err, now)
		}
		b.State = followup.ItemAnswered
		if err := tx.SaveItem(b); err != nil {
			return err
		}
		raw, err := tx.ItemRaw(b.ID)
		if err != nil || raw != nil {
			t.Errorf("ItemRaw(answered) = %q, %v, want nothing", raw, err)
		}
		raw, err = tx.ItemRaw(a.ID)
		if err != nil || string(raw) != "raw A" {
			t.Errorf("ItemRaw(open) = %q, %v, want the message", raw, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
