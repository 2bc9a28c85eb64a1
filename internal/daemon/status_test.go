package daemon

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/imapwatch"
	"github.com/followupd/followupd/internal/store"
)

// TestStatusLine: systemd's status line counts what waits for the owner:
// drafts to approve, letters blocked by a broken template (not other
// failures, which need nothing), and the next send.
func TestStatusLine(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	london, _ := time.LoadLocation("Europe/London")
	now := time.Date(2026, 3, 9, 12, 0, 0, 0, london)
	due := time.Date(2026, 3, 10, 9, 0, 0, 0, london)
	err = st.Tx(ctx, func(tx *store.Tx) error {
		for i, c := range []struct {
			state   followup.State
			lastErr string
			render  bool
		}{
			{followup.AwaitingApproval, "", false},
			{followup.AwaitingApproval, "", false},
			{followup.Scheduled, "", false},
			{followup.Failed, followup.RenderErrorPrefix + "template: feedback.txt:3: function \"nope\" not defined", true},
			{followup.Failed, "550 5.1.1 no such user", false},
		} {
			a := &followup.Application{Company: fmt.Sprintf("Acme %d", i), Stage: followup.Rejected}
			if err := tx.SaveApplication(a, now); err != nil {
				return err
			}
			f := &followup.Followup{Kind: followup.Feedback, ApplicationID: a.ID, State: followup.Drafted,
				Recipient: followup.Person{Email: fmt.Sprintf("sam%d@acme.example", i)}, MessageID: fmt.Sprintf("f%d@x", i),
				Zone: "Europe/London", EventAt: now, RequestAt: now}
			if err := tx.AddFollowup(f, now); err != nil {
				return err
			}
			f.State, f.LastError, f.RenderFailed = c.state, c.lastErr, c.render
			if c.state == followup.Scheduled {
				f.DueAt = due
			}
			if err := tx.SaveFollowup(f, followup.NoReason, "test", now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		ws   imapwatch.Status
		want string
	}{
		{"idle", imapwatch.Status{State: imapwatch.StateIdle, Mailbox: "INBOX"},
			"watching INBOX, 2 drafts awaiting approval, 1 blocked by a broken template, next send Tue 09:00"},
		{"first scan", imapwatch.Status{State: imapwatch.StateSyncing, Mailbox: "INBOX",
			Scan: &imapwatch.ScanProgress{First: true, Done: 4000, Total: 20000, Rate: 1532.4}},
			"INBOX first scan: 4000 of 20000 messages (1532/s), 2 drafts awaiting approval, 1 blocked by a broken template, next send Tue 09:00"},
		{"long catch-up", imapwatch.Status{State: imapwatch.StateSyncing, Mailbox: "INBOX",
			Scan: &imapwatch.ScanProgress{Done: 100, Total: 300, Rate: 50}},
			"INBOX scan: 100 of 300 messages (50/s), 2 drafts awaiting approval, 1 blocked by a broken template, next send Tue 09:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StatusLine(ctx, st, tt.ws, now, london); got != tt.want {
				t.Errorf("StatusLine() = %q, want %q", got, tt.want)
			}
		})
	}
}
