package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/smtp"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/internal/config"
	"github.com/followupd/followupd/internal/daemon"
	"github.com/followupd/followupd/internal/mail/mailtest"
	"github.com/followupd/followupd/internal/mail/message"
	"github.com/followupd/followupd/internal/store"
)

// The owner is the stack's candidate account: it is the only one to which
// Postfix delivers both the daemon's mail and the injected mail.
const (
	ownerName = "Alex Candidate"
	markerHdr = "X-E2E" // on every message a test injects, so that the next test can clear it away
)

// binary is the followupd command, built once for the tests that run it.
var binary struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// TestMain serialises test binaries of this package that share a stack
// (the tests clear the owner's mailboxes, so two runs at once would see
// each other's mail) and removes the built binary at the end.
func TestMain(m *testing.M) {
	if dir := os.Getenv("MAILSTACK_DIR"); dir != "" {
		f, err := os.OpenFile(filepath.Join(dir, "e2e.lock"), os.O_CREATE|os.O_RDWR, 0o600)
		if err == nil {
			_ = syscall.Flock(int(f.Fd()), syscall.LOCK_EX) // released when the file is closed
			defer f.Close()
		}
	}
	code := m.Run()
	if binary.dir != "" {
		_ = os.RemoveAll(binary.dir)
	}
	if code != 0 {
		os.Exit(code) // a non-zero exit skips the deferred unlock; the exit releases it
	}
}

// followupdBinary builds ./cmd/followupd once per test binary and returns
// its path.
func followupdBinary(t testing.TB) string {
	t.Helper()
	binary.once.Do(func() {
		root, err := filepath.Abs("..")
		if err != nil {
			binary.err = err
			return
		}
		goTool, err := exec.LookPath("go")
		if err != nil {
			binary.err = fmt.Errorf("the go command is not on PATH: %w", err)
			return
		}
		binary.dir, binary.err = os.MkdirTemp("", "followupd-e2e-")
		if binary.err != nil {
			return
		}
		binary.path = filepath.Join(binary.dir, "followupd")
		cmd := exec.Command(goTool, "build", "-o", binary.path, "./cmd/followupd")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			binary.err = fmt.Errorf("go build ./cmd/followupd: %v\n%s", err, out)
		}
	})
	if binary.err != nil {
		t.Fatal(binary.err)
	}
	return binary.path
}

// env is one test's world: the stack, the owner's mailboxes cleared of
// earlier tests' mail, and a config file whose store lives in t.TempDir().
type env struct {
	t       testing.TB
	stack   *mailtest.MailStack
	owner   mailtest.Account
	tag     string // unique to this test run: in Message-IDs of injected mail
	dir     string
	cfgPath string
	cfgText string
	store   string // the store's path, when not DIR/followupd.db
	seq     atomic.Int64
}

// newEnv prepares a test against the stack (skipping when there is none).
// extra is appended to the config file (TOML tables).
func newEnv(t testing.TB, extra string) *env {
	t.Helper()
	return newEnvOn(t, mailtest.Stack(t), extra)
}

// newFaultEnv is newEnv for a test that stops or reconfigures the stack's
// servers: it has the stack to itself (mailtest.Faults).
func newFaultEnv(t testing.TB, extra string) *env {
	t.Helper()
	return newEnvOn(t, mailtest.Faults(t), extra)
}

func newEnvOn(t testing.TB, s *mailtest.MailStack, extra string) *env {
	t.Helper()
	e := &env{t: t, stack: s, owner: s.Candidate, tag: fmt.Sprintf("%x", time.Now().UnixNano()), dir: t.TempDir()}
	e.clear()
	imapHost, imapPort := splitAddr(t, s.IMAPAddr)
	smtpHost, smtpPort := splitAddr(t, s.SMTPAddr)
	e.cfgText = fmt.Sprintf(`[owner]
name = %q
email = %q
timezone = "UTC"
signature = "Alex Candidate"

[imap]
host = %q
port = %s
security = "none"
username = %q
password = %q
lookback_days = 1
watch_sent = true

[smtp]
host = %q
port = %s
security = "none"
append_sent = "always"

[schedule]
business_days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
business_hours = "00:00-24:00"
thank_you_delay = "0s"
thank_you_min_delay = "0s"
feedback_delay = "0s"
daily_send_cap = 1000

[store]
path = %q

[log]
level = "debug"
format = "text"
%s`, ownerName, e.owner.User, imapHost, imapPort, e.owner.User, e.owner.Pass, smtpHost, smtpPort, e.storePath(), extra)
	e.cfgPath = filepath.Join(e.dir, "config.toml")
	if err := os.WriteFile(e.cfgPath, []byte(e.cfgText), 0o600); err != nil {
		t.Fatal(err)
	}
	return e
}

