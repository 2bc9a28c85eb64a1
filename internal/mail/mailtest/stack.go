package mailtest

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// Account is a mail account on the stack.
type Account struct {
	User, Pass string
}

// MailStack is the real Dovecot + Postfix stack on loopback started by
// tools/mailstack/mailstack.sh (see that script for what it routes where).
type MailStack struct {
	Dir       string
	IMAPAddr  string // plain text and STARTTLS
	IMAPSAddr string // implicit TLS
	SMTPAddr  string // Postfix, no auth, no TLS
	LMTPAddr  string
	CAFile    string // the self-signed certificate of IMAPS/STARTTLS
	// Candidate receives mail to candidate@example.test; Sink receives mail to every other
	// address (with Delivered-To: sink+LOCAL=DOMAIN@example.test); Bench is for benchmarks.
	Candidate, Sink, Bench Account
	SentMailbox            string // the \Sent mailbox of every account
	MailRoot               string // maildirs: MailRoot/<local part>/Maildir
	DovecotConf            string
}

// Stack returns the running stack named by the environment variable MAILSTACK_DIR (written
// by `tools/mailstack/mailstack.sh start DIR` as DIR/mailstack.env). The test is skipped when
// MAILSTACK_DIR is unset, and fails when it is set but the stack is missing or down. It
// waits while a fault test (Faults) has the stack, and holds it shared until the test ends.
func Stack(t testing.TB) *MailStack {
	t.Helper()
	return stack(t, syscall.LOCK_SH)
}

func stack(t testing.TB, lock int) *MailStack {
	t.Helper()
	dir := os.Getenv("MAILSTACK_DIR")
	if dir == "" {
		t.Skip("MAILSTACK_DIR not set: run `sudo tools/mailstack/mailstack.sh start DIR` (DIR from mktemp -d) and export MAILSTACK_DIR=DIR to test against real Dovecot and Postfix")
	}
	env, err := readStackEnv(filepath.Join(dir, "mailstack.env"))
	if err != nil {
		t.Fatalf("mailtest: MAILSTACK_DIR=%s: %v (is the stack started? tools/mailstack/mailstack.sh status %s)", dir, err, dir)
	}
	get := func(k string) string {
		v := env[k]
		if v == "" {
			t.Fatalf("mailtest: %s/mailstack.env has no %s: restart the stack with this repository's tools/mailstack/mailstack.sh", dir, k)
		}
		return v
	}
	s := &MailStack{
		Dir:         get("MAILSTACK_DIR"),
		IMAPAddr:    get("MAILSTACK_IMAP_ADDR"),
		IMAPSAddr:   get("MAILSTACK_IMAPS_ADDR"),
		SMTPAddr:    get("MAILSTACK_SMTP_ADDR"),
		LMTPAddr:    get("MAILSTACK_LMTP_ADDR"),
		CAFile:      get("MAILSTACK_CA_FILE"),
		Candidate:   Account{get("MAILSTACK_CANDIDATE_USER"), get("MAILSTACK_CANDIDATE_PASS")},
		Sink:        Account{get("MAILSTACK_SINK_USER"), get("MAILSTACK_SINK_PASS")},
		Bench:       Account{get("MAILSTACK_BENCH_USER"), get("MAILSTACK_BENCH_PASS")},
		SentMailbox: get("MAILSTACK_SENT_MAILBOX"),
		MailRoot:    get("MAILSTACK_MAIL_ROOT"),
		DovecotConf: get("MAILSTACK_DOVECOT_CONF"),
	}
	lockStack(t, s.Dir, lock)
	for _, addr := range []string{s.IMAPAddr, s.SMTPAddr} {
		conn, err := net.DialTimeout("tcp", addr, 3*time.Second)
		if err != nil {
			t.Fatalf("mailtest: mail stack in %s is not answering on %s: %v (tools/mailstack/mailstack.sh status %s)", dir, addr, err, dir)
		}
		_ = conn.Close()
	}
	return s
}

// readStackEnv reads KEY=VALUE lines.
func readStackEnv(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }()
	env := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if k, v, ok := strings.Cut(line, "="); ok {
			env[k] = v
		}
	}
	return env, sc.Err()
}

