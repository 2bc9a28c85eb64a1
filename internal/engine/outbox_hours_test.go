package engine

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/mailtest"
)

// workEvery runs the outbox every step until stop says so or limit has
// passed, and returns whether stop ended it.
func workEvery(h *harness, step, limit time.Duration, stop func() bool) bool {
	end := h.now.Add(limit)
	for h.now.Before(end) {
		h.at(h.now.Add(step))
		h.work()
		if stop() {
			return true
		}
	}
	return false
}

// TestLettersLeaveOnlyInBusinessHours: a letter sent later than planned
// (the daemon was down, a retry's backoff, the daily cap) still leaves in
// business hours on the recipient's clock, never at 03:00 or midnight.
func TestLettersLeaveOnlyInBusinessHours(t *testing.T) {
	inHours := func(at time.Time) bool {
		l := at.In(london)
		return l.Weekday() != time.Saturday && l.Weekday() != time.Sunday && l.Hour() >= 9 && l.Hour() < 17
	}
	t.Run("overdue after downtime waits for the opening", func(t *testing.T) {
		h := newHarness(t, "")
		approveRejection(h) // due Mon 9 Mar 11:00 London; the daemon is down until Tue 03:00
		h.at(time.Date(2026, 3, 10, 3, 0, 0, 0, london))
		h.work()
		if got := h.employerMail(); len(got) != 0 {
			t.Fatalf("an overdue letter left at %s, want it held until 09:00", h.now.In(london).Format("Mon 15:04 MST"))
		}
		f := h.followups()[0]
		if want := time.Date(2026, 3, 10, 9, 0, 0, 0, london); f.State != followup.Scheduled || !f.DueAt.Equal(want) {
			t.Errorf("held letter: state %s, due %s, want scheduled for %s", f.State, f.DueAt.In(london), want)
		}
		if !workEvery(h, time.Minute, 12*time.Hour, func() bool { return len(h.employerMail()) > 0 }) || !inHours(h.now) {
			t.Errorf("the held letter left at %s, want Tue 09:00 London", h.now.In(london).Format("Mon 15:04 MST"))
		}
	})
	t.Run("retry after a 450 at the end of the day", func(t *testing.T) {
		h := newHarness(t, "")
		approveRejection(h)
		h.at(time.Date(2026, 3, 9, 16, 0, 0, 0, london))
		h.smtp.Fail(450, 8) // the provider is unavailable for about three hours
		if !workEvery(h, time.Minute, 48*time.Hour, func() bool { return len(h.employerMail()) > 0 }) {
			t.Fatalf("the letter never left: %s", h.states())
		}
		if !inHours(h.now) {
			t.Errorf("a letter retried after a 450 left at %s, want within 09:00-17:00 London", h.now.In(london).Format("Mon 15:04 MST"))
		}
	})
	t.Run("held back by the daily cap", func(t *testing.T) {
		h := newHarness(t, "[schedule]\ndaily_send_cap = 1\n")
		h.inbox(interviewMsg("c1@northwind.example", 0, ivStart))
		h.at(ivStart.Add(time.Hour))
		h.work()
		h.answerNew("send")
		if !workEvery(h, time.Minute, 72*time.Hour, func() bool { return len(h.employerMail()) == 2 }) {
			t.Fatalf("the second letter never left: %s", h.states())
		}
		if !inHours(h.now) {
			t.Errorf("the letter held back by daily_send_cap left at %s, want within 09:00-17:00 London", h.now.In(london).Format("Mon 15:04 MST"))
		}
	})
}

// interruptSend leaves an approved feedback request in "unknown": the
// server took the letter and never answered. It returns the "Did it go
// out?" question.
func interruptSend(t *testing.T, h *harness) mail {
	t.Helper()
	approveRejection(h)
	h.at(time.Date(2026, 3, 9, 11, 0, 0, 0, london))
	release := h.smtp.Hold(mailtest.SMTPStageData)
	ctx, cancel := context.WithCancel(h.ctx)
	worked := make(chan struct{})
	go func() { defer close(worked); _ = h.eng.Work(ctx, h.now) }()
	h.smtp.WaitHeld(t, mailtest.SMTPStageData, 10*time.Second) // the letter is handed over
	cancel()
	<-worked
	stored := len(h.smtp.Messages())
	release()
	h.smtp.WaitMessages(t, stored+1, 10*time.Second) // the held letter lands before anything is counted
	h.at(h.now.Add(time.Hour))
	h.work()
	asks := h.newOwnerMail()
	if len(asks) != 1 || !strings.Contains(asks[0].msg.Subject, "Did it go out?") {
		t.Fatalf("want one 'Did it go out?' question, got %d mails", len(asks))
	}
	return asks[0]
}

