package imapwatch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

const (
	metaChunk      = 500     // UIDs per metadata FETCH (UID, size, date)
	bodyBatchCount = 100     // messages per body FETCH
	bodyBatchBytes = 8 << 20 // bytes per body FETCH (sum of RFC822.SIZE)
	// pipelineMin is the length of a run of messages from which it is a long scan: fetched,
	// prepared and recorded as a pipeline (BatchHandler) and reported in Status.Scan.
	pipelineMin = 50
	// scanBatchCount and scanBatchBytes bound a pipeline's batches; with one batch in each
	// stage and one waiting between stages, they bound the memory of a scan.
	scanBatchCount = 100
	scanBatchBytes = 4 << 20
)

// mailboxSync is the state of one mailbox on one connection.
type mailboxSync struct {
	w           *Watcher
	c           *imapclient.Client
	role        Role
	name        string // server name of the mailbox
	key         string // checkpoint key
	uidValidity uint32
	lastUID     uint32
	first       bool // the lookback window is being scanned (Status.Scan.First)
}

// checkpointKey names the account and mailbox, so another account never reuses a checkpoint.
func checkpointKey(cfg Config, mailbox string) string {
	return "imap://" + cfg.Username + "@" + net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.Port)) + "/" + mailbox
}

// session connects, syncs one mailbox and then waits for new mail (IDLE or polling) until
// the connection fails or ctx is done. *progressed is set once the mailbox was caught up.
func (w *Watcher) session(ctx context.Context, role Role, progressed *bool) error {
	notify := make(chan struct{}, 1)
	c, err := dial(ctx, w.cfg, notify)
	if err != nil {
		return err
	}
	defer func() { _ = c.Close() }()
	stop := context.AfterFunc(ctx, func() { _ = c.Close() })
	defer stop()

	name := "INBOX"
	if role == RoleSent {
		if err := w.guard(c, func() (err error) { name, err = findSent(c); return err }); err != nil {
			return err
		}
	}
	w.setStatus(role, statusUpdate{state: StateSyncing, mailbox: name})
	var sel *imap.SelectData
	err = w.guard(c, func() (err error) {
		sel, err = c.Select(name, &imap.SelectOptions{ReadOnly: true}).Wait()
		return err
	})
	if err != nil {
		return fmt.Errorf("imapwatch: examine %s: %w", name, err)
	}
	s := &mailboxSync{w: w, c: c, role: role, name: name, key: checkpointKey(w.cfg, name)}
	if err := s.start(ctx, sel); err != nil {
		return err
	}
	if err := s.catchUp(ctx); err != nil {
		return err
	}
	*progressed = true
	caps := c.Caps()
	if !w.forcePoll && (caps.Has(imap.CapIdle) || caps.Has(imap.CapIMAP4rev2)) {
		return s.idle(ctx, notify)
	}
	return s.poll(ctx)
}

