package imapwatch

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message"

	"github.com/followupd/followupd/internal/mail/mailtest"
)

// Tests against real Dovecot (tools/mailstack/mailstack.sh); skipped without MAILSTACK_DIR.

func stackConfig(t testing.TB, st *mailtest.MailStack, a mailtest.Account) Config {
	return Config{
		Host: st.IMAPHost(t), Port: st.IMAPPort(t), Security: SecurityNone, Username: a.User,
		Password: func(context.Context) (string, error) { return a.Pass, nil },
		Logger:   testLogger(t),
	}
}

func assertNoSeenStack(t *testing.T, st *mailtest.MailStack, a mailtest.Account, mailbox string) {
	t.Helper()
	for uid, flags := range st.Flags(t, a, mailbox) {
		if hasSeen(flags) {
			t.Errorf("Dovecot message %d of %s has flags %v after the watcher read it, want no \\Seen", uid, mailbox, flags)
		}
	}
}

func TestDovecotIdleAndRestartFromCheckpoint(t *testing.T) {
	st := mailtest.Stack(t)
	a := st.NewAccount(t, "imapwatch-idle")
	raw0, _ := testMessage("already in the inbox")
	uid0 := st.Append(t, a, "INBOX", raw0)

	cp := newMemCheckpoints()
	h1 := newRecorder()
	w1 := newTestWatcher(t, stackConfig(t, st, a), h1, cp)
	stop := run(t, w1)
	if m := h1.next(t, deliver); m.UID != uid0 || !bytes.Equal(m.Raw, raw0) {
		t.Errorf("lookback scan on Dovecot delivered UID %d, want %d with the same bytes", m.UID, uid0)
	}
	waitState(t, w1, RoleInbox, StateIdle, deliver)
	raw1, _ := testMessage("while idling")
	start := time.Now()
	uid1 := st.Append(t, a, "INBOX", raw1)
	m := h1.next(t, deliver)
	t.Logf("Dovecot APPEND to handler: %v", time.Since(start))
	if m.UID != uid1 || !bytes.Equal(m.Raw, raw1) {
		t.Errorf("IDLE on Dovecot delivered UID %d, want %d", m.UID, uid1)
	}
	waitState(t, w1, RoleInbox, StateIdle, deliver)
	stop()

	var want []uint32
	for i := range 2 {
		raw, _ := testMessage("while stopped " + string(rune('a'+i)))
		want = append(want, st.Append(t, a, "INBOX", raw))
	}
	h2 := newRecorder()
	w2 := newTestWatcher(t, stackConfig(t, st, a), h2, cp)
	run(t, w2)
	var got []uint32
	for range 2 {
		got = append(got, h2.next(t, deliver).UID)
	}
	waitState(t, w2, RoleInbox, StateIdle, deliver)
	h2.none(t, 300*time.Millisecond)
	if !slices.Equal(got, want) || len(h2.callUIDs()) != 2 {
		t.Errorf("after a restart on Dovecot the handler got %v (calls %v), want %v", got, h2.callUIDs(), want)
	}
	assertNoSeenStack(t, st, a, "INBOX")
}

func TestDovecotReconnectAfterKick(t *testing.T) {
	st := mailtest.Stack(t)
	a := st.NewAccount(t, "imapwatch-kick")
	h := newRecorder()
	w := newTestWatcher(t, stackConfig(t, st, a), h, newMemCheckpoints())
	w.minBackoff = 300 * time.Millisecond
	run(t, w)
	waitState(t, w, RoleInbox, StateIdle, deliver)

	st.Kick(t, a) // Dovecot closes the connection mid-IDLE
	waitState(t, w, RoleInbox, StateBackoff, deliver)
	raw1, _ := testMessage("while reconnecting")
	uid1 := st.Append(t, a, "INBOX", raw1)
	if m := h.next(t, deliver); m.UID != uid1 {
		t.Errorf("after a kick the handler got UID %d, want %d", m.UID, uid1)
	}
	waitState(t, w, RoleInbox, StateIdle, deliver)
	raw2, _ := testMessage("after reconnecting")
	uid2 := st.Append(t, a, "INBOX", raw2)
	if m := h.next(t, deliver); m.UID != uid2 {
		t.Errorf("after reconnecting the handler got UID %d, want %d", m.UID, uid2)
	}
	if calls := h.callUIDs(); !slices.Equal(calls, []uint32{uid1, uid2}) {
		t.Errorf("handler calls = %v, want %v", calls, []uint32{uid1, uid2})
	}
}

