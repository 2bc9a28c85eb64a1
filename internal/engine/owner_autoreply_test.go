package engine

import (
	"fmt"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
)

// TestOwnersVacationReplyIsNoLetter: the owner's out-of-office reply to an
// interviewer, filed in Sent, is not a thank-you written by hand: ours is
// not cancelled because of it.
func TestOwnersVacationReplyIsNoLetter(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(interviewMsg("c1@northwind.example", 0, ivStart))
	h.at(ivStart.Add(3 * time.Hour))
	h.sentByHand(fmt.Sprintf("From: Alex Candidate <%s>\nTo: Priya Raman <priya.raman@northwind.example>\nSubject: Out of office: Re: Next steps\n"+
		"Date: Tue, 10 Mar 2026 12:30:00 +0000\nMessage-ID: <ooo-1@candidate.example>\nAuto-Submitted: auto-replied\nContent-Type: text/plain; charset=utf-8\n\n"+
		"I am away until Monday with limited access to email.\n", ownerAddr))
	for _, f := range h.followups() {
		if f.State == followup.Cancelled {
			t.Errorf("thank-you to %s cancelled by the owner's automatic reply", f.Recipient.Email)
		}
	}
}
