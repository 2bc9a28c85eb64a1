package schedule

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestCronJobNeverOverlaps(t *testing.T) {
	var logs syncBuffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	var running, maxRunning, runs atomic.Int32
	release := make(chan struct{})
	entered := make(chan struct{}, 1)
	job := wrapJob(context.Background(), logger, "digest", func(context.Context) {
		n := running.Add(1)
		defer running.Add(-1)
		for {
			m := maxRunning.Load()
			if n <= m || maxRunning.CompareAndSwap(m, n) {
				break
			}
		}
		runs.Add(1)
		select {
		case entered <- struct{}{}:
		default:
		}
		<-release
	})

	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); job.Run() }()
	<-entered
	// The first run is blocked: the next ticks must be skipped at once.
	for range 3 {
		job.Run()
	}
	close(release)
	wg.Wait()
	job.Run() // free again: runs (and returns, release is closed)

	if got := maxRunning.Load(); got != 1 {
		t.Errorf("max concurrent runs = %d, want 1", got)
	}
	if got := runs.Load(); got != 2 {
		t.Errorf("runs = %d, want 2 (3 skipped)", got)
	}
	if got := strings.Count(logs.String(), "cron job still running, this run skipped"); got != 3 {
		t.Errorf("skip warnings = %d, want 3; log: %s", got, logs.String())
	}
	if !strings.Contains(logs.String(), "job=digest") {
		t.Errorf("log = %q, want the job's name", logs.String())
	}
}

func TestCronJobPanicIsRecovered(t *testing.T) {
	var logs syncBuffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	var runs atomic.Int32
	job := wrapJob(context.Background(), logger, "wake-outbox", func(context.Context) {
		runs.Add(1)
		panic("nil map")
	})
	job.Run()
	job.Run() // must run again: the panic must not leave the job marked running
	if got := runs.Load(); got != 2 {
		t.Errorf("runs after two panics = %d, want 2", got)
	}
	out := logs.String()
	for _, want := range []string{"cron job panicked", "nil map", "job=wake-outbox", "stack="} {
		if !strings.Contains(out, want) {
			t.Errorf("log = %q, want it to contain %q", out, want)
		}
	}
	if strings.Contains(out, "skipped") {
		t.Errorf("log = %q: a run was skipped after a panic", out)
	}
}

func TestCronRun(t *testing.T) {
	var logs syncBuffer
	c := NewCron(slog.New(slog.NewTextHandler(&logs, nil)), time.UTC)
	var panics atomic.Int32
	if err := c.AddJob("@every 1s", "panicky", func(context.Context) {
		panics.Add(1)
		panic("boom")
	}); err != nil {
		t.Fatal(err)
	}
	var stopped atomic.Bool
	started := make(chan struct{}, 1)
	if err := c.AddJob("@every 1s", "long", func(ctx context.Context) {
		select {
		case started <- struct{}{}:
		default:
		}
		<-ctx.Done()
		time.Sleep(20 * time.Millisecond) // finishing up after the cancel
		stopped.Store(true)
	}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()

	deadline := time.After(10 * time.Second)
	for panics.Load() < 2 {
		select {
		case <-deadline:
			t.Fatalf("panicky job ran %d times in 10s, want 2 (recovered and rescheduled)", panics.Load())
		case <-time.After(50 * time.Millisecond):
		}
	}
	<-started
	if err := c.AddJob("@every 1s", "late", func(context.Context) {}); err == nil {
		t.Error("AddJob while running = nil, want an error")
	}
	if err := c.Run(ctx); err == nil {
		t.Error("second Run while running = nil, want an error")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run() = %v, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return within 10s of cancel")
	}
	if !stopped.Load() {
		t.Error("Run returned before the running job finished")
	}
	if !strings.Contains(logs.String(), "cron job panicked") {
		t.Errorf("log = %q, want the panic logged", logs.String())
	}
}

func TestCronAddJobErrors(t *testing.T) {
	c := NewCron(nil, nil)
	tests := []struct {
		name, spec string
		fn         func(context.Context)
		want       string
	}{
		{"bad spec", "every minute", func(context.Context) {}, `spec "every minute"`},
		{"six fields", "0 * * * * *", func(context.Context) {}, "spec"},
		{"no function", "@every 1m", nil, "no function"},
	}
	for _, tt := range tests {
		err := c.AddJob(tt.spec, tt.name, tt.fn)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("AddJob(%q) error = %v, want one containing %q", tt.spec, err, tt.want)
		}
	}
	for _, spec := range []string{"@every 1m", "*/5 * * * *", "@daily", "CRON_TZ=Europe/Paris 0 8 * * 1-5"} {
		if err := c.AddJob(spec, "ok", func(context.Context) {}); err != nil {
			t.Errorf("AddJob(%q) = %v, want nil", spec, err)
		}
	}
}
