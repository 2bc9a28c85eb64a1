package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/imapwatch"
	"github.com/followupd/followupd/internal/store"
)

// TestStatusStage: an application whose interviews are all over reads
// "interviewed", not "interview_scheduled"; one with an interview to come,
// or whose only interview was called off, keeps its stage.
func TestStatusStage(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Date(2026, 3, 12, 12, 0, 0, 0, time.UTC)
	add := func(company string, start time.Time, state followup.InterviewState) {
		t.Helper()
		err := st.Tx(ctx, func(tx *store.Tx) error {
			a := followup.Application{Company: company, Stage: followup.InterviewScheduled}
			if err := tx.SaveApplication(&a, now); err != nil {
				return err
			}
			iv := followup.Interview{ApplicationID: a.ID, Start: start, End: start.Add(time.Hour), Zone: "Europe/London",
				State: state, SourceMessage: company + "@x"}
			return tx.SaveInterview(&iv, now)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	add("Past", now.Add(-48*time.Hour), followup.InterviewOn)
	add("Coming", now.Add(24*time.Hour), followup.InterviewOn)
	add("Called off", now.Add(-48*time.Hour), followup.InterviewCancelled)
	rep, err := buildStatus(ctx, st, now)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Past": "interviewed", "Coming": "interview_scheduled", "Called off": "interview_scheduled"}
	for _, a := range rep.Applications {
		if a.Stage != want[a.Company] {
			t.Errorf("status stage of %s = %q, want %q", a.Company, a.Stage, want[a.Company])
		}
	}
}

// TestStatusUnsure: the messages followupd is unsure of and has not had an
// answer about are listed (text and JSON); answered and dropped ones are not.
func TestStatusUnsure(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Date(2026, 3, 12, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		state  followup.ItemState
		listed bool
	}{
		{"open", followup.ItemOpen, true},
		{"answered", followup.ItemAnswered, false},
		{"dropped", followup.ItemDropped, false},
	}
	for _, tt := range tests {
		err := st.Tx(ctx, func(tx *store.Tx) error {
			it := followup.Item{MessageKey: tt.name + "@x", From: followup.Person{Name: "Dana", Email: "dana@x.example"}, Subject: tt.name,
				ReceivedAt: now, Kind: "other", Confidence: 0.99, Doubt: followup.JobOther}
			if err := tx.AddUnsure(&it, []byte("raw"), now); err != nil {
				return err
			}
			it.State = tt.state
			return tx.SaveItem(it)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	rep, err := buildStatus(ctx, st, now)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	printStatus(&b, rep, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			listed := false
			for _, u := range rep.Unsure {
				listed = listed || u.Subject == tt.name
			}
			if listed != tt.listed {
				t.Errorf("status lists the %s item: %v, want %v", tt.name, listed, tt.listed)
			}
			if got := strings.Contains(b.String(), fmt.Sprintf("%q", tt.name)); got != tt.listed {
				t.Errorf("status text shows the %s item: %v, want %v:\n%s", tt.name, got, tt.listed, b.String())
			}
		})
	}
}

func TestStatusShowsStatusCheck(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Date(2026, 3, 12, 12, 0, 0, 0, time.UTC)
	err = st.Tx(ctx, func(tx *store.Tx) error {
		a := followup.Application{Company: "Northwind", Stage: followup.Applied, StatedBy: time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC)}
		if err := tx.SaveApplication(&a, now); err != nil {
			return err
		}
		f := followup.Followup{Kind: followup.StatusCheck, ApplicationID: a.ID, State: followup.Drafted, MessageID: "status@x", Zone: "UTC",
			Recipient: followup.Person{Email: "dana@northwind.example"}, EventAt: now, RequestAt: time.Date(2026, 3, 18, 0, 0, 0, 0, time.UTC)}
		return tx.AddFollowup(&f, now)
	})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := buildStatus(ctx, st, now)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	printStatus(&out, rep, time.UTC)
	for _, want := range []string{"they said they would answer by Fri 13 Mar", "#1 status-check", "you will be asked Wed 18 Mar 00:00 UTC unless they write first"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("status does not say %q:\n%s", want, out.String())
		}
	}
}

// TestStatusScanProgress: while a long scan runs, status says how far it is
// (text and JSON); once it is over, nothing about it.
func TestStatusScanProgress(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 12, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		scan     *imapwatch.ScanProgress
		wantText string // "" : no scan shown
	}{
		{"first scan", &imapwatch.ScanProgress{First: true, Done: 4000, Total: 20000, Rate: 1532.4, Started: now}, "first scan: 4000 of 20000 messages (1532/s)"},
		{"caught up", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := store.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			b, _ := json.Marshal([]imapwatch.Status{{State: imapwatch.StateSyncing, Role: imapwatch.RoleInbox, Mailbox: "INBOX", Since: now, Scan: tt.scan}})
			if err := st.SetStatus(ctx, "watcher", string(b), now); err != nil {
				t.Fatal(err)
			}
			rep, err := buildStatus(ctx, st, now)
			if err != nil {
				t.Fatal(err)
			}
			var text strings.Builder
			printStatus(&text, rep, time.UTC)
			js, _ := json.Marshal(rep)
			if tt.wantText == "" {
				if strings.Contains(text.String(), "scan:") || strings.Contains(string(js), `"scan"`) {
					t.Errorf("status shows a scan when none runs:\n%s\n%s", text.String(), js)
				}
				return
			}
			if !strings.Contains(text.String(), tt.wantText) {
				t.Errorf("status text lacks %q:\n%s", tt.wantText, text.String())
			}
			if !strings.Contains(string(js), `"scan":{"first":true,"done":4000,"total":20000,"per_second":1532`) {
				t.Errorf("status --json lacks the scan's progress: %s", js)
			}
		})
	}
}