// start loads the checkpoint. Without one, or when UIDVALIDITY changed, it scans the
// lookback window (UID SEARCH SINCE) and moves the checkpoint past older messages.
func (s *mailboxSync) start(ctx context.Context, sel *imap.SelectData) error {
	cfg := s.w.cfg
	uv, last, found, err := s.w.cp.LoadCheckpoint(ctx, s.key)
	if err != nil {
		return fmt.Errorf("imapwatch: load checkpoint of %s: %w", s.name, err)
	}
	s.uidValidity = sel.UIDValidity
	if found && uv == sel.UIDValidity {
		s.lastUID = last
		return nil
	}
	if found {
		s.w.log.Warn("UIDVALIDITY changed: rescanning the lookback window", "mailbox", s.name,
			"old", uv, "new", sel.UIDValidity, "days", cfg.LookbackDays)
	} else {
		s.w.log.Info("first sync: scanning the lookback window", "mailbox", s.name, "days", cfg.LookbackDays)
	}
	// every message below UIDNEXT that is older than the window is skipped on purpose
	top := uint32(0)
	if sel.UIDNext > 0 {
		top = uint32(sel.UIDNext) - 1
	} else if sel.NumMessages > 0 {
		var all *imap.SearchData
		err := s.w.guard(s.c, func() (err error) {
			all, err = s.c.UIDSearch(&imap.SearchCriteria{}, nil).Wait()
			return err
		})
		if err != nil {
			return fmt.Errorf("imapwatch: search %s: %w", s.name, err)
		}
		for _, u := range all.AllUIDs() {
			top = max(top, uint32(u))
		}
	}
	var uids []imap.UID
	if sel.NumMessages > 0 {
		since := cfg.Now().AddDate(0, 0, -cfg.LookbackDays)
		var res *imap.SearchData
		err := s.w.guard(s.c, func() (err error) {
			res, err = s.c.UIDSearch(&imap.SearchCriteria{Since: since}, nil).Wait()
			return err
		})
		if err != nil {
			return fmt.Errorf("imapwatch: search %s since %s: %w", s.name, since.Format(time.DateOnly), err)
		}
		uids = res.AllUIDs()
	}
	s.lastUID = 0
	s.first = true
	err = s.process(ctx, uids)
	s.first = false
	if err != nil {
		return err
	}
	// record the new UIDVALIDITY even when the window was empty
	s.lastUID = max(top, s.lastUID)
	if err := s.w.cp.SaveCheckpoint(ctx, s.key, s.uidValidity, s.lastUID); err != nil {
		return fmt.Errorf("imapwatch: save checkpoint of %s: %w", s.name, err)
	}
	return nil
}

// catchUp hands every message above the checkpoint to the handler.
func (s *mailboxSync) catchUp(ctx context.Context) error {
	var res *imap.SearchData
	err := s.w.guard(s.c, func() (err error) {
		res, err = s.c.UIDSearch(&imap.SearchCriteria{
			UID: []imap.UIDSet{{imap.UIDRange{Start: imap.UID(s.lastUID + 1), Stop: 0}}},
		}, nil).Wait()
		return err
	})
	if err != nil {
		return fmt.Errorf("imapwatch: search %s: %w", s.name, err)
	}
	// "n:*" also matches the highest UID when it is below n (RFC 9051 §6.4.8): filter
	var uids []imap.UID
	for _, u := range res.AllUIDs() {
		if uint32(u) > s.lastUID {
			uids = append(uids, u)
		}
	}
	if err := s.process(ctx, uids); err != nil {
		return err
	}
	s.w.markSynced(s.role)
	return nil
}

// msgMeta is what a metadata FETCH returns for one message.
type msgMeta struct {
	uid  imap.UID
	size int64
	date time.Time
}

// process fetches and handles the messages uids in ascending order, moving the checkpoint
// as the handler accepts them. It stops at the first error. A long run (pipelineMin messages
// or more) goes through the pipeline when the handler is a BatchHandler, and reports its
// progress (Status.Scan) either way.
func (s *mailboxSync) process(ctx context.Context, uids []imap.UID) error {
	if len(uids) == 0 {
		return nil
	}
	slices.Sort(uids)
	s.w.setStatus(s.role, statusUpdate{state: StateSyncing})
	var p *progress
	if len(uids) >= pipelineMin {
		p = s.startProgress(len(uids))
		defer p.finish()
	}
	if bh, ok := s.w.h.(BatchHandler); ok && len(uids) >= pipelineMin {
		return s.pipeline(ctx, bh, uids, p)
	}
	return s.fetch(ctx, uids, bodyBatchCount, bodyBatchBytes, func(batch []rawMsg) error {
		for _, m := range batch {
			if err := s.deliver(ctx, m.meta, m.raw, m.truncated); err != nil {
				return err
			}
			p.add(1)
		}
		return nil
	})
}

// rawMsg is one message as fetched.
type rawMsg struct {
	meta      msgMeta
	raw       []byte
	truncated bool
}

