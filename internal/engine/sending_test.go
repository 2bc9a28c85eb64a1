package engine

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/mailtest"
	"github.com/followupd/followupd/internal/store"
)

// Sending: SMTP failures, the daily cap, and crashes while sending.

// approveRejection brings a feedback request to "approved", the owner's
// mail read.
func approveRejection(h *harness) {
	h.t.Helper()
	h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
	h.work()
	if n := h.answerNew("send"); n != 1 {
		h.t.Fatalf("want one approval request, got %d", n)
	}
	h.work() // the confirmation leaves
	h.newOwnerMail()
}

// crash leaves a follow-up as a crash would: claimed, maybe sent.
func crash(t *testing.T, h *harness, sentToo bool) followup.Followup {
	t.Helper()
	approveRejection(h)
	f := h.followups()[0]
	err := h.st.Tx(h.ctx, func(tx *store.Tx) error {
		f.State, f.Attempts = followup.Sending, 1
		return tx.SaveFollowup(&f, followup.Claimed, "attempt 1", h.now)
	})
	if err != nil {
		t.Fatal(err)
	}
	if sentToo {
		// The letter left and was copied to Sent; the crash came before
		// the store recorded it.
		h.imap.Append(t, "Sent", []byte("From: "+ownerAddr+"\r\nTo: sam.patel@contoso.example\r\nSubject: Re: x\r\nMessage-ID: <"+f.MessageID+">\r\n\r\nbody\r\n"))
	}
	return f
}

func TestCrashBetweenClaimAndSendAsksTheOwner(t *testing.T) {
	h := newHarness(t, "")
	crash(t, h, false)
	if err := h.eng.Recover(h.ctx, h.now); err != nil {
		t.Fatal(err)
	}
	if f := h.followups()[0]; f.State != followup.Unknown {
		t.Fatalf("after recovery: %s, want unknown", f.State)
	}
	h.at(h.now.Add(3 * time.Hour))
	h.work()
	if got := h.employerMail(); len(got) != 0 {
		t.Fatalf("sent again without asking: %v", recipients(got))
	}
	if n := h.answerNew("send"); n != 1 {
		t.Fatalf("the owner was asked %d times, want once", n)
	}
	h.work()
	h.at(h.now.Add(time.Hour))
	h.work()
	if got := h.employerMail(); len(got) != 1 {
		t.Fatalf("after the owner's send: %d mails, want 1", len(got))
	}
}

func TestCrashAfterSendIsFoundInSent(t *testing.T) {
	h := newHarness(t, "")
	crash(t, h, true)
	if err := h.eng.Recover(h.ctx, h.now); err != nil {
		t.Fatal(err)
	}
	if f := h.followups()[0]; f.State != followup.Sent {
		t.Fatalf("after recovery: %s, want sent (found in Sent)", f.State)
	}
	h.at(h.now.Add(3 * time.Hour))
	h.work()
	if got := h.employerMail(); len(got) != 0 {
		t.Fatalf("sent a second copy: %v", recipients(got))
	}
}

func TestSMTPFailures(t *testing.T) {
	h := newHarness(t, "")
	approveRejection(h)
	h.at(time.Date(2026, 3, 9, 11, 0, 0, 0, london))
	h.smtp.Fail(450, 1)
	h.work()
	if got := h.employerMail(); len(got) != 0 {
		t.Fatalf("a 450 delivered %d mails", len(got))
	}
	f := h.followups()[0]
	if f.State != followup.Scheduled || f.Attempts != 1 || f.LastError == "" {
		t.Fatalf("after a 450: state %s, attempts %d, last error %q; want scheduled for a retry", f.State, f.Attempts, f.LastError)
	}
	h.at(h.now.Add(2 * time.Minute))
	h.work()
	if got := h.employerMail(); len(got) != 1 {
		t.Fatalf("after the retry %d mails, want 1", len(got))
	}

	h2 := newHarness(t, "")
	approveRejection(h2)
	h2.at(time.Date(2026, 3, 9, 11, 0, 0, 0, london))
	h2.smtp.Fail(550, 1)
	h2.work()
	h2.at(h2.now.Add(time.Hour))
	h2.work()
	if f := h2.followups()[0]; f.State != followup.Failed {
		t.Fatalf("after a 550: state %s, want failed", f.State)
	}
	if n := h2.newOwnerMail(); len(n) != 1 || !strings.Contains(n[0].msg.Subject, "Failed") {
		t.Fatalf("after a 550 the owner must be told")
	}
}

