package schedule

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/robfig/cron/v3"
)

// Cron runs periodic jobs (waking the outbox every minute as a safety net,
// digests) with github.com/robfig/cron/v3. Each job is wrapped so that a
// panic is recovered and logged with the job's name and stack, and so that
// a job still running when its next time comes is skipped, never run twice
// at once.
//
// cron reads the real clock: a ScaledClock does not speed it up.
type Cron struct {
	logger *slog.Logger
	loc    *time.Location

	mu      sync.Mutex
	jobs    []cronJob
	running bool
}

type cronJob struct {
	name  string
	sched cron.Schedule
	fn    func(ctx context.Context)
}

// NewCron returns an empty Cron whose specs are read in loc (the owner's
// zone; nil means UTC) and which logs to logger (nil discards).
func NewCron(logger *slog.Logger, loc *time.Location) *Cron {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if loc == nil {
		loc = time.UTC
	}
	return &Cron{logger: logger, loc: loc}
}

// AddJob schedules fn under name. spec is a standard five-field cron line
// ("*/5 * * * *") or a descriptor ("@every 1m", "@daily"), read in the
// Cron's zone unless it starts with CRON_TZ=. fn receives Run's context and
// should return soon after it is done. Jobs are added before Run.
func (c *Cron) AddJob(spec, name string, fn func(ctx context.Context)) error {
	if fn == nil {
		return fmt.Errorf("schedule: cron job %q: no function", name)
	}
	sched, err := cron.ParseStandard(spec)
	if err != nil {
		return fmt.Errorf("schedule: cron job %q: spec %q: %w", name, spec, err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.running {
		return fmt.Errorf("schedule: cron job %q: added while running", name)
	}
	c.jobs = append(c.jobs, cronJob{name: name, sched: sched, fn: fn})
	return nil
}

// Run starts the jobs and blocks until ctx is done; it then stops
// scheduling, waits for the jobs still running to return, and returns nil.
// A Cron runs once at a time.
func (c *Cron) Run(ctx context.Context) error {
	c.mu.Lock()
	if c.running {
		c.mu.Unlock()
		return errors.New("schedule: cron: already running")
	}
	c.running = true
	jobs := append([]cronJob(nil), c.jobs...)
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		c.running = false
		c.mu.Unlock()
	}()

	cr := cron.New(cron.WithLocation(c.loc), cron.WithLogger(cronLogger{c.logger}))
	for _, j := range jobs {
		cr.Schedule(j.sched, wrapJob(ctx, c.logger, j.name, j.fn))
	}
	cr.Start()
	<-ctx.Done()
	<-cr.Stop().Done()
	return nil
}

// wrapJob applies robfig/cron's SkipIfStillRunning and Recover to fn, with
// a logger that names the job. The order matters: SkipIfStillRunning must be
// the outer one, because it gives its token back only when the job returns
// normally; with Recover outside it, one panic would make every later run
// be skipped (robfig/cron issue #366).
func wrapJob(ctx context.Context, logger *slog.Logger, name string, fn func(ctx context.Context)) cron.Job {
	l := cronLogger{logger.With("job", name)}
	return cron.NewChain(cron.SkipIfStillRunning(l), cron.Recover(l)).
		Then(cron.FuncJob(func() { fn(ctx) }))
}

// cronLogger adapts slog to cron.Logger. cron's Info messages (wake, run,
// schedule) go to Debug, except a skipped run, which is a warning.
type cronLogger struct{ l *slog.Logger }

func (c cronLogger) Info(msg string, keysAndValues ...any) {
	if msg == "skip" {
		c.l.Warn("cron job still running, this run skipped", keysAndValues...)
		return
	}
	c.l.Debug("cron "+msg, keysAndValues...)
}

func (c cronLogger) Error(err error, msg string, keysAndValues ...any) {
	if msg == "panic" {
		msg = "cron job panicked"
	} else {
		msg = "cron " + msg
	}
	c.l.Error(msg, append([]any{"err", err}, keysAndValues...)...)
}
