package engine

// Problems found by the second red-team review, each shown by a test that
// failed before its fix.

import (
	"testing"
	"time"
)

// The owner's answer is mail to oneself: the client files its copy in Sent
// before the inbox copy arrives, and the watcher reads both folders in
// parallel. Whichever copy is read first is the answer, acted on once.
func TestAnswerReadFirstInSentIsObeyedOnce(t *testing.T) {
	tests := []struct {
		name, mode, answer string
		sentFirst          bool
		wantSent           bool
	}{
		{"auto mode, cancel read in Sent first", "auto", "cancel", true, false},
		{"reply mode, send read in Sent first", "reply", "send", true, true},
		{"auto mode, cancel read in the inbox first", "auto", "cancel", false, false},
		{"reply mode, send read in the inbox first", "reply", "send", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "[approval]\nmode = \""+tt.mode+"\"\n")
			h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
			h.work()
			reqs := h.newOwnerMail()
			if len(reqs) != 1 {
				t.Fatalf("want 1 approval request, got %d", len(reqs))
			}
			raw := answer(reqs[0], ownerAddr, tt.answer)
			if tt.sentFirst {
				h.sentByHand(raw)
				h.inbox(raw)
			} else {
				h.inbox(raw)
				h.sentByHand(raw)
			}
			h.work()
			if got := h.newOwnerMail(); len(got) != 1 {
				t.Errorf("two copies of the answer %q gave %d mails to the owner, want 1 confirmation", tt.answer, len(got))
			}
			h.at(h.now.Add(72 * time.Hour))
			h.runDays(1)
			if sent := len(h.employerMail()) == 1; sent != tt.wantSent {
				t.Errorf("owner answered %q: sent = %v, want %v (%s)", tt.answer, sent, tt.wantSent, h.states())
			}
		})
	}
}