// TestDidItGoOutAnsweredYesOrNo: "yes" to "Did it go out?" says it went
// out; it must not send a second copy. "no" must not cancel it silently
// either. Both are refused with the three answers that are clear; those
// then work on the refusal notice too.
func TestDidItGoOutAnsweredYesOrNo(t *testing.T) {
	for _, ans := range []string{"Yes", "yes!", "No", "👍", "Oui"} {
		t.Run(ans, func(t *testing.T) {
			h := newHarness(t, "")
			ask := interruptSend(t, h)
			before := len(h.employerMail())
			h.inbox(answer(ask, ownerAddr, ans))
			h.work()
			notices := h.newOwnerMail()
			if len(notices) != 1 || !strings.Contains(notices[0].msg.Subject, "please answer send, sent or cancel") {
				t.Fatalf("answer %q: want one notice asking for send, sent or cancel, got %d mails", ans, len(notices))
			}
			workEvery(h, 15*time.Minute, 24*time.Hour, func() bool { return false })
			if after := len(h.employerMail()); after != before {
				t.Errorf("answer %q to \"Did it go out?\": letters to the employer %d -> %d, want no second copy", ans, before, after)
			}
			if f := h.followups()[0]; f.State != followup.Unknown {
				t.Errorf("answer %q: state %s, want still unknown", ans, f.State)
			}
			// The notice carries the question's token: "sent" to it settles it.
			h.inbox(answer(notices[0], ownerAddr, "sent"))
			h.work()
			if f := h.followups()[0]; f.State != followup.Sent {
				t.Errorf("\"sent\" answered to the notice: state %s, want sent", f.State)
			}
		})
	}
}

// TestAnswerToANoticeIsObeyed: the owner answers a "Not understood" notice
// with "cancel"; the letter must not leave (in auto mode it would have).
func TestAnswerToANoticeIsObeyed(t *testing.T) {
	h := newHarness(t, "[approval]\nmode = \"auto\"\n")
	h.inbox(interviewMsg("c1@northwind.example", 0, ivStart))
	h.at(ivStart.Add(time.Hour))
	h.work()
	reqs := h.newOwnerMail()
	if len(reqs) != 2 {
		t.Fatalf("want 2 approval requests, got %d", len(reqs))
	}
	h.inbox(answer(reqs[0], ownerAddr, "Hmm, Tom was not really in the room"))
	h.work()
	notices := h.newOwnerMail()
	if len(notices) != 1 || !strings.Contains(notices[0].msg.Subject, "Not understood") {
		t.Fatalf("want one 'Not understood' notice, got %d", len(notices))
	}
	// The notice says which letter and where it stands (in auto mode: it
	// will leave unless cancelled).
	for _, want := range []string{"thank-you to Priya Raman", "is still scheduled for", "to: address"} {
		if !strings.Contains(notices[0].msg.Body, want) {
			t.Errorf("'Not understood' notice does not say %q:\n%s", want, notices[0].msg.Body)
		}
	}
	h.inbox(answer(notices[0], ownerAddr, "cancel"))
	h.work()
	workEvery(h, 15*time.Minute, 24*time.Hour, func() bool { return false })
	if got := recipients(h.employerMail()); len(got) != 1 {
		t.Errorf("owner answered \"cancel\" to %q; letters went to %v, want only the one not cancelled", notices[0].msg.Subject, got)
	}
}

// TestApprovalRequestReadLateNeverPlansInThePast: the daemon was down
// when the interview ended; the request it sends the next morning plans
// the letter from now, never at a time already past.
func TestApprovalRequestReadLateNeverPlansInThePast(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(interviewMsg("c1@northwind.example", 0, ivStart)) // Tue 10:00-11:00 London
	h.at(time.Date(2026, 3, 11, 9, 30, 0, 0, london))         // Wed 09:30, within the 24h deadline
	h.work()
	reqs := h.newOwnerMail()
	if len(reqs) != 2 {
		t.Fatalf("approval requests = %d, want 2", len(reqs))
	}
	for _, f := range h.followups() {
		if f.DueAt.Before(h.now) {
			t.Errorf("thank-you to %s planned for %s, before the request went out (%s)", f.Recipient.Email, f.DueAt.In(london), h.now.In(london))
		}
	}
	if !strings.Contains(reqs[0].msg.Body, "Wed 11 Mar 2026, 09:30") {
		t.Errorf("approval request does not plan the letter for now (Wed 09:30):\n%s", reqs[0].msg.Body)
	}
}
