package mailtest

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The stack is shared by every test package that uses it, and `go test
// ./...` runs packages at once. A test that stops or reconfigures a server
// must not do it under another test: each test holds DIR/faults.lock
// shared while it uses the stack (Stack), and a fault test holds it
// exclusively (Faults), waiting until no other test uses the stack.

// lockStack takes DIR/faults.lock (shared or exclusive) until the test ends.
func lockStack(t testing.TB, dir string, how int) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(dir, "faults.lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		t.Fatalf("mailtest: stack lock: %v", err)
	}
	if err := syscall.Flock(int(f.Fd()), how); err != nil {
		_ = f.Close()
		t.Fatalf("mailtest: stack lock: %v", err)
	}
	t.Cleanup(func() { _ = f.Close() }) // closing the file releases the lock
}

// Faults returns the stack like Stack, for a test that injects faults into
// it (RestartIMAP, StopSMTP, DeferSMTP): it waits until no other test uses
// the stack and keeps others out until it ends. Every fault is undone when
// the test ends, whatever its outcome.
func Faults(t testing.TB) *MailStack {
	t.Helper()
	return stack(t, syscall.LOCK_EX)
}

// dovecotPID returns the pid of Dovecot's master process.
func (s *MailStack) dovecotPID(t testing.TB) int {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(s.Dir, "dovecot", "run", "master.pid"))
	if err != nil {
		t.Fatalf("mailtest: Dovecot's pid: %v", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatalf("mailtest: Dovecot's pid file: %v", err)
	}
	return pid
}

// StopIMAP stops Dovecot (SIGTERM to its master, as `systemctl stop`
// does): every IMAP connection drops and new ones are refused. StartIMAP
// starts it again; the test's end does if the test did not.
func (s *MailStack) StopIMAP(t testing.TB) {
	t.Helper()
	pid := s.dovecotPID(t)
	// Dovecot lets IMAP sessions linger for seconds after SIGTERM; drop
	// them first, as a restart does in the end.
	_ = exec.Command("doveadm", "-c", s.DovecotConf, "kick", "*").Run()
	if err := syscall.Kill(pid, syscall.SIGTERM); err != nil {
		t.Fatalf("mailtest: stop Dovecot: %v", err)
	}
	waitUntil(t, func() bool { return syscall.Kill(pid, 0) != nil }, "mailtest: Dovecot (pid %d) still runs 15s after SIGTERM", pid)
	s.startAtEnd(t, s.IMAPAddr, s.StartIMAP)
}

// StartIMAP starts Dovecot again with the stack's configuration and waits
// until it answers.
func (s *MailStack) StartIMAP(t testing.TB) {
	t.Helper()
	// Dovecot keeps the stdio it was started with open forever: give it
	// a log file, not a pipe this process would wait on.
	logPath := filepath.Join(s.Dir, "log", "dovecot-start.log")
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatalf("mailtest: start Dovecot: %v", err)
	}
	defer logf.Close()
	cmd := exec.Command("dovecot", "-c", s.DovecotConf)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Run(); err != nil {
		t.Fatalf("mailtest: start Dovecot: %v (see %s)", err, logPath)
	}
	s.waitListening(t, s.IMAPAddr)
	s.waitListening(t, s.LMTPAddr)
}

// RestartIMAP stops and starts Dovecot: what a package upgrade or an
// administrator's restart does to a client.
func (s *MailStack) RestartIMAP(t testing.TB) {
	t.Helper()
	s.StopIMAP(t)
	s.StartIMAP(t)
}

func (s *MailStack) postfix(t testing.TB, args ...string) {
	t.Helper()
	cmd := exec.Command("postfix", append([]string{"-c", filepath.Join(s.Dir, "postfix", "etc")}, args...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("mailtest: postfix %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// StopSMTP stops Postfix: SMTP connections are refused until StartSMTP
// (or the test's end). Mail already queued waits in the queue.
func (s *MailStack) StopSMTP(t testing.TB) {
	t.Helper()
	s.postfix(t, "stop")
	waitUntil(t, func() bool { return !s.listening(s.SMTPAddr) }, "mailtest: Postfix still answers 15s after postfix stop")
	s.startAtEnd(t, s.SMTPAddr, s.StartSMTP)
}

// StartSMTP starts Postfix again and waits until it answers.
func (s *MailStack) StartSMTP(t testing.TB) {
	t.Helper()
	s.postfix(t, "start")
	s.waitListening(t, s.SMTPAddr)
}

// DeferSMTP makes Postfix answer every recipient of mail from sender with
// a temporary refusal ("451 4.3.0 ...", as a server short of resources or
// greylisting does) until UndeferSMTP (or the test's end); mail from any
// other sender is accepted as usual, so a test can still inject mail.
func (s *MailStack) DeferSMTP(t testing.TB, sender string) {
	t.Helper()
	s.postconf(t, fmt.Sprintf("smtpd_sender_restrictions = check_sender_access inline:{ {%s = 451 4.3.0 mailstack: try again later} }", sender))
	t.Cleanup(func() { s.UndeferSMTP(t) })
}

// UndeferSMTP ends DeferSMTP.
func (s *MailStack) UndeferSMTP(t testing.TB) {
	t.Helper()
	s.postconf(t, "smtpd_sender_restrictions =")
}

// postconf sets one main.cf parameter and reloads Postfix.
func (s *MailStack) postconf(t testing.TB, setting string) {
	t.Helper()
	cmd := exec.Command("postconf", "-c", filepath.Join(s.Dir, "postfix", "etc"), "-e", setting)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("mailtest: postconf -e %q: %v\n%s", setting, err, out)
	}
	s.postfix(t, "reload")
	time.Sleep(500 * time.Millisecond) // smtpd processes pick up the change as they restart
}

func (s *MailStack) listening(addr string) bool {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return false
	}
	_ = c.Close()
	return true
}

func (s *MailStack) waitListening(t testing.TB, addr string) {
	t.Helper()
	waitUntil(t, func() bool { return s.listening(addr) }, "mailtest: nothing answers on %s 15s after start", addr)
}

// startAtEnd starts a server the test stopped (with start) when the test
// ends, unless something answers on addr again by then.
func (s *MailStack) startAtEnd(t testing.TB, addr string, start func(testing.TB)) {
	t.Cleanup(func() {
		if !s.listening(addr) {
			start(t)
		}
	})
}

// waitUntil checks done every 20ms and fails the test with the message
// format gives when done is still false 15s on.
func waitUntil(t testing.TB, done func() bool, format string, args ...any) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !done() {
		if time.Now().After(deadline) {
			t.Fatalf(format, args...)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
