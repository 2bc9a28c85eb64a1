package mailtest_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/followupd/followupd/internal/mail/mailtest"
)

const raw = "From: a@example.test\r\nTo: b@example.test\r\nSubject: hi\r\n\r\nhello\r\n"

// send delivers raw in plain text (go-smtp's SendMail insists on STARTTLS).
func send(s *mailtest.SMTPServer, auth sasl.Client) (err error) {
	c, err := smtp.Dial(s.Addr())
	if err != nil {
		return err
	}
	defer func() {
		if cerr := c.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	if err := c.Hello("client.test"); err != nil {
		return err
	}
	if auth != nil {
		if err := c.Auth(auth); err != nil {
			return err
		}
	}
	return c.SendMail("a@example.test", []string{"b@example.test", "c@example.test"}, strings.NewReader(raw))
}

// code returns the SMTP code of err, 0 if none.
func code(err error) int {
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		return se.Code
	}
	return 0
}

func TestSMTPServerRecords(t *testing.T) {
	s := mailtest.NewSMTPServer(t)
	if err := send(s, nil); err != nil {
		t.Fatalf("SendMail() = %v", err)
	}
	got := s.WaitMessages(t, 1, 5*time.Second)
	if len(got) != 1 || got[0].From != "a@example.test" || strings.Join(got[0].To, ",") != "b@example.test,c@example.test" ||
		string(got[0].Data) != raw || got[0].User != "" {
		t.Errorf("Messages() = %+v, want one message from a@ to b@,c@ with the data sent", got)
	}
	if s.Host() != "127.0.0.1" || s.Port() == 0 || s.Addr() != fmt.Sprintf("127.0.0.1:%d", s.Port()) {
		t.Errorf("Host(), Port(), Addr() = %q, %d, %q", s.Host(), s.Port(), s.Addr())
	}
}

func TestSMTPServerFail(t *testing.T) {
	tests := []struct {
		name   string
		inject func(s *mailtest.SMTPServer)
		want   []int // code of each send in turn; 0 = accepted
	}{
		{"DATA 450 twice", func(s *mailtest.SMTPServer) { s.Fail(450, 2) }, []int{450, 450, 0}},
		{"DATA 550 once", func(s *mailtest.SMTPServer) { s.Fail(550, 1) }, []int{550, 0}},
		{"RCPT 550 once", func(s *mailtest.SMTPServer) { s.FailRcpt(550, 1) }, []int{550, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mailtest.NewSMTPServer(t)
			tt.inject(s)
			accepted := 0
			for i, want := range tt.want {
				err := send(s, nil)
				if got := code(err); got != want {
					t.Errorf("send #%d = %v (code %d), want code %d", i, err, got, want)
				}
				if err == nil {
					accepted++
				}
			}
			if n := len(s.Messages()); n != accepted {
				t.Errorf("Messages() has %d, want %d", n, accepted)
			}
		})
	}
}

func TestSMTPServerAuth(t *testing.T) {
	tests := []struct {
		name  string
		mechs []string
		auth  sasl.Client
		want  int
	}{
		{"plain", nil, sasl.NewPlainClient("", "alex", "pw"), 0},
		{"plain wrong password", nil, sasl.NewPlainClient("", "alex", "nope"), 535},
		{"login", []string{mailtest.SMTPAuthLogin}, sasl.NewLoginClient("alex", "pw"), 0},
		{"login wrong user", []string{mailtest.SMTPAuthLogin}, sasl.NewLoginClient("bob", "pw"), 535},
		{"no auth", nil, nil, 502},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mailtest.NewSMTPServer(t)
			s.RequireAuth("alex", "pw")
			if tt.mechs != nil {
				s.SetAuthMechanisms(tt.mechs...)
			}
			err := send(s, tt.auth)
			if got := code(err); got != tt.want {
				t.Fatalf("send() = %v (code %d), want code %d", err, got, tt.want)
			}
			if tt.want == 0 {
				if got := s.Messages(); len(got) != 1 || got[0].User != "alex" {
					t.Errorf("Messages() = %+v, want one from user alex", got)
				}
			}
		})
	}
}

func TestSMTPServerHold(t *testing.T) {
	s := mailtest.NewSMTPServer(t)
	release := s.Hold(mailtest.SMTPStageRcpt)
	done := make(chan error, 1)
	go func() { done <- send(s, nil) }()
	select {
	case err := <-done:
		t.Fatalf("send() = %v while RCPT was held, want it to wait", err)
	case <-time.After(100 * time.Millisecond):
	}
	release()
	release() // harmless
	if err := <-done; err != nil {
		t.Fatalf("send() after release = %v", err)
	}
	if got := s.WaitMessages(t, 1, 5*time.Second); len(got) != 1 {
		t.Errorf("Messages() has %d, want 1", len(got))
	}
}
