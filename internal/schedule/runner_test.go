package schedule

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
)

// outbox is a fake store of due times, safe for concurrent use.
type outbox struct {
	mu    sync.Mutex
	due   []time.Time
	sent  []time.Time // the now of the Work call that sent each item
	calls int
	fail  func(call int) error // optional: make Work fail or panic
}

func (o *outbox) add(t time.Time) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.due = append(o.due, t)
}

func (o *outbox) next(_ context.Context, _ time.Time) (time.Time, bool, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if len(o.due) == 0 {
		return time.Time{}, false, nil
	}
	m := o.due[0]
	for _, d := range o.due[1:] {
		if d.Before(m) {
			m = d
		}
	}
	return m, true, nil
}

func (o *outbox) work(_ context.Context, now time.Time) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.calls++
	if o.fail != nil {
		if err := o.fail(o.calls); err != nil {
			return err
		}
	}
	kept := o.due[:0]
	for _, d := range o.due {
		if d.After(now) {
			kept = append(kept, d)
			continue
		}
		o.sent = append(o.sent, now)
	}
	o.due = kept
	return nil
}

func (o *outbox) snapshot() (sent []time.Time, calls int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([]time.Time(nil), o.sent...), o.calls
}

// syncBuffer is a bytes.Buffer safe for the logger's concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var t0 = time.Date(2026, 3, 4, 9, 0, 0, 0, time.UTC)

// startRunner runs r until the test ends and returns a wait function that
// blocks until the runner sleeps with its timer set to the given time.
func startRunner(t *testing.T, r *Runner, clock *ManualClock) (stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	var once sync.Once
	var err error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case err = <-done:
			case <-time.After(5 * time.Second):
				err = errors.New("Run did not return within 5s of cancel")
			}
		})
		return err
	}
	t.Cleanup(func() { _ = stop() })
	return stop
}

// sleepsUntil waits for the runner to go to sleep and checks its wake time.
func sleepsUntil(t *testing.T, clock *ManualClock, want time.Time) {
	t.Helper()
	if !clock.WaitFor(1, 5*time.Second) {
		t.Fatalf("runner did not go to sleep within 5s")
	}
	got, _ := clock.Next()
	if !got.Equal(want) {
		t.Fatalf("runner sleeps until %v, want %v", got, want)
	}
}

func TestRunnerSleepsUntilDue(t *testing.T) {
	clock := NewManualClock(t0)
	box := &outbox{}
	box.add(t0.Add(10 * time.Minute))
	box.add(t0.Add(25 * time.Minute))
	r := &Runner{Clock: clock, Next: box.next, Work: box.work, MaxSleep: time.Hour}
	startRunner(t, r, clock)

	sleepsUntil(t, clock, t0.Add(10*time.Minute))
	clock.Advance(10 * time.Minute)
	sleepsUntil(t, clock, t0.Add(25*time.Minute))
	if sent, _ := box.snapshot(); len(sent) != 1 || !sent[0].Equal(t0.Add(10*time.Minute)) {
		t.Fatalf("sent = %v, want one at %v", sent, t0.Add(10*time.Minute))
	}
	clock.Advance(15 * time.Minute)
	sleepsUntil(t, clock, t0.Add(25*time.Minute).Add(time.Hour)) // nothing left: MaxSleep
	if sent, _ := box.snapshot(); len(sent) != 2 {
		t.Fatalf("sent = %v, want two", sent)
	}
	if hb := r.Heartbeat(); !hb.Equal(t0.Add(25 * time.Minute)) {
		t.Errorf("Heartbeat() = %v, want %v", hb, t0.Add(25*time.Minute))
	}
}

func TestRunnerKick(t *testing.T) {
	clock := NewManualClock(t0)
	box := &outbox{}
	r := &Runner{Clock: clock, Next: box.next, Work: box.work, MaxSleep: time.Hour}
	startRunner(t, r, clock)
	sleepsUntil(t, clock, t0.Add(time.Hour))

	// A draft approved now, due now: the kick must send it without any
	// movement of the clock.
	box.add(t0)
	r.Kick()
	deadline := time.Now().Add(5 * time.Second)
	for {
		if sent, _ := box.snapshot(); len(sent) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("kick did not wake the runner within 5s")
		}
		time.Sleep(time.Millisecond)
	}
	sleepsUntil(t, clock, t0.Add(time.Hour))

	// A draft due sooner than the current sleep: the kick shortens it.
	box.add(t0.Add(5 * time.Minute))
	r.Kick()
	for deadline := time.Now().Add(5 * time.Second); ; {
		if at, _ := clock.Next(); at.Equal(t0.Add(5 * time.Minute)) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("kick did not reset the timer within 5s")
		}
		time.Sleep(time.Millisecond)
	}
}

func TestRunnerKickBeforeRun(t *testing.T) {
	var r Runner
	r.Kick() // must not block or panic
	r.Kick()
}

