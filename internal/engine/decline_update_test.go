package engine

import (
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
)

// TestOrganisersUpdateDoesNotUndoTheOwnersDecline: after the owner
// declined, the organiser's update (same time, a new link) brings no
// thank-you back, whether it still shows the owner declining or not. An
// update that moves the interview ("can we do Thursday instead?") and does
// not show the owner declining sets it again.
func TestOrganisersUpdateDoesNotUndoTheOwnersDecline(t *testing.T) {
	update := func(partstat string, start time.Time) string {
		text := strings.Replace(rvText, "Tuesday, March 10", start.In(london).Format("Monday, January 2"), 1)
		return rvMsg("Maya Chen <maya.chen@northwind.example>", "upd-1@northwind.example", "Updated invitation: Interview: Alex Candidate - Senior Data Analyst", text,
			rvICS("REQUEST", "iv-7781@northwind.example", 1, start, rvOrg, rvAtt(partstat, "Alex Candidate", ownerAddr), rvPriya, rvTom))
	}
	later := ivStart.Add(48 * time.Hour)
	tests := []struct {
		name    string
		update  string
		wantOff bool
	}{
		{"same time, owner still declined", update("DECLINED", ivStart), true},
		{"same time, owner's answer reset", update("NEEDS-ACTION", ivStart), true},
		{"same time, owner accepted", update("ACCEPTED", ivStart), false},
		{"moved, owner's answer reset", update("NEEDS-ACTION", later), false},
		{"moved, owner still declined", update("DECLINED", later), true},
	}
	for _, first := range []string{"invitation", "decline"} {
		for _, tt := range tests {
			t.Run(first+" read first, "+tt.name, func(t *testing.T) {
				h := newHarness(t, "[approval]\nmode = \"auto\"\n")
				h.at(time.Date(2026, 3, 9, 10, 0, 0, 0, london))
				if first == "invitation" {
					h.inbox(interviewMsg("conf-1@northwind.example", 0, ivStart))
					h.sentByHand(declineMsg())
				} else {
					h.sentByHand(declineMsg())
					h.inbox(interviewMsg("conf-1@northwind.example", 0, ivStart))
				}
				h.inbox(tt.update)
				live := 0
				for _, f := range h.followups() {
					if f.State != followup.Cancelled {
						live++
					}
				}
				if off := live == 0; off != tt.wantOff {
					t.Errorf("after the update: %s; want the interview off: %v", h.states(), tt.wantOff)
				}
			})
		}
	}
}
