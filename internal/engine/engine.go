// Package engine is followupd's pipeline: it turns each message the
// watcher reads into decisions recorded in the store (parse → classify →
// store → compose → approval), and each due decision into mail (schedule →
// submit). Every decision and its consequences are one transaction, and
// each message is acted on once (by Message-ID, plus a digest of its
// calendar parts when it has any), so a crash at any instant loses nothing
// and repeats nothing.
package engine

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/followupd/followupd/internal/config"
	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/classify"
	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/mail/imapwatch"
	"github.com/followupd/followupd/internal/mail/message"
	"github.com/followupd/followupd/internal/mail/reply"
	"github.com/followupd/followupd/internal/mail/submit"
	"github.com/followupd/followupd/internal/store"
)

// Sender sends one message; its errors say whether they are temporary
// (a Temporary() bool method).
type Sender interface {
	Send(ctx context.Context, m submit.Mail) error
}

// Mailbox is the owner's mailbox, for copies of sent mail and for finding
// out, after a crash, whether a message went out.
type Mailbox interface {
	AppendSent(ctx context.Context, raw []byte, date time.Time) error
	SentContains(ctx context.Context, messageID string) (bool, error)
}

// Engine holds what the pipeline needs. Set the fields, then use it from
// any goroutine; SetConfig swaps the configuration on reload.
type Engine struct {
	Store *store.Store
	// Templates renders drafts and owner mail. Set it before use;
	// SetConfig replaces it (under the lock) when the owner's templates
	// load again.
	Templates *compose.Templates
	Secret    []byte // signs approval tokens; never logged or stored
	Sender    Sender
	Mailbox   Mailbox // may be nil: no copies to Sent, no look-up after a crash
	Logger    *slog.Logger
	Now       func() time.Time
	// Kick wakes the outbox early (after a new decision); may be nil.
	Kick func()
	// Proofread checks the spelling of each letter shown to the owner, in
	// its language; nil: letters are not proofread.
	Proofread Proofreader

	mu  sync.RWMutex
	cfg *config.Config
	// rearm: templates were reloaded, so follow-ups that failed because
	// their draft could not be written are drafted again at the next Work.
	rearm bool

	flight inFlight
}

// inFlight is the set of sends this process has claimed and not yet
// settled, so that Recover, running while the outbox works, leaves them
// alone: only what an earlier process left in "sending" is a crash.
type inFlight struct {
	mu   sync.Mutex
	keys map[string]bool
}

func (f *inFlight) start(key string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.keys == nil {
		f.keys = map[string]bool{}
	}
	f.keys[key] = true
}

func (f *inFlight) done(key string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.keys, key)
}

func (f *inFlight) active(key string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.keys[key]
}

func followupKey(id int64) string  { return fmt.Sprintf("followup:%d", id) }
func ownerMailKey(id int64) string { return fmt.Sprintf("owner-mail:%d", id) }

// New returns an engine for cfg.
func New(cfg *config.Config, st *store.Store, tpl *compose.Templates, secret []byte, sender Sender, mb Mailbox, logger *slog.Logger, now func() time.Time) *Engine {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Engine{Store: st, Templates: tpl, Secret: secret, Sender: sender, Mailbox: mb, Logger: logger, Now: now, cfg: cfg}
}

// SetConfig replaces the configuration (SIGHUP) and reloads the owner's
// templates from c's drafts.templates_dir. Templates that do not load are
// logged and the ones in force kept; templates that load re-arm the
// follow-ups that failed because their draft could not be written (the
// next Work drafts them again and asks the owner as usual).
func (e *Engine) SetConfig(c *config.Config) {
	tpl, err := compose.Load(c.Drafts.TemplatesDir)
	if err != nil {
		e.Logger.Error("templates not reloaded: keeping the ones in force", "err", err)
	}
	e.mu.Lock()
	e.cfg = c
	if err == nil {
		e.Templates, e.rearm = tpl, true
	}
	e.mu.Unlock()
	e.kick()
}

// templates returns the templates in force.
func (e *Engine) templates() *compose.Templates {
	e.mu.RLock()
	defer e.mu.RUnlock()
	return e.Templates
}

