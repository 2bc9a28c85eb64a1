package engine

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/config"
	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/mail/imapwatch"
	"github.com/followupd/followupd/internal/mail/mailtest"
	"github.com/followupd/followupd/internal/store"
)

// TestFirstScanSameKinds reads one realistic inbox of 2,000 messages
// (mailtest.Inbox: newsletters, notices, personal mail, job alerts and
// applications unfolding) at a first start twice, each time into a new
// store: once message by message (Handle), once through the first scan's
// pipeline (Prepare on every core with its first look, HandleBatch), and
// wants every message recorded with the same kind both times.
func TestFirstScanSameKinds(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 2,000 messages twice")
	}
	const n = 2000
	now := time.Now()
	srv := mailtest.NewIMAPServer(t, ownerAddr, ownerPass)
	for _, m := range mailtest.Inbox(n, now, 360, ownerAddr, "same-kinds", 7) {
		srv.AppendAt(t, "INBOX", m.Raw, m.Date)
	}
	read := func(t *testing.T, pipeline bool) map[string]string {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		cfg, err := config.Parse([]byte(fmt.Sprintf(`[owner]
name = "Alex Candidate"
email = %q
timezone = "Europe/London"
[imap]
host = "127.0.0.1"
port = %d
security = "none"
username = %q
password = %q
lookback_days = 365
[smtp]
host = "127.0.0.1"
security = "none"
[store]
path = %q
`, ownerAddr, srv.Port(), ownerAddr, ownerPass, filepath.Join(t.TempDir(), "f.db"))))
		if err != nil {
			t.Fatalf("config: %v", err)
		}
		st, err := store.Open(ctx, cfg.StorePath())
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		tpl, err := compose.Load("")
		if err != nil {
			t.Fatal(err)
		}
		eng := New(cfg, st, tpl, []byte("0123456789abcdef0123456789abcdef"), nil, nil, nil, func() time.Time { return now })
		var h imapwatch.Handler = imapwatch.HandlerFunc(eng.Handle) // not a BatchHandler: message by message
		if pipeline {
			h = eng
		}
		w, err := imapwatch.New(imapwatch.Config{Host: "127.0.0.1", Port: srv.Port(), Security: "none", Username: ownerAddr,
			Password: cfg.IMAP.Secret(), LookbackDays: 365, Now: func() time.Time { return now }, Logger: slog.New(slog.DiscardHandler)}, h, st)
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- w.Run(ctx) }()
		deadline := time.Now().Add(5 * time.Minute)
		for w.Status().LastSync.IsZero() {
			if time.Now().After(deadline) {
				t.Fatalf("the first scan did not end within 5 minutes: %+v", w.Status())
			}
			time.Sleep(20 * time.Millisecond)
		}
		cancel()
		<-done
		kinds, err := st.MessageKinds(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return kinds
	}
	seq := read(t, false)
	pipe := read(t, true)
	if len(seq) != n || len(pipe) != n {
		t.Fatalf("recorded %d messages one by one and %d through the pipeline, want %d each", len(seq), len(pipe), n)
	}
	var diffs []string
	byKind := map[string]int{}
	for id, k := range seq {
		byKind[k]++
		if pipe[id] != k {
			diffs = append(diffs, fmt.Sprintf("%s: %q one by one, %q through the pipeline", id, k, pipe[id]))
		}
	}
	sort.Strings(diffs)
	t.Logf("%d messages, kinds %v: %d differences", n, byKind, len(diffs))
	for _, d := range diffs {
		t.Errorf("kind differs: %s", d)
	}
}
