package schedule

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"
)

// Runner is the outbox loop: it sleeps on a timer set to the next due time,
// wakes early when kicked (a new draft, an approval), acts on everything due
// and goes back to sleep. It knows nothing of drafts or mail; the daemon
// gives it two functions over its store.
//
// On every wake Runner calls Work with the clock's time, then Next to learn
// when to wake again, at the latest after MaxSleep (a safety net for a
// missed kick). A failing or panicking Work is logged and retried with an
// exponential backoff (1s doubling up to MaxSleep, on the Runner's clock);
// the loop itself never stops before its context does.
//
// Set the fields before Run; do not change them while it runs.
type Runner struct {
	// Clock gives the time and the timers; nil means SystemClock.
	Clock Clock
	// Next returns the earliest due time of the pending work, and false
	// if nothing is pending.
	Next func(ctx context.Context, now time.Time) (time.Time, bool, error)
	// Work acts on everything due at now.
	Work func(ctx context.Context, now time.Time) error
	// Logger receives the loop's errors and panics; nil discards them.
	Logger *slog.Logger
	// MaxSleep bounds every sleep; zero means one minute.
	MaxSleep time.Duration
	// Grace is how long a Work call in flight when the context is cancelled
	// keeps its own context, so that a send can finish (DESIGN: "let a send
	// in flight finish (bounded)"). Zero cancels Work's context at once.
	// Measured in real time.
	Grace time.Duration

	once      sync.Once
	kick      chan struct{}
	heartbeat atomic.Int64 // unix nanoseconds of the last wake, on Clock
}

// Backoff bounds for a failing Work or Next.
const (
	minBackoff      = time.Second
	defaultMaxSleep = time.Minute
)

func (r *Runner) init() {
	r.once.Do(func() { r.kick = make(chan struct{}, 1) })
}

// Kick wakes the Runner early, without blocking: call it after a change
// that may make something due sooner. Kicks while it is awake are merged
// into one more pass.
func (r *Runner) Kick() {
	r.init()
	select {
	case r.kick <- struct{}{}:
	default:
	}
}

// Heartbeat returns the Clock time of the Runner's last wake, zero before
// the first. The daemon's watchdog compares it with Clock.Now() to tell a
// stuck loop (a Work call that hangs) from a sleeping one.
func (r *Runner) Heartbeat() time.Time {
	n := r.heartbeat.Load()
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n)
}

// Run loops until ctx is done, then returns nil. It returns an error at
// once only if Next or Work is missing.
func (r *Runner) Run(ctx context.Context) error {
	if r.Next == nil || r.Work == nil {
		return errors.New("schedule: runner: Next and Work are required")
	}
	r.init()
	clock := r.Clock
	if clock == nil {
		clock = SystemClock{}
	}
	log := r.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	maxSleep := r.MaxSleep
	if maxSleep <= 0 {
		maxSleep = defaultMaxSleep
	}

	var backoff time.Duration
	fail := func() time.Duration {
		if backoff == 0 {
			backoff = min(minBackoff, maxSleep)
		} else {
			backoff = min(2*backoff, maxSleep)
		}
		return backoff
	}
	for ctx.Err() == nil {
		now := clock.Now()
		r.heartbeat.Store(now.UnixNano())
		sleep := maxSleep
		if err := r.work(ctx, now); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			sleep = fail()
			log.Error("outbox work failed", "err", err, "retry_in", sleep)
		} else if due, ok, err := r.next(ctx, now); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			sleep = fail()
			log.Error("outbox next due time failed", "err", err, "retry_in", sleep)
		} else {
			backoff = 0
			if ok {
				if !due.After(now) {
					// Work has just run for now, yet this is still due: it
					// did not act on it. Retry later rather than spin.
					sleep = fail()
					log.Warn("outbox work left due items", "due", due, "retry_in", sleep)
				} else if d := due.Sub(clock.Now()); d < sleep {
					sleep = max(d, 0)
				}
			}
		}
		if sleep == 0 {
			continue // became due while Next ran
		}
		t := clock.NewTimer(sleep)
		select {
		case <-ctx.Done():
			t.Stop()
		case <-t.C():
		case <-r.kick:
			t.Stop()
		}
	}
	return nil
}

// work calls Work, turning a panic into an error and keeping Work's context
// alive for Grace after ctx is cancelled.
func (r *Runner) work(ctx context.Context, now time.Time) (err error) {
	wctx := ctx
	if r.Grace > 0 {
		var cancel context.CancelFunc
		wctx, cancel = context.WithCancel(context.WithoutCancel(ctx))
		defer cancel()
		stop := context.AfterFunc(ctx, func() {
			t := time.AfterFunc(r.Grace, cancel)
			context.AfterFunc(wctx, func() { t.Stop() })
		})
		defer stop()
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("schedule: runner: work panicked: %v\n%s", p, debug.Stack())
		}
	}()
	return r.Work(wctx, now)
}

// next calls Next, turning a panic into an error.
func (r *Runner) next(ctx context.Context, now time.Time) (due time.Time, ok bool, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("schedule: runner: next panicked: %v\n%s", p, debug.Stack())
		}
	}()
	return r.Next(ctx, now)
}
