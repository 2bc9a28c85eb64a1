package main

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
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
