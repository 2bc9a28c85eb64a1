package daemon

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/config"
	"github.com/followupd/followupd/internal/mail/mailtest"
	"github.com/followupd/followupd/internal/store"
)

const owner = "alex@candidate.example"

const rejection = "From: Sam Patel <sam.patel@contoso.example>\r\nTo: " + owner + "\r\nSubject: Your application\r\nDate: %s\r\nMessage-ID: <rej-1@contoso.example>\r\n\r\nDear Alex,\r\n\r\nThank you for interviewing for the Product Analyst role. Unfortunately we have decided to move forward with other candidates.\r\n\r\nSam Patel\r\n"

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func writeConfig(t *testing.T, path string, imapPort, smtpPort int, extra string) *config.Config {
	t.Helper()
	text := fmt.Sprintf(`[owner]
name = "Alex Candidate"
email = %q
timezone = "Europe/London"
[imap]
host = "127.0.0.1"
port = %d
security = "none"
username = %q
password = "pw"
[smtp]
host = "127.0.0.1"
port = %d
security = "none"
[store]
path = %q
%s`, owner, imapPort, owner, smtpPort, filepath.Join(filepath.Dir(path), "f.db"), extra)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func TestRunOnceCatchesUpAndActs(t *testing.T) {
	imap := mailtest.NewIMAPServer(t, owner, "pw")
	smtp := mailtest.NewSMTPServer(t)
	imap.Append(t, "INBOX", []byte(fmt.Sprintf(rejection, time.Now().Format(time.RFC1123Z))))
	cfg := writeConfig(t, filepath.Join(t.TempDir(), "config.toml"), imap.Port(), smtp.Port(), "")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := Run(ctx, Options{Config: cfg, Once: true}); err != nil {
		t.Fatalf("Run(--once) = %v", err)
	}
	got := smtp.Messages()
	if len(got) != 1 || got[0].To[0] != owner || !strings.Contains(string(got[0].Data), "X-Followupd: approval-request") {
		t.Fatalf("after --once: %d mails, want the approval request to the owner", len(got))
	}
	// A second run finds nothing new to do.
	if err := Run(ctx, Options{Config: cfg, Once: true}); err != nil {
		t.Fatalf("second Run(--once) = %v", err)
	}
	if n := len(smtp.Messages()); n != 1 {
		t.Fatalf("the second run sent %d mails in all, want still 1", n)
	}
	if fi, err := os.Stat(cfg.SecretPath()); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("approval key: %v, mode %v; want a 0600 file", err, fi)
	}
}

func TestReloadKeepsTheOldConfigWhenTheNewOneIsBad(t *testing.T) {
	imap := mailtest.NewIMAPServer(t, owner, "pw")
	smtp := mailtest.NewSMTPServer(t)
	path := filepath.Join(t.TempDir(), "config.toml")
	cfg := writeConfig(t, path, imap.Port(), smtp.Port(), "")
	var logs syncBuffer
	reload := make(chan struct{}, 1)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Options{Config: cfg, Logger: slog.New(slog.NewTextHandler(&logs, nil)), Reload: reload})
	}()
	waitFor(t, &logs, "followupd started")
	if err := os.WriteFile(path, []byte("[owner]\nemail = 3\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	reload <- struct{}{}
	waitFor(t, &logs, "reload refused")
	// A broken template refuses the reload too, naming the key.
	tdir := t.TempDir()
	if err := os.WriteFile(filepath.Join(tdir, "thankyou.txt"), []byte("Subject: {{ .Role\n\nDear {{ .GreetName }},\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	writeConfig(t, path, imap.Port(), smtp.Port(), fmt.Sprintf("[drafts]\ntemplates_dir = %q\n", tdir))
	reload <- struct{}{}
	waitFor(t, &logs, "drafts.templates_dir")
	writeConfig(t, path, imap.Port(), smtp.Port(), "[approval]\nmode = \"auto\"\n")
	reload <- struct{}{}
	waitFor(t, &logs, "config reloaded")
	// A message arriving now is still handled: the daemon kept running.
	imap.Append(t, "INBOX", []byte(fmt.Sprintf(rejection, time.Now().Format(time.RFC1123Z))))
	deadline := time.Now().Add(10 * time.Second)
	for len(smtp.Messages()) == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if len(smtp.Messages()) == 0 {
		t.Fatalf("after the reloads no approval request came:\n%s", logs.String())
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run = %v after SIGTERM-like cancel, want nil", err)
	}
	st, err := store.Open(context.Background(), cfg.StorePath())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	v, _, err := st.Status(context.Background(), "watcher")
	if err != nil || !strings.Contains(v, "INBOX") {
		t.Errorf("watcher status in the store = %q, %v; want it recorded for `followupd status`", v, err)
	}
}

func waitFor(t *testing.T, logs *syncBuffer, text string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(logs.String(), text) {
		if time.Now().After(deadline) {
			t.Fatalf("log never said %q:\n%s", text, logs.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestSecondProcessOnOneStoreIsRefused: `run --once` (or a second `run`)
// while a daemon uses the same store is refused with a clear error, and
// works again once the daemon has stopped.
func TestSecondProcessOnOneStoreIsRefused(t *testing.T) {
	imap := mailtest.NewIMAPServer(t, owner, "pw")
	smtp := mailtest.NewSMTPServer(t)
	path := filepath.Join(t.TempDir(), "config.toml")
	cfg := writeConfig(t, path, imap.Port(), smtp.Port(), "")
	var logs syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, Options{Config: cfg, Logger: slog.New(slog.NewTextHandler(&logs, nil))}) }()
	waitFor(t, &logs, "followupd started")
	err := Run(context.Background(), Options{Config: cfg, Once: true})
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), cfg.StorePath()) {
		t.Errorf("Run(--once) beside a running daemon = %v, want ErrLocked naming the store", err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run = %v", err)
	}
	if err := Run(context.Background(), Options{Config: cfg, Once: true}); err != nil {
		t.Errorf("Run(--once) after the daemon stopped = %v, want nil", err)
	}
}