// edit replaces old by new in the config file.
func (e *env) edit(old, new string) {
	e.t.Helper()
	if !strings.Contains(e.cfgText, old) {
		e.t.Fatalf("the test config has no %q", old)
	}
	e.cfgText = strings.Replace(e.cfgText, old, new, 1)
	if err := os.WriteFile(e.cfgPath, []byte(e.cfgText), 0o600); err != nil {
		e.t.Fatal(err)
	}
}

func splitAddr(t testing.TB, addr string) (string, string) {
	t.Helper()
	h, p, ok := strings.Cut(addr, ":")
	if !ok {
		t.Fatalf("address %q has no port", addr)
	}
	return h, p
}

// letterID matches the Message-IDs of the letters a followupd whose owner
// is at example.test sends to employers.
var letterID = regexp.MustCompile(`^<?(thanks|feedback|status)\.[0-9a-f]+@example\.test>?$`)

// clear removes what earlier tests left: in the owner's INBOX the mail
// injected by a test or sent by followupd (to the owner, and the blind
// copies of letters), the owner's whole Sent folder,
// and in the sink the letters followupd sent to employers. Other mail (of
// other packages' tests sharing the stack) is left alone.
func (e *env) clear() {
	e.t.Helper()
	e.purge(e.owner, "INBOX", func(h message.Message) bool {
		return h.Get(markerHdr) != "" || h.Get("X-Followupd") != "" || letterID.MatchString(h.Get("Message-Id"))
	})
	e.purge(e.owner, e.stack.SentMailbox, func(message.Message) bool { return true })
	e.purge(e.stack.Sink, "INBOX", func(h message.Message) bool { return letterID.MatchString(h.Get("Message-Id")) })
}

// purge deletes (STORE \Deleted, UID EXPUNGE) the messages of a mailbox
// whose header del selects.
func (e *env) purge(a mailtest.Account, mailbox string, del func(message.Message) bool) {
	e.t.Helper()
	c := dial(e.t, e.stack.IMAPAddr, a)
	defer closeIMAP(c)
	sel, err := c.Select(mailbox, nil).Wait()
	if err != nil {
		e.t.Fatalf("select %s of %s: %v", mailbox, a.User, err)
	}
	if sel.NumMessages == 0 {
		return
	}
	hdr := &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader, Peek: true}
	bufs, err := c.Fetch(imap.SeqSet{imap.SeqRange{Start: 1, Stop: 0}}, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{hdr}}).Collect()
	if err != nil {
		e.t.Fatalf("fetch headers of %s of %s: %v", mailbox, a.User, err)
	}
	var uids imap.UIDSet
	for _, b := range bufs {
		m, err := message.Parse(bytes.NewReader(append(b.FindBodySection(hdr), "\r\n"...)))
		if err != nil || del(*m) {
			uids.AddNum(b.UID)
		}
	}
	if len(uids) == 0 {
		return
	}
	if err := c.Store(uids, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close(); err != nil {
		e.t.Fatalf("flag old mail in %s of %s: %v", mailbox, a.User, err)
	}
	if err := c.UIDExpunge(uids).Close(); err != nil {
		e.t.Fatalf("expunge old mail in %s of %s: %v", mailbox, a.User, err)
	}
}

func dial(t testing.TB, addr string, a mailtest.Account) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatalf("dial IMAP %s: %v", addr, err)
	}
	if err := c.Login(a.User, a.Pass).Wait(); err != nil {
		_ = c.Close()
		t.Fatalf("IMAP login %s: %v", a.User, err)
	}
	return c
}

func closeIMAP(c *imapclient.Client) {
	_ = c.Logout().Wait()
	_ = c.Close()
}

var bgctx = context.Background()

func (e *env) storePath() string {
	if e.store != "" {
		return e.store
	}
	return filepath.Join(e.dir, "followupd.db")
}

// moveStore puts the store at path (the config is edited to say so).
func (e *env) moveStore(path string) {
	e.t.Helper()
	e.edit(fmt.Sprintf("path = %q", e.storePath()), fmt.Sprintf("path = %q", path))
	e.store = path
}

// openStore opens the daemon's store (it may be running: SQLite in WAL
// mode lets a reader in).
func (e *env) openStore() *store.Store {
	e.t.Helper()
	st, err := store.Open(bgctx, e.storePath())
	if err != nil {
		e.t.Fatalf("open the store: %v", err)
	}
	return st
}

