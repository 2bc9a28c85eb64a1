package store

import (
	"context"
	"testing"
	"time"
)

// A message carrying calendar parts is recorded under its Message-ID and
// a digest (CalendarKeySep); MessageSubject still finds it by Message-ID,
// preferring a record under the Message-ID alone; RecordedSubject looks up
// one exact key.
func TestMessageSubjectByMessageID(t *testing.T) {
	s := open(t)
	now := time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)
	record := func(key, subject string) {
		t.Helper()
		if err := s.Tx(context.Background(), func(tx *Tx) error {
			return tx.RecordMessage(SeenMessage{MessageID: key, Mailbox: "INBOX", UID: 1, ReceivedAt: now, Subject: subject, Kind: "other"}, now)
		}); err != nil {
			t.Fatal(err)
		}
	}
	record("a@x.example"+CalendarKeySep+"0011", "invitation")
	record("a@x.example"+CalendarKeySep+"2233", "cancellation")
	record("b@x.example", "plain")
	record("b@x.example"+CalendarKeySep+"4455", "calendar")
	record("c_d@x.example"+CalendarKeySep+"6677", "underscore")
	tests := []struct{ name, id, want string }{
		{"first of two calendar keys", "a@x.example", "invitation"},
		{"the Message-ID alone first", "b@x.example", "plain"},
		{"LIKE wildcards are literal", "c%d@x.example", ""},
		{"an underscore is literal", "cxd@x.example", ""},
		{"underscore itself", "c_d@x.example", "underscore"},
		{"unknown", "z@x.example", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			if err := s.Tx(context.Background(), func(tx *Tx) (err error) {
				got, err = tx.MessageSubject(tt.id)
				return err
			}); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("MessageSubject(%q) = %q, want %q", tt.id, got, tt.want)
			}
		})
	}
	if err := s.Tx(context.Background(), func(tx *Tx) error {
		if subject, found, err := tx.RecordedSubject("a@x.example"); err != nil || found {
			t.Errorf("RecordedSubject(%q) = %q, %v, %v, want not found", "a@x.example", subject, found, err)
		}
		if subject, found, err := tx.RecordedSubject("b@x.example"); err != nil || !found || subject != "plain" {
			t.Errorf("RecordedSubject(%q) = %q, %v, %v, want \"plain\", true", "b@x.example", subject, found, err)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}
