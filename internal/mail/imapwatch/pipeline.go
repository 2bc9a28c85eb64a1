package imapwatch

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/emersion/go-imap/v2"
)

// pipeline handles a long run of messages in three stages, each on its own goroutine, with
// one batch in flight between stages (bounded memory): the IMAP fetch of a batch, the
// handler's Prepare of the batch before it on every core, and HandleBatch recording the one
// before that, with its checkpoint. It stops at the first error, of any stage.
func (s *mailboxSync) pipeline(ctx context.Context, h BatchHandler, uids []imap.UID, p *progress) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	fetched := make(chan []rawMsg, 1)
	prepared := make(chan Batch, 1)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		defer close(fetched)
		defer recoverStage(cancel, "fetch")
		err := s.fetch(ctx, uids, scanBatchCount, scanBatchBytes, func(b []rawMsg) error {
			select {
			case fetched <- b:
				return nil
			case <-ctx.Done():
				return context.Cause(ctx)
			}
		})
		if err != nil {
			cancel(err)
		}
	}()
	go func() {
		defer wg.Done()
		defer close(prepared)
		defer recoverStage(cancel, "prepare")
		for raws := range fetched {
			b := s.prepare(h, raws)
			select {
			case prepared <- b:
			case <-ctx.Done():
			}
		}
	}()
	var herr error
	for b := range prepared {
		if herr != nil || ctx.Err() != nil {
			continue // drain: the other stages are stopping
		}
		if err := h.HandleBatch(ctx, b); err != nil {
			last := b.Messages[len(b.Messages)-1].UID
			herr = fmt.Errorf("imapwatch: handler refused messages %d-%d of %s: %w", b.Messages[0].UID, last, s.name, err)
			// the fetch stage stops at its next batch; a fetch in flight
			// ends by itself (closing the connection under it races in
			// go-imap's literal reader)
			cancel(herr)
			continue
		}
		s.lastUID = b.Checkpoint.LastUID
		p.add(len(b.Messages))
	}
	wg.Wait()
	if herr != nil {
		return herr
	}
	return context.Cause(ctx)
}

// prepare makes a Batch of raws, its messages prepared by h on every core.
func (s *mailboxSync) prepare(h BatchHandler, raws []rawMsg) Batch {
	b := Batch{
		Messages:   make([]Message, len(raws)),
		Prepared:   make([]any, len(raws)),
		Checkpoint: Checkpoint{Mailbox: s.key, UIDValidity: s.uidValidity, LastUID: uint32(raws[len(raws)-1].meta.uid)},
	}
	for i, r := range raws {
		b.Messages[i] = s.message(r.meta, r.raw, r.truncated)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	var panicked atomic.Value
	for range min(runtime.GOMAXPROCS(0), len(raws)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if v := recover(); v != nil {
					panicked.Store(fmt.Sprint(v))
				}
			}()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(raws) {
					return
				}
				b.Prepared[i] = h.Prepare(b.Messages[i])
			}
		}()
	}
	wg.Wait()
	if v := panicked.Load(); v != nil {
		panic(v) // to recoverStage, as the stage's error
	}
	return b
}

// recoverStage turns a panic of a pipeline stage into the pipeline's error.
func recoverStage(cancel context.CancelCauseFunc, stage string) {
	if v := recover(); v != nil {
		cancel(fmt.Errorf("imapwatch: panic in the %s stage: %v", stage, v))
	}
}

// String says how far the scan is, for the log, `followupd status` and systemd's status
// line: "first scan: 4000 of 20000 messages (1532/s)".
func (p ScanProgress) String() string {
	what := "scan"
	if p.First {
		what = "first scan"
	}
	return fmt.Sprintf("%s: %d of %d messages (%.0f/s)", what, p.Done, p.Total, p.Rate)
}

// Progress reports.
const (
	progressEvery    = time.Second     // Status.Scan (and OnStatus) at most this often
	progressLogEvery = 5 * time.Second // a log line at most this often
)

// progress follows a long scan of one mailbox; a nil *progress follows nothing.
type progress struct {
	s                   *mailboxSync
	p                   ScanProgress
	lastReport, lastLog time.Time
}

// startProgress starts following a scan of total messages and reports it.
func (s *mailboxSync) startProgress(total int) *progress {
	now := s.w.cfg.Now()
	p := &progress{s: s, p: ScanProgress{First: s.first, Total: total, Started: now}, lastReport: now, lastLog: now}
	s.w.log.Info("scanning", "mailbox", s.name, "role", string(s.role), "messages", total, "first", s.first)
	sp := p.p
	s.w.setScan(s.role, &sp)
	return p
}

// add counts n more messages handled and reports when it is time.
func (p *progress) add(n int) {
	if p == nil {
		return
	}
	now := p.s.w.cfg.Now()
	p.p.Done += n
	if el := now.Sub(p.p.Started).Seconds(); el > 0 {
		p.p.Rate = float64(p.p.Done) / el
	}
	if now.Sub(p.lastReport) >= progressEvery {
		p.lastReport = now
		sp := p.p
		p.s.w.setScan(p.s.role, &sp)
	}
	if now.Sub(p.lastLog) >= progressLogEvery {
		p.lastLog = now
		p.s.w.log.Info("scan progress", "mailbox", p.s.name, "role", string(p.s.role), "done", p.p.Done, "of", p.p.Total,
			"per_second", int(p.p.Rate))
	}
}

// finish ends the report: the scan is done, or stopped by an error.
func (p *progress) finish() {
	if p == nil {
		return
	}
	el := p.s.w.cfg.Now().Sub(p.p.Started)
	p.s.w.log.Info("scan finished", "mailbox", p.s.name, "role", string(p.s.role), "done", p.p.Done, "of", p.p.Total,
		"seconds", el.Round(10*time.Millisecond).Seconds(), "per_second", int(p.p.Rate))
	p.s.w.setScan(p.s.role, nil)
	// A long scan leaves its buffers behind; hand them back to the system
	// now, so that the daemon waits in IDLE at its idle size rather than at
	// the scan's peak until the runtime's scavenger gets to them.
	debug.FreeOSMemory()
}
