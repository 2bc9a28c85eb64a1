package schedule

import (
	"math"
	"sort"
	"sync"
	"time"
)

// Clock is the source of "now" and of timers for the long-running parts
// (the outbox Runner). The daemon passes SystemClock; the demo passes a
// ScaledClock so that a day of follow-ups plays out in minutes; tests pass a
// ManualClock and move it by hand.
type Clock interface {
	// Now returns the current time.
	Now() time.Time
	// NewTimer returns a timer that fires once, after d has passed on this
	// clock.
	NewTimer(d time.Duration) Timer
}

// Timer is a one-shot timer from a Clock, like *time.Timer.
type Timer interface {
	// C delivers the clock's time once the timer fires.
	C() <-chan time.Time
	// Stop prevents the timer from firing; it reports whether it did so
	// (false if it had already fired or been stopped).
	Stop() bool
}

// SystemClock is the real clock.
type SystemClock struct{}

// Now returns time.Now().
func (SystemClock) Now() time.Time { return time.Now() }

// NewTimer wraps time.NewTimer.
func (SystemClock) NewTimer(d time.Duration) Timer { return realTimer{time.NewTimer(d)} }

type realTimer struct{ t *time.Timer }

func (r realTimer) C() <-chan time.Time { return r.t.C }
func (r realTimer) Stop() bool          { return r.t.Stop() }

// ScaledClock is a virtual clock that starts at a chosen instant and runs
// factor times faster than real time: with factor 3600 an hour passes every
// second. Its timers fire after the scaled real duration and deliver the
// virtual time. It is for demonstrations; it is safe for concurrent use.
type ScaledClock struct {
	start     time.Time // virtual time at realStart
	realStart time.Time // carries a monotonic reading
	factor    float64
}

// NewScaledClock returns a clock that reads start now and then advances
// factor virtual seconds per real second. It panics if factor is not
// positive (a programming error, like time.NewTicker with a bad period).
func NewScaledClock(start time.Time, factor float64) *ScaledClock {
	if !(factor > 0) || math.IsInf(factor, 0) {
		panic("schedule: NewScaledClock: factor must be positive and finite")
	}
	return &ScaledClock{start: start, realStart: time.Now(), factor: factor}
}

// Now returns the virtual time.
func (c *ScaledClock) Now() time.Time {
	elapsed := time.Since(c.realStart)
	return c.start.Add(time.Duration(float64(elapsed) * c.factor))
}

// Factor returns how many times faster than real time the clock runs.
func (c *ScaledClock) Factor() float64 { return c.factor }

// NewTimer returns a timer that fires when d has passed on the virtual
// clock, that is after d/factor of real time (rounded up, so that Now() at
// firing is never before the target).
func (c *ScaledClock) NewTimer(d time.Duration) Timer {
	real := time.Duration(math.Ceil(float64(d) / c.factor))
	t := &funcTimer{c: make(chan time.Time, 1)}
	t.t = time.AfterFunc(real, func() { t.c <- c.Now() })
	return t
}

type funcTimer struct {
	c chan time.Time
	t *time.Timer
}

func (f *funcTimer) C() <-chan time.Time { return f.c }
func (f *funcTimer) Stop() bool          { return f.t.Stop() }

// ManualClock is a Clock that moves only when told to, for tests of code
// that sleeps on timers (the Runner). It is safe for concurrent use.
type ManualClock struct {
	mu      sync.Mutex
	now     time.Time
	timers  []*manualTimer
	changed chan struct{} // closed and replaced whenever timers change
}

// NewManualClock returns a ManualClock reading now.
func NewManualClock(now time.Time) *ManualClock {
	return &ManualClock{now: now, changed: make(chan struct{})}
}

// Now returns the clock's time.
func (c *ManualClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// NewTimer returns a timer that fires when Advance or Set moves the clock
// to or past now+d. A timer for d <= 0 fires at once.
func (c *ManualClock) NewTimer(d time.Duration) Timer {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &manualTimer{clock: c, at: c.now.Add(d), c: make(chan time.Time, 1)}
	if d <= 0 {
		t.fired = true
		t.c <- c.now
		return t
	}
	c.timers = append(c.timers, t)
	c.notify()
	return t
}

// Advance moves the clock forward by d and fires the timers that are due.
func (c *ManualClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.setLocked(c.now.Add(d))
	c.mu.Unlock()
}

// Set moves the clock to t (forward or back) and fires the timers due.
func (c *ManualClock) Set(t time.Time) {
	c.mu.Lock()
	c.setLocked(t)
	c.mu.Unlock()
}

func (c *ManualClock) setLocked(t time.Time) {
	c.now = t
	sort.Slice(c.timers, func(i, j int) bool { return c.timers[i].at.Before(c.timers[j].at) })
	kept := c.timers[:0]
	for _, tm := range c.timers {
		if !tm.at.After(t) {
			tm.fired = true
			tm.c <- t
			continue
		}
		kept = append(kept, tm)
	}
	for i := len(kept); i < len(c.timers); i++ {
		c.timers[i] = nil
	}
	c.timers = kept
	c.notify()
}

// Waiting returns the number of timers that are set and have not fired.
func (c *ManualClock) Waiting() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.timers)
}

// WaitFor blocks until at least n timers are waiting or the timeout (real
// time) passes, and reports whether they are. Tests call it to know that
// the code under test has gone to sleep before they move the clock.
func (c *ManualClock) WaitFor(n int, timeout time.Duration) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		c.mu.Lock()
		ok := len(c.timers) >= n
		ch := c.changed
		c.mu.Unlock()
		if ok {
			return true
		}
		select {
		case <-ch:
		case <-deadline.C:
			return false
		}
	}
}

// Next returns when the earliest waiting timer fires, and false if none
// is waiting.
func (c *ManualClock) Next() (time.Time, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.timers) == 0 {
		return time.Time{}, false
	}
	min := c.timers[0].at
	for _, t := range c.timers[1:] {
		if t.at.Before(min) {
			min = t.at
		}
	}
	return min, true
}

func (c *ManualClock) notify() {
	close(c.changed)
	c.changed = make(chan struct{})
}

type manualTimer struct {
	clock *ManualClock
	at    time.Time
	c     chan time.Time
	fired bool // guarded by clock.mu
}

func (t *manualTimer) C() <-chan time.Time { return t.c }

func (t *manualTimer) Stop() bool {
	c := t.clock
	c.mu.Lock()
	defer c.mu.Unlock()
	if t.fired {
		return false
	}
	for i, tm := range c.timers {
		if tm == t {
			c.timers = append(c.timers[:i], c.timers[i+1:]...)
			c.notify()
			return true
		}
	}
	return false
}
