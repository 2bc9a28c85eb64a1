package submit_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/mail/mailtest"
	"github.com/followupd/followupd/internal/mail/submit"
)

var date = time.Date(2026, 11, 24, 17, 0, 0, 0, time.FixedZone("EST", -5*3600))

func letter() submit.Mail {
	return submit.Mail{
		From:      submit.Person{Name: "Alex Candidate", Email: "alex@example.com"},
		To:        []submit.Person{{Name: "Jane Doe", Email: "jane.doe@acme.example"}},
		Subject:   "Thank you — Senior Data Analyst interview",
		Body:      "Dear Jane,\n\nThank you for your time today. A long line that goes on and on so that quoted-printable must wrap it somewhere past seventy-six characters.\n.\nBest regards,\nAlex\n",
		MessageID: "fu-42.1@followupd.example.com",
		Date:      date,
	}
}

func plainConfig(s *mailtest.SMTPServer) submit.Config {
	return submit.Config{Host: s.Host(), Port: s.Port(), Security: "none", HELO: "client.test", Timeout: 20 * time.Second}
}

func password(pw string) func(context.Context) (string, error) {
	return func(context.Context) (string, error) { return pw, nil }
}

func mustNew(t *testing.T, cfg submit.Config) *submit.Sender {
	t.Helper()
	s, err := submit.New(cfg)
	if err != nil {
		t.Fatalf("New(%+v) = %v", cfg, err)
	}
	return s
}

// parse reads a received message and returns its header and decoded body.
func parse(t *testing.T, data []byte) (mail.Header, string) {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("ReadMessage() = %v\n%s", err, data)
	}
	body := msg.Body
	if strings.EqualFold(msg.Header.Get("Content-Transfer-Encoding"), "quoted-printable") {
		body = quotedprintable.NewReader(body)
	}
	b, err := io.ReadAll(body)
	if err != nil {
		t.Fatal(err)
	}
	return msg.Header, strings.ReplaceAll(string(b), "\r\n", "\n")
}

func TestSendRecords(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(m *submit.Mail)
		headers map[string]string // header -> want value ("" = absent)
	}{
		{"employer letter", func(*submit.Mail) {}, map[string]string{
			"Message-Id": "<fu-42.1@followupd.example.com>", "Auto-Submitted": "", "X-Mailer": "", "User-Agent": "",
			"In-Reply-To": "", "References": "", "Date": "Tue, 24 Nov 2026 17:00:00 -0500",
			"To": `"Jane Doe" <jane.doe@acme.example>`, "From": `"Alex Candidate" <alex@example.com>`}},
		{"reply in thread", func(m *submit.Mail) {
			m.InReplyTo = "rej-77@acme.example"
			m.References = []string{"<app-1@acme.example>", "int-2@acme.example", "rej-77@acme.example"}
		}, map[string]string{"In-Reply-To": "<rej-77@acme.example>",
			"References": "<app-1@acme.example> <int-2@acme.example> <rej-77@acme.example>"}},
		{"owner mail marked automatic", func(m *submit.Mail) {
			m.To = []submit.Person{{Name: "Alex Candidate", Email: "alex@example.com"}}
			m.Headers = map[string]string{"Auto-Submitted": "auto-generated", "X-Followupd": "approval; id=42"}
		}, map[string]string{"Auto-Submitted": "auto-generated", "X-Followupd": "approval; id=42", "X-Mailer": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := mailtest.NewSMTPServer(t)
			m := letter()
			tt.edit(&m)
			if err := mustNew(t, plainConfig(srv)).Send(context.Background(), m); err != nil {
				t.Fatalf("Send() = %v", err)
			}
			got := srv.WaitMessages(t, 1, 10*time.Second)
			if len(got) != 1 {
				t.Fatalf("server got %d messages, want 1", len(got))
			}
			r := got[0]
			if r.From != m.From.Email {
				t.Errorf("MAIL FROM = %q, want %q", r.From, m.From.Email)
			}
			if len(r.To) != len(m.To) || r.To[0] != m.To[0].Email {
				t.Errorf("RCPT TO = %q, want %q", r.To, m.To[0].Email)
			}
			built, err := submit.Build(m)
			if err != nil {
				t.Fatalf("Build() = %v", err)
			}
			if !bytes.Equal(bytes.TrimRight(r.Data, "\r\n"), bytes.TrimRight(built, "\r\n")) {
				t.Errorf("sent bytes differ from Build():\n--- sent ---\n%s\n--- built ---\n%s", r.Data, built)
			}
			h, body := parse(t, r.Data)
			for k, want := range tt.headers {
				if got := h.Get(k); got != want {
					t.Errorf("header %s = %q, want %q", k, got, want)
				}
			}
			subject, err := new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
			if err != nil || subject != m.Subject {
				t.Errorf("Subject = %q (%v), want %q", subject, err, m.Subject)
			}
			if body != m.Body {
				t.Errorf("body = %q, want %q", body, m.Body)
			}
		})
	}
}

