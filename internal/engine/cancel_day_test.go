package engine

import (
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
)

// TestCancellationNamingOnlyADay: "we need to cancel your interview on
// Thursday", with no UID, time, person or round, calls off Thursday's
// interview of two and leaves Tuesday's thank-yous alone.
func TestCancellationNamingOnlyADay(t *testing.T) {
	h := newHarness(t, "[approval]\nmode = \"auto\"\n")
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "c1@northwind.example", "Interview confirmed: Senior Data Analyst", rvText,
		rvICS("REQUEST", "iv-1@northwind.example", 0, ivStart, rvOrg, rvMe, rvPriya)))
	second := ivStart.Add(48 * time.Hour)
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "c2@northwind.example", "Interview confirmed: Senior Data Analyst",
		strings.Replace(rvText, "Tuesday, March 10", "Thursday, March 12", 1),
		rvICS("REQUEST", "iv-2@northwind.example", 0, second, rvOrg, rvMe, rvTom)))
	h.inbox(plainMsg("Maya Chen <maya.chen@northwind.example>", "x1@northwind.example", "Change of plans",
		"Mon, 09 Mar 2026 12:00:00 +0000",
		"Hi Alex,\n\nUnfortunately we need to cancel your interview on Thursday. We will be in touch with a new date.\n\nBest,\nMaya Chen\nTalent Acquisition, Northwind"))
	for _, f := range h.followups() {
		want := followup.Drafted
		if f.Recipient.Email == "tom.wu@northwind.example" {
			want = followup.Cancelled
		}
		if f.State != want || f.NeedsReply {
			t.Errorf("thank-you to %s: %s (needs reply %v), want %s", f.Recipient.Email, f.State, f.NeedsReply, want)
		}
	}
	h.runDays(4)
	if got := recipients(h.employerMail()); has(got, "tom.wu@northwind.example") || !has(got, "priya.raman@northwind.example") {
		t.Errorf("after Thursday's interview was cancelled, thank-yous went to %v, want Priya's (Tuesday) only", got)
	}
}
