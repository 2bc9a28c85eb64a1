package schedule

import (
	"testing"
	"time"
)

func TestScaledClockNow(t *testing.T) {
	start := time.Date(2026, 3, 6, 16, 0, 0, 0, time.UTC)
	c := NewScaledClock(start, 3600) // an hour per second
	if got := c.Now(); got.Before(start) {
		t.Fatalf("Now() = %v, want at or after %v", got, start)
	}
	time.Sleep(10 * time.Millisecond)
	// At least 10ms real have passed, so at least 36s virtual.
	if got := c.Now(); got.Sub(start) < 36*time.Second {
		t.Errorf("Now() - start = %v after 10ms real, want at least 36s", got.Sub(start))
	}
	if c.Factor() != 3600 {
		t.Errorf("Factor() = %v, want 3600", c.Factor())
	}
}

func TestScaledClockTimer(t *testing.T) {
	c := NewScaledClock(time.Date(2026, 3, 6, 16, 0, 0, 0, time.UTC), 36000) // an hour per 100ms
	before := c.Now()
	tm := c.NewTimer(time.Hour)
	select {
	case v := <-tm.C():
		if v.Sub(before) < time.Hour {
			t.Errorf("timer fired at virtual %v, want at least an hour after %v", v, before)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("scaled timer for 1h at 36000x did not fire within 10s real")
	}
	if tm.Stop() {
		t.Error("Stop() after firing = true, want false")
	}

	stopped := c.NewTimer(100 * time.Hour) // 10s real
	if !stopped.Stop() {
		t.Error("Stop() before firing = false, want true")
	}
}

func TestScaledClockBadFactor(t *testing.T) {
	for _, f := range []float64{0, -1} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("NewScaledClock(_, %v) did not panic", f)
				}
			}()
			NewScaledClock(time.Now(), f)
		}()
	}
}

func TestManualClock(t *testing.T) {
	c := NewManualClock(t0)
	a := c.NewTimer(time.Minute)
	b := c.NewTimer(time.Hour)
	stopped := c.NewTimer(2 * time.Minute)
	if !stopped.Stop() || stopped.Stop() {
		t.Error("Stop() twice = want true then false")
	}
	if n := c.Waiting(); n != 2 {
		t.Fatalf("Waiting() = %d, want 2", n)
	}
	if next, ok := c.Next(); !ok || !next.Equal(t0.Add(time.Minute)) {
		t.Errorf("Next() = %v, %v, want %v", next, ok, t0.Add(time.Minute))
	}
	c.Advance(90 * time.Second)
	select {
	case v := <-a.C():
		if !v.Equal(t0.Add(90 * time.Second)) {
			t.Errorf("timer a delivered %v, want %v", v, t0.Add(90*time.Second))
		}
	default:
		t.Error("timer a did not fire after Advance past it")
	}
	select {
	case <-b.C():
		t.Error("timer b fired early")
	case <-stopped.C():
		t.Error("a stopped timer fired")
	default:
	}
	if a.Stop() {
		t.Error("Stop() after firing = true, want false")
	}
	c.Set(t0) // back in time: nothing fires
	if n := c.Waiting(); n != 1 {
		t.Errorf("Waiting() after Set back = %d, want 1", n)
	}
	c.Set(t0.Add(2 * time.Hour))
	if _, ok := c.Next(); ok {
		t.Error("Next() after every timer fired = ok, want none")
	}
	now := c.NewTimer(0)
	select {
	case <-now.C():
	default:
		t.Error("NewTimer(0) did not fire at once")
	}
	if !c.WaitFor(0, time.Millisecond) || c.WaitFor(1, time.Millisecond) {
		t.Error("WaitFor(0) = false or WaitFor(1) = true with no timers waiting")
	}
}

func TestSystemClock(t *testing.T) {
	var c Clock = SystemClock{}
	before := time.Now()
	if got := c.Now(); got.Before(before) {
		t.Errorf("Now() = %v, before %v", got, before)
	}
	tm := c.NewTimer(time.Millisecond)
	select {
	case <-tm.C():
	case <-time.After(5 * time.Second):
		t.Fatal("system timer did not fire")
	}
}
