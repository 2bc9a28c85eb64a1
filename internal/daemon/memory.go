package daemon

import (
	"runtime/debug"
	"runtime/metrics"
)

// settler hands the heap back to the system once a burst of work is over.
// The daemon spends nearly all its life waiting in IDLE; without it, the
// garbage of the last burst (a scan, a classification, a letter composed)
// stays resident until the next collection, which an idle daemon that
// allocates nothing never reaches. It is driven by the daemon's clock tick
// and reads the runtime's cumulative allocation counter, which costs no
// stop of the world.
type settler struct {
	settled uint64 // allocations counted at the last settle
	last    uint64 // allocations counted at the last check
	checked bool
}

const (
	// settleAfter is how much must have been allocated since the last
	// settle for another one to be worth a collection.
	settleAfter = 4 << 20
	// quietBelow is how little may be allocated between two checks for
	// the daemon to count as quiet again.
	quietBelow = 256 << 10
)

// due reports whether the heap should be settled now, given the runtime's
// cumulative allocations: enough was allocated since the last settle and
// almost nothing since the last check. It records the check.
func (s *settler) due(allocs uint64) bool {
	if !s.checked {
		s.checked, s.last, s.settled = true, allocs, 0
	}
	quiet := allocs-s.last < quietBelow
	s.last = allocs
	if quiet && allocs-s.settled >= settleAfter {
		s.settled = allocs
		return true
	}
	return false
}

// heapAllocs reads the runtime's cumulative count of bytes allocated.
func heapAllocs() uint64 {
	sample := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return sample[0].Value.Uint64()
}

// check settles the heap when a burst of work is over.
func (s *settler) check() {
	if s.due(heapAllocs()) {
		debug.FreeOSMemory()
	}
}