// config returns the parsed config file.
func (e *env) config() *config.Config {
	e.t.Helper()
	cfg, err := config.Load(e.cfgPath)
	if err != nil {
		e.t.Fatalf("config: %v\n%s", err, e.cfgText)
	}
	return cfg
}

// logBuffer collects a daemon's log, shown when the test fails.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// startDaemon runs daemon.Run in this process until the test ends.
func (e *env) startDaemon() {
	e.t.Helper()
	e.startDaemonWith(daemon.Options{})
}

// startDaemonWith runs daemon.Run in this process with o (its Config and
// Logger filled in) until the test ends, and returns its log.
func (e *env) startDaemonWith(o daemon.Options) *logBuffer {
	e.t.Helper()
	logs := &logBuffer{}
	o.Config = e.config()
	o.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- daemon.Run(ctx, o) }()
	e.t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				e.t.Errorf("daemon.Run = %v, want nil after cancel", err)
			}
		case <-time.After(30 * time.Second):
			e.t.Errorf("daemon.Run did not return within 30s of cancel")
		}
		if e.t.Failed() {
			e.t.Logf("daemon log:\n%s", logs.String())
		}
	})
	return logs
}

// send injects a message over SMTP, as another mail server would.
func (e *env) send(from string, to []string, raw string) {
	e.t.Helper()
	raw = strings.ReplaceAll(strings.ReplaceAll(raw, "\r\n", "\n"), "\n", "\r\n")
	if err := smtp.SendMail(e.stack.SMTPAddr, nil, from, to, []byte(raw)); err != nil {
		e.t.Fatalf("SMTP from %s to %v: %v", from, to, err)
	}
}

// nextID returns a fresh Message-ID (without <>) at domain.
func (e *env) nextID(what, domain string) string {
	return fmt.Sprintf("%s.%s.%d@%s", what, e.tag, e.seq.Add(1), domain)
}

// reply injects the owner's (or someone's) answer to a message followupd
// sent, threaded on it as a mail client would.
func (e *env) reply(to received, from, body string) string {
	e.t.Helper()
	return e.replyTo(to.msg.MessageID, to.msg.Subject, from, body)
}

// replyTo injects an answer threaded on the Message-ID ref (without <>).
func (e *env) replyTo(ref, subject, from, body string) string {
	e.t.Helper()
	id := e.nextID("answer", "example.test")
	subject = mime.QEncoding.Encode("utf-8", "Re: "+subject)
	e.send(addrOnly(from), []string{e.owner.User}, fmt.Sprintf(`From: %s
To: %s
Subject: %s
Date: %s
Message-ID: <%s>
In-Reply-To: <%s>
References: <%s>
%s: %s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

%s
`, from, e.owner.User, subject, time.Now().Format(time.RFC1123Z), id, ref, ref, markerHdr, e.tag, body))
	return id
}

func addrOnly(s string) string {
	if i := strings.LastIndex(s, "<"); i >= 0 {
		return strings.TrimSuffix(s[i+1:], ">")
	}
	return s
}

// received is one message read back from a mailbox.
type received struct {
	uid      uint32
	internal time.Time // when the server stored it
	seen     time.Time // when the test first read it
	raw      []byte
	msg      *message.Message
}

// purpose is the X-Followupd header of followupd's mail to the owner.
func (r received) purpose() string { return r.msg.Get("X-Followupd") }

// deliveredTo is the envelope recipient of a message in the sink
// (sink+LOCAL=DOMAIN@example.test → LOCAL@DOMAIN).
func (r received) deliveredTo() string {
	d := r.msg.Get("Delivered-To")
	local, _, _ := strings.Cut(d, "@")
	local = strings.TrimPrefix(local, "sink+")
	if i := strings.LastIndex(local, "="); i >= 0 {
		return local[:i] + "@" + local[i+1:]
	}
	return d
}

// mailbox reads one mailbox as it fills: each poll fetches the messages
// that arrived since the last.
type mailbox struct {
	t       testing.TB
	addr    string
	account mailtest.Account
	name    string
	c       *imapclient.Client
	last    uint32
	msgs    []received
}

func (e *env) mailbox(a mailtest.Account, name string) *mailbox {
	b := &mailbox{t: e.t, addr: e.stack.IMAPAddr, account: a, name: name}
	e.t.Cleanup(func() {
		if b.c != nil {
			closeIMAP(b.c)
		}
	})
	return b
}

func (e *env) inbox() *mailbox { return e.mailbox(e.owner, "INBOX") }
func (e *env) sink() *mailbox  { return e.mailbox(e.stack.Sink, "INBOX") }

