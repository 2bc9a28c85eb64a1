package demo

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

func TestDemoTellsTheWholeStory(t *testing.T) {
	var out bytes.Buffer
	res, err := Run(context.Background(), &out, Options{})
	if err != nil {
		t.Fatalf("Run = %v\n%s", err, out.String())
	}
	toronto, _ := time.LoadLocation("America/Toronto")
	london, _ := time.LoadLocation("Europe/London")
	want := map[string]time.Time{
		"sam.patel@contoso.example":     time.Date(2026, 3, 6, 9, 0, 0, 0, london),
		"dana.lee@fabrikam.example":     time.Date(2026, 3, 6, 9, 0, 0, 0, london),
		"priya.raman@northwind.example": time.Date(2026, 3, 6, 9, 0, 0, 0, toronto),
		"tom.wu@northwind.example":      time.Date(2026, 3, 6, 9, 0, 0, 0, toronto),
	}
	if len(res.Delivered) != len(want) {
		t.Fatalf("delivered %d letters, want %d:\n%s", len(res.Delivered), len(want), out.String())
	}
	for _, d := range res.Delivered {
		at, ok := want[d.To]
		if !ok {
			t.Errorf("a letter went to %s, who should get none", d.To)
			continue
		}
		// The virtual clock runs fast: a real millisecond is seconds here.
		if d.At.Before(at) || d.At.Sub(at) > time.Minute {
			t.Errorf("letter to %s left at %s, want %s (09:00 in the recipient's zone)", d.To, d.At, at)
		}
		if threaded := !strings.Contains(d.To, "northwind"); d.Threaded != threaded {
			t.Errorf("letter to %s threaded = %v, want %v", d.To, d.Threaded, threaded)
		}
	}
	for _, line := range []string{"read a message: other", "approval request in your inbox", "you reply from your phone: \"notes:", "Summary:",
		// the question and its answer
		"not sure what it says", "question in your inbox: \"[followupd] Did I read these right? (1)\"", "1. Dana Lee <dana.lee@fabrikam.example>",
		"you reply from your phone: \"1 rejection\"", "read a message: rejection (Fabrikam)", "read your answer to the question: 1 done, 0 not",
		"approval request in your inbox: \"[followupd] Approve: feedback request to Dana Lee"} {
		if !strings.Contains(out.String(), line) {
			t.Errorf("the story does not say %q:\n%s", line, out.String())
		}
	}
	if res.Approvals != 5 {
		t.Errorf("approval requests = %d, want 5 (two feedback requests, two thank-yous, and the redraft after notes)", res.Approvals)
	}
}
