package engine

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/mailtest"
	"github.com/followupd/followupd/internal/mail/submit"
	"github.com/followupd/followupd/internal/store"
)

// crashPoint says where a crashingSender stops its goroutine.
type crashPoint int

const (
	beforeSMTP crashPoint = iota // the claim is committed, nothing sent
	afterSMTP                    // the server accepted it, nothing recorded
)

// crashingSender sends through the real sender, but the first message to
// the owner stops the calling goroutine (runtime.Goexit) at the crash
// point: nothing after it in the engine runs, as if the process died there.
type crashingSender struct {
	real  Sender
	at    crashPoint
	fired bool
}

func (c *crashingSender) Send(ctx context.Context, m submit.Mail) error {
	toOwner := len(m.To) == 1 && m.To[0].Email == ownerAddr
	if !toOwner || c.fired {
		return c.real.Send(ctx, m)
	}
	c.fired = true
	if c.at == afterSMTP {
		if err := c.real.Send(ctx, m); err != nil {
			return err
		}
	}
	runtime.Goexit()
	return nil
}

// crashingWork runs the outbox in a goroutine that a crashingSender stops.
func (h *harness) crashingWork(at crashPoint) {
	h.t.Helper()
	real := h.eng.Sender
	h.eng.Sender = &crashingSender{real: real, at: at}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = h.eng.Work(h.ctx, h.now)
	}()
	<-done
	h.eng.Sender = real
}

// restart replaces the engine by a new one over the same store, servers
// and configuration, as a restarted daemon would build it.
func (h *harness) restart() {
	old := h.eng
	h.eng = New(old.Config(), old.Store, old.Templates, old.Secret, old.Sender, old.Mailbox, nil, old.Now)
}

// recover runs the recovery the daemon runs once the mailboxes are caught up.
func (h *harness) recover() {
	h.t.Helper()
	if err := h.eng.Recover(h.ctx, h.now); err != nil {
		h.t.Fatalf("Recover = %v", err)
	}
}

// deliver puts a message the SMTP server accepted into the owner's inbox
// and hands it to the engine, as the watcher would.
func (h *harness) deliver(m mail) {
	h.t.Helper()
	h.imap.Append(h.t, "INBOX", m.raw)
	h.inbox(strings.ReplaceAll(string(m.raw), "\r\n", "\n"))
}

// copiesOf counts the messages with Message-ID id the SMTP server accepted.
func (h *harness) copiesOf(id string) int {
	n := 0
	for _, m := range h.all() {
		if m.msg.MessageID == id {
			n++
		}
	}
	return n
}

func (h *harness) ownerMailSending() []store.OwnerMail {
	h.t.Helper()
	var ms []store.OwnerMail
	if err := h.st.Tx(h.ctx, func(tx *store.Tx) (err error) {
		ms, err = tx.SendingOwnerMail()
		return err
	}); err != nil {
		h.t.Fatal(err)
	}
	return ms
}

func TestOwnerMailCrashAfterTheServerAcceptedIt(t *testing.T) {
	tests := []struct {
		name string
		// arrives: when the accepted copy reaches the inbox: before the
		// restart's recovery, or after it but within the grace.
		arrivesAfterRecovery bool
	}{
		{"copy read before recovery", false},
		{"copy read after recovery, before the resend", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "")
			h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
			h.crashingWork(afterSMTP)
			got := h.newOwnerMail()
			if len(got) != 1 || got[0].msg.Get("X-Followupd") != "approval-request" {
				t.Fatalf("before the crash the server accepted %d owner messages, want the approval request", len(got))
			}
			if n := len(h.ownerMailSending()); n != 1 {
				t.Fatalf("after the crash %d owner messages in sending, want 1", n)
			}
			id := got[0].msg.MessageID

			h.restart()
			if !tt.arrivesAfterRecovery {
				h.deliver(got[0])
			}
			h.recover()
			h.work()
			if tt.arrivesAfterRecovery {
				h.at(h.now.Add(30 * time.Second))
				h.deliver(got[0])
			}
			for _, d := range []time.Duration{time.Minute, 3 * time.Minute, time.Hour} {
				h.at(h.now.Add(d))
				h.work()
			}
			if n := h.copiesOf(id); n != 1 {
				t.Fatalf("copies of the approval request after the restart = %d, want 1", n)
			}
			if n := len(h.ownerMailSending()); n != 0 {
				t.Fatalf("after recovery %d owner messages still in sending, want 0", n)
			}
			// The one copy still works: the owner's "send" is obeyed.
			h.inbox(answer(got[0], ownerAddr, "send"))
			h.work()
			if n := h.newOwnerMail(); len(n) != 1 || !strings.Contains(n[0].msg.Subject, "Scheduled") {
				t.Fatalf("after answering the one copy: %d owner messages, want the confirmation", len(n))
			}
		})
	}
}

