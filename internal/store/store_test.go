package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
)

var t0 = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

func open(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "sub", "f.db"))
	if err != nil {
		t.Fatalf("Open = %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestOpenCreatesPrivateMigratedFile(t *testing.T) {
	s := open(t)
	fi, err := os.Stat(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("database mode = %o, want 600", perm)
	}
	var v int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != SchemaVersion() || v < 1 {
		t.Errorf("user_version = %d, %v, want %d", v, err, SchemaVersion())
	}
	var mode string
	if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v, want wal", mode, err)
	}
	var fk int
	if err := s.db.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v, want 1", fk, err)
	}
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "f.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveCheckpoint(ctx, "INBOX", 7, 42); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen = %v", err)
	}
	defer s.Close()
	v, last, ok, err := s.LoadCheckpoint(ctx, "INBOX")
	if err != nil || !ok || v != 7 || last != 42 {
		t.Errorf("LoadCheckpoint after reopen = %d, %d, %v, %v, want 7, 42, true, nil", v, last, ok, err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "f.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion()+1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(ctx, path)
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("Open(newer schema) = %v, want ErrNewerSchema", err)
	}
	t.Logf("message: %v", err)
}

func TestCheckpointNeverMovesBack(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	steps := []struct {
		validity, uid     uint32
		wantValid, wantID uint32
	}{
		{1, 10, 1, 10},
		{1, 5, 1, 10},  // an older batch finishing late does not move it back
		{1, 12, 1, 12}, // forward
		{2, 3, 2, 3},   // a new UIDVALIDITY starts over
	}
	for _, st := range steps {
		if err := s.SaveCheckpoint(ctx, "INBOX", st.validity, st.uid); err != nil {
			t.Fatal(err)
		}
		v, u, _, _ := s.LoadCheckpoint(ctx, "INBOX")
		if v != st.wantValid || u != st.wantID {
			t.Errorf("after Save(%d, %d): checkpoint = %d, %d, want %d, %d", st.validity, st.uid, v, u, st.wantValid, st.wantID)
		}
	}
}

func TestTwoWritersAtOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "f.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	const n = 50
	var wg sync.WaitGroup
	errs := make(chan error, 2*n)
	for i := 0; i < n; i++ {
		for j, s := range []*Store{a, b} {
			wg.Add(1)
			go func(i, j int, s *Store) {
				defer wg.Done()
				errs <- s.Tx(ctx, func(tx *Tx) error {
					return tx.RecordMessage(SeenMessage{MessageID: fmt.Sprintf("m%d-%d@x", i, j), Mailbox: "INBOX", Kind: "other", ReceivedAt: t0}, t0)
				})
			}(i, j, s)
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("concurrent write = %v", err)
		}
	}
	if got, _ := a.MessageCount(ctx); got != 2*n {
		t.Errorf("MessageCount = %d, want %d", got, 2*n)
	}
}

