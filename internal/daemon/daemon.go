// Package daemon assembles followupd from its parts: the store, the IMAP
// watcher, the engine, the outbox runner, cron and the systemd link. Both
// `followupd run` and `followupd demo` start it, so the demo shows the very
// code a user installs.
package daemon

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/followupd/followupd/internal/config"
	"github.com/followupd/followupd/internal/engine"
	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/mail/imapwatch"
	"github.com/followupd/followupd/internal/mail/proofread"
	"github.com/followupd/followupd/internal/mail/submit"
	"github.com/followupd/followupd/internal/notify"
	"github.com/followupd/followupd/internal/schedule"
	"github.com/followupd/followupd/internal/store"
)

// Options start a daemon.
type Options struct {
	Config   *config.Config
	Clock    schedule.Clock       // nil: the system clock
	Logger   *slog.Logger         // nil: discard
	Notifier *notify.Notifier     // nil: not under systemd
	Reload   <-chan struct{}      // a value asks to reload the config file (SIGHUP)
	Once     bool                 // catch up, act on what is due, and return
	TLS      *tls.Config          // optional TLS settings for both servers (tests)
	OnEngine func(*engine.Engine) // called once the engine exists (demo, tests)
	MaxSleep time.Duration        // the outbox's longest sleep (0: one minute)
}