// takeRearm reports (once) whether templates were reloaded since the last call.
func (e *Engine) takeRearm() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	r := e.rearm
	e.rearm = false
	return r
}

// Config returns the configuration in force.
func (e *Engine) Config() *config.Config {
	e.mu.RLock()
	defer e.mu.RUnlock()
	return e.cfg
}

func (e *Engine) kick() {
	if e.Kick != nil {
		e.Kick()
	}
}

func (e *Engine) owner() compose.Owner {
	c := e.Config()
	return compose.Owner{Name: c.Owner.Name, Email: c.Owner.Email, Signature: strings.TrimSpace(c.Owner.Signature), Phone: c.Owner.Phone}
}

// letterLanguage is the language of a letter answering a thread written
// in thread (ISO 639-1, as classify reads it): the thread's when the
// owner writes it (owner.languages), else English. English is recorded as
// "", as every letter drafted before languages were known.
func (e *Engine) letterLanguage(thread string) string {
	l := compose.LetterLanguage(thread, e.Config().Owner.LetterLanguages())
	if l == compose.English {
		return ""
	}
	return l
}

// isOwner reports whether addr is the owner's address or an alias.
func (e *Engine) isOwner(addr string) bool {
	addr = strings.ToLower(strings.TrimSpace(addr))
	for _, a := range e.Config().OwnerAddresses() {
		if a == addr {
			return true
		}
	}
	return false
}

// idDomain is the right-hand side of the Message-IDs followupd makes.
func (e *Engine) idDomain() string {
	_, d, ok := strings.Cut(e.Config().Owner.Email, "@")
	if !ok || d == "" {
		return "followupd.invalid"
	}
	return strings.ToLower(d)
}

// newMessageID returns a fresh, unguessable Message-ID (without <>).
func (e *Engine) newMessageID(prefix string) string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return prefix + "." + hex.EncodeToString(b[:]) + "@" + e.idDomain()
}

// Handle acts on one message read by the watcher. It returns an error only
// when the store could not record the outcome; the watcher then keeps its
// checkpoint and offers the message again.
func (e *Engine) Handle(ctx context.Context, wm imapwatch.Message) error {
	r := e.read(wm, false)
	var id string
	err := e.Store.Tx(ctx, func(tx *store.Tx) (err error) {
		id, err = e.recordMessage(tx, wm, r)
		return err
	})
	if err != nil {
		return fmt.Errorf("handle %s: %w", id, err)
	}
	e.kick()
	return nil
}

// Prepare reads one message for HandleBatch (imapwatch.BatchHandler): it
// parses and classifies it, touching no store, and may run on several
// goroutines at once. It takes a first look (classify.Scan) before
// classifying: list mail that cannot matter is settled by it.
func (e *Engine) Prepare(wm imapwatch.Message) any { return e.read(wm, true) }

// HandleBatch acts on a batch of messages prepared by Prepare, in order, and
// records the batch's checkpoint, all in one transaction: after a crash the
// watcher offers the whole batch again, and none of it was recorded.
func (e *Engine) HandleBatch(ctx context.Context, b imapwatch.Batch) error {
	err := e.Store.Tx(ctx, func(tx *store.Tx) error {
		for i, wm := range b.Messages {
			r, ok := b.Prepared[i].(reading)
			if !ok {
				r = e.read(wm, false)
			}
			if id, err := e.recordMessage(tx, wm, r); err != nil {
				return fmt.Errorf("handle %s: %w", id, err)
			}
		}
		return tx.SaveCheckpoint(b.Checkpoint.Mailbox, b.Checkpoint.UIDValidity, b.Checkpoint.LastUID)
	})
	if err != nil {
		return err
	}
	e.kick()
	return nil
}

// reading is what parsing and classifying made of a message.
type reading struct {
	msg   *message.Message
	class classify.Result
	err   error // the message could not be read
	// glanced: classify.Scan's first look settled class
	glanced bool
	// fw is the message read as the owner's forward to act (fwOK), when
	// fwDone: read ahead, off the store's transaction.
	fw           reply.Forward
	fwOK, fwDone bool
}