// closedPort returns a loopback port with nothing listening.
func closedPort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	return port
}

func TestSendErrors(t *testing.T) {
	tests := []struct {
		name     string
		setup    func(s *mailtest.SMTPServer, cfg *submit.Config)
		wantCode int
		wantTemp bool
	}{
		{"450 at DATA is temporary", func(s *mailtest.SMTPServer, _ *submit.Config) { s.Fail(450, 1) }, 450, true},
		{"550 at DATA is permanent", func(s *mailtest.SMTPServer, _ *submit.Config) { s.Fail(550, 1) }, 550, false},
		{"451 at RCPT is temporary", func(s *mailtest.SMTPServer, _ *submit.Config) { s.FailRcpt(451, 1) }, 451, true},
		{"550 at RCPT is permanent", func(s *mailtest.SMTPServer, _ *submit.Config) { s.FailRcpt(550, 1) }, 550, false},
		{"connection refused is temporary", func(_ *mailtest.SMTPServer, cfg *submit.Config) { cfg.Port = closedPort(t) }, 0, true},
		{"STARTTLS missing is permanent", func(_ *mailtest.SMTPServer, cfg *submit.Config) { cfg.Security = "starttls" }, 0, false},
		{"auth required but not configured is permanent", func(s *mailtest.SMTPServer, _ *submit.Config) { s.RequireAuth("alex", "pw") }, 502, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := mailtest.NewSMTPServer(t)
			cfg := plainConfig(srv)
			tt.setup(srv, &cfg)
			err := mustNew(t, cfg).Send(context.Background(), letter())
			var se *submit.Error
			if !errors.As(err, &se) {
				t.Fatalf("Send() = %v (%T), want a *submit.Error", err, err)
			}
			if se.Code != tt.wantCode || se.Temporary() != tt.wantTemp || se.Uncertain {
				t.Errorf("Send() = %v: Code %d, Temporary() %v, Uncertain %v; want Code %d, Temporary() %v, Uncertain false",
					err, se.Code, se.Temporary(), se.Uncertain, tt.wantCode, tt.wantTemp)
			}
			if n := len(srv.Messages()); n != 0 {
				t.Errorf("server recorded %d messages after a failed send, want 0", n)
			}
		})
	}
}

func TestSendRetryAfterTemporary(t *testing.T) {
	srv := mailtest.NewSMTPServer(t)
	srv.Fail(450, 1)
	s := mustNew(t, plainConfig(srv))
	err := s.Send(context.Background(), letter())
	var se *submit.Error
	if !errors.As(err, &se) || !se.Temporary() {
		t.Fatalf("first Send() = %v, want a temporary error", err)
	}
	if err := s.Send(context.Background(), letter()); err != nil {
		t.Fatalf("second Send() = %v, want nil", err)
	}
	if got := srv.WaitMessages(t, 1, 10*time.Second); len(got) != 1 {
		t.Errorf("server got %d messages, want 1", len(got))
	}
}

func TestSendCancel(t *testing.T) {
	tests := []struct {
		name          string
		stage         mailtest.SMTPStage
		wantUncertain bool
	}{
		{"cancelled before the message is sent", mailtest.SMTPStageMail, false},
		{"cancelled while the server holds the data", mailtest.SMTPStageData, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := mailtest.NewSMTPServer(t)
			release := srv.Hold(tt.stage)
			defer release()
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- mustNew(t, plainConfig(srv)).Send(ctx, letter()) }()
			srv.WaitHeld(t, tt.stage, 10*time.Second) // the client is at the held stage
			cancel()
			var err error
			select {
			case err = <-done:
			case <-time.After(15 * time.Second):
				t.Fatal("Send() did not return after its context was cancelled")
			}
			var se *submit.Error
			if !errors.As(err, &se) || !errors.Is(err, context.Canceled) {
				t.Fatalf("Send() = %v, want a *submit.Error wrapping context.Canceled", err)
			}
			if se.Uncertain != tt.wantUncertain || se.Temporary() == tt.wantUncertain {
				t.Errorf("Send() = %v: Uncertain %v, Temporary() %v; want Uncertain %v", err, se.Uncertain, se.Temporary(), tt.wantUncertain)
			}
		})
	}

	t.Run("already cancelled", func(t *testing.T) {
		srv := mailtest.NewSMTPServer(t)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		err := mustNew(t, plainConfig(srv)).Send(ctx, letter())
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Send(cancelled) = %v, want context.Canceled", err)
		}
		if n := len(srv.Messages()); n != 0 {
			t.Errorf("server recorded %d messages, want 0", n)
		}
	})
}