// Run runs the daemon until ctx is done (or, with Once, until it has caught
// up). It returns an error only for what a restart cannot fix by itself
// (the store cannot be opened); unreachable mail servers are retried.
func Run(ctx context.Context, o Options) error {
	if o.Clock == nil {
		o.Clock = schedule.SystemClock{}
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	cfg := o.Config
	log := o.Logger
	unlock, err := lockStore(cfg.StorePath())
	if err != nil {
		return err
	}
	defer unlock()
	st, err := store.Open(ctx, cfg.StorePath())
	if err != nil {
		return err
	}
	defer st.Close()
	secret, err := loadSecret(cfg.SecretPath())
	if err != nil {
		return err
	}
	tpl, err := compose.Load(cfg.Drafts.TemplatesDir)
	if err != nil {
		return fmt.Errorf("templates: %w", err)
	}
	sender, err := submit.New(SMTPConfig(cfg, o.TLS))
	if err != nil {
		return err
	}
	eng := engine.New(cfg, st, tpl, secret, sender, nil, log.With("component", "engine"), o.Clock.Now)
	watcher, err := imapwatch.New(IMAPConfig(cfg, o.TLS, log, o.Clock.Now), eng, st)
	if err != nil {
		return err
	}
	eng.Mailbox = watcher
	eng.Proofread = proofread.Checker{}
	runner := &schedule.Runner{Clock: o.Clock, Next: eng.NextDue, Work: eng.Work, Logger: log.With("component", "outbox"), Grace: 30 * time.Second, MaxSleep: o.MaxSleep}
	eng.Kick = runner.Kick
	if o.OnEngine != nil {
		o.OnEngine(eng)
	}

	var statusMu sync.Mutex
	watcher.OnStatus(func(s imapwatch.Status) {
		statusMu.Lock()
		defer statusMu.Unlock()
		b, _ := json.Marshal(watcher.Statuses())
		if err := st.SetStatus(context.WithoutCancel(ctx), "watcher", string(b), o.Clock.Now()); err != nil {
			log.Warn("could not record the watcher's state", "err", err)
		}
	})

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errc := make(chan error, 4)
	start := func(name string, fn func(context.Context) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if p := recover(); p != nil {
					errc <- fmt.Errorf("%s panicked: %v", name, p)
				}
			}()
			if err := fn(ctx); err != nil && !errors.Is(err, context.Canceled) {
				errc <- fmt.Errorf("%s: %w", name, err)
			}
		}()
	}
	start("watcher", watcher.Run)
	start("recover", func(ctx context.Context) error {
		// Letters interrupted by a crash are settled once the mailboxes
		// are caught up: a copy that reached them proves a letter left.
		if err := waitSynced(ctx, watcher); err != nil {
			log.Warn("mailbox not caught up; checking interrupted sends against the Sent folder only", "err", err)
		}
		return recoverLoop(ctx, eng, o.Clock, log)
	})
	if o.Once {
		err := waitSynced(ctx, watcher)
		if err == nil {
			err = eng.Work(ctx, o.Clock.Now())
		}
		cancel()
		wg.Wait()
		return err
	}
	start("outbox", runner.Run)
	cron := schedule.NewCron(log.With("component", "cron"), cfg.OwnerLocation())
	if err := cron.AddJob("@every 1m", "wake outbox", func(context.Context) { runner.Kick() }); err != nil {
		return err
	}
	start("cron", cron.Run)
	n := o.Notifier
	start("watchdog", func(ctx context.Context) error {
		return n.Watchdog(ctx, func(ctx context.Context) error {
			if err := st.Ping(ctx); err != nil {
				return fmt.Errorf("store: %w", err)
			}
			if hb := runner.Heartbeat(); !hb.IsZero() && o.Clock.Now().Sub(hb) > 3*time.Minute {
				return fmt.Errorf("outbox loop stalled since %s", hb.Format(time.RFC3339))
			}
			return nil
		})
	})
	n.Ready()
	log.Info("followupd started", "store", st.Path(), "imap", cfg.IMAP.Host, "approval", cfg.Approval.Mode)
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	var (
		ticks       int
		settle      settler   // hands the heap back once a burst of work is over
		storeFailed time.Time // when writes to the store began to fail
		storeErr    error     // the write error that began it
	)
	for {
		select {
		case <-ctx.Done():
			n.Stopping()
			log.Info("stopping")
			wg.Wait() // a send in flight finishes first (bounded by the runner's grace)
			log.Info("stopped")
			return nil
		case err := <-errc:
			log.Error("component stopped", "err", err)
			n.Stopping()
			cancel()
			wg.Wait()
			return err
		case <-o.Reload:
			n.Reloading(o.Clock.Now())
			next, err := config.Load(cfg.Path)
			if err == nil {
				// Templates are part of the config: a broken one refuses
				// the whole reload, as a bad key does.
				if _, terr := compose.Load(next.Drafts.TemplatesDir); terr != nil {
					err = fmt.Errorf("drafts.templates_dir: %w", terr)
				}
			}
			if err != nil {
				log.Error("reload refused: keeping the running config", "err", err)
			} else {
				if next.StorePath() != cfg.StorePath() || next.IMAP != cfg.IMAP {
					log.Warn("reload: [imap] and [store] changes take effect at the next restart")
				}
				eng.SetConfig(next)
				cfg = next
				log.Info("config reloaded", "path", cfg.Path)
				runner.Kick()
			}
			n.Ready()
		case <-tick.C:
			ticks++
			if ticks%10 == 0 {
				settle.check()
			}
			changed := false
			switch werr := st.WriteError(); {
			case werr != nil && storeFailed.IsZero():
				storeFailed, storeErr, changed = o.Clock.Now(), werr, true
				log.Error("the store cannot be written: nothing is recorded or sent until it can; free space on its disk and followupd resumes by itself",
					"store", st.Path(), "problem", store.WriteProblem(werr), "err", werr)
			case werr != nil && ticks%2 == 0:
				// Try a write of our own: it clears the failure once the
				// disk has room, without waiting for the outbox's backoff.
				_ = st.SetStatus(ctx, "store", storeRecord(storeFailed, o.Clock.Now(), werr), o.Clock.Now())
			case werr == nil && !storeFailed.IsZero():
				log.Info("the store can be written again: resuming", "store", st.Path(), "failed_for", o.Clock.Now().Sub(storeFailed).Round(time.Second))
				// another write may have cleared the failure before the
				// probe's: the window is recorded now, for status
				if err := st.SetStatus(ctx, "store", storeRecord(storeFailed, o.Clock.Now(), storeErr), o.Clock.Now()); err != nil {
					log.Warn("cannot record the store's failure window", "err", err)
				}
				storeFailed, changed = time.Time{}, true
				runner.Kick()
			}
			scanning := watcher.Status().Scan != nil                  // a long scan's progress: every second
			if n.Enabled() && (changed || scanning || ticks%5 == 0) { // the status line costs a query: only for systemd
				n.Status(StatusLine(ctx, st, watcher.Status(), o.Clock.Now(), cfg.OwnerLocation()))
			}
		}
	}
}

// StoreRecord is the status row "store": the last time the store could
// not be written, for `followupd status`.
type StoreRecord struct {
	FailedFrom time.Time `json:"failed_from"`
	FailedTo   time.Time `json:"failed_to"` // the first write that succeeded again
	Problem    string    `json:"problem"`   // "disk full" or "disk error"
}

func storeRecord(from, to time.Time, err error) string {
	b, _ := json.Marshal(StoreRecord{FailedFrom: from, FailedTo: to, Problem: store.WriteProblem(err)})
	return string(b)
}

// recoverLoop settles follow-ups a crash left in "sending", retrying while
// the mailbox cannot be reached.
func recoverLoop(ctx context.Context, eng *engine.Engine, clock schedule.Clock, log *slog.Logger) error {
	wait := time.Second
	for {
		err := eng.Recover(ctx, clock.Now())
		if err == nil || ctx.Err() != nil {
			return nil // done, or stopping: the next start checks again
		}
		log.Warn("cannot yet check interrupted sends against the Sent folder; will retry", "err", err, "retry_in", wait)
		t := clock.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C():
		}
		wait = min(wait*2, 5*time.Minute)
	}
}