// read parses and classifies a message, after a first look (classify.Scan) if
// glance is set. It recovers from a panic, so that one poisonous message is
// recorded and skipped instead of blocking the mailbox.
func (e *Engine) read(wm imapwatch.Message, glance bool) reading {
	var r reading
	r.err = safely(func() error {
		var err error
		if r.msg, err = message.Parse(bytes.NewReader(wm.Raw)); err != nil {
			return err
		}
		if glance {
			r.class, r.glanced = classify.Scan(r.msg, e.classifyOptions())
		} else {
			r.class = classify.Classify(r.msg, e.classifyOptions())
		}
		r.fw, r.fwOK = readForward(e, r.msg)
		r.fwDone = true
		return nil
	})
	return r
}

// recordMessage acts on a message read by read, in tx, and returns the
// Message-ID it is known by.
func (e *Engine) recordMessage(tx *store.Tx, wm imapwatch.Message, r reading) (string, error) {
	now := e.Now()
	msg, class, perr := r.msg, r.class, r.err
	id := ""
	if perr == nil {
		id = msg.MessageID
	}
	if id == "" {
		sum := sha256.Sum256(wm.Raw)
		id = "sha256." + hex.EncodeToString(sum[:12]) + "@followupd.invalid"
	}
	key := id
	if perr == nil && msg.MessageID != "" && len(msg.Events) > 0 {
		key = id + calendarKey(msg.Events)
	}
	log := e.Logger.With("mailbox", wm.Mailbox, "uid", wm.UID, "message_id", id)
	seen, err := tx.Seen(key)
	if err != nil || seen {
		return id, err
	}
	if key != id {
		// Recorded by its Message-ID alone (before calendar digests
		// were kept): the same message if the subject matches.
		subject, found, err := tx.RecordedSubject(id)
		if err != nil || (found && subject == truncate(msg.Subject, 200)) {
			return id, err
		}
	}
	rec := store.SeenMessage{MessageID: key, Mailbox: wm.Mailbox, UID: wm.UID, ReceivedAt: wm.InternalDate}
	if perr != nil {
		rec.Kind, rec.Note = "unreadable", truncate(perr.Error(), 300)
		log.Warn("message unreadable, recorded and skipped", "err", perr)
		return id, tx.RecordMessage(rec, now)
	}
	if len(msg.From) > 0 {
		rec.From = msg.From[0].Email
	}
	rec.Subject = truncate(msg.Subject, 200)
	if !msg.Date.IsZero() {
		rec.ReceivedAt = msg.Date
	}
	if rec.ReceivedAt.IsZero() {
		rec.ReceivedAt = now
	}
	if r.glanced && len(msg.From) > 0 {
		// The first look knows no employer: mail from one already known
		// is read in full.
		apps, err := tx.ApplicationsAt("", employerDomain(msg.From[0].Email))
		if err != nil {
			return id, err
		}
		if len(apps) > 0 {
			class = classify.Classify(msg, e.classifyOptions())
		}
	}
	h := handling{e: e, tx: tx, msg: msg, class: class, wm: wm, now: now, rec: &rec, log: log}
	if r.fwDone {
		h.fw = &forwardReading{fw: r.fw, ok: r.fwOK}
	}
	if err := h.dispatch(); err != nil {
		return id, err
	}
	return id, tx.RecordMessage(rec, now)
}

// calendarKey is the suffix that, added to a Message-ID, makes the key a
// message carrying calendar parts is recorded under: a digest of each
// part's METHOD, UID, SEQUENCE and RECURRENCE-ID. Two copies of one
// message get one key; a cancellation that reuses its invitation's
// Message-ID (a broken ATS or calendar gateway) gets another, so it is
// not skipped as seen.
func calendarKey(evs []message.Event) string {
	parts := make([]string, 0, len(evs))
	for _, ev := range evs {
		parts = append(parts, fmt.Sprintf("%s\x00%s\x00%d\x00%s", strings.ToUpper(ev.Method), ev.UID, ev.Sequence, ev.RecurrenceID))
	}
	slices.Sort(parts)
	parts = slices.Compact(parts)
	sum := sha256.Sum256([]byte(strings.Join(parts, "\n")))
	return store.CalendarKeySep + hex.EncodeToString(sum[:8])
}

