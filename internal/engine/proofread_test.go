package engine

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/mail/proofread"
)

// TestApprovalRequestProofreads: the approval request lists the words the
// dictionary of the letter's language does not know (never the names
// known to the letter), or says once that there is no dictionary.
func TestApprovalRequestProofreads(t *testing.T) {
	if _, err := (proofread.Checker{}).Dictionary("fr"); errors.Is(err, proofread.ErrNoDictionary) {
		t.Skip("no French dictionary installed (hunspell, hunspell-fr)")
	}
	tests := []struct {
		name    string
		checker proofread.Checker
		notes   string // the owner's notes, answered to the first request
		want    []string
		not     []string
	}{
		{name: "a clean letter", checker: proofread.Checker{}, not: []string{"dictionary", "Whitfield", "Northwind", "Alex"}},
		{name: "a misspelt note", checker: proofread.Checker{}, notes: "Je reste très motivé par ce posste.",
			want: []string{"words the French dictionary (fr_FR) does not know: posste"}, not: []string{"Whitfield"}},
		{name: "no dictionary", checker: proofread.Checker{Dirs: []string{t.TempDir()}}, want: []string{"no French dictionary installed: not proofread"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "")
			h.eng.Proofread = tt.checker
			h.at(time.Date(2026, 3, 10, 11, 5, 0, 0, london))
			h.inbox(statusMail("promise@northwind.example", "Tue, 10 Mar 2026 11:00:00 +0000", "Votre candidature", receivedFR))
			h.at(time.Date(2026, 3, 18, 0, 1, 0, 0, london))
			h.work()
			sc := h.statusChecks()
			if len(sc) != 1 {
				t.Fatalf("%d status checks, want 1", len(sc))
			}
			req := h.approvalRequest(sc[0].ID)
			if tt.notes != "" {
				h.inbox(answer(req, "Alex Candidate <"+ownerAddr+">", "notes: "+tt.notes))
				h.work()
				req = h.approvalRequest(sc[0].ID)
			}
			body := strings.SplitN(req.msg.Body, "----- the letter", 2)[0]
			for _, w := range tt.want {
				if strings.Count(body, w) != 1 {
					t.Errorf("the approval request does not say once %q:\n%s", w, body)
				}
			}
			_, checks, _ := strings.Cut(body, "Please check:")
			for _, w := range tt.not {
				if strings.Contains(checks, w) {
					t.Errorf("the approval request asks to check %q:\n%s", w, body)
				}
			}
		})
	}
}