// waitSynced waits until every watched mailbox has been caught up once.
func waitSynced(ctx context.Context, w *imapwatch.Watcher) error {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		done := true
		for _, s := range w.Statuses() {
			if s.LastSync.IsZero() {
				done = false
			}
			if s.State == imapwatch.StateAuthFailed {
				return fmt.Errorf("imap: %s", s.LastError)
			}
		}
		if done {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// StatusLine summarises the daemon for systemd's STATUS=, e.g. "watching
// INBOX, 2 drafts awaiting approval, next send Tue 09:00"; it starts with
// the store's trouble when the store cannot be written.
func StatusLine(ctx context.Context, st *store.Store, ws imapwatch.Status, now time.Time, loc *time.Location) string {
	parts := []string{}
	if err := st.WriteError(); err != nil {
		parts = append(parts, "STORE CANNOT BE WRITTEN ("+store.WriteProblem(err)+"): nothing is sent until space is freed")
	}
	if ws.Scan != nil { // "INBOX first scan: 4000 of 20000 messages (1532/s)"
		parts = append(parts, ws.Mailbox+" "+ws.Scan.String())
	}
	switch ws.State {
	case imapwatch.StateIdle, imapwatch.StatePolling, imapwatch.StateSyncing:
		if ws.Scan == nil {
			parts = append(parts, "watching "+ws.Mailbox)
		}
	case imapwatch.StateAuthFailed:
		parts = append(parts, "IMAP login refused")
	default:
		parts = append(parts, "IMAP "+ws.State)
	}
	fus, err := st.OpenFollowups(ctx)
	if err != nil {
		return strings.Join(append(parts, "store unreadable"), ", ")
	}
	waiting, blocked, next := 0, 0, time.Time{}
	for _, f := range fus {
		switch f.State {
		case followup.Failed:
			if f.RenderFailed { // other failures need nothing from the owner
				blocked++
			}
		case followup.AwaitingApproval, followup.Unknown:
			waiting++
		case followup.Scheduled:
			if next.IsZero() || f.DueAt.Before(next) {
				next = f.DueAt
			}
		}
	}
	parts = append(parts, fmt.Sprintf("%d %s awaiting approval", waiting, plural(waiting, "draft", "drafts")))
	if blocked > 0 {
		parts = append(parts, fmt.Sprintf("%d blocked by a broken template", blocked))
	}
	if !next.IsZero() {
		parts = append(parts, "next send "+next.In(loc).Format("Mon 15:04"))
	}
	return strings.Join(parts, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// loadSecret reads the approval-signing key, creating it (32 random
// bytes, mode 0600) on first start.
func loadSecret(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err == nil {
		if len(b) < 16 {
			return nil, fmt.Errorf("approval key %s is too short: remove it to make a new one (pending approval requests then become invalid)", path)
		}
		return b, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("approval key: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("approval key: %w", err)
	}
	b = make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return loadSecret(path)
		}
		return nil, fmt.Errorf("approval key: %w", err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return nil, fmt.Errorf("approval key: %w", err)
	}
	return b, f.Close()
}

// IMAPConfig is the watcher's configuration from the config file.
func IMAPConfig(c *config.Config, tlsCfg *tls.Config, log *slog.Logger, now func() time.Time) imapwatch.Config {
	ic := imapwatch.Config{Host: c.IMAP.Host, Port: c.IMAP.Port, Security: string(c.IMAP.Security), Username: c.IMAP.Username,
		TLSConfig: tlsCfg, LookbackDays: c.IMAP.LookbackDays, IdleRenew: time.Duration(c.IMAP.IdleRenew),
		PollInterval: time.Duration(c.IMAP.PollInterval), MaxMessageSize: int64(c.IMAP.MaxMessageSize), WatchSent: c.IMAP.WatchSent,
		Logger: log, Now: now}
	if c.IMAP.IsOAuth2() {
		ic.OAuth2Token = c.IMAP.Secret()
	} else {
		ic.Password = c.IMAP.Secret()
	}
	return ic
}

// SMTPConfig is the sender's configuration from the config file.
func SMTPConfig(c *config.Config, tlsCfg *tls.Config) submit.Config {
	sc := submit.Config{Host: c.SMTP.Host, Port: c.SMTP.Port, Security: string(c.SMTP.Security), Username: c.SMTP.Username, TLSConfig: tlsCfg}
	if c.SMTP.Username != "" {
		if c.SMTP.IsOAuth2() {
			sc.OAuth2Token = c.SMTP.Secret()
		} else {
			sc.Password = c.SMTP.Secret()
		}
	}
	if _, d, ok := strings.Cut(c.Owner.Email, "@"); ok {
		sc.HELO = d
	}
	return sc
}
