package imapwatch

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset"

	"github.com/followupd/followupd/internal/mail/mailtest"
)

const (
	testUser = "candidate@example.test"
	testPass = "s3cret-pa55"
	// deliver is how long a test waits for a message; latencies are measured by the
	// benchmarks, not asserted here.
	deliver = 10 * time.Second
)

func memConfig(t testing.TB, srv *mailtest.IMAPServer) Config {
	return Config{
		Host: srv.Host(), Port: srv.Port(), Security: SecurityNone, Username: srv.User(),
		Password: func(context.Context) (string, error) { return testPass, nil },
		Logger:   testLogger(t),
	}
}

func newTestWatcher(t testing.TB, cfg Config, h Handler, cp Checkpoints) *Watcher {
	t.Helper()
	w, err := New(cfg, h, cp)
	if err != nil {
		t.Fatalf("New() = %v", err)
	}
	w.minBackoff, w.maxBackoff = 50*time.Millisecond, 500*time.Millisecond
	return w
}

func hasSeen(flags []string) bool { return slices.Contains(flags, `\Seen`) }

func assertNoSeen(t *testing.T, srv *mailtest.IMAPServer, mailbox string) {
	t.Helper()
	for uid, flags := range srv.Flags(t, mailbox) {
		if hasSeen(flags) {
			t.Errorf("message %d of %s has flags %v after the watcher read it, want no \\Seen", uid, mailbox, flags)
		}
	}
}

func TestIdleDeliversNewMail(t *testing.T) {
	srv := mailtest.NewIMAPServer(t, testUser, testPass)
	h, cp := newRecorder(), newMemCheckpoints()
	w := newTestWatcher(t, memConfig(t, srv), h, cp)
	run(t, w)
	waitState(t, w, RoleInbox, StateIdle, deliver)

	raw, _ := testMessage("Interview invitation")
	start := time.Now()
	uid := srv.Append(t, "INBOX", raw)
	m := h.next(t, deliver)
	t.Logf("APPEND to handler: %v", time.Since(start))

	if m.UID != uid || m.Mailbox != "INBOX" || m.Role != RoleInbox || m.Truncated {
		t.Errorf("Handle got UID %d mailbox %q role %q truncated %v, want UID %d INBOX inbox false", m.UID, m.Mailbox, m.Role, m.Truncated, uid)
	}
	if !bytes.Equal(m.Raw, raw) {
		t.Errorf("Handle got Raw %q, want %q", m.Raw, raw)
	}
	if want := srv.UIDValidity(t, "INBOX"); m.UIDValidity != want {
		t.Errorf("Handle got UIDValidity %d, want %d", m.UIDValidity, want)
	}
	if m.InternalDate.IsZero() {
		t.Errorf("Handle got zero InternalDate")
	}
	waitState(t, w, RoleInbox, StateIdle, deliver)
	if uv, last := cp.get(t, "INBOX"); uv != m.UIDValidity || last != uid {
		t.Errorf("checkpoint = (%d, %d), want (%d, %d)", uv, last, m.UIDValidity, uid)
	}
	if s := w.Status(); s.LastSync.IsZero() || s.Mailbox != "INBOX" {
		t.Errorf("Status() = %+v, want LastSync set and Mailbox INBOX", s)
	}
	assertNoSeen(t, srv, "INBOX")
}