func TestSecurity(t *testing.T) {
	tests := []struct {
		host     string
		security string
		wantErr  bool
	}{
		{"127.0.0.1", "none", false},
		{"::1", "none", false},
		{"[::1]", "none", false},
		{"localhost", "none", false},
		{"smtp.example.com", "none", true},
		{"127.0.0.1.example.com", "none", true},
		{"192.168.1.10", "none", true},
		{"smtp.example.com", "starttls", false},
		{"smtp.example.com", "tls", false},
		{"smtp.example.com", "ssl", true},
		{"smtp.example.com", "", true},
	}
	for _, tt := range tests {
		_, err := submit.New(submit.Config{Host: tt.host, Port: 587, Security: tt.security})
		if (err != nil) != tt.wantErr {
			t.Errorf("New(%q, %q) = %v, want error %v", tt.host, tt.security, err, tt.wantErr)
		}
		if cerr := submit.Check(context.Background(), submit.Config{Host: tt.host, Port: 1, Security: tt.security}); tt.wantErr && cerr == nil {
			t.Errorf("Check(%q, %q) = nil, want an error", tt.host, tt.security)
		}
	}
}

func TestAuth(t *testing.T) {
	const secret = "correct horse battery staple"
	tests := []struct {
		name     string
		password string
		wantCode int // 0: success
	}{
		{"right password", secret, 0},
		{"wrong password", "hunter2-wrong-password", 535},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := mailtest.NewSMTPServer(t)
			srv.RequireAuth("alex@example.com", secret)
			cfg := plainConfig(srv)
			cfg.Username, cfg.Password = "alex@example.com", password(tt.password)
			err := mustNew(t, cfg).Send(context.Background(), letter())
			checkErr := submit.Check(context.Background(), cfg)
			if tt.wantCode == 0 {
				if err != nil || checkErr != nil {
					t.Fatalf("Send() = %v, Check() = %v, want nil", err, checkErr)
				}
				got := srv.WaitMessages(t, 1, 10*time.Second)
				if got[0].User != "alex@example.com" {
					t.Errorf("authenticated user = %q, want alex@example.com", got[0].User)
				}
				return
			}
			for _, e := range []error{err, checkErr} {
				var se *submit.Error
				if !errors.As(e, &se) || se.Code != tt.wantCode || se.Temporary() {
					t.Errorf("Send/Check() = %v, want a permanent %d", e, tt.wantCode)
				}
				if e != nil && strings.Contains(e.Error(), tt.password) {
					t.Errorf("error %q contains the password", e)
				}
			}
			if n := len(srv.Messages()); n != 0 {
				t.Errorf("server recorded %d messages, want 0", n)
			}
		})
	}

	t.Run("LOGIN when the server offers only LOGIN", func(t *testing.T) {
		srv := mailtest.NewSMTPServer(t)
		srv.RequireAuth("alex@example.com", secret)
		srv.SetAuthMechanisms(mailtest.SMTPAuthLogin)
		cfg := plainConfig(srv)
		cfg.Username, cfg.Password = "alex@example.com", password(secret)
		if err := mustNew(t, cfg).Send(context.Background(), letter()); err != nil {
			t.Fatalf("Send() = %v", err)
		}
		if got := srv.WaitMessages(t, 1, 10*time.Second); got[0].User != "alex@example.com" {
			t.Errorf("authenticated user = %q, want alex@example.com", got[0].User)
		}
	})

	t.Run("XOAUTH2 with a token", func(t *testing.T) {
		srv := mailtest.NewSMTPServer(t)
		srv.RequireAuth("alex@example.com", "ya29.token")
		srv.SetAuthMechanisms(mailtest.SMTPAuthPlain, mailtest.SMTPAuthXOAuth2)
		cfg := plainConfig(srv)
		cfg.Username = "alex@example.com"
		cfg.Password = password("not used")
		cfg.OAuth2Token = password("ya29.token")
		if err := mustNew(t, cfg).Send(context.Background(), letter()); err != nil {
			t.Fatalf("Send() = %v", err)
		}
		if got := srv.WaitMessages(t, 1, 10*time.Second); got[0].User != "alex@example.com" {
			t.Errorf("authenticated user = %q, want alex@example.com", got[0].User)
		}
		cfg.OAuth2Token = password("expired-token")
		err := mustNew(t, cfg).Send(context.Background(), letter())
		var se *submit.Error
		if !errors.As(err, &se) || se.Code != 535 || strings.Contains(err.Error(), "expired-token") {
			t.Errorf("Send(expired token) = %v, want a 535 error without the token", err)
		}
	})

	t.Run("invalid mail is a permanent error", func(t *testing.T) {
		srv := mailtest.NewSMTPServer(t)
		m := letter()
		m.MessageID = ""
		err := mustNew(t, plainConfig(srv)).Send(context.Background(), m)
		var se *submit.Error
		if !errors.As(err, &se) || se.Op != "build" || se.Temporary() {
			t.Errorf("Send(no Message-ID) = %v, want a permanent build error", err)
		}
	})

	t.Run("password source fails", func(t *testing.T) {
		srv := mailtest.NewSMTPServer(t)
		cfg := plainConfig(srv)
		cfg.Username = "alex@example.com"
		cfg.Password = func(context.Context) (string, error) {
			return "", errors.New("read /run/credentials/smtp: permission denied")
		}
		err := mustNew(t, cfg).Send(context.Background(), letter())
		var se *submit.Error
		if !errors.As(err, &se) || se.Op != "auth" || se.Temporary() {
			t.Errorf("Send() = %v, want a permanent auth error", err)
		}
	})
}

