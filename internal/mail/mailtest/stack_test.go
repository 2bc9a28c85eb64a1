package mailtest

import (
	"net/smtp"
	"strings"
	"testing"
	"time"
)

// TestStack checks the harness itself: SMTP routing to the candidate and to the sink (with
// Delivered-To), the \Sent mailbox, fresh accounts. Skipped without MAILSTACK_DIR.
func TestStack(t *testing.T) {
	s := Stack(t)
	tag := time.Now().Format("150405.000000000")
	msg := "From: jane@acme.example\r\nTo: candidate@example.test\r\nSubject: stack " + tag + "\r\n\r\nhello\r\n"
	if err := smtp.SendMail(s.SMTPAddr, nil, "jane@acme.example", []string{"candidate@example.test", "someone@elsewhere.example"}, []byte(msg)); err != nil {
		t.Fatalf("SMTP to the stack: %v", err)
	}
	find := func(a Account) string {
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			for _, raw := range s.Messages(t, a, "INBOX") {
				if strings.Contains(string(raw), "Subject: stack "+tag) {
					return string(raw)
				}
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("the message did not reach %s within 10s", a.User)
		return ""
	}
	if raw := find(s.Candidate); !strings.Contains(raw, "Delivered-To: candidate@example.test") {
		t.Errorf("candidate's copy lacks Delivered-To: candidate@example.test:\n%s", raw)
	}
	if raw := find(s.Sink); !strings.Contains(raw, "Delivered-To: sink+someone=elsewhere.example@example.test") {
		t.Errorf("sink's copy lacks the original recipient in Delivered-To:\n%s", raw)
	}

	a := s.NewAccount(t, "mailtest-fresh")
	if msgs := s.Messages(t, a, "INBOX"); len(msgs) != 0 {
		t.Errorf("fresh account holds %d messages, want 0", len(msgs))
	}
	s.Append(t, a, s.SentMailbox, []byte(msg))
	if msgs := s.Messages(t, a, s.SentMailbox); len(msgs) != 1 {
		t.Errorf("fresh account's %s holds %d messages after one APPEND, want 1", s.SentMailbox, len(msgs))
	}
	c := dialIMAP(t, s.IMAPAddr, nil, a.User, a.Pass)
	defer c.close()
	list, err := c.c.List("", "*", nil).Collect()
	if err != nil {
		t.Fatal(err)
	}
	sent := false
	for _, l := range list {
		for _, attr := range l.Attrs {
			sent = sent || (l.Mailbox == s.SentMailbox && attr == `\Sent`)
		}
	}
	if !sent {
		t.Errorf("LIST = %+v, want %s with \\Sent", list, s.SentMailbox)
	}
	c2 := dialIMAP(t, s.IMAPSAddr, s.TLSConfig(t), a.User, a.Pass)
	c2.close()
}
