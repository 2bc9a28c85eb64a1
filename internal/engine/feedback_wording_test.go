package engine

import (
	"strings"
	"testing"
	"time"
)

// TestFeedbackRequestThanksForInterviewsOnlyAfterOne: after an interview
// the feedback request thanks for the team's time and asks about the
// interviews; after a rejection on the application alone it does neither
// (it would thank for meetings that never happened).
func TestFeedbackRequestThanksForInterviewsOnlyAfterOne(t *testing.T) {
	const rejection = "Hi Alex,\n\nThank you for your interest in the Senior Data Analyst role at Northwind. Unfortunately, we have decided to move forward with other candidates.\n\nBest,\nMaya Chen\nTalent Acquisition, Northwind"
	t.Run("after an interview", func(t *testing.T) {
		h := newHarness(t, "")
		h.inbox(interviewMsg("c1@northwind.example", 0, ivStart))
		h.at(ivStart.Add(48 * time.Hour))
		h.inbox(plainMsg("Maya Chen <maya.chen@northwind.example>", "r1@northwind.example", "Your application", "Thu, 12 Mar 2026 10:00:00 +0000", rejection))
		body := feedbackRequest(t, h)
		if !strings.Contains(body, "the time you and the team gave me") || !strings.Contains(body, "my application or interviews") {
			t.Errorf("feedback request after an interview does not thank for it:\n%s", body)
		}
	})
	t.Run("on the application alone", func(t *testing.T) {
		h := newHarness(t, "")
		h.at(ivStart)
		h.inbox(plainMsg("Maya Chen <maya.chen@northwind.example>", "r1@northwind.example", "Your application", "Tue, 10 Mar 2026 10:00:00 +0000", rejection))
		body := feedbackRequest(t, h)
		if strings.Contains(body, "interview") || !strings.Contains(body, "for considering my application") {
			t.Errorf("feedback request without an interview speaks of one:\n%s", body)
		}
	})
}

// feedbackRequest returns the body of the one approval request for a
// feedback request.
func feedbackRequest(t *testing.T, h *harness) string {
	t.Helper()
	h.work()
	for _, m := range h.newOwnerMail() {
		if strings.Contains(m.msg.Subject, "feedback request") {
			return m.msg.Body
		}
	}
	t.Fatalf("no approval request for a feedback request: %s", h.states())
	return ""
}