func TestUncertainSendAsksTheOwner(t *testing.T) {
	h := newHarness(t, "")
	approveRejection(h)
	h.at(time.Date(2026, 3, 9, 11, 0, 0, 0, london))
	release := h.smtp.Hold(mailtest.SMTPStageData) // the server takes the letter and never answers
	ctx, cancel := context.WithCancel(h.ctx)
	worked := make(chan struct{})
	go func() { defer close(worked); _ = h.eng.Work(ctx, h.now) }()
	h.smtp.WaitHeld(t, mailtest.SMTPStageData, 10*time.Second) // the letter is handed over
	cancel()
	<-worked
	stored := len(h.smtp.Messages())
	release()
	h.smtp.WaitMessages(t, stored+1, 10*time.Second) // the held letter lands before anything is counted
	if f := h.followups()[0]; f.State != followup.Unknown {
		t.Fatalf("after a send cut off mid-DATA: %s, want unknown (never resent blindly)", f.State)
	}
	h.at(h.now.Add(time.Hour))
	h.work()
	n := len(h.employerMail())
	if n > 1 {
		t.Fatalf("%d copies reached the employer", n)
	}
	asks := h.newOwnerMail()
	if len(asks) != 1 || !strings.Contains(asks[0].msg.Subject, "Did it go out?") {
		t.Fatalf("the owner must be asked once whether to send again; got %d mails", len(asks))
	}
}

func TestBlindCopyInTheInboxProvesALetterLeft(t *testing.T) {
	h := newHarness(t, "")
	f := crash(t, h, false)
	// The letter left just before the crash; its blind copy is in the inbox.
	h.inbox("From: Alex Candidate <" + ownerAddr + ">\nTo: sam.patel@contoso.example\nSubject: Re: x\nDate: Mon, 09 Mar 2026 11:00:00 +0000\nMessage-ID: <" + f.MessageID + ">\n\nbody\n")
	if err := h.eng.Recover(h.ctx, h.now); err != nil {
		t.Fatal(err)
	}
	if got := h.followups()[0]; got.State != followup.Sent {
		t.Fatalf("after the copy arrived: %s, want sent", got.State)
	}
	h.at(h.now.Add(3 * time.Hour))
	h.work()
	if n := len(h.employerMail()); n != 0 {
		t.Fatalf("sent a second copy")
	}
	for _, m := range h.newOwnerMail() {
		if strings.Contains(m.msg.Subject, "Did it go out?") {
			t.Fatalf("asked the owner needlessly")
		}
	}
}

func TestOwnerSaysTheInterruptedLetterWentOut(t *testing.T) {
	h := newHarness(t, "")
	crash(t, h, false)
	if err := h.eng.Recover(h.ctx, h.now); err != nil {
		t.Fatal(err)
	}
	h.work()
	asks := h.newOwnerMail()
	if len(asks) != 1 {
		t.Fatalf("want the owner asked once, got %d", len(asks))
	}
	h.inbox(answer(asks[0], ownerAddr, "It was sent."))
	h.at(h.now.Add(3 * time.Hour))
	h.work()
	if f := h.followups()[0]; f.State != followup.Sent {
		t.Fatalf("after the owner said it went out: %s, want sent", f.State)
	}
	if n := len(h.employerMail()); n != 0 {
		t.Fatalf("sent it again")
	}
}

func TestDailyCap(t *testing.T) {
	h := newHarness(t, "[schedule]\ndaily_send_cap = 1\n")
	h.inbox(interviewMsg("c1@northwind.example", 0, ivStart))
	h.at(ivStart.Add(time.Hour))
	h.work()
	h.answerNew("send")
	h.at(ivStart.Add(3 * time.Hour))
	h.work()
	if got := h.employerMail(); len(got) != 1 {
		t.Fatalf("with a cap of 1: %d sent today, want 1", len(got))
	}
	h.at(ivStart.Add(23 * time.Hour)) // next day 09:00
	h.work()
	if got := h.employerMail(); len(got) != 2 {
		t.Fatalf("the next day: %d sent in all, want 2", len(got))
	}
}
