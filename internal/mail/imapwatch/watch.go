// Package imapwatch watches the owner's mailbox over IMAP (RFC 9051, RFC 3501) and hands every
// new message to a Handler, at least once, in UID order.
//
// A Watcher keeps one connection per watched mailbox (INBOX, and the \Sent folder when
// Config.WatchSent is set). On each connection it:
//
//   - connects with implicit TLS, STARTTLS or (loopback only) plain text, and logs in with
//     LOGIN/AUTHENTICATE PLAIN or, with Config.OAuth2Token, AUTHENTICATE XOAUTH2;
//   - opens the mailbox read-only (EXAMINE) and fetches with BODY.PEEK, so reading never
//     changes the owner's \Seen flags; it never stores flags, deletes, moves or expunges;
//   - on the first start (no checkpoint) and after a UIDVALIDITY change (RFC 9051 §2.3.1.1)
//     scans the last Config.LookbackDays (UID SEARCH SINCE), then catches up from the
//     checkpoint (UIDVALIDITY, last UID) and waits with IDLE (RFC 2177), renewed every
//     Config.IdleRenew, or polls every Config.PollInterval when the server has no IDLE;
//   - moves the checkpoint only after the Handler returned nil for a message, so a message
//     whose handling failed is offered again after a reconnect (the handler deduplicates by
//     Message-ID);
//   - fetches a message above Config.MaxMessageSize as its header and text parts only
//     (Message.Truncated).
//
// Failures (refused connection, DNS, TLS, dropped connection, server restart) are retried with
// capped exponential backoff and jitter; a refused login (NO [AUTHENTICATIONFAILED]) is
// retried slowly (every 15 minutes). Each state change is logged once and reported through
// Status and OnStatus. Errors and logs never contain the password or the token.
//
// The watcher knows nothing about what a message means: the daemon's Handler parses,
// classifies and stores it.
package imapwatch

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"strings"
	"sync"
	"time"
)

// Security modes for Config.Security.
const (
	// SecurityTLS is implicit TLS (IMAPS, port 993 by default).
	SecurityTLS = "tls"
	// SecurityStartTLS upgrades a plain connection with STARTTLS (port 143 by default).
	SecurityStartTLS = "starttls"
	// SecurityNone is plain text, refused unless the host is a loopback address.
	SecurityNone = "none"
)

// Defaults applied by New to zero Config fields.
const (
	DefaultLookbackDays   = 30
	DefaultIdleRenew      = 9 * time.Minute // Gmail drops IDLE after about 10 minutes
	DefaultPollInterval   = 2 * time.Minute
	DefaultMaxMessageSize = 10 << 20
)

// Config configures a Watcher. The config layer fills it from the owner's TOML file.
type Config struct {
	Host     string
	Port     int    // 0: 993 for "tls", 143 otherwise
	Security string // SecurityTLS, SecurityStartTLS or SecurityNone; "" means SecurityTLS
	Username string
	// Password returns the password (from password, password_file, password_command or a
	// systemd credential); called on every (re)connect. Nil when OAuth2Token is set.
	Password func(ctx context.Context) (string, error)
	// OAuth2Token returns a bearer token (from oauth2_token_command); when non-nil the watcher
	// authenticates with XOAUTH2 (Gmail, Microsoft 365). Called on every (re)connect.
	OAuth2Token func(ctx context.Context) (string, error)
	// TLSConfig is optional (tests add their own roots). ServerName defaults to Host.
	TLSConfig *tls.Config

	LookbackDays   int           // first start: scan this many days back; 0: 30
	IdleRenew      time.Duration // restart IDLE this often; 0: 9 minutes
	PollInterval   time.Duration // poll interval for servers without IDLE; 0: 2 minutes
	MaxMessageSize int64         // larger messages are fetched truncated; 0: 10 MB
	WatchSent      bool          // also watch the \Sent folder (mail the owner sent by hand)

	Logger *slog.Logger     // nil: slog.Default()
	Now    func() time.Time // nil: time.Now
}

// Role says which of the owner's mailboxes a message comes from.
type Role string

// Roles of watched mailboxes.
const (
	RoleInbox Role = "inbox"
	RoleSent  Role = "sent"
)

// Message is one message as read from the server.
type Message struct {
	Mailbox      string // the server's name of the mailbox, e.g. "INBOX", "[Gmail]/Sent Mail"
	Role         Role
	UID          uint32
	UIDValidity  uint32
	InternalDate time.Time
	// Raw is the RFC 5322 message. When Truncated, it holds the original header and the
	// text/* and calendar parts only, reassembled as a valid multipart/mixed message.
	Raw       []byte
	Truncated bool
}