// fetch reads the messages uids (ascending) in batches of at most maxCount messages and
// maxBytes bytes (a message above MaxMessageSize alone, truncated) and calls emit with each
// batch, in UID order. Messages expunged meanwhile are left out. It stops at the first error.
func (s *mailboxSync) fetch(ctx context.Context, uids []imap.UID, maxCount int, maxBytes int64, emit func([]rawMsg) error) error {
	for len(uids) > 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		chunk := uids[:min(metaChunk, len(uids))]
		uids = uids[len(chunk):]
		metas, err := s.fetchMeta(chunk)
		if err != nil {
			return err
		}
		var batch []msgMeta
		var batchBytes int64
		flush := func() error {
			if len(batch) == 0 {
				return nil
			}
			raws, err := s.fetchBodies(batch)
			batch, batchBytes = batch[:0], 0
			if err != nil {
				return err
			}
			if len(raws) == 0 {
				return nil
			}
			return emit(raws)
		}
		for _, m := range metas {
			if m.size > s.w.cfg.MaxMessageSize {
				if err := flush(); err != nil {
					return err
				}
				var raw []byte
				err := s.w.guard(s.c, func() (err error) {
					raw, err = fetchTruncated(s.c, m.uid, s.w.cfg.MaxMessageSize)
					return err
				})
				if err != nil {
					return fmt.Errorf("imapwatch: fetch large message %d of %s: %w", m.uid, s.name, err)
				}
				if raw == nil {
					continue // expunged meanwhile
				}
				if err := emit([]rawMsg{{meta: m, raw: raw, truncated: true}}); err != nil {
					return err
				}
				continue
			}
			if len(batch) > 0 && (len(batch) >= maxCount || batchBytes+m.size > maxBytes) {
				if err := flush(); err != nil {
					return err
				}
			}
			batch = append(batch, m)
			batchBytes += m.size
		}
		if err := flush(); err != nil {
			return err
		}
	}
	return nil
}