func TestRestartFromCheckpointProcessesNothingTwice(t *testing.T) {
	srv := mailtest.NewIMAPServer(t, testUser, testPass)
	cp := newMemCheckpoints()
	for i := range 3 {
		raw, _ := testMessage("before first start " + string(rune('a'+i)))
		srv.Append(t, "INBOX", raw)
	}
	h1 := newRecorder()
	w1 := newTestWatcher(t, memConfig(t, srv), h1, cp)
	stop := run(t, w1)
	for range 3 {
		h1.next(t, deliver)
	}
	waitState(t, w1, RoleInbox, StateIdle, deliver)
	stop()

	var want []uint32
	for i := range 2 {
		raw, _ := testMessage("while stopped " + string(rune('a'+i)))
		want = append(want, srv.Append(t, "INBOX", raw))
	}
	h2 := newRecorder()
	w2 := newTestWatcher(t, memConfig(t, srv), h2, cp)
	run(t, w2)
	waitState(t, w2, RoleInbox, StateIdle, deliver)
	var got []uint32
	for range 2 {
		got = append(got, h2.next(t, deliver).UID)
	}
	h2.none(t, 300*time.Millisecond)
	if !slices.Equal(got, want) {
		t.Errorf("after restart the handler got UIDs %v, want %v", got, want)
	}
	if calls := h2.callUIDs(); len(calls) != 2 {
		t.Errorf("after restart the handler was called for %v, want only %v", calls, want)
	}
}

func TestUIDValidityChangeRescans(t *testing.T) {
	srv := mailtest.NewIMAPServer(t, testUser, testPass)
	cp := newMemCheckpoints()
	raw1, _ := testMessage("old mailbox")
	srv.Append(t, "INBOX", raw1)
	h1 := newRecorder()
	w1 := newTestWatcher(t, memConfig(t, srv), h1, cp)
	stop := run(t, w1)
	h1.next(t, deliver)
	waitState(t, w1, RoleInbox, StateIdle, deliver)
	stop()
	oldUV, _ := cp.get(t, "INBOX")

	// the server restores the mailbox: new UIDVALIDITY, UIDs start again at 1
	srv.RecreateMailbox(t, "INBOX")
	srv.Append(t, "INBOX", raw1) // the same message again (the handler dedups by Message-ID)
	raw2, _ := testMessage("new mailbox")
	srv.Append(t, "INBOX", raw2)
	newUV := srv.UIDValidity(t, "INBOX")
	if newUV == oldUV {
		t.Fatalf("RecreateMailbox kept UIDVALIDITY %d", newUV)
	}

	h2 := newRecorder()
	w2 := newTestWatcher(t, memConfig(t, srv), h2, cp)
	run(t, w2)
	m1, m2 := h2.next(t, deliver), h2.next(t, deliver)
	if m1.UID != 1 || m2.UID != 2 || m1.UIDValidity != newUV || !bytes.Equal(m1.Raw, raw1) || !bytes.Equal(m2.Raw, raw2) {
		t.Errorf("after the UIDVALIDITY change the handler got (UID %d, UIDVALIDITY %d), (UID %d), want (1, %d), (2)", m1.UID, m1.UIDValidity, m2.UID, newUV)
	}
	waitState(t, w2, RoleInbox, StateIdle, deliver)
	if uv, last := cp.get(t, "INBOX"); uv != newUV || last != 2 {
		t.Errorf("checkpoint = (%d, %d), want (%d, 2)", uv, last, newUV)
	}
}

func TestReconnectAfterServerDropsConnection(t *testing.T) {
	srv := mailtest.NewIMAPServer(t, testUser, testPass)
	h, cp := newRecorder(), newMemCheckpoints()
	w := newTestWatcher(t, memConfig(t, srv), h, cp)
	w.minBackoff = 300 * time.Millisecond // long enough to append while it waits
	run(t, w)
	waitState(t, w, RoleInbox, StateIdle, deliver)
	raw1, _ := testMessage("before the restart")
	uid1 := srv.Append(t, "INBOX", raw1)
	h.next(t, deliver)

	// the server goes down mid-IDLE, comes back, and mail arrives before the watcher is back
	srv.Stop(t)
	st := waitState(t, w, RoleInbox, StateBackoff, deliver)
	if st.LastError == "" || st.NextRetry.IsZero() {
		t.Errorf("Status() in backoff = %+v, want LastError and NextRetry", st)
	}
	srv.Start(t)
	raw2, _ := testMessage("while reconnecting")
	uid2 := srv.Append(t, "INBOX", raw2)
	if m := h.next(t, deliver); m.UID != uid2 {
		t.Errorf("after the restart the handler got UID %d, want %d", m.UID, uid2)
	}
	waitState(t, w, RoleInbox, StateIdle, deliver)
	raw3, _ := testMessage("after the restart")
	uid3 := srv.Append(t, "INBOX", raw3)
	if m := h.next(t, deliver); m.UID != uid3 {
		t.Errorf("after reconnecting the handler got UID %d, want %d", m.UID, uid3)
	}
	h.none(t, 200*time.Millisecond)
	if calls := h.callUIDs(); !slices.Equal(calls, []uint32{uid1, uid2, uid3}) {
		t.Errorf("handler calls = %v, want %v", calls, []uint32{uid1, uid2, uid3})
	}
}