func TestRunnerRecoversPanicAndBacksOff(t *testing.T) {
	clock := NewManualClock(t0)
	var logs syncBuffer
	box := &outbox{fail: func(call int) error {
		switch call {
		case 1:
			panic("boom")
		case 2, 3:
			return errors.New("smtp down")
		}
		return nil
	}}
	box.add(t0)
	r := &Runner{Clock: clock, Next: box.next, Work: box.work, MaxSleep: time.Hour,
		Logger: slog.New(slog.NewTextHandler(&logs, nil))}
	startRunner(t, r, clock)

	sleepsUntil(t, clock, t0.Add(1*time.Second)) // after the panic
	clock.Advance(time.Second)
	sleepsUntil(t, clock, t0.Add(3*time.Second)) // 1s, then 2s
	clock.Advance(2 * time.Second)
	sleepsUntil(t, clock, t0.Add(7*time.Second)) // then 4s
	clock.Advance(4 * time.Second)
	sleepsUntil(t, clock, t0.Add(7*time.Second).Add(time.Hour)) // success: back to MaxSleep
	sent, calls := box.snapshot()
	if len(sent) != 1 || calls != 4 {
		t.Errorf("sent = %v after %d calls, want one send on the 4th call", sent, calls)
	}
	out := logs.String()
	for _, want := range []string{"work panicked: boom", "smtp down", "retry_in=2s", "retry_in=4s"} {
		if !strings.Contains(out, want) {
			t.Errorf("log = %q, want it to contain %q", out, want)
		}
	}
}

func TestRunnerBackoffIsCappedByMaxSleep(t *testing.T) {
	clock := NewManualClock(t0)
	box := &outbox{fail: func(int) error { return errors.New("down") }}
	r := &Runner{Clock: clock, Next: box.next, Work: box.work, MaxSleep: 3 * time.Second}
	startRunner(t, r, clock)
	at := t0
	for _, step := range []time.Duration{time.Second, 2 * time.Second, 3 * time.Second, 3 * time.Second} {
		sleepsUntil(t, clock, at.Add(step))
		at = at.Add(step)
		clock.Advance(step)
	}
}

func TestRunnerWorkThatLeavesDueItems(t *testing.T) {
	clock := NewManualClock(t0)
	var logs syncBuffer
	r := &Runner{
		Clock:    clock,
		Next:     func(context.Context, time.Time) (time.Time, bool, error) { return t0, true, nil },
		Work:     func(context.Context, time.Time) error { return nil },
		MaxSleep: time.Hour,
		Logger:   slog.New(slog.NewTextHandler(&logs, nil)),
	}
	startRunner(t, r, clock)
	// It must back off instead of spinning.
	sleepsUntil(t, clock, t0.Add(time.Second))
	if !strings.Contains(logs.String(), "outbox work left due items") {
		t.Errorf("log = %q, want a warning about items left due", logs.String())
	}
}

func TestRunnerStopsOnContext(t *testing.T) {
	clock := NewManualClock(t0)
	box := &outbox{}
	r := &Runner{Clock: clock, Next: box.next, Work: box.work}
	stop := startRunner(t, r, clock)
	sleepsUntil(t, clock, t0.Add(defaultMaxSleep))
	if err := stop(); err != nil {
		t.Fatalf("Run() = %v, want nil after cancel", err)
	}
	if n := clock.Waiting(); n != 0 {
		t.Errorf("timers left waiting after Run returned: %d, want 0", n)
	}
}

func TestRunnerGrace(t *testing.T) {
	tests := []struct {
		name      string
		grace     time.Duration
		cancelled bool // whether Work's context ends with Run's
	}{
		{"no grace: work is cancelled with run", 0, true},
		{"grace: a send in flight keeps its context", time.Hour, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := NewManualClock(t0)
			started := make(chan context.Context, 1)
			release := make(chan struct{})
			r := &Runner{
				Clock: clock,
				Next:  func(context.Context, time.Time) (time.Time, bool, error) { return time.Time{}, false, nil },
				Work: func(ctx context.Context, _ time.Time) error {
					select {
					case started <- ctx:
						<-release
					default:
					}
					return nil
				},
				Grace: tt.grace,
			}
			stop := startRunner(t, r, clock)
			wctx := <-started
			errc := make(chan error, 1)
			go func() { errc <- stop() }()
			// Run's context is cancelled now; wait until that reaches Work's.
			var got bool
			select {
			case <-wctx.Done():
				got = true
			case <-time.After(200 * time.Millisecond):
			}
			if got != tt.cancelled {
				t.Errorf("Work's context cancelled = %v, want %v", got, tt.cancelled)
			}
			close(release)
			if err := <-errc; err != nil {
				t.Fatalf("Run() = %v, want nil", err)
			}
		})
	}
}

func TestRunnerNeedsFuncs(t *testing.T) {
	if err := (&Runner{}).Run(context.Background()); err == nil {
		t.Error("Runner{}.Run() = nil, want an error for missing Next and Work")
	}
}

func TestRunnerWithScaledClock(t *testing.T) {
	// One virtual hour per 10 real milliseconds: the 2h wait takes ~20ms.
	start := time.Date(2026, 3, 4, 12, 0, 0, 0, time.UTC)
	clock := NewScaledClock(start, float64(time.Hour/(10*time.Millisecond)))
	box := &outbox{}
	due := start.Add(2 * time.Hour)
	box.add(due)
	r := &Runner{Clock: clock, Next: box.next, Work: box.work, MaxSleep: 24 * time.Hour}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	deadline := time.Now().Add(5 * time.Second)
	for {
		if sent, _ := box.snapshot(); len(sent) == 1 {
			if sent[0].Before(due) {
				t.Errorf("sent at virtual %v, before it was due at %v", sent[0], due)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("scaled runner did not send within 5s real time")
		}
		time.Sleep(time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run() = %v, want nil", err)
	}
}