// fetchMeta fetches UID, RFC822.SIZE and INTERNALDATE, sorted by UID. Messages expunged in
// the meantime are simply missing.
func (s *mailboxSync) fetchMeta(uids []imap.UID) ([]msgMeta, error) {
	var bufs []*imapclient.FetchMessageBuffer
	err := s.w.guard(s.c, func() (err error) {
		bufs, err = s.c.Fetch(imap.UIDSetNum(uids...), &imap.FetchOptions{
			UID: true, RFC822Size: true, InternalDate: true,
		}).Collect()
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("imapwatch: fetch sizes from %s: %w", s.name, err)
	}
	metas := make([]msgMeta, 0, len(bufs))
	for _, b := range bufs {
		if b.UID == 0 {
			continue
		}
		metas = append(metas, msgMeta{uid: b.UID, size: b.RFC822Size, date: b.InternalDate})
	}
	slices.SortFunc(metas, func(a, b msgMeta) int { return int(int64(a.uid) - int64(b.uid)) })
	return metas, nil
}

// wholeBody is BODY.PEEK[]: the whole message, without setting \Seen.
var wholeBody = &imap.FetchItemBodySection{Peek: true}

// fetchBodies fetches the bodies of batch with one UID FETCH, in batch's order; messages
// expunged since the metadata fetch are left out.
func (s *mailboxSync) fetchBodies(batch []msgMeta) ([]rawMsg, error) {
	uids := make([]imap.UID, len(batch))
	for i, m := range batch {
		uids[i] = m.uid
	}
	var bufs []*imapclient.FetchMessageBuffer
	err := s.w.guard(s.c, func() (err error) {
		bufs, err = s.c.Fetch(imap.UIDSetNum(uids...), &imap.FetchOptions{
			UID: true, BodySection: []*imap.FetchItemBodySection{wholeBody},
		}).Collect()
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("imapwatch: fetch messages from %s: %w", s.name, err)
	}
	bodies := make(map[imap.UID][]byte, len(bufs))
	for _, b := range bufs {
		if raw := b.FindBodySection(wholeBody); raw != nil {
			bodies[b.UID] = raw
		}
	}
	out := make([]rawMsg, 0, len(batch))
	for _, m := range batch {
		if raw, ok := bodies[m.uid]; ok {
			out = append(out, rawMsg{meta: m, raw: raw})
		}
	}
	return out, nil
}

// message is the Message of a fetched one.
func (s *mailboxSync) message(m msgMeta, raw []byte, truncated bool) Message {
	return Message{
		Mailbox: s.name, Role: s.role, UID: uint32(m.uid), UIDValidity: s.uidValidity,
		InternalDate: m.date, Raw: raw, Truncated: truncated,
	}
}

// deliver hands one message to the handler and, on success, moves the checkpoint.
func (s *mailboxSync) deliver(ctx context.Context, m msgMeta, raw []byte, truncated bool) error {
	msg := s.message(m, raw, truncated)
	if err := s.w.h.Handle(ctx, msg); err != nil {
		return fmt.Errorf("imapwatch: handler refused message %d of %s: %w", m.uid, s.name, err)
	}
	if err := s.w.cp.SaveCheckpoint(ctx, s.key, s.uidValidity, uint32(m.uid)); err != nil {
		return fmt.Errorf("imapwatch: save checkpoint of %s: %w", s.name, err)
	}
	s.lastUID = uint32(m.uid)
	return nil
}

// idle waits with IDLE for new mail, renewing it every IdleRenew, and catches up after each
// wake-up, until the connection fails or ctx is done.
func (s *mailboxSync) idle(ctx context.Context, notify <-chan struct{}) error {
	for {
		cmd, err := s.c.Idle()
		if err != nil {
			return fmt.Errorf("imapwatch: idle on %s: %w: %w", s.name, ErrUnreachable, err)
		}
		s.w.setStatus(s.role, statusUpdate{state: StateIdle})
		t := time.NewTimer(s.w.cfg.IdleRenew)
		closed := false
		select {
		case <-notify:
		case <-t.C:
		case <-s.c.Closed():
			closed = true
		case <-ctx.Done():
		}
		t.Stop()
		if closed && ctx.Err() == nil {
			_ = cmd.Close()
			return fmt.Errorf("imapwatch: idle on %s: connection closed by the server: %w", s.name, ErrUnreachable)
		}
		if err := stopIdle(s.c, cmd); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("imapwatch: end idle on %s: %w: %w", s.name, ErrUnreachable, err)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err := s.catchUp(ctx); err != nil {
			return err
		}
	}
}

// guard runs fn, which sends commands on c and waits for their answers, and closes c when
// that takes longer than the watcher's command timeout: go-imap waits without a deadline for
// the first byte of an answer, so a server that accepts commands but never answers would
// otherwise stall the mailbox for good.
func (w *Watcher) guard(c *imapclient.Client, fn func() error) error {
	var fired atomic.Bool
	t := time.AfterFunc(w.commandTimeout, func() {
		fired.Store(true)
		_ = c.Close()
	})
	err := fn()
	t.Stop()
	if fired.Load() {
		return fmt.Errorf("imapwatch: no answer from the server within %v: %w", w.commandTimeout, ErrUnreachable)
	}
	return err
}

// stopIdle sends DONE and waits for the server's answer, closing the connection when it
// does not come in time (a dead peer).
func stopIdle(c *imapclient.Client, cmd *imapclient.IdleCommand) error {
	done := make(chan error, 1)
	go func() {
		if err := cmd.Close(); err != nil {
			done <- err
			return
		}
		done <- cmd.Wait()
	}()
	t := time.NewTimer(idleStopTimeout)
	defer t.Stop()
	select {
	case err := <-done:
		return err
	case <-t.C:
		_ = c.Close()
		return errors.New("no answer to DONE")
	}
}

// poll checks for new mail every PollInterval (servers without IDLE).
func (s *mailboxSync) poll(ctx context.Context) error {
	t := time.NewTicker(s.w.cfg.PollInterval)
	defer t.Stop()
	for {
		s.w.setStatus(s.role, statusUpdate{state: StatePolling})
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-s.c.Closed():
			return fmt.Errorf("imapwatch: connection to %s closed: %w", s.name, ErrUnreachable)
		case <-t.C:
		}
		if err := s.w.guard(s.c, func() error { return s.c.Noop().Wait() }); err != nil {
			return fmt.Errorf("imapwatch: noop on %s: %w: %w", s.name, ErrUnreachable, err)
		}
		if err := s.catchUp(ctx); err != nil {
			return err
		}
	}
}