// poll returns the messages stored since the last poll.
func (b *mailbox) poll() []received {
	b.t.Helper()
	for attempt := 0; ; attempt++ {
		got, err := b.fetchNew()
		if err == nil {
			b.msgs = append(b.msgs, got...)
			return got
		}
		if b.c != nil {
			_ = b.c.Close()
			b.c = nil
		}
		if attempt == 2 {
			b.t.Fatalf("read %s of %s: %v", b.name, b.account.User, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (b *mailbox) fetchNew() ([]received, error) {
	if b.c == nil {
		c, err := imapclient.DialInsecure(b.addr, nil)
		if err != nil {
			return nil, err
		}
		if err := c.Login(b.account.User, b.account.Pass).Wait(); err != nil {
			_ = c.Close()
			return nil, err
		}
		b.c = c
	}
	// EXAMINE again each time: the simplest way to see new mail at once.
	sel, err := b.c.Select(b.name, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return nil, err
	}
	if sel.NumMessages == 0 || (sel.UIDNext != 0 && uint32(sel.UIDNext) <= b.last+1) {
		return nil, nil
	}
	body := &imap.FetchItemBodySection{Peek: true}
	var set imap.UIDSet
	set.AddRange(imap.UID(b.last+1), 0)
	bufs, err := b.c.Fetch(set, &imap.FetchOptions{UID: true, InternalDate: true, BodySection: []*imap.FetchItemBodySection{body}}).Collect()
	if err != nil {
		return nil, err
	}
	now := time.Now()
	var out []received
	for _, buf := range bufs {
		if uint32(buf.UID) <= b.last {
			continue // "N:*" always names the last message
		}
		raw := buf.FindBodySection(body)
		m, err := message.Parse(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("uid %d unparsable: %w", buf.UID, err)
		}
		out = append(out, received{uid: uint32(buf.UID), internal: buf.InternalDate, seen: now, raw: raw, msg: m})
	}
	for _, r := range out {
		b.last = max(b.last, r.uid)
	}
	return out, nil
}

// all returns every message read so far (after one more poll).
func (b *mailbox) all() []received {
	b.t.Helper()
	b.poll()
	return b.msgs
}

var errTimeout = errors.New("timed out")

// waitFor polls until n messages (among those not yet read before the
// call, and those read earlier if old is true) match, or fails the test.
func (b *mailbox) waitFor(timeout time.Duration, n int, what string, match func(received) bool) []received {
	b.t.Helper()
	got, err := b.waitUntil(timeout, n, match)
	if err != nil {
		var desc []string
		for _, m := range b.msgs {
			desc = append(desc, fmt.Sprintf("  uid %d %s [%s] %q to %s", m.uid, m.internal.Format("15:04:05.000"), m.purpose(), m.msg.Subject, m.deliveredTo()))
		}
		b.t.Fatalf("%s of %s: want %d× %s within %s, got %d; the mailbox holds:\n%s", b.name, b.account.User, n, what, timeout, len(got), strings.Join(desc, "\n"))
	}
	return got
}

func (b *mailbox) waitUntil(timeout time.Duration, n int, match func(received) bool) ([]received, error) {
	deadline := time.Now().Add(timeout)
	for {
		b.poll()
		var got []received
		for _, m := range b.msgs {
			if match(m) {
				got = append(got, m)
			}
		}
		if len(got) >= n {
			return got, nil
		}
		if time.Now().After(deadline) {
			return got, errTimeout
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// matching returns the messages read so far that match.
func (b *mailbox) matching(match func(received) bool) []received {
	b.t.Helper()
	var got []received
	for _, m := range b.all() {
		if match(m) {
			got = append(got, m)
		}
	}
	return got
}

// Predicates.

func purposeIs(p string) func(received) bool {
	return func(r received) bool { return r.purpose() == p }
}

func and(fs ...func(received) bool) func(received) bool {
	return func(r received) bool {
		for _, f := range fs {
			if !f(r) {
				return false
			}
		}
		return true
	}
}

func bodyHas(s string) func(received) bool {
	return func(r received) bool { return strings.Contains(r.msg.Body, s) }
}

func subjectHas(s string) func(received) bool {
	return func(r received) bool { return strings.Contains(r.msg.Subject, s) }
}

func to(addr string) func(received) bool {
	return func(r received) bool { return strings.EqualFold(r.deliveredTo(), addr) }
}

// toDomain matches letters to any address at domain.
func toDomain(domain string) func(received) bool {
	return func(r received) bool { return strings.HasSuffix(strings.ToLower(r.deliveredTo()), "@"+domain) }
}

// countBy counts messages by key.
func countBy(ms []received, key func(received) string) map[string]int {
	out := map[string]int{}
	for _, m := range ms {
		out[key(m)]++
	}
	return out
}