func TestHandlerErrorRetriesAndHoldsCheckpoint(t *testing.T) {
	srv := mailtest.NewIMAPServer(t, testUser, testPass)
	h, cp := newRecorder(), newMemCheckpoints()
	var uids []uint32
	for i := range 3 {
		raw, _ := testMessage("message " + string(rune('a'+i)))
		uids = append(uids, srv.Append(t, "INBOX", raw))
	}
	h.failNext(uids[1], 2)
	w := newTestWatcher(t, memConfig(t, srv), h, cp)
	run(t, w)
	for range 3 {
		h.next(t, deliver)
	}
	waitState(t, w, RoleInbox, StateIdle, deliver)

	wantCalls := []uint32{uids[0], uids[1], uids[1], uids[1], uids[2]}
	if calls := h.callUIDs(); !slices.Equal(calls, wantCalls) {
		t.Errorf("handler calls = %v, want %v (the refused message retried, nothing skipped)", calls, wantCalls)
	}
	cp.mu.Lock()
	saves := append([]uint32(nil), cp.saves...)
	cp.mu.Unlock()
	// every save names a message the handler accepted, in order; the final save is the last
	wantSaves := []uint32{uids[0], uids[1], uids[2]}
	if !slices.Equal(saves, wantSaves) {
		t.Errorf("checkpoint saves = %v, want %v", saves, wantSaves)
	}
}

func TestWatcherNeverSetsSeen(t *testing.T) {
	srv := mailtest.NewIMAPServer(t, testUser, testPass)
	h, cp := newRecorder(), newMemCheckpoints()
	raw, _ := testMessage("already there")
	srv.Append(t, "INBOX", raw)
	cfg := memConfig(t, srv)
	cfg.WatchSent = true
	w := newTestWatcher(t, cfg, h, cp)
	run(t, w)
	h.next(t, deliver)
	raw2, _ := testMessage("new")
	srv.Append(t, "INBOX", raw2)
	raw3, _ := testMessage("sent by hand")
	srv.Append(t, mailtest.SentMailbox, raw3)
	h.next(t, deliver)
	h.next(t, deliver)
	waitState(t, w, RoleInbox, StateIdle, deliver)
	assertNoSeen(t, srv, "INBOX")
	assertNoSeen(t, srv, mailtest.SentMailbox)
}

func TestWrongPasswordIsAuthFailedAndRetriedSlowly(t *testing.T) {
	srv := mailtest.NewIMAPServer(t, testUser, testPass)
	const wrong = "hunter2-wrong"
	cfg := memConfig(t, srv)
	cfg.Password = func(context.Context) (string, error) { return wrong, nil }
	w := newTestWatcher(t, cfg, newRecorder(), newMemCheckpoints())
	var changes atomic.Int64
	w.OnStatus(func(Status) { changes.Add(1) })
	run(t, w)
	st := waitState(t, w, RoleInbox, StateAuthFailed, deliver)
	time.Sleep(500 * time.Millisecond) // a tight loop would log in again meanwhile

	if total, failed := srv.LoginAttempts(); total != 1 || failed != 1 {
		t.Errorf("login attempts = %d (failed %d), want 1 (1)", total, failed)
	}
	if wait := st.NextRetry.Sub(st.Since); wait < 10*time.Minute {
		t.Errorf("after a refused login the next retry is in %v, want at least 10 minutes", wait)
	}
	if !strings.Contains(st.LastError, "authentication failed") {
		t.Errorf("Status().LastError = %q, want it to say authentication failed", st.LastError)
	}
	if strings.Contains(st.LastError, wrong) {
		t.Errorf("Status().LastError = %q contains the password", st.LastError)
	}
	if changes.Load() < 2 {
		t.Errorf("OnStatus called %d times, want at least 2 (connecting, auth_failed)", changes.Load())
	}
}