func TestFailedTransactionLeavesNothing(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	boom := errors.New("boom")
	err := s.Tx(ctx, func(tx *Tx) error {
		a := followup.Application{Company: "Acme", Stage: followup.Applied}
		if err := tx.SaveApplication(&a, t0); err != nil {
			return err
		}
		if err := tx.RecordMessage(SeenMessage{MessageID: "x@y", Mailbox: "INBOX", Kind: "rejection", ReceivedAt: t0}, t0); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Tx = %v, want boom", err)
	}
	apps, _ := s.Applications(ctx)
	n, _ := s.MessageCount(ctx)
	if len(apps) != 0 || n != 0 {
		t.Errorf("after a failed transaction: %d applications, %d messages, want 0, 0", len(apps), n)
	}
}

func addApp(t *testing.T, s *Store) (followup.Application, followup.Interview) {
	t.Helper()
	var a followup.Application
	var iv followup.Interview
	err := s.Tx(context.Background(), func(tx *Tx) error {
		a = followup.Application{Company: "Acme", Role: "Analyst", Domain: "ACME.example", Stage: followup.InterviewScheduled}
		if err := tx.SaveApplication(&a, t0); err != nil {
			return err
		}
		iv = followup.Interview{ApplicationID: a.ID, CalendarUID: "uid-1", Start: t0, End: t0.Add(time.Hour), Zone: "Europe/London", State: followup.InterviewOn,
			People: []followup.Person{{Name: "Jane Roe", Email: "Jane@Acme.example"}, {Name: "Tom Wu"}}, SourceMessage: "inv@acme"}
		return tx.SaveInterview(&iv, t0)
	})
	if err != nil {
		t.Fatal(err)
	}
	return a, iv
}

func TestFollowupUniquenessAndAudit(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	a, iv := addApp(t, s)
	mk := func(id string) *followup.Followup {
		return &followup.Followup{Kind: followup.ThankYou, ApplicationID: a.ID, InterviewID: iv.ID, State: followup.Drafted,
			Recipient: followup.Person{Name: "Jane", Email: "jane@acme.example"}, MessageID: id, Zone: "Europe/London", EventAt: iv.End, RequestAt: iv.End}
	}
	var f *followup.Followup
	err := s.Tx(ctx, func(tx *Tx) error { f = mk("a@x"); return tx.AddFollowup(f, t0) })
	if err != nil {
		t.Fatal(err)
	}
	err = s.Tx(ctx, func(tx *Tx) error { return tx.AddFollowup(mk("b@x"), t0) })
	if !errors.Is(err, ErrDuplicate) {
		t.Errorf("second thank-you to the same interviewer = %v, want ErrDuplicate", err)
	}
	// A legal path, then an illegal jump.
	err = s.Tx(ctx, func(tx *Tx) error {
		for _, st := range []followup.State{followup.AwaitingApproval, followup.Scheduled, followup.Sending, followup.Sent} {
			f.State = st
			if err := tx.SaveFollowup(f, followup.NoReason, "step to "+string(st), t0); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Tx(ctx, func(tx *Tx) error {
		f.State = followup.Scheduled
		return tx.SaveFollowup(f, followup.NoReason, "again", t0)
	})
	if err == nil {
		t.Errorf("SaveFollowup(sent → scheduled) = nil, want an illegal-transition error")
	}
	hist, err := s.Audit(ctx, f.ID)
	if err != nil || len(hist) != 5 {
		t.Fatalf("Audit = %d rows, %v, want 5 (created + 4 moves)", len(hist), err)
	}
	if hist[4].From != "sending" || hist[4].To != "sent" {
		t.Errorf("last audit row = %+v, want sending → sent", hist[4])
	}
	// Round trip of the interview with its people.
	err = s.Tx(ctx, func(tx *Tx) error {
		got, err := tx.InterviewByUID("uid-1")
		if err != nil {
			return err
		}
		if len(got.People) != 2 || got.People[0].Email != "jane@acme.example" || !got.End.Equal(iv.End) {
			t.Errorf("InterviewByUID = %+v, want 2 people, lower-cased email, same end", got)
		}
		app, err := tx.FindApplication("", "", "acme.example")
		if err != nil || app.ID != a.ID {
			t.Errorf("FindApplication(domain) = %v, %v, want %d", app.ID, err, a.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestOwnerMailQueue(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	err := s.Tx(ctx, func(tx *Tx) error {
		return tx.QueueOwnerMail(&OwnerMail{Purpose: "notice", MessageID: "n1@x", Subject: "s", Body: "b"}, t0)
	})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Tx(ctx, func(tx *Tx) error {
		ms, err := tx.PendingOwnerMail(t0)
		if err != nil || len(ms) != 1 {
			return fmt.Errorf("PendingOwnerMail = %d, %v, want 1", len(ms), err)
		}
		if err := tx.FinishOwnerMail(ms[0].ID, "pending", "450 busy", t0.Add(time.Minute), t0); err != nil {
			return err
		}
		if ms, _ := tx.PendingOwnerMail(t0); len(ms) != 0 {
			return fmt.Errorf("retry not yet due, but PendingOwnerMail = %d", len(ms))
		}
		if ms, _ := tx.PendingOwnerMail(t0.Add(time.Minute)); len(ms) != 1 || ms[0].Attempts != 1 {
			return fmt.Errorf("PendingOwnerMail at retry time = %+v, want 1 with 1 attempt", ms)
		}
		return tx.FinishOwnerMail(ms[0].ID, "sent", "", time.Time{}, t0)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestUpgradeFromVersion1KeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	// A database as version 1 of followupd left it.
	old, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	v1, err := migrationFS.ReadFile("migrations/001_initial.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{string(v1),
		`INSERT INTO applications (company, stage, created_at, updated_at) VALUES ('Acme', 'rejected', 'x', 'x')`,
		`INSERT INTO followups (kind, application_id, state, message_id, zone, event_at, request_at, created_at, updated_at)
			VALUES ('feedback', 1, 'awaiting_approval', 'm1@x', 'UTC', '2026-03-09T09:00:00.000Z', '2026-03-09T09:00:00.000Z', 'x', 'x')`,
		"PRAGMA user_version = 1"} {
		if _, err := old.Exec(q); err != nil {
			t.Fatalf("building a version 1 database: %v", err)
		}
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open(version 1) = %v", err)
	}
	defer s.Close()
	fus, err := s.AllFollowups(ctx)
	if err != nil || len(fus) != 1 || fus[0].State != followup.AwaitingApproval || fus[0].NeedsReply {
		t.Fatalf("after the upgrade: %+v, %v; want the follow-up kept, awaiting approval", fus, err)
	}
	var v int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != SchemaVersion() {
		t.Errorf("user_version = %d, want %d", v, SchemaVersion())
	}
}

func TestOwnerMailClaimAndSettle(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	var id int64
	err := s.Tx(ctx, func(tx *Tx) error {
		m := OwnerMail{Purpose: "approval-request", MessageID: "fu.1.1.x@x", Subject: "s", Body: "b"}
		err := tx.QueueOwnerMail(&m, t0)
		id = m.ID
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name string
		do   func(tx *Tx) (bool, error)
		want bool
		// state is the message's state after the step.
		state string
	}{
		{"claim a pending message", func(tx *Tx) (bool, error) { return tx.ClaimOwnerMail(id, t0) }, true, "sending"},
		{"claim it again", func(tx *Tx) (bool, error) { return tx.ClaimOwnerMail(id, t0) }, false, "sending"},
		{"requeue after a crash", func(tx *Tx) (bool, error) { return tx.RequeueOwnerMail(id, "interrupted", t0.Add(2*time.Minute)) }, true, "pending"},
		{"requeue what is not sending", func(tx *Tx) (bool, error) { return tx.RequeueOwnerMail(id, "interrupted", t0) }, false, "pending"},
		{"claim it once more", func(tx *Tx) (bool, error) { return tx.ClaimOwnerMail(id, t0.Add(2*time.Minute)) }, true, "sending"},
		{"an unknown message arrives", func(tx *Tx) (bool, error) { return tx.OwnerMailArrived("other@x", t0) }, false, "sending"},
		{"its copy arrives", func(tx *Tx) (bool, error) { return tx.OwnerMailArrived("fu.1.1.x@x", t0) }, true, "sent"},
		{"a late failure does not undo the proof", func(tx *Tx) (bool, error) {
			return true, tx.FinishOwnerMail(id, "pending", "450", t0.Add(time.Minute), t0)
		}, true, "sent"},
	}
	for _, st := range steps {
		err := s.Tx(ctx, func(tx *Tx) error {
			got, err := st.do(tx)
			if err != nil {
				return err
			}
			if got != st.want {
				t.Errorf("%s = %v, want %v", st.name, got, st.want)
			}
			m, err := tx.OwnerMailByID(id)
			if err != nil {
				return err
			}
			if m.State != st.state {
				t.Errorf("after %s: state %q, want %q", st.name, m.State, st.state)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
	}
	err = s.Tx(ctx, func(tx *Tx) error {
		if ms, err := tx.SendingOwnerMail(); err != nil || len(ms) != 0 {
			t.Errorf("SendingOwnerMail = %d, %v, want none", len(ms), err)
		}
		if ms, err := tx.PendingOwnerMail(t0.Add(time.Hour)); err != nil || len(ms) != 0 {
			t.Errorf("PendingOwnerMail = %d, %v, want none", len(ms), err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestUpgradeFromVersion2KeepsOwnerMail(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	qs := []string{}
	for _, name := range []string{"001_initial.sql", "002_needs_reply.sql"} {
		b, err := migrationFS.ReadFile("migrations/" + name)
		if err != nil {
			t.Fatal(err)
		}
		qs = append(qs, string(b))
	}
	qs = append(qs,
		`INSERT INTO applications (company, stage, created_at, updated_at) VALUES ('Acme', 'rejected', 'x', 'x')`,
		`INSERT INTO followups (kind, application_id, state, message_id, zone, event_at, request_at, created_at, updated_at)
			VALUES ('feedback', 1, 'awaiting_approval', 'm1@x', 'UTC', '2026-03-09T09:00:00.000Z', '2026-03-09T09:00:00.000Z', 'x', 'x')`,
		`INSERT INTO owner_mail (followup_id, purpose, message_id, subject, body, state, attempts, created_at)
			VALUES (1, 'approval-request', 'fu.1.1.x@x', 'Approve?', 'body', 'pending', 2, '2026-03-09T09:00:00.000Z')`,
		"PRAGMA user_version = 2")
	for _, q := range qs {
		if _, err := old.Exec(q); err != nil {
			t.Fatalf("building a version 2 database: %v", err)
		}
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open(version 2) = %v", err)
	}
	defer s.Close()
	err = s.Tx(ctx, func(tx *Tx) error {
		ms, err := tx.PendingOwnerMail(t0.AddDate(1, 0, 0))
		if err != nil {
			return err
		}
		if len(ms) != 1 || ms[0].FollowupID != 1 || ms[0].Subject != "Approve?" || ms[0].Attempts != 2 {
			return fmt.Errorf("after the upgrade: %+v, want the pending message kept", ms)
		}
		ok, err := tx.ClaimOwnerMail(ms[0].ID, t0)
		if err != nil || !ok {
			return fmt.Errorf("ClaimOwnerMail after the upgrade = %v, %v, want true", ok, err)
		}
		id, err := tx.LatestApprovalRequest(1)
		if err != nil || id != "fu.1.1.x@x" {
			return fmt.Errorf("LatestApprovalRequest = %q, %v", id, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var v int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != SchemaVersion() {
		t.Errorf("user_version = %d, want %d", v, SchemaVersion())
	}
}

func TestOwnerLetters(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	at := time.Date(2026, 3, 9, 17, 0, 0, 0, time.UTC)
	err = s.Tx(context.Background(), func(tx *Tx) error {
		for i := 0; i < 2; i++ { // recording twice changes nothing
			if err := tx.RecordOwnerLetter("by-hand@x", []string{"Sam@Contoso.example"}, []string{"decision@contoso.example"}, at); err != nil {
				return err
			}
		}
		tests := []struct {
			name  string
			addr  string
			since time.Time
			want  bool
		}{
			{"after the event", "sam@contoso.example", at.Add(-time.Hour), true},
			{"at the event", "SAM@contoso.example", at, true},
			{"before the event", "sam@contoso.example", at.Add(time.Minute), false},
			{"someone else", "maya@contoso.example", at.Add(-time.Hour), false},
		}
		for _, tt := range tests {
			if got, err := tx.OwnerWroteTo(tt.addr, tt.since); err != nil || got != tt.want {
				t.Errorf("%s: OwnerWroteTo(%q, %v) = %v, %v, want %v", tt.name, tt.addr, tt.since, got, err, tt.want)
			}
		}
		for id, want := range map[string]bool{"decision@contoso.example": true, "other@contoso.example": false} {
			if got, err := tx.OwnerAnswered(id); err != nil || got != want {
				t.Errorf("OwnerAnswered(%q) = %v, %v, want %v", id, got, err, want)
			}
		}
		for id, want := range map[string]bool{"by-hand@x": true, "decision@contoso.example": false} {
			if got, err := tx.IsOwnerLetter(id); err != nil || got != want {
				t.Errorf("IsOwnerLetter(%q) = %v, %v, want %v", id, got, err, want)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// A cancelled thank-you leaves the one-per-interviewer rule (schema 4): the
// interviewer can be thanked again, and why it was cancelled is known.
func TestCancelledThankYouMakesRoomAndKeepsItsReason(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	a, iv := addApp(t, s)
	mk := func(id string) *followup.Followup {
		return &followup.Followup{Kind: followup.ThankYou, ApplicationID: a.ID, InterviewID: iv.ID, State: followup.Drafted,
			Recipient: followup.Person{Name: "Jane", Email: "jane@acme.example"}, MessageID: id, Zone: "Europe/London", EventAt: iv.End, RequestAt: iv.End}
	}
	err := s.Tx(ctx, func(tx *Tx) error {
		f := mk("a@x")
		if err := tx.AddFollowup(f, t0); err != nil {
			return err
		}
		if r, err := tx.CancelReason(f.ID); err != nil || r != "" {
			t.Errorf("CancelReason(never cancelled) = %q, %v, want \"\"", r, err)
		}
		f.State = followup.Cancelled
		if err := tx.SaveFollowup(f, followup.LeftPanel, "", t0); err != nil {
			return err
		}
		if r, err := tx.CancelReason(f.ID); err != nil || r != followup.LeftPanel {
			t.Errorf("CancelReason = %q, %v, want %q", r, err, followup.LeftPanel)
		}
		return tx.AddFollowup(mk("b@x"), t0)
	})
	if err != nil {
		t.Errorf("a second thank-you after the first was cancelled: %v, want it added", err)
	}
}

func TestApplicationsAtAndKindSince(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	err := s.Tx(ctx, func(tx *Tx) error {
		for i, a := range []followup.Application{
			{Company: "Acme", Role: "Analyst", Domain: "acme.example", Stage: followup.Applied},
			{Company: "Acme", Role: "Developer", Domain: "acme.example", Stage: followup.Applied},
			{Company: "", Domain: "jane@gmail.com", Stage: followup.Applied},
		} {
			if err := tx.SaveApplication(&a, t0.Add(time.Duration(i)*time.Hour)); err != nil {
				return err
			}
		}
		tests := []struct {
			name            string
			company, domain string
			want            []string // roles, most recent first
		}{
			{"by company, any case", "ACME", "", []string{"Developer", "Analyst"}},
			{"by domain", "", "acme.example", []string{"Developer", "Analyst"}},
			{"by a recruiter's address", "", "jane@gmail.com", []string{""}},
			{"unknown", "Globex", "globex.example", nil},
		}
		for _, tt := range tests {
			apps, err := tx.ApplicationsAt(tt.company, tt.domain)
			var got []string
			for _, a := range apps {
				got = append(got, a.Role)
			}
			if err != nil || fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("%s: ApplicationsAt(%q, %q) = %q, %v, want %q", tt.name, tt.company, tt.domain, got, err, tt.want)
			}
		}
		if err := tx.RecordMessage(SeenMessage{MessageID: "rej@x", Mailbox: "INBOX", UID: 1, ReceivedAt: t0, Kind: "rejection", ApplicationID: 1}, t0); err != nil {
			return err
		}
		for _, c := range []struct {
			since time.Time
			want  bool
		}{{t0.Add(-time.Minute), true}, {t0, false}} {
			if got, err := tx.KindSince(1, "rejection", c.since); err != nil || got != c.want {
				t.Errorf("KindSince(rejection, %v) = %v, %v, want %v", c.since, got, err, c.want)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestUpgradeTypesReasons: schema 6 gives every audit row written before
// reasons were typed its typed reason, read from the words each version
// wrote, and marks the follow-ups whose draft could not be rendered by a
// flag instead of the first words of their last error.
func TestUpgradeTypesReasons(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	qs := []string{}
	for v := 1; v <= 5; v++ {
		ms, err := migrations()
		if err != nil {
			t.Fatal(err)
		}
		qs = append(qs, ms[v-1].sql)
	}
	qs = append(qs,
		`INSERT INTO applications (company, stage, created_at, updated_at) VALUES ('Acme', 'rejected', 'x', 'x'), ('Initech', 'rejected', 'x', 'x')`,
		`INSERT INTO followups (kind, application_id, state, message_id, zone, event_at, request_at, created_at, updated_at, last_error)
			VALUES ('feedback', 1, 'failed', 'm1@x', 'UTC', '2026-03-09T09:00:00.000Z', '2026-03-09T09:00:00.000Z', 'x', 'x',
			'draft cannot be rendered: template: feedback.txt:3: function "nope" not defined')`,
		`INSERT INTO followups (kind, application_id, state, message_id, zone, event_at, request_at, created_at, updated_at, last_error)
			VALUES ('feedback', 2, 'failed', 'm2@x', 'UTC', '2026-03-09T09:00:00.000Z', '2026-03-09T09:00:00.000Z', 'x', 'x',
			'550 5.1.1 no such user')`,
		"PRAGMA user_version = 5")
	rows := []struct {
		words string
		want  followup.Reason
	}{
		{"created", followup.Created},
		{"the interview was cancelled", followup.InterviewCalledOff},
		{"they are no longer on the interview panel", followup.LeftPanel},
		{"you declined the invitation", followup.OwnerDeclined},
		{"the invitation now lists too many interviewers for a letter each, so one letter goes to the person who arranged it", followup.BigPanel},
		{"on hold: a message seems to cancel an interview and it is unclear which", followup.Held},
		{"sending (attempt 3)", followup.Claimed},
		{"temporary failure: 451 try later", followup.SendDeferred},
		{"failed: the draft could not be rendered (5 attempts)", followup.RenderFailed},
		{"failed: 550 no such user", followup.SendFailed},
		{"something an old version said", followup.LegacyUnmatched},
		{"", followup.NoReason},
	}
	for _, r := range rows {
		qs = append(qs, fmt.Sprintf("INSERT INTO audit (followup_id, at, from_state, to_state, reason) VALUES (1, 'x', 'drafted', 'cancelled', '%s')",
			strings.ReplaceAll(r.words, "'", "''")))
	}
	for _, q := range qs {
		if _, err := old.Exec(q); err != nil {
			t.Fatalf("building a version 5 database: %v", err)
		}
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open(version 5) = %v", err)
	}
	defer s.Close()
	hist, err := s.Audit(ctx, 1)
	if err != nil || len(hist) != len(rows) {
		t.Fatalf("Audit = %d rows, %v, want %d", len(hist), err, len(rows))
	}
	for i, r := range rows {
		if hist[i].Reason != r.want || hist[i].Words != r.words {
			t.Errorf("row %q: Reason = %q, Words = %q, want %q and the words kept", r.words, hist[i].Reason, hist[i].Words, r.want)
		}
	}
	fus, err := s.AllFollowups(ctx)
	if err != nil || len(fus) != 2 {
		t.Fatalf("AllFollowups = %d, %v, want 2", len(fus), err)
	}
	if !fus[0].RenderFailed || fus[1].RenderFailed {
		t.Errorf("RenderFailed = %v, %v, want true for the template failure only", fus[0].RenderFailed, fus[1].RenderFailed)
	}
}

// TestReasonsHaveWords: every typed reason but the unmatched legacy one
// says something to the owner.
func TestReasonsHaveWords(t *testing.T) {
	for _, r := range followup.Reasons() {
		if r != followup.NoReason && r != followup.LegacyUnmatched && r.Text() == "" {
			t.Errorf("Reason(%q).Text() = \"\", want words", r)
		}
	}
}

// TestOpenAtOnce: two processes opening a new store at once (the daemon
// at its first start, `followupd status`) both succeed: the second does
// not run the migrations again.
func TestOpenAtOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.db")
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(context.Background(), path)
			if err == nil {
				err = s.Close()
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

func TestUpgradeToStatusChecks(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=1")
	if err != nil {
		t.Fatal(err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	var qs []string
	for _, m := range ms[:7] {
		qs = append(qs, m.sql)
	}
	qs = append(qs,
		`INSERT INTO applications (company, stage, created_at, updated_at) VALUES ('Acme', 'rejected', 'x', 'x')`,
		`INSERT INTO followups (kind, application_id, state, message_id, zone, event_at, request_at, created_at, updated_at, language)
			VALUES ('feedback', 1, 'awaiting_approval', 'm1@x', 'UTC', '2026-03-09T09:00:00.000Z', '2026-03-09T09:00:00.000Z', 'x', 'x', 'fr')`,
		`INSERT INTO audit (followup_id, at, from_state, to_state, reason, reason_code) VALUES (1, 'x', 'drafted', 'awaiting_approval', 'approval requested', 'asked_owner')`,
		`INSERT INTO owner_mail (followup_id, purpose, message_id, subject, body, state, created_at) VALUES (1, 'approval-request', 'om@x', 's', 'b', 'sent', 'x')`,
		"PRAGMA user_version = 7")
	for _, q := range qs {
		if _, err := old.Exec(q); err != nil {
			t.Fatalf("building a version 7 database: %v", err)
		}
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open(version 7) = %v", err)
	}
	defer s.Close()
	fus, err := s.AllFollowups(ctx)
	if err != nil || len(fus) != 1 || fus[0].State != followup.AwaitingApproval || fus[0].Language != "fr" {
		t.Fatalf("after the upgrade: %+v, %v; want the French follow-up kept, awaiting approval", fus, err)
	}
	if audit, err := s.Audit(ctx, 1); err != nil || len(audit) != 1 {
		t.Errorf("audit after the upgrade = %+v, %v, want its one row", audit, err)
	}
	rows, err := s.db.Query("PRAGMA foreign_key_check")
	if err != nil {
		t.Fatal(err)
	}
	if rows.Next() {
		t.Errorf("foreign_key_check finds a violation after the upgrade")
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	stated := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC)
	err = s.Tx(ctx, func(tx *Tx) error {
		a, err := tx.Application(1)
		if err != nil {
			return err
		}
		a.StatedBy = stated
		if err := tx.SaveApplication(&a, t0); err != nil {
			return err
		}
		if a, err = tx.Application(1); err != nil || !a.StatedBy.Equal(stated) {
			return fmt.Errorf("StatedBy = %v, %v, want %v", a.StatedBy, err, stated)
		}
		for i, want := range []error{nil, ErrDuplicate} {
			f := followup.Followup{Kind: followup.StatusCheck, ApplicationID: 1, State: followup.Drafted, MessageID: fmt.Sprintf("status%d@x", i),
				Zone: "UTC", EventAt: t0, RequestAt: t0.Add(72 * time.Hour)}
			if err := tx.AddFollowup(&f, t0); !errors.Is(err, want) {
				return fmt.Errorf("status check %d: AddFollowup = %v, want %v", i+1, err, want)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestHeardSince(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	tests := []struct {
		name string
		msg  SeenMessage
		want bool
	}{
		{"the message that named the day", SeenMessage{MessageID: "named@x", ReceivedAt: t0.Add(time.Hour), Kind: "other"}, false},
		{"its calendar key", SeenMessage{MessageID: "named@x" + CalendarKeySep + "ab", ReceivedAt: t0.Add(time.Hour), Kind: "interview_scheduled"}, false},
		{"older mail", SeenMessage{MessageID: "old@x", ReceivedAt: t0.Add(-time.Hour), Kind: "other"}, false},
		{"the owner's letter", SeenMessage{MessageID: "owner@x", ReceivedAt: t0.Add(time.Hour), Kind: "sent"}, false},
		{"a copy of ours", SeenMessage{MessageID: "own@x", ReceivedAt: t0.Add(time.Hour), Kind: "own"}, false},
		{"the employer wrote", SeenMessage{MessageID: "news@x", ReceivedAt: t0.Add(time.Hour), Kind: "other"}, true},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.Tx(ctx, func(tx *Tx) error {
				a := followup.Application{Company: fmt.Sprint("Acme", i), Stage: followup.Applied}
				if err := tx.SaveApplication(&a, t0); err != nil {
					return err
				}
				m := tt.msg
				m.Mailbox, m.UID, m.ApplicationID = "INBOX", uint32(i+1), a.ID
				if err := tx.RecordMessage(m, t0); err != nil {
					return err
				}
				got, err := tx.HeardSince(a.ID, t0, "named@x")
				if err != nil || got != tt.want {
					t.Errorf("HeardSince after %s = %v, %v, want %v", tt.name, got, err, tt.want)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}
