package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/followupd/followupd/internal/config"
	"github.com/followupd/followupd/internal/daemon"
	"github.com/followupd/followupd/internal/notify"
)

// cmdRun is the daemon: it watches the mailbox and acts until SIGTERM.
func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("run", "", stderr)
	path := fs.String("config", defaultConfigPath(), "config file")
	once := fs.Bool("once", false, "catch up with the mailbox, act on what is due, and exit")
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	cfg, err := config.Load(*path)
	if err != nil {
		fmt.Fprintf(stderr, "followupd run: %v\n", err)
		return exitUsage
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
	err = daemon.Run(ctx, daemon.Options{Config: cfg, Logger: log, Notifier: notify.New(log), Reload: reload, Once: *once})
	if err != nil {
		log.Error("followupd stopped", "err", err)
		return exitFail
	}
	return exitOK
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
