package imapwatch

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/mail/mailtest"
)

// batchRecorder is a BatchHandler over memCheckpoints: HandleBatch saves
// the batch's checkpoint as a store would in the same commit, and can
// refuse a batch holding a given UID a number of times.
type batchRecorder struct {
	cp      *memCheckpoints
	mu      sync.Mutex
	uids    []uint32 // handled, in order
	batches int
	refuse  map[uint32]int
	scans   []ScanProgress
}

func (r *batchRecorder) Handle(ctx context.Context, m Message) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.uids = append(r.uids, m.UID)
	return nil
}

func (r *batchRecorder) Prepare(m Message) any { return fmt.Sprintf("prepared %d", m.UID) }

func (r *batchRecorder) HandleBatch(ctx context.Context, b Batch) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, m := range b.Messages {
		if r.refuse[m.UID] > 0 {
			r.refuse[m.UID]--
			return errors.New("refused")
		}
	}
	for i, m := range b.Messages {
		if b.Prepared[i] != fmt.Sprintf("prepared %d", m.UID) {
			return fmt.Errorf("message %d prepared as %v", m.UID, b.Prepared[i])
		}
		r.uids = append(r.uids, m.UID)
	}
	r.batches++
	return r.cp.SaveCheckpoint(ctx, b.Checkpoint.Mailbox, b.Checkpoint.UIDValidity, b.Checkpoint.LastUID)
}

func (r *batchRecorder) handled() []uint32 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.uids)
}

// TestPipelineFirstScan: a first scan long enough for the pipeline hands
// every message to HandleBatch once, in UID order, prepared, in several
// batches, moves the checkpoint with each, reports its progress, and
// after a refused batch resumes from the last batch committed.
func TestPipelineFirstScan(t *testing.T) {
	tests := []struct {
		name   string
		n      int
		refuse map[uint32]int // batches holding these UIDs are refused this often
	}{
		{name: "all at once", n: 350},
		{name: "a batch refused once", n: 350, refuse: map[uint32]int{250: 1}},
		{name: "the first batch refused twice", n: 120, refuse: map[uint32]int{1: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := mailtest.NewIMAPServer(t, testUser, testPass)
			for i := range tt.n {
				raw, _ := testMessage(fmt.Sprintf("scan %d", i))
				srv.Append(t, "INBOX", raw)
			}
			cp := newMemCheckpoints()
			h := &batchRecorder{cp: cp, refuse: map[uint32]int{}}
			for k, v := range tt.refuse {
				h.refuse[k] = v
			}
			var mu sync.Mutex
			w := newTestWatcher(t, memConfig(t, srv), h, cp)
			w.OnStatus(func(s Status) {
				if s.Scan != nil {
					mu.Lock()
					h.scans = append(h.scans, *s.Scan)
					mu.Unlock()
				}
			})
			run(t, w)
			st := waitState(t, w, RoleInbox, StateIdle, 10*time.Second)
			got := h.handled()
			want := make([]uint32, tt.n)
			for i := range want {
				want[i] = uint32(i + 1)
			}
			if !slices.Equal(got, want) {
				t.Errorf("handled UIDs = %v, want 1..%d once each, in order", got, tt.n)
			}
			if _, last := cp.get(t, "INBOX"); last != uint32(tt.n) {
				t.Errorf("checkpoint = %d, want %d", last, tt.n)
			}
			if h.batches < 2 {
				t.Errorf("%d batches, want several", h.batches)
			}
			if st.Scan != nil {
				t.Errorf("Status.Scan = %+v once idle, want nil", st.Scan)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(h.scans) == 0 || !h.scans[0].First || h.scans[0].Total != tt.n && len(tt.refuse) == 0 {
				t.Errorf("scan reports = %+v, want a first scan of %d messages", h.scans, tt.n)
			}
			assertNoSeen(t, srv, "INBOX")
		})
	}
}
