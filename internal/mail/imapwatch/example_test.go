package imapwatch_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"sync"

	"github.com/followupd/followupd/internal/mail/imapwatch"
)

// mapCheckpoints stands in for the SQLite store, which implements the same interface.
type mapCheckpoints struct {
	mu sync.Mutex
	m  map[string][2]uint32
}

func (c *mapCheckpoints) LoadCheckpoint(_ context.Context, mailbox string) (uint32, uint32, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[mailbox]
	return v[0], v[1], ok, nil
}

func (c *mapCheckpoints) SaveCheckpoint(_ context.Context, mailbox string, uidValidity, lastUID uint32) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[mailbox] = [2]uint32{uidValidity, lastUID}
	return nil
}

// The daemon wires the watcher to parse -> classify -> store, and keeps its status for
// `followupd status`.
func Example() {
	cfg := imapwatch.Config{
		Host:     "imap.gmail.com",
		Security: imapwatch.SecurityTLS,
		Username: "alex@gmail.com",
		// from oauth2_token_command; run again on every reconnect
		OAuth2Token: func(ctx context.Context) (string, error) { return "ya29.token", nil },
		WatchSent:   true,
		Logger:      slog.New(slog.NewTextHandler(os.Stderr, nil)),
	}
	handler := imapwatch.HandlerFunc(func(ctx context.Context, m imapwatch.Message) error {
		// parse m.Raw, classify, and commit the consequences in one transaction; return nil
		// only once committed, so that the checkpoint moves past m.UID
		return nil
	})
	w, err := imapwatch.New(cfg, handler, &mapCheckpoints{m: map[string][2]uint32{}})
	if err != nil {
		fmt.Println(err)
		return
	}
	w.OnStatus(func(s imapwatch.Status) { /* store s for `followupd status` */ })
	// the daemon then runs w.Run(ctx) until shutdown
	fmt.Println(w.Status().State)

	// Output: stopped
}