// Handler receives every message at least once, in UID order per mailbox. It returns nil
// once the message's consequences are committed; the checkpoint moves only then. An error
// stops the sync of that mailbox: the message is offered again after a reconnect (backoff).
type Handler interface {
	Handle(ctx context.Context, m Message) error
}

// HandlerFunc adapts a function to a Handler.
type HandlerFunc func(ctx context.Context, m Message) error

// Handle calls f(ctx, m).
func (f HandlerFunc) Handle(ctx context.Context, m Message) error { return f(ctx, m) }

// BatchHandler is a Handler that also takes long scans (the first start, a UIDVALIDITY
// change, a long catch-up) in batches: the watcher fetches the next batch while Prepare
// reads the messages of another on every core and HandleBatch records a third. Prepare
// runs on several goroutines at once, ahead of HandleBatch, and must have no effect that
// HandleBatch does not confirm (it only reads); HandleBatch must record the batch's
// Checkpoint in the same commit as the messages' consequences, so that after a crash the
// scan resumes exactly after the last batch committed: no message is handled twice or
// missed. An error from HandleBatch leaves neither, as a Handler's error does.
type BatchHandler interface {
	Handler
	Prepare(m Message) any
	HandleBatch(ctx context.Context, b Batch) error
}

// Batch is a run of messages of one mailbox, in ascending UID order.
type Batch struct {
	Messages []Message
	// Prepared[i] is what Prepare returned for Messages[i].
	Prepared []any
	// Checkpoint is where the mailbox stands once the batch is handled.
	Checkpoint Checkpoint
}

// Checkpoint is how far a mailbox has been read: every message up to LastUID has its
// consequences committed. Mailbox is the opaque key of Checkpoints.
type Checkpoint struct {
	Mailbox     string
	UIDValidity uint32
	LastUID     uint32
}

// Checkpoints stores, per mailbox, the UIDVALIDITY and the last UID whose handling returned
// nil. The mailbox argument is an opaque key naming the account and the mailbox
// ("imap://user@host/INBOX"), so that switching accounts never reuses a checkpoint.
type Checkpoints interface {
	LoadCheckpoint(ctx context.Context, mailbox string) (uidValidity, lastUID uint32, found bool, err error)
	SaveCheckpoint(ctx context.Context, mailbox string, uidValidity, lastUID uint32) error
}

// States reported in Status.State.
const (
	StateConnecting = "connecting"
	StateIdle       = "idle"
	StatePolling    = "polling"
	StateSyncing    = "syncing"
	StateBackoff    = "backoff"
	StateAuthFailed = "auth_failed"
	StateStopped    = "stopped"
)

// Status is the state of one watched mailbox, for `followupd status`.
type Status struct {
	State     string
	Role      Role
	Mailbox   string    // server name of the mailbox, once known
	LastError string    // the error that led to backoff or auth_failed; never a secret
	Since     time.Time // when State was entered
	NextRetry time.Time // in backoff and auth_failed: when the next attempt starts
	LastSync  time.Time // when the mailbox was last fully caught up
	// Scan is the progress of a long scan under way (the first start, a UIDVALIDITY
	// change, a long catch-up); nil when there is none.
	Scan *ScanProgress `json:",omitempty"`
}

// ScanProgress is how far a long scan of a mailbox is.
type ScanProgress struct {
	First   bool      // the first scan of the mailbox (no checkpoint yet, or a new UIDVALIDITY)
	Done    int       // messages handled so far
	Total   int       // messages to handle
	Started time.Time // when the scan began
	Rate    float64   // messages handled per second so far
}

// Errors classifying connection failures, for errors.Is. Check returns them wrapped, so that
// `followupd check` can say what is wrong.
var (
	// ErrAuthFailed: the server refused the login (wrong password, revoked token).
	ErrAuthFailed = errors.New("authentication failed")
	// ErrUnreachable: DNS, connection refused, timeout, dropped connection.
	ErrUnreachable = errors.New("server unreachable")
	// ErrTLS: the TLS handshake failed (certificate, protocol).
	ErrTLS = errors.New("tls failed")
	// ErrNoSentFolder: the server has no mailbox marked \Sent and none of the usual names.
	ErrNoSentFolder = errors.New("no sent folder")
)

// Watcher watches the configured mailboxes. Create it with New and start it with Run.
type Watcher struct {
	cfg Config
	h   Handler
	cp  Checkpoints
	log *slog.Logger

	mu       sync.Mutex
	statuses map[Role]Status
	onStatus func(Status)
	logMemo  map[Role]logMemo

	// Retry timing, replaced in tests.
	minBackoff time.Duration
	maxBackoff time.Duration
	authRetry  time.Duration
	// commandTimeout bounds the wait for the answer to a command (see guard).
	commandTimeout time.Duration
	// forcePoll makes the watcher poll even when the server has IDLE (tests).
	forcePoll bool
}