func TestRepeatedFailureIsLoggedOnce(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	_ = ln.Close()
	var logs bytes.Buffer
	var mu sync.Mutex
	cfg := Config{
		Host: "127.0.0.1", Port: port, Security: SecurityNone, Username: testUser,
		Password: func(context.Context) (string, error) { return testPass, nil },
		Logger:   slog.New(slog.NewTextHandler(&lockedWriter{mu: &mu, w: &logs}, nil)),
	}
	w := newTestWatcher(t, cfg, newRecorder(), newMemCheckpoints())
	w.minBackoff, w.maxBackoff = 10*time.Millisecond, 20*time.Millisecond
	var backoffs atomic.Int64
	w.OnStatus(func(s Status) {
		if s.State == StateBackoff {
			backoffs.Add(1)
		}
	})
	stop := run(t, w)
	deadline := time.Now().Add(deliver)
	for backoffs.Load() < 5 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	stop()
	mu.Lock()
	defer mu.Unlock()
	if n := backoffs.Load(); n < 5 {
		t.Fatalf("only %d retries within %v", n, deliver)
	}
	if n := strings.Count(logs.String(), "level=WARN"); n != 1 {
		t.Errorf("%d retries of the same failure logged %d warnings, want 1:\n%s", backoffs.Load(), n, logs.String())
	}
	if !strings.Contains(logs.String(), "server unreachable") {
		t.Errorf("log does not say the server is unreachable:\n%s", logs.String())
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func TestFirstStartScansLookbackWindow(t *testing.T) {
	srv := mailtest.NewIMAPServer(t, testUser, testPass)
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	rawOld, _ := testMessage("two months ago")
	srv.AppendAt(t, "INBOX", rawOld, now.AddDate(0, -2, 0))
	rawRecent, _ := testMessage("last week")
	uidRecent := srv.AppendAt(t, "INBOX", rawRecent, now.AddDate(0, 0, -7))
	rawOld2, _ := testMessage("moved in later, but old")
	uidOld2 := srv.AppendAt(t, "INBOX", rawOld2, now.AddDate(-1, 0, 0))

	h, cp := newRecorder(), newMemCheckpoints()
	cfg := memConfig(t, srv)
	cfg.LookbackDays = 30
	cfg.Now = func() time.Time { return now }
	w := newTestWatcher(t, cfg, h, cp)
	run(t, w)
	m := h.next(t, deliver)
	if m.UID != uidRecent || !bytes.Equal(m.Raw, rawRecent) {
		t.Errorf("lookback scan delivered UID %d, want %d (the only message within 30 days)", m.UID, uidRecent)
	}
	waitState(t, w, RoleInbox, StateIdle, deliver)
	h.none(t, 200*time.Millisecond)
	if _, last := cp.get(t, "INBOX"); last != uidOld2 {
		t.Errorf("checkpoint after the scan = %d, want %d (past the older messages)", last, uidOld2)
	}
	rawNew, _ := testMessage("new")
	uidNew := srv.Append(t, "INBOX", rawNew)
	if m := h.next(t, deliver); m.UID != uidNew {
		t.Errorf("after the scan the handler got UID %d, want %d", m.UID, uidNew)
	}
}

func TestLargeMessageIsTruncatedToTextParts(t *testing.T) {
	srv := mailtest.NewIMAPServer(t, testUser, testPass)
	attachment := strings.Repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\r\n", 400) // ~15 KB
	raw := []byte("From: jane@acme.example\r\n" +
		"To: candidate@example.test\r\n" +
		"Subject: Interview on Tuesday\r\n" +
		"Message-ID: <big-1@acme.example>\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"outer\"\r\n" +
		"\r\n" +
		"--outer\r\n" +
		"Content-Type: multipart/alternative; boundary=\"inner\"\r\n" +
		"\r\n" +
		"--inner\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n" +
		"\r\n" +
		"See you on Tuesday at 3 PM.\r\n" +
		"--inner\r\n" +
		"Content-Type: text/calendar; method=REQUEST; charset=utf-8\r\n" +
		"\r\n" +
		"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n" +
		"--inner--\r\n" +
		"--outer\r\n" +
		"Content-Type: application/pdf; name=\"job.pdf\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n" +
		"Content-Disposition: attachment; filename=\"job.pdf\"\r\n" +
		"\r\n" +
		attachment +
		"--outer--\r\n")
	srv.Append(t, "INBOX", raw)
	h := newRecorder()
	cfg := memConfig(t, srv)
	cfg.MaxMessageSize = 4000
	w := newTestWatcher(t, cfg, h, newMemCheckpoints())
	run(t, w)
	m := h.next(t, deliver)
	if !m.Truncated {
		t.Fatalf("a %d-byte message with a 4000-byte limit arrived with Truncated false", len(raw))
	}
	if len(m.Raw) > 4000 {
		t.Errorf("truncated message is %d bytes, want at most 4000", len(m.Raw))
	}
	var types []string
	var texts []string
	e, err := message.Read(bytes.NewReader(m.Raw))
	if err != nil {
		t.Fatalf("truncated message does not parse: %v\n%s", err, m.Raw)
	}
	if got := e.Header.Get("Subject"); got != "Interview on Tuesday" {
		t.Errorf("truncated message Subject = %q, want the original", got)
	}
	err = e.Walk(func(_ []int, part *message.Entity, err error) error {
		if err != nil {
			return err
		}
		mt, _, _ := part.Header.ContentType()
		if strings.HasPrefix(mt, "multipart/") {
			return nil
		}
		types = append(types, mt)
		b, err := io.ReadAll(part.Body)
		texts = append(texts, string(b))
		return err
	})
	if err != nil {
		t.Fatalf("walk truncated message: %v", err)
	}
	if !slices.Equal(types, []string{"text/plain", "text/calendar"}) {
		t.Errorf("truncated message parts = %v, want [text/plain text/calendar]", types)
	}
	if len(texts) == 2 && (!strings.Contains(texts[0], "Tuesday at 3 PM") || !strings.Contains(texts[1], "METHOD:REQUEST")) {
		t.Errorf("truncated message texts = %q, want the original text and calendar", texts)
	}
	assertNoSeen(t, srv, "INBOX")
}

func TestWatchSentFolder(t *testing.T) {
	srv := mailtest.NewIMAPServer(t, testUser, testPass)
	h, cp := newRecorder(), newMemCheckpoints()
	cfg := memConfig(t, srv)
	cfg.WatchSent = true
	w := newTestWatcher(t, cfg, h, cp)
	run(t, w)
	waitState(t, w, RoleSent, StateIdle, deliver)
	raw, _ := testMessage("Thank you")
	uid := srv.Append(t, mailtest.SentMailbox, raw)
	m := h.next(t, deliver)
	if m.Role != RoleSent || m.Mailbox != mailtest.SentMailbox || m.UID != uid {
		t.Errorf("Handle got role %q mailbox %q UID %d, want sent %q %d", m.Role, m.Mailbox, m.UID, mailtest.SentMailbox, uid)
	}
	if st := w.Statuses(); len(st) != 2 || st[1].Mailbox != mailtest.SentMailbox {
		t.Errorf("Statuses() = %+v, want INBOX and %s", st, mailtest.SentMailbox)
	}
}

func TestPollsWithoutIdle(t *testing.T) {
	srv := mailtest.NewIMAPServer(t, testUser, testPass)
	h := newRecorder()
	cfg := memConfig(t, srv)
	cfg.PollInterval = 50 * time.Millisecond
	w := newTestWatcher(t, cfg, h, newMemCheckpoints())
	w.forcePoll = true
	run(t, w)
	waitState(t, w, RoleInbox, StatePolling, deliver)
	raw, _ := testMessage("polled")
	uid := srv.Append(t, "INBOX", raw)
	if m := h.next(t, deliver); m.UID != uid {
		t.Errorf("polling watcher got UID %d, want %d", m.UID, uid)
	}
}

func TestIdleRenewalKeepsWatching(t *testing.T) {
	srv := mailtest.NewIMAPServer(t, testUser, testPass)
	h := newRecorder()
	cfg := memConfig(t, srv)
	cfg.IdleRenew = 30 * time.Millisecond
	w := newTestWatcher(t, cfg, h, newMemCheckpoints())
	run(t, w)
	waitState(t, w, RoleInbox, StateIdle, deliver)
	time.Sleep(300 * time.Millisecond) // about ten renewals
	if n := srv.Connections(); n != 1 {
		t.Errorf("server saw %d connections, want 1 (renewal must not reconnect)", n)
	}
	raw, _ := testMessage("after renewals")
	uid := srv.Append(t, "INBOX", raw)
	if m := h.next(t, deliver); m.UID != uid {
		t.Errorf("after IDLE renewals the handler got UID %d, want %d", m.UID, uid)
	}
}

func TestXOAUTH2(t *testing.T) {
	srv := mailtest.NewIMAPServer(t, testUser, testPass)
	srv.SetOAuth2Token("ya29.good-token")
	var calls atomic.Int64
	cfg := memConfig(t, srv)
	cfg.Password = nil
	cfg.OAuth2Token = func(context.Context) (string, error) {
		calls.Add(1)
		return "ya29.good-token", nil
	}
	h := newRecorder()
	w := newTestWatcher(t, cfg, h, newMemCheckpoints())
	run(t, w)
	waitState(t, w, RoleInbox, StateIdle, deliver)
	srv.Restart(t)
	raw, _ := testMessage("after reconnect")
	uid := srv.Append(t, "INBOX", raw)
	if m := h.next(t, deliver); m.UID != uid {
		t.Errorf("XOAUTH2 watcher got UID %d, want %d", m.UID, uid)
	}
	if n := calls.Load(); n < 2 {
		t.Errorf("token command ran %d times, want once per connection (at least 2)", n)
	}

	cfg.OAuth2Token = func(context.Context) (string, error) { return "ya29.expired", nil }
	err := Check(context.Background(), cfg)
	if !errors.Is(err, ErrAuthFailed) {
		t.Errorf("Check() with a refused token = %v, want ErrAuthFailed", err)
	}
	if err != nil && strings.Contains(err.Error(), "ya29") {
		t.Errorf("Check() error %q contains the token", err)
	}
}

func TestCheck(t *testing.T) {
	srv := mailtest.NewIMAPServer(t, testUser, testPass)
	closed, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closedPort := closed.Addr().(*net.TCPAddr).Port
	_ = closed.Close()

	noSpecial := mailtest.NewIMAPServer(t, testUser, testPass)
	noSpecial.DisableSpecialUse()

	tests := []struct {
		name   string
		change func(*Config)
		want   error
	}{
		{"good", func(*Config) {}, nil},
		{"good with sent", func(c *Config) { c.WatchSent = true }, nil},
		{"wrong password", func(c *Config) {
			c.Password = func(context.Context) (string, error) { return "wrong-pass", nil }
		}, ErrAuthFailed},
		{"nothing listening", func(c *Config) { c.Port = closedPort }, ErrUnreachable},
		{"tls to a plain server", func(c *Config) { c.Security = SecurityTLS }, ErrTLS},
		{"starttls not offered", func(c *Config) { c.Security = SecurityStartTLS }, ErrTLS},
		{"no special-use sent folder", func(c *Config) { c.Port = noSpecial.Port(); c.WatchSent = true }, ErrNoSentFolder},
		{"password command fails", func(c *Config) {
			c.Password = func(context.Context) (string, error) { return "", errors.New("password_command exited 1") }
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := memConfig(t, srv)
			tt.change(&cfg)
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			err := Check(ctx, cfg)
			switch {
			case tt.name == "password command fails":
				if err == nil || !strings.Contains(err.Error(), "password_command exited 1") || errors.Is(err, ErrAuthFailed) {
					t.Errorf("Check() = %v, want the password command's error, not ErrAuthFailed", err)
				}
			case tt.want == nil && err != nil:
				t.Errorf("Check() = %v, want nil", err)
			case tt.want != nil && !errors.Is(err, tt.want):
				t.Errorf("Check() = %v, want %v", err, tt.want)
			}
			if err != nil && strings.Contains(err.Error(), testPass) {
				t.Errorf("Check() error %q contains the password", err)
			}
		})
	}
}

func TestAppendSentAndSentContains(t *testing.T) {
	srv := mailtest.NewIMAPServer(t, testUser, testPass)
	w := newTestWatcher(t, memConfig(t, srv), newRecorder(), newMemCheckpoints())
	ctx := context.Background()
	raw, id := testMessage("Thank you for today")
	date := time.Date(2026, 11, 20, 15, 4, 0, 0, time.UTC)
	if err := w.AppendSent(ctx, raw, date); err != nil {
		t.Fatalf("AppendSent() = %v", err)
	}
	stored := srv.Stored(t, mailtest.SentMailbox)
	if len(stored) != 1 || !bytes.Equal(stored[0].Raw, raw) || !hasSeen(stored[0].Flags) || !stored[0].InternalDate.Equal(date) {
		t.Fatalf("Sent holds %+v, want the message with \\Seen and date %v", stored, date)
	}
	// a similar id that contains the real one as a substring must not match
	rawOther := bytes.Replace(raw, []byte(id), []byte("<x"+id[1:]), 1)
	if err := w.AppendSent(ctx, rawOther, date); err != nil {
		t.Fatalf("AppendSent() = %v", err)
	}

	tests := []struct {
		name, id string
		want     bool
	}{
		{"with brackets", id, true},
		{"without brackets", strings.Trim(id, "<>"), true},
		{"unknown", "<nobody@nowhere.example>", false},
		{"suffix of another id", "<" + id[2:], false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := w.SentContains(ctx, tt.id)
			if err != nil || got != tt.want {
				t.Errorf("SentContains(%q) = %v, %v, want %v, nil", tt.id, got, err, tt.want)
			}
		})
	}
	if _, err := w.SentContains(ctx, "  "); err == nil {
		t.Errorf("SentContains(%q) = nil error, want an error", "  ")
	}
}

func TestNewValidatesConfig(t *testing.T) {
	pass := func(context.Context) (string, error) { return "x", nil }
	tests := []struct {
		name string
		cfg  Config
		ok   bool
	}{
		{"tls default", Config{Host: "imap.gmail.com", Username: "u", Password: pass}, true},
		{"plain on loopback", Config{Host: "127.0.0.1", Security: SecurityNone, Username: "u", Password: pass}, true},
		{"plain on localhost", Config{Host: "localhost", Security: SecurityNone, Username: "u", Password: pass}, true},
		{"plain on a remote host", Config{Host: "imap.example.com", Security: SecurityNone, Username: "u", Password: pass}, false},
		{"unknown security", Config{Host: "h", Security: "ssl", Username: "u", Password: pass}, false},
		{"no secret", Config{Host: "h", Username: "u"}, false},
		{"both secrets", Config{Host: "h", Username: "u", Password: pass, OAuth2Token: pass}, false},
		{"no host", Config{Username: "u", Password: pass}, false},
		{"negative lookback", Config{Host: "h", Username: "u", Password: pass, LookbackDays: -1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg, newRecorder(), newMemCheckpoints())
			if (err == nil) != tt.ok {
				t.Errorf("New(%+v) = %v, want ok %v", tt.cfg, err, tt.ok)
			}
		})
	}
	w, err := New(Config{Host: "imap.gmail.com", Username: "u", Password: pass}, newRecorder(), newMemCheckpoints())
	if err != nil {
		t.Fatal(err)
	}
	if w.cfg.Port != 993 || w.cfg.IdleRenew != 9*time.Minute || w.cfg.LookbackDays != 30 || w.cfg.MaxMessageSize != 10<<20 {
		t.Errorf("defaults = port %d renew %v lookback %d max %d, want 993 9m 30 10MB", w.cfg.Port, w.cfg.IdleRenew, w.cfg.LookbackDays, w.cfg.MaxMessageSize)
	}
}