func TestOwnerMailCrashBeforeSMTPIsSentOnceAfterCatchUp(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
	h.crashingWork(beforeSMTP)
	if got := h.newOwnerMail(); len(got) != 0 {
		t.Fatalf("crash before SMTP: the server accepted %d owner messages, want 0", len(got))
	}
	h.restart()
	h.work()
	if got := h.newOwnerMail(); len(got) != 0 {
		t.Fatalf("before the mailboxes caught up, %d owner messages were sent again, want 0", len(got))
	}
	h.recover()
	h.work()
	if got := h.newOwnerMail(); len(got) != 0 {
		t.Fatalf("within the grace after recovery, %d owner messages were sent again, want 0", len(got))
	}
	h.at(h.now.Add(ownerMailGrace))
	h.work()
	got := h.newOwnerMail()
	if len(got) != 1 || got[0].msg.Get("X-Followupd") != "approval-request" {
		t.Fatalf("after the grace: %d owner messages, want the approval request once", len(got))
	}
	h.at(h.now.Add(time.Hour))
	h.recover()
	h.work()
	if n := h.copiesOf(got[0].msg.MessageID); n != 1 {
		t.Fatalf("copies of the approval request = %d, want 1", n)
	}
	if n := h.answerNew("send"); n != 0 {
		t.Fatalf("unexpected further requests: %d", n)
	}
	h.inbox(answer(got[0], ownerAddr, "send"))
	h.work()
	if n := h.newOwnerMail(); len(n) != 1 || !strings.Contains(n[0].msg.Subject, "Scheduled") {
		t.Fatalf("after answering the resent request: %d owner messages, want the confirmation", len(n))
	}
}

// TestRecoverLeavesASendInFlightAlone: the daemon runs Recover while the
// outbox works; a message this process is sending right now is not a crash.
func TestRecoverLeavesASendInFlightAlone(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
	release := h.smtp.Hold(mailtest.SMTPStageMail)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = h.eng.Work(h.ctx, h.now)
	}()
	deadline := time.Now().Add(10 * time.Second)
	for len(h.ownerMailSending()) == 0 {
		if time.Now().After(deadline) {
			release()
			t.Fatal("the outbox never claimed the approval request")
		}
		time.Sleep(10 * time.Millisecond)
	}
	h.at(h.now.Add(time.Hour)) // long after the claim: only the in-flight set protects it
	if err := h.eng.Recover(h.ctx, h.now); err != nil {
		t.Fatal(err)
	}
	if n := len(h.ownerMailSending()); n != 1 {
		t.Errorf("Recover during the send left %d owner messages in sending, want 1 (untouched)", n)
	}
	release()
	<-done
	for _, d := range []time.Duration{time.Minute, time.Hour} {
		h.at(h.now.Add(d))
		h.work()
	}
	got := h.newOwnerMail()
	if len(got) != 1 {
		t.Fatalf("owner messages = %d, want 1", len(got))
	}
}

func TestOwnerMailNormalFlowLeavesNothingInSending(t *testing.T) {
	h := newHarness(t, "")
	approveRejection(h)
	h.at(time.Date(2026, 3, 9, 11, 0, 0, 0, london))
	h.work()
	if got := h.employerMail(); len(got) != 1 {
		t.Fatalf("letters sent = %d, want 1", len(got))
	}
	if got := h.newOwnerMail(); len(got) != 1 || !strings.Contains(got[0].msg.Subject, "Sent") {
		t.Fatalf("want one confirmation after the letter left, got %d", len(got))
	}
	if n := len(h.ownerMailSending()); n != 0 {
		t.Fatalf("owner messages left in sending = %d, want 0", n)
	}
	// A restart's recovery then changes nothing.
	h.restart()
	h.recover()
	h.at(h.now.Add(time.Hour))
	h.work()
	if got := h.newOwnerMail(); len(got) != 0 {
		t.Fatalf("recovery after a clean run sent %d owner messages, want 0", len(got))
	}
}

// TestRecoverLeavesALetterInFlightAlone: the same for a letter to an
// employer: no "Did it go out?" for a letter this process is sending.
func TestRecoverLeavesALetterInFlightAlone(t *testing.T) {
	h := newHarness(t, "")
	approveRejection(h)
	h.at(time.Date(2026, 3, 9, 11, 0, 0, 0, london))
	release := h.smtp.Hold(mailtest.SMTPStageMail)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = h.eng.Work(h.ctx, h.now)
	}()
	deadline := time.Now().Add(10 * time.Second)
	for h.followups()[0].State != followup.Sending {
		if time.Now().After(deadline) {
			release()
			t.Fatal("the outbox never claimed the letter")
		}
		time.Sleep(10 * time.Millisecond)
	}
	err := h.eng.Recover(h.ctx, h.now)
	release()
	<-done
	if err != nil {
		t.Fatal(err)
	}
	if f := h.followups()[0]; f.State != followup.Sent {
		t.Fatalf("after the send: %s, want sent", f.State)
	}
	for _, m := range h.newOwnerMail() {
		if strings.Contains(m.msg.Subject, "Did it go out?") {
			t.Fatalf("Recover asked about a letter being sent by this process")
		}
	}
}