// New checks cfg, fills in defaults and returns a Watcher. It performs no I/O.
func New(cfg Config, h Handler, cp Checkpoints) (*Watcher, error) {
	if h == nil || cp == nil {
		return nil, errors.New("imapwatch: handler and checkpoints are required")
	}
	cfg, err := normalize(cfg)
	if err != nil {
		return nil, err
	}
	w := &Watcher{
		cfg:        cfg,
		h:          h,
		cp:         cp,
		log:        cfg.Logger.With("component", "imapwatch"),
		statuses:   map[Role]Status{},
		logMemo:    map[Role]logMemo{},
		minBackoff: time.Second,
		maxBackoff: 5 * time.Minute,
		authRetry:  15 * time.Minute,

		commandTimeout: 5 * time.Minute,
	}
	now := cfg.Now()
	w.statuses[RoleInbox] = Status{State: StateStopped, Role: RoleInbox, Mailbox: "INBOX", Since: now}
	if cfg.WatchSent {
		w.statuses[RoleSent] = Status{State: StateStopped, Role: RoleSent, Since: now}
	}
	return w, nil
}

// normalize validates cfg and applies the defaults.
func normalize(cfg Config) (Config, error) {
	if cfg.Host == "" {
		return cfg, errors.New("imapwatch: host is required")
	}
	if cfg.Username == "" {
		return cfg, errors.New("imapwatch: username is required")
	}
	if cfg.Security == "" {
		cfg.Security = SecurityTLS
	}
	switch cfg.Security {
	case SecurityTLS, SecurityStartTLS:
	case SecurityNone:
		if !isLoopback(cfg.Host) {
			return cfg, fmt.Errorf("imapwatch: security %q is only allowed for a loopback host, not %q", SecurityNone, cfg.Host)
		}
	default:
		return cfg, fmt.Errorf("imapwatch: unknown security %q (want %q, %q or %q)", cfg.Security, SecurityTLS, SecurityStartTLS, SecurityNone)
	}
	if cfg.Port == 0 {
		cfg.Port = 143
		if cfg.Security == SecurityTLS {
			cfg.Port = 993
		}
	}
	if cfg.Port < 0 || cfg.Port > 65535 {
		return cfg, fmt.Errorf("imapwatch: invalid port %d", cfg.Port)
	}
	if (cfg.Password == nil) == (cfg.OAuth2Token == nil) {
		return cfg, errors.New("imapwatch: exactly one of password and oauth2 token is required")
	}
	if cfg.LookbackDays < 0 || cfg.IdleRenew < 0 || cfg.PollInterval < 0 || cfg.MaxMessageSize < 0 {
		return cfg, errors.New("imapwatch: lookback, idle renewal, poll interval and size limit must not be negative")
	}
	if cfg.LookbackDays == 0 {
		cfg.LookbackDays = DefaultLookbackDays
	}
	if cfg.IdleRenew == 0 {
		cfg.IdleRenew = DefaultIdleRenew
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.MaxMessageSize == 0 {
		cfg.MaxMessageSize = DefaultMaxMessageSize
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return cfg, nil
}

// isLoopback reports whether host is "localhost" or a loopback IP address.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// OnStatus registers f to be called after every state change (of any watched mailbox). It
// is called synchronously from the watcher's goroutines: it must not block.
func (w *Watcher) OnStatus(f func(Status)) {
	w.mu.Lock()
	w.onStatus = f
	w.mu.Unlock()
}

// Status returns the state of the INBOX watch. Safe for concurrent use.
func (w *Watcher) Status() Status {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.statuses[RoleInbox]
}

// Statuses returns the state of every watched mailbox, INBOX first. Safe for concurrent use.
func (w *Watcher) Statuses() []Status {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := []Status{w.statuses[RoleInbox]}
	if s, ok := w.statuses[RoleSent]; ok {
		out = append(out, s)
	}
	return out
}

// logMemo remembers what was logged for a mailbox, so that a failure that repeats on every
// retry is logged once.
type logMemo struct {
	ready, failing bool
	lastErr        string
}

// statusUpdate describes a change to one mailbox's Status.
type statusUpdate struct {
	state     string
	mailbox   string // "" keeps the known one
	err       error
	nextRetry time.Time
}

// setStatus applies u to role's status; on a change of State it logs once and calls the
// OnStatus callback.
func (w *Watcher) setStatus(role Role, u statusUpdate) {
	now := w.cfg.Now()
	w.mu.Lock()
	s := w.statuses[role]
	old := s.State
	changed := s.State != u.state
	if changed {
		s.State = u.state
		s.Since = now
	}
	if u.mailbox != "" {
		s.Mailbox = u.mailbox
	}
	s.NextRetry = u.nextRetry
	if u.err != nil {
		s.LastError = u.err.Error()
	} else if u.state != StateConnecting {
		s.LastError = ""
	}
	w.statuses[role] = s
	cb := w.onStatus
	w.mu.Unlock()
	if !changed {
		return
	}
	w.logChange(role, old, s)
	if cb != nil {
		cb(s)
	}
}

// setScan records the progress of a long scan of role's mailbox (nil: none under way) and
// reports it through OnStatus, without a state change.
func (w *Watcher) setScan(role Role, p *ScanProgress) {
	w.mu.Lock()
	s := w.statuses[role]
	s.Scan = p
	w.statuses[role] = s
	cb := w.onStatus
	w.mu.Unlock()
	if cb != nil {
		cb(s)
	}
}

// markSynced records that role's mailbox is caught up (Status.LastSync), without a state change.
func (w *Watcher) markSynced(role Role) {
	now := w.cfg.Now()
	w.mu.Lock()
	s := w.statuses[role]
	s.LastSync = now
	w.statuses[role] = s
	w.mu.Unlock()
}

// logChange logs a state change once: a failure when it starts or its error changes (not on
// every retry of the same failure), the return to idle or polling after a failure, and a
// stop. Routine changes (idle -> syncing -> idle for each new message, connecting) are debug.
func (w *Watcher) logChange(role Role, old string, s Status) {
	attrs := []any{"mailbox", s.Mailbox, "role", string(role), "state", s.State, "from", old}
	w.mu.Lock()
	memo := w.logMemo[role]
	level := slog.LevelDebug
	switch s.State {
	case StateBackoff, StateAuthFailed:
		if !memo.failing || memo.lastErr != s.LastError {
			level = slog.LevelWarn
		}
		memo.failing, memo.lastErr = true, s.LastError
		attrs = append(attrs, "error", s.LastError, "retry_at", s.NextRetry)
	case StateIdle, StatePolling:
		if memo.failing || !memo.ready {
			level = slog.LevelInfo
		}
		memo.failing, memo.ready, memo.lastErr = false, true, ""
	case StateStopped:
		level = slog.LevelInfo
	}
	w.logMemo[role] = memo
	w.mu.Unlock()
	w.log.Log(context.Background(), level, "imap watch state", attrs...)
}

// Run watches until ctx is done, then returns nil. Connection failures never end Run: they are
// retried (see the package documentation).
func (w *Watcher) Run(ctx context.Context) error {
	roles := []Role{RoleInbox}
	if w.cfg.WatchSent {
		roles = append(roles, RoleSent)
	}
	var wg sync.WaitGroup
	for _, role := range roles {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.watch(ctx, role)
		}()
	}
	wg.Wait()
	return nil
}

// watch runs sessions for one mailbox until ctx is done, backing off between failures.
func (w *Watcher) watch(ctx context.Context, role Role) {
	attempt := 0
	for {
		w.setStatus(role, statusUpdate{state: StateConnecting})
		var progressed bool
		err := w.safeSession(ctx, role, &progressed)
		if ctx.Err() != nil {
			w.setStatus(role, statusUpdate{state: StateStopped})
			return
		}
		if progressed {
			attempt = 0 // the last session worked for a while: start backing off afresh
		}
		state, delay := StateBackoff, time.Duration(0)
		if errors.Is(err, ErrAuthFailed) {
			state, delay = StateAuthFailed, w.authRetry
		} else {
			attempt++
			delay = backoff(attempt, w.minBackoff, w.maxBackoff)
		}
		w.setStatus(role, statusUpdate{state: state, err: err, nextRetry: w.cfg.Now().Add(delay)})
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			w.setStatus(role, statusUpdate{state: StateStopped})
			return
		case <-t.C:
		}
	}
}

// safeSession runs one session, turning a panic (in the handler or here) into an error so the
// mailbox keeps being watched.
func (w *Watcher) safeSession(ctx context.Context, role Role, progressed *bool) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("imapwatch: panic: %v", v)
		}
	}()
	err = w.session(ctx, role, progressed)
	if err == nil {
		err = errors.New("imapwatch: session ended")
	}
	return err
}

// backoff returns the delay before attempt n (1-based): min·2^(n-1), capped at max, with
// ±20% jitter so that many clients do not reconnect in step.
func backoff(n int, lo, hi time.Duration) time.Duration {
	d := lo
	for i := 1; i < n && d < hi; i++ {
		d *= 2
	}
	d = min(d, hi)
	jitter := time.Duration(rand.Int64N(int64(d)/5*2+1)) - d/5
	return max(d+jitter, lo/2)
}