func TestBackoff(t *testing.T) {
	tests := []struct {
		name     string
		attempt  int
		min, max time.Duration
	}{
		{"first", 1, 800 * time.Millisecond, 1200 * time.Millisecond},
		{"third", 3, 3200 * time.Millisecond, 4800 * time.Millisecond},
		{"capped", 30, 4 * time.Minute, 6 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for range 100 {
				if d := backoff(tt.attempt, time.Second, 5*time.Minute); d < tt.min || d > tt.max {
					t.Fatalf("backoff(%d) = %v, want within [%v, %v]", tt.attempt, d, tt.min, tt.max)
				}
			}
		})
	}
}

func TestXOAUTH2Client(t *testing.T) {
	c := &xoauth2Client{username: "alex@gmail.com", token: "ya29.tok"}
	mech, ir, err := c.Start()
	if mech != "XOAUTH2" || string(ir) != "user=alex@gmail.com\x01auth=Bearer ya29.tok\x01\x01" || err != nil {
		t.Errorf("Start() = %q, %q, %v, want XOAUTH2 and the RFC-less Google format", mech, ir, err)
	}
	tests := []struct{ challenge, want string }{
		{`{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}`, "401"},
		{`{"status": "400"}`, "400"},
		{`garbage`, "unknown"},
	}
	for _, tt := range tests {
		if got := xoauth2Status([]byte(tt.challenge)); got != tt.want {
			t.Errorf("xoauth2Status(%q) = %q, want %q", tt.challenge, got, tt.want)
		}
	}
}

