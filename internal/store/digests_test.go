package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

// TestDigestSlots: the last slot survives a reopen, and a slot is
// recorded once.
func TestDigestSlots(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 7, 7, 0, 0, 0, time.UTC)
	steps := []struct {
		name    string
		add     time.Time // zero: add nothing
		wantErr bool
		want    time.Time
	}{
		{"none yet", time.Time{}, false, time.Time{}},
		{"first", now, false, now},
		{"same slot again", now, true, now},
		{"next week", now.AddDate(0, 0, 7), false, now.AddDate(0, 0, 7)},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			err := st.Tx(ctx, func(tx *Tx) error {
				if s.add.IsZero() {
					return nil
				}
				return tx.AddDigest(s.add, now)
			})
			if (err != nil) != s.wantErr {
				t.Fatalf("AddDigest = %v, want error %v", err, s.wantErr)
			}
			var got time.Time
			if err := st.Tx(ctx, func(tx *Tx) (err error) { got, err = tx.LastDigestSlot(); return err }); err != nil {
				t.Fatal(err)
			}
			if !got.Equal(s.want) {
				t.Errorf("LastDigestSlot = %v, want %v", got, s.want)
			}
		})
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var got time.Time
	if err := st.Tx(ctx, func(tx *Tx) (err error) { got, err = tx.LastDigestSlot(); return err }); err != nil || !got.Equal(now.AddDate(0, 0, 7)) {
		t.Errorf("after reopening: LastDigestSlot = %v, %v; want %v", got, err, now.AddDate(0, 0, 7))
	}
}
