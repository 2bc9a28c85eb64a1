package daemon

import "testing"

// TestSettlerDue: the heap is handed back once after a burst of work, when
// the daemon has gone quiet, and not again until another burst.
func TestSettlerDue(t *testing.T) {
	const mb = 1 << 20
	steps := []struct {
		allocs uint64
		want   bool
		why    string
	}{
		{10 * mb, true, "start-up allocated 10 MB and the first check finds it quiet"},
		{10*mb + 100<<10, false, "quiet, but nothing worth a collection since the settle"},
		{30 * mb, false, "a burst is under way"},
		{50 * mb, false, "still busy"},
		{50*mb + 10<<10, true, "quiet again after 40 MB of work"},
		{50*mb + 20<<10, false, "settled already"},
		{52 * mb, false, "2 MB in one period is no quiet"},
		{52*mb + 1, false, "quiet, but 2 MB since the settle is not worth a collection"},
		{56 * mb, false, "busy"},
		{56 * mb, true, "quiet, 6 MB since the settle"},
	}
	var s settler
	for i, st := range steps {
		if got := s.due(st.allocs); got != st.want {
			t.Errorf("step %d (%s): due(%d) = %v, want %v", i, st.why, st.allocs, got, st.want)
		}
	}
}
