package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/followupd/followupd/internal/config"
	"github.com/followupd/followupd/internal/daemon"
	"github.com/followupd/followupd/internal/notify"
	"github.com/followupd/followupd/internal/store"
)

// cmdRun is the daemon: it watches the mailbox and acts until SIGTERM.
func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("run", "", stderr)
	once := fs.Bool("once", false, "catch up with the mailbox, act on what is due, and exit")
	cfg, code, done := parseConfig(fs, args, stdout)
	if done {
		return code
	}
	log := newLogger(cfg.Log, stderr)
	reload := make(chan struct{}, 1)
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		for range hup {
			select {
			case reload <- struct{}{}:
			default:
			}
		}
	}()
	err := daemon.Run(ctx, daemon.Options{Config: cfg, Logger: log, Notifier: notify.New(log), Reload: reload, Once: *once})
	if err != nil {
		log.Error("followupd stopped", "err", err)
		if unusableStore(err) {
			fmt.Fprintf(stderr, "followupd run: the store cannot be used, so followupd does not start: %v\n%s", err, storeAdvice(cfg.StorePath()))
			return exitStore
		}
		return exitFail
	}
	return exitOK
}

// unusableStore reports whether err says the store file cannot be used
// as it is: a restart cannot mend it, the owner must.
func unusableStore(err error) bool {
	return errors.Is(err, store.ErrDamaged) || errors.Is(err, store.ErrNewerSchema)
}

// storeAdvice tells the owner what to do about an unusable store.
func storeAdvice(path string) string {
	return fmt.Sprintf("The file was left exactly as it is. Restore %s from a backup (or install the newer followupd that wrote it),\nor move it away to start with a new store, which reads your mailbox again back to imap.lookback_days\n(letters already sent are recognised by their copies in your Sent folder only if append_sent keeps them there).\n'followupd check' reports on the store.\n", path)
}

// newLogger makes the program's logger: under systemd (journald on stderr)
// without timestamps, since the journal adds its own.
func newLogger(c config.Log, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(c.Level))
	opts := &slog.HandlerOptions{Level: level}
	format := c.Format
	if format == "auto" {
		format = "text"
		if os.Getenv("JOURNAL_STREAM") != "" || os.Getenv("INVOCATION_ID") != "" {
			format = "journal"
		}
	}
	switch format {
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts))
	case "journal":
		opts.ReplaceAttr = func(groups []string, a slog.Attr) slog.Attr {
			if len(groups) == 0 && a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		}
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