func TestDovecotSentFolderAndAppendSent(t *testing.T) {
	st := mailtest.Stack(t)
	a := st.NewAccount(t, "imapwatch-sent")
	h := newRecorder()
	cfg := stackConfig(t, st, a)
	cfg.WatchSent = true
	w := newTestWatcher(t, cfg, h, newMemCheckpoints())
	run(t, w)
	waitState(t, w, RoleSent, StateIdle, deliver)

	raw, id := testMessage("Thank you for today")
	if err := w.AppendSent(context.Background(), raw, time.Now()); err != nil {
		t.Fatalf("AppendSent() on Dovecot = %v", err)
	}
	m := h.next(t, deliver)
	if m.Role != RoleSent || m.Mailbox != st.SentMailbox || !bytes.Equal(m.Raw, raw) {
		t.Errorf("watcher got role %q mailbox %q, want sent %q with the appended bytes", m.Role, m.Mailbox, st.SentMailbox)
	}
	for _, tt := range []struct {
		id   string
		want bool
	}{{id, true}, {strings.Trim(id, "<>"), true}, {"<nobody@nowhere.example>", false}} {
		got, err := w.SentContains(context.Background(), tt.id)
		if err != nil || got != tt.want {
			t.Errorf("SentContains(%q) on Dovecot = %v, %v, want %v, nil", tt.id, got, err, tt.want)
		}
	}
	stored := st.Stored(t, a, st.SentMailbox)
	if len(stored) != 1 || !hasSeen(stored[0].Flags) {
		t.Errorf("Dovecot Sent holds %+v, want one message with \\Seen", stored)
	}
}

func TestDovecotTruncatesLargeMessage(t *testing.T) {
	st := mailtest.Stack(t)
	a := st.NewAccount(t, "imapwatch-large")
	raw := []byte("From: jane@acme.example\r\n" +
		"To: candidate@example.test\r\n" +
		"Subject: Offer letter\r\n" +
		"Message-ID: <large-1@acme.example>\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"b1\"\r\n" +
		"\r\n" +
		"--b1\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n" +
		"\r\n" +
		"Please find the offer attached. Caf=C3=A9 on Monday?\r\n" +
		"--b1\r\n" +
		"Content-Type: application/pdf\r\n" +
		"Content-Transfer-Encoding: base64\r\n" +
		"\r\n" +
		strings.Repeat("JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0Zp\r\n", 2000) +
		"--b1--\r\n")
	st.Append(t, a, "INBOX", raw)
	h := newRecorder()
	cfg := stackConfig(t, st, a)
	cfg.MaxMessageSize = 64 << 10
	w := newTestWatcher(t, cfg, h, newMemCheckpoints())
	run(t, w)
	m := h.next(t, deliver)
	if !m.Truncated || len(m.Raw) > 64<<10 {
		t.Fatalf("a %d-byte message arrived with Truncated %v and %d bytes, want truncated to at most 64 KiB", len(raw), m.Truncated, len(m.Raw))
	}
	e, err := message.Read(bytes.NewReader(m.Raw))
	if err != nil {
		t.Fatalf("truncated message does not parse: %v", err)
	}
	mr := e.MultipartReader()
	if mr == nil {
		t.Fatalf("truncated message is not multipart:\n%s", m.Raw)
	}
	p, err := mr.NextPart()
	if err != nil {
		t.Fatalf("first part: %v", err)
	}
	var body bytes.Buffer
	if _, err := body.ReadFrom(p.Body); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(body.String(), "Café on Monday") {
		t.Errorf("first part = %q, want the decoded text", body.String())
	}
	if _, err := mr.NextPart(); err == nil {
		t.Errorf("truncated message has a second part, want the attachment dropped")
	}
	assertNoSeenStack(t, st, a, "INBOX")
}

func TestDovecotCheckTLS(t *testing.T) {
	st := mailtest.Stack(t)
	a := st.NewAccount(t, "imapwatch-tls")
	tests := []struct {
		name   string
		change func(*Config)
		want   error
	}{
		{"implicit tls", func(c *Config) {
			c.Security, c.Port, c.TLSConfig = SecurityTLS, st.IMAPSPort(t), st.TLSConfig(t)
		}, nil},
		{"starttls", func(c *Config) { c.Security, c.TLSConfig = SecurityStartTLS, st.TLSConfig(t) }, nil},
		{"untrusted certificate", func(c *Config) { c.Security, c.Port = SecurityTLS, st.IMAPSPort(t) }, ErrTLS},
		{"wrong password", func(c *Config) {
			c.Password = func(context.Context) (string, error) { return "not-the-password", nil }
		}, ErrAuthFailed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := stackConfig(t, st, a)
			cfg.WatchSent = true
			tt.change(&cfg)
			err := Check(context.Background(), cfg)
			if (tt.want == nil && err != nil) || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Errorf("Check() = %v, want %v", err, tt.want)
			}
		})
	}
}
