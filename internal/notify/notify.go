// Package notify is the daemon's link to the systemd service manager: the
// sd_notify(3) protocol (READY=1, RELOADING=1, STOPPING=1, STATUS=) and the
// service watchdog (WATCHDOG=1), sent through
// github.com/coreos/go-systemd/v22/daemon.
//
// Everything here is a no-op when the daemon does not run under systemd
// (NOTIFY_SOCKET unset), so the same code path serves `followupd run` in a
// terminal, in tests and under Type=notify. Failures to reach the notify
// socket are logged, once per outage, and never stop the daemon: systemd
// notices a silent service by itself (start timeout, watchdog).
//
// Child processes (password_command, oauth2_token_command) inherit
// NOTIFY_SOCKET; the unit sets NotifyAccess=main so that systemd ignores
// anything but the main process.
package notify

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/coreos/go-systemd/v22/daemon"
)

// Notifier sends state changes to systemd. It is safe for concurrent use,
// and a nil *Notifier is a valid no-op.
type Notifier struct {
	logger  *slog.Logger
	enabled bool // NOTIFY_SOCKET was set when New ran

	// baseWall and baseMono pair one instant on the wall clock (with Go's
	// monotonic reading) and on CLOCK_MONOTONIC, so that Reloading can turn
	// the injected now into the MONOTONIC_USEC systemd wants.
	baseWall time.Time
	baseMono int64 // microseconds of CLOCK_MONOTONIC at baseWall; 0 if unknown

	mu      sync.Mutex
	status  string // last STATUS= sent successfully
	sentAny bool   // status holds a value that was sent
	sendErr bool   // the last send failed (log an outage once)
}

// New returns a Notifier that talks to the socket named by NOTIFY_SOCKET.
// When the variable is unset or empty, every method does nothing. It is
// called once at start-up, at the edge of the program, and reads the clocks
// once to anchor Reloading.
func New(logger *slog.Logger) *Notifier {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	m1 := monotonicUsec()
	wall := time.Now()
	m2 := monotonicUsec()
	var base int64
	if m1 > 0 && m2 > 0 {
		base = m1 + (m2-m1)/2
	}
	return &Notifier{
		logger:   logger.With("component", "notify"),
		enabled:  os.Getenv("NOTIFY_SOCKET") != "",
		baseWall: wall,
		baseMono: base,
	}
}

// Enabled reports whether the daemon runs under a service manager that
// listens for notifications.
func (n *Notifier) Enabled() bool { return n != nil && n.enabled }

// Ready tells systemd that start-up (or a reload) is complete: the config
// is loaded, the store is open and the workers run. Under Type=notify,
// `systemctl start` returns only after this.
func (n *Notifier) Ready() { n.send(daemon.SdNotifyReady) }

// Reloading tells systemd that the daemon started reloading its config (on
// SIGHUP), with the MONOTONIC_USEC timestamp systemd 253 and later require
// for RELOADING=1. now is the instant the reload began, as read by the
// caller; call Ready when the reload is over, whether or not the new config
// was accepted.
func (n *Notifier) Reloading(now time.Time) {
	if !n.Enabled() {
		return
	}
	state := daemon.SdNotifyReloading
	if usec := n.monotonicAt(now); usec > 0 {
		state += "\nMONOTONIC_USEC=" + strconv.FormatInt(usec, 10)
	}
	n.send(state)
}

// Stopping tells systemd that the daemon is shutting down (it stopped
// taking new work and is finishing a send in flight).
func (n *Notifier) Stopping() { n.send(daemon.SdNotifyStopping) }

// Status sets the one-line status shown by `systemctl status`, such as
// "watching INBOX; 2 drafts awaiting approval" or "IMAP down, retrying in
// 30s". It is sent only when it differs from the last one sent, so callers
// may report on every loop. Line breaks are replaced by spaces: a newline
// would start a new assignment in the protocol.
func (n *Notifier) Status(s string) {
	if !n.Enabled() {
		return
	}
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.sentAny && s == n.status {
		return
	}
	if n.sendLocked("STATUS=" + s) {
		n.status, n.sentAny = s, true
	}
}

// Watchdog runs until ctx is done and keeps systemd's watchdog fed: every
// half WatchdogSec= (WATCHDOG_USEC) it calls healthy and sends WATCHDOG=1
// only when healthy returns nil, so a daemon whose store or outbox is stuck
// stops pinging and systemd restarts it. healthy gets a context bounded by
// the ping interval. The first failure after a healthy period is logged
// once, and so is the recovery.
//
// Watchdog returns nil at once when the watchdog is not enabled for this
// process (no NOTIFY_SOCKET, no WATCHDOG_USEC, or WATCHDOG_PID names
// another process), and an error when WATCHDOG_USEC is malformed. It
// returns nil when ctx is done.
func (n *Notifier) Watchdog(ctx context.Context, healthy func(ctx context.Context) error) error {
	if !n.Enabled() {
		return nil
	}
	interval, err := daemon.SdWatchdogEnabled(false)
	if err != nil {
		return fmt.Errorf("notify: watchdog: %w", err)
	}
	if interval <= 0 {
		return nil
	}
	every := interval / 2
	n.logger.Debug("watchdog enabled", "timeout", interval, "ping_every", every)

	failing := false
	check := func() {
		hctx, cancel := context.WithTimeout(ctx, every)
		herr := healthy(hctx)
		cancel()
		if ctx.Err() != nil {
			return // shutting down: the result says nothing about health
		}
		if herr != nil {
			if !failing {
				n.logger.Error("unhealthy: withholding watchdog pings", "err", herr)
				failing = true
			}
			return
		}
		if failing {
			n.logger.Info("healthy again: watchdog pings resumed")
			failing = false
		}
		n.send(daemon.SdNotifyWatchdog)
	}

	check()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			check()
		}
	}
}

// send delivers one notification, logging the first failure of an outage
// and the recovery.
func (n *Notifier) send(state string) {
	if !n.Enabled() {
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	n.sendLocked(state)
}

func (n *Notifier) sendLocked(state string) bool {
	_, err := daemon.SdNotify(false, state)
	if err != nil {
		if !n.sendErr {
			n.logger.Warn("cannot notify systemd", "err", err)
			n.sendErr = true
		}
		return false
	}
	if n.sendErr {
		n.logger.Info("notifying systemd again")
		n.sendErr = false
	}
	return true
}

// monotonicAt converts now to CLOCK_MONOTONIC microseconds using the pair
// of readings taken by New. It returns 0 when that is not possible.
func (n *Notifier) monotonicAt(now time.Time) int64 {
	if n.baseMono <= 0 {
		return 0
	}
	usec := n.baseMono + now.Sub(n.baseWall).Microseconds()
	if usec <= 0 {
		return 0
	}
	return usec
}

// monotonicUsec reads CLOCK_MONOTONIC in microseconds through go-systemd
// ("MONOTONIC_USEC=123\n"), or returns 0.
func monotonicUsec() int64 {
	s := strings.TrimSpace(strings.TrimPrefix(daemon.SdNotifyMonotonicUsec(), "MONOTONIC_USEC="))
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0
	}
	return v
}