// handling is one message being acted on inside its transaction.
type handling struct {
	e     *Engine
	tx    *store.Tx
	msg   *message.Message
	class classify.Result
	wm    imapwatch.Message
	now   time.Time
	rec   *store.SeenMessage
	log   *slog.Logger
	// mustAsk: the letters this message leads to wait for the owner's
	// explicit "send" even in auto mode (a forward: From can be forged).
	mustAsk bool
	// replay: the message is acted on again on the owner's word, not read
	// from a mailbox; it is never asked about.
	replay bool
	// fw is the message read as a forward to act ahead of the
	// transaction; nil: read it when asked.
	fw *forwardReading
}

// forwardReading is a message read as the owner's forward to act.
type forwardReading struct {
	fw reply.Forward
	ok bool
}

func (h *handling) dispatch() error {
	m := h.msg
	if f, err := h.tx.FollowupByMessageID(m.MessageID); err == nil {
		// One of our own letters: its copy in the Sent folder or (Bcc) in
		// the inbox proves it left.
		h.rec.Kind = "own"
		effects, err := h.e.decide(h.tx, &f, followup.CopyArrived{At: h.rec.ReceivedAt}, h.now, about{})
		if err == nil && len(effects) > 0 {
			h.log.Info("a copy of the letter arrived: it was sent", "followup", f.ID)
		}
		return err
	} else if !errors.Is(err, store.ErrNotFound) {
		return err
	}
	// One of our messages to the owner: its arrival proves it left (see
	// Recover), whatever the mailbox.
	if ours, err := h.tx.OwnerMailArrived(m.MessageID, h.rec.ReceivedAt); err != nil {
		return err
	} else if ours {
		h.rec.Kind = "own"
		return nil
	}
	if m.Get("X-Followupd") != "" {
		h.rec.Kind = "own"
		return nil
	}
	if fw, ok := h.readForward(); ok {
		// The owner's forward to act, in the inbox or (its copy) in Sent,
		// whichever is read first.
		h.rec.Kind = "forward"
		return h.onForward(fw)
	}
	switch {
	case h.referencesQuestion() && (h.wm.Role != imapwatch.RoleSent || h.toOwner()):
		h.rec.Kind = "question-reply"
		return h.onQuestionAnswer()
	case h.referencesUs() && (h.wm.Role != imapwatch.RoleSent || h.toOwner()):
		// An answer to an approval request is an answer wherever it is
		// read: the owner's client files its copy in Sent, and that copy
		// may be read before the one delivered to the inbox (which is
		// then skipped as seen, so the answer is acted on once).
		h.rec.Kind = "approval-reply"
		return h.onOwnerReply()
	case h.wm.Role == imapwatch.RoleSent:
		h.rec.Kind = "sent"
		return h.onSent()
	case len(m.From) > 0 && h.e.isOwner(m.From[0].Email):
		// The owner's own letter, copied to the inbox (Bcc or Cc to self)
		// and read before its copy in Sent, which will then be skipped as
		// seen: it counts as sent by the owner.
		h.rec.Kind = "owner"
		return h.onSent()
	}
	if err := h.onEmployerMail(); err != nil {
		return err
	}
	return h.noteDoubt()
}

// referencesUs reports whether the message answers one of followupd's
// approval requests (by its Message-ID's form), whoever sent it.
func (h *handling) referencesUs() bool {
	for _, id := range append(append([]string{}, h.msg.InReplyTo...), h.msg.References...) {
		if strings.HasPrefix(id, approvalPrefix) {
			return true
		}
	}
	return false
}

// toOwner reports whether the message is addressed (To or Cc) to the
// owner's address or an alias: a message in Sent that references an
// approval request is an answer only then, not a forward to someone else.
func (h *handling) toOwner() bool {
	for _, a := range append(append([]message.Address{}, h.msg.To...), h.msg.Cc...) {
		if h.e.isOwner(a.Email) {
			return true
		}
	}
	return false
}

// safely runs fn, turning a panic into an error.
func safely(fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error reading the message: %v", p)
		}
	}()
	return fn()
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// ownerAddresses is the Self option for the classifier.
func (e *Engine) classifyOptions() classify.Options {
	return classify.Options{Self: e.Config().OwnerAddresses()}
}