// silentServer greets, accepts any LOGIN, then never answers another command: a hung server.
func silentServer(t *testing.T) (port int) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer func() { _ = conn.Close() }()
				_, _ = io.WriteString(conn, "* OK [CAPABILITY IMAP4rev1] silent\r\n")
				buf := make([]byte, 4096)
				for {
					n, err := conn.Read(buf)
					if err != nil {
						return
					}
					line := string(buf[:n])
					if tag, rest, ok := strings.Cut(line, " "); ok && strings.HasPrefix(strings.ToUpper(rest), "LOGIN") {
						_, _ = io.WriteString(conn, tag+" OK [CAPABILITY IMAP4rev1 IDLE] logged in\r\n")
					}
				}
			}()
		}
	}()
	return ln.Addr().(*net.TCPAddr).Port
}

func TestHungServerIsDroppedAndRetried(t *testing.T) {
	port := silentServer(t)
	cfg := Config{
		Host: "127.0.0.1", Port: port, Security: SecurityNone, Username: testUser,
		Password: func(context.Context) (string, error) { return testPass, nil },
		Logger:   testLogger(t),
	}
	w := newTestWatcher(t, cfg, newRecorder(), newMemCheckpoints())
	w.commandTimeout = 200 * time.Millisecond
	run(t, w)
	st := waitState(t, w, RoleInbox, StateBackoff, deliver)
	if !strings.Contains(st.LastError, "no answer from the server") {
		t.Errorf("Status().LastError = %q, want it to say the server did not answer", st.LastError)
	}
}