func TestTLS(t *testing.T) {
	tests := []struct {
		name     string
		implicit bool
		security string
	}{
		{"implicit TLS", true, "tls"},
		{"STARTTLS", false, "starttls"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := mailtest.NewSMTPServerTLS(t, tt.implicit)
			srv.RequireAuth("alex@example.com", "s3cret")
			cfg := submit.Config{Host: srv.Host(), Port: srv.Port(), Security: tt.security, Timeout: 20 * time.Second,
				Username: "alex@example.com", Password: password("s3cret"), TLSConfig: srv.ClientTLSConfig()}
			if err := mustNew(t, cfg).Send(context.Background(), letter()); err != nil {
				t.Fatalf("Send() = %v", err)
			}
			if got := srv.WaitMessages(t, 1, 10*time.Second); got[0].User != "alex@example.com" {
				t.Errorf("authenticated user = %q, want alex@example.com", got[0].User)
			}

			cfg.TLSConfig = nil // system roots: the self-signed certificate must be refused
			err := submit.Check(context.Background(), cfg)
			var se *submit.Error
			if !errors.As(err, &se) || se.Temporary() {
				t.Errorf("Check(untrusted certificate) = %v, want a permanent error", err)
			}
		})
	}
}

func TestBuildRefuses(t *testing.T) {
	tests := []struct {
		name string
		edit func(m *submit.Mail)
	}{
		{"no date", func(m *submit.Mail) { m.Date = time.Time{} }},
		{"no message id", func(m *submit.Mail) { m.MessageID = "" }},
		{"message id without @", func(m *submit.Mail) { m.MessageID = "abc" }},
		{"message id with space", func(m *submit.Mail) { m.MessageID = "a b@c" }},
		{"no recipient", func(m *submit.Mail) { m.To = nil }},
		{"bad recipient", func(m *submit.Mail) { m.To = []submit.Person{{Email: "not an address"}} }},
		{"subject injection", func(m *submit.Mail) { m.Subject = "Hi\r\nBcc: victim@example.com" }},
		{"name injection", func(m *submit.Mail) { m.To[0].Name = "Jane\nBcc: x@y.z" }},
		{"header injection", func(m *submit.Mail) { m.Headers = map[string]string{"X-A": "b\r\nBcc: x@y.z"} }},
		{"reserved header", func(m *submit.Mail) { m.Headers = map[string]string{"bcc": "x@y.z"} }},
		{"bad header name", func(m *submit.Mail) { m.Headers = map[string]string{"X A": "b"} }},
		{"bad reference", func(m *submit.Mail) { m.References = []string{"<no-at-sign>"} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := letter()
			tt.edit(&m)
			if b, err := submit.Build(m); err == nil {
				t.Errorf("Build(%s) = nil error, want a refusal:\n%s", tt.name, b)
			}
		})
	}
}

func TestBuildIsStable(t *testing.T) {
	a, err := submit.Build(letter())
	if err != nil {
		t.Fatal(err)
	}
	b, err := submit.Build(letter())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Errorf("Build() twice differs:\n%s\n---\n%s", a, b)
	}
	if bytes.Contains(a, []byte("go-mail")) {
		t.Errorf("Build() names go-mail:\n%s", a)
	}
}

func BenchmarkSend(b *testing.B) {
	srv := mailtest.NewSMTPServer(b)
	s, err := submit.New(submit.Config{Host: srv.Host(), Port: srv.Port(), Security: "none", HELO: "client.test"})
	if err != nil {
		b.Fatal(err)
	}
	m := letter()
	for b.Loop() {
		if err := s.Send(context.Background(), m); err != nil {
			b.Fatal(err)
		}
	}
}