func stackHostPort(t testing.TB, addr string) (string, int) {
	t.Helper()
	h, p, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatalf("mailtest: address %q: %v", addr, err)
	}
	n, err := strconv.Atoi(p)
	if err != nil {
		t.Fatalf("mailtest: address %q: %v", addr, err)
	}
	return h, n
}

// IMAPHost returns the host of IMAPAddr.
func (s *MailStack) IMAPHost(t testing.TB) string { h, _ := stackHostPort(t, s.IMAPAddr); return h }

// IMAPPort returns the port of IMAPAddr (plain text and STARTTLS).
func (s *MailStack) IMAPPort(t testing.TB) int { _, p := stackHostPort(t, s.IMAPAddr); return p }

// IMAPSPort returns the port of IMAPSAddr (implicit TLS).
func (s *MailStack) IMAPSPort(t testing.TB) int { _, p := stackHostPort(t, s.IMAPSAddr); return p }

// TLSConfig trusts the stack's self-signed certificate (valid for 127.0.0.1 and localhost).
func (s *MailStack) TLSConfig(t testing.TB) *tls.Config {
	t.Helper()
	pem, err := os.ReadFile(s.CAFile)
	if err != nil {
		t.Fatalf("mailtest: read stack certificate: %v", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		t.Fatalf("mailtest: no certificate in %s", s.CAFile)
	}
	return &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
}

var accountSeq atomic.Int64

// NewAccount returns a fresh, empty account (any NAME@example.test logs in with the stack's
// password), so tests never see each other's mail. Its mailboxes stay until DIR is removed.
func (s *MailStack) NewAccount(t testing.TB, prefix string) Account {
	t.Helper()
	clean := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return '-'
	}, prefix)
	user := fmt.Sprintf("%s-%d-%d@example.test", clean, time.Now().UnixNano(), accountSeq.Add(1))
	return Account{User: user, Pass: s.Candidate.Pass}
}

// Append stores raw in a's mailbox through a real IMAP client and returns its UID.
func (s *MailStack) Append(t testing.TB, a Account, mailbox string, raw []byte) uint32 {
	t.Helper()
	return s.AppendAt(t, a, mailbox, raw, time.Time{})
}

// AppendAt is Append with an internal date (zero: now).
func (s *MailStack) AppendAt(t testing.TB, a Account, mailbox string, raw []byte, date time.Time) uint32 {
	t.Helper()
	c := dialIMAP(t, s.IMAPAddr, nil, a.User, a.Pass)
	defer c.close()
	return c.append(t, mailbox, raw, date, nil)
}

// Stored returns every message of a's mailbox with UID, flags and internal date (read with
// EXAMINE and BODY.PEEK: flags unchanged).
func (s *MailStack) Stored(t testing.TB, a Account, mailbox string) []StoredMessage {
	t.Helper()
	c := dialIMAP(t, s.IMAPAddr, nil, a.User, a.Pass)
	defer c.close()
	return c.stored(t, mailbox)
}

// Messages returns the raw messages of a's mailbox in UID order.
func (s *MailStack) Messages(t testing.TB, a Account, mailbox string) [][]byte {
	t.Helper()
	return storedRaw(s.Stored(t, a, mailbox))
}

// Flags returns the flags of every message of a's mailbox, by UID.
func (s *MailStack) Flags(t testing.TB, a Account, mailbox string) map[uint32][]string {
	t.Helper()
	return storedFlags(s.Stored(t, a, mailbox))
}

// Maildir returns the Maildir of a (DIR/mail/<local part>/Maildir); it exists once a has
// logged in or received mail.
func (s *MailStack) Maildir(a Account) string {
	local, _, _ := strings.Cut(a.User, "@")
	return filepath.Join(s.MailRoot, strings.ToLower(local), "Maildir")
}

// Doveadm runs `doveadm -c DOVECOT_CONF args...` (e.g. "force-resync", "kick") and returns
// its output. It needs the same privileges as the stack (root).
func (s *MailStack) Doveadm(t testing.TB, args ...string) string {
	t.Helper()
	cmd := exec.Command("doveadm", append([]string{"-c", s.DovecotConf}, args...)...)
	cmd.Stdin = nil
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("mailtest: doveadm %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// Kick drops every IMAP connection of a (doveadm kick), as a server restart would.
func (s *MailStack) Kick(t testing.TB, a Account) {
	t.Helper()
	s.Doveadm(t, "kick", a.User)
}
