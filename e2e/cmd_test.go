package e2e

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runBinary runs the built followupd with args and returns its exit code
// and output.
func runBinary(t *testing.T, timeout time.Duration, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, followupdBinary(t), args...)
	cmd.Env = withoutEnv(os.Environ(), "NOTIFY_SOCKET", "WATCHDOG_USEC")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		code = exit.ExitCode()
	default:
		t.Fatalf("followupd %s: %v", strings.Join(args, " "), err)
	}
	if ctx.Err() != nil {
		t.Fatalf("followupd %s did not finish within %s\nstderr:\n%s", strings.Join(args, " "), timeout, errb.String())
	}
	return code, out.String(), errb.String()
}

// TestCheckAgainstTheStack: `followupd check` logs in to the real IMAP and
// SMTP servers and says so; with a wrong password it fails (exit 1) and
// says the login was refused.
func TestCheckAgainstTheStack(t *testing.T) {
	e := newEnv(t, "")
	code, stdout, stderr := runBinary(t, time.Minute, "check", "--config", e.cfgPath)
	if code != 0 || !strings.Contains(stdout, "imap     OK") || !strings.Contains(stdout, "smtp     OK") {
		t.Errorf("check = %d, want 0 with imap OK and smtp OK\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}

	bad := filepath.Join(e.dir, "bad.toml")
	if err := os.WriteFile(bad, []byte(strings.Replace(e.cfgText, `password = "secret"`, `password = "Wr0ng-e2e-Passw0rd"`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = runBinary(t, time.Minute, "check", "--config", bad)
	if code != 1 || !strings.Contains(stdout, "imap     FAILED") || !strings.Contains(stdout, "password") {
		t.Errorf("check with a wrong password = %d, want 1 with imap FAILED and a hint about the password\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if strings.Contains(stdout+stderr, "Wr0ng-e2e-Passw0rd") {
		t.Errorf("check printed the password:\n%s%s", stdout, stderr)
	}
}

// TestRunOnce: `followupd run --once` catches up with mail that arrived
// while it was not running, asks the owner about it, and exits 0; a second
// run --once asks nothing again.
func TestRunOnce(t *testing.T) {
	e := newEnv(t, "")
	inbox := e.inbox()
	followupdBinary(t)
	sam := person{"Sam Patel", "sam.patel@contoso.example"}
	e.rejectionMail(rejection{company: "Contoso", role: "Product Analyst", from: sam, signer: "Sam Patel"})
	time.Sleep(500 * time.Millisecond) // Postfix → Dovecot
	code, _, stderr := runBinary(t, time.Minute, "run", "--once", "--config", e.cfgPath)
	if code != 0 {
		t.Fatalf("run --once = %d, want 0\nstderr:\n%s", code, stderr)
	}
	inbox.waitFor(arrive, 1, "approval request after run --once", purposeIs("approval-request"))
	code, _, stderr = runBinary(t, time.Minute, "run", "--once", "--config", e.cfgPath)
	if code != 0 {
		t.Fatalf("second run --once = %d, want 0\nstderr:\n%s", code, stderr)
	}
	time.Sleep(settle)
	if got := inbox.matching(purposeIs("approval-request")); len(got) != 1 {
		t.Errorf("after two runs the owner was asked %d times, want once", len(got))
	}
}

// TestReloadOnSIGHUP: SIGHUP with a broken config keeps the daemon running
// on the old one and says why; SIGHUP with a good config swaps it (the new
// signature appears in the next draft); SIGTERM then stops it with exit 0.
func TestReloadOnSIGHUP(t *testing.T) {
	e := newEnv(t, "")
	inbox := e.inbox()
	p := e.startBinary()
	e.waitIdle(t, 30*time.Second)

	e.edit(`timezone = "UTC"`, `timezone = "Europe/Pariss"`)
	hup(t, p)
	waitLog(t, e, `reload refused`, "owner.timezone")
	select {
	case <-p.exited:
		t.Fatalf("followupd exited after SIGHUP with a broken config: %v\n%s", p.err, e.logTail(20))
	default:
	}

	e.edit(`timezone = "Europe/Pariss"`, `timezone = "UTC"`)
	e.edit(`signature = "Alex Candidate"`, `signature = "Alex Candidate, reloaded"`)
	hup(t, p)
	waitLog(t, e, `config reloaded`)
	sam := person{"Sam Patel", "sam.patel@contoso.example"}
	e.rejectionMail(rejection{company: "Contoso", role: "Product Analyst", from: sam, signer: "Sam Patel"})
	req := inbox.waitFor(arrive, 1, "approval request", purposeIs("approval-request"))[0]
	if !strings.Contains(req.msg.Body, "Alex Candidate, reloaded") {
		t.Errorf("the draft after the reload does not carry the new signature:\n%s", req.msg.Body)
	}
	if err := p.stop(30 * time.Second); err != nil {
		t.Errorf("followupd after SIGTERM: %v, want exit 0\n%s", err, e.logTail(20))
	}
}

func hup(t *testing.T, p *proc) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatalf("SIGHUP: %v", err)
	}
}

// waitLog waits until the daemon's log holds a line with every fragment.
func waitLog(t *testing.T, e *env, fragments ...string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		b, _ := os.ReadFile(filepath.Join(e.dir, "daemon.log"))
		for _, line := range strings.Split(string(b), "\n") {
			all := true
			for _, f := range fragments {
				all = all && strings.Contains(line, f)
			}
			if all {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the daemon never logged a line with %q; log tail:\n%s", fragments, e.logTail(20))
		}
		time.Sleep(50 * time.Millisecond)
	}
}
