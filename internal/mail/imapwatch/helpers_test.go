package imapwatch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// memCheckpoints is the test's checkpoint store: a map (the SQLite store implements the same
// interface). It records every save.
type memCheckpoints struct {
	mu    sync.Mutex
	m     map[string][2]uint32
	saves []uint32 // lastUID of every save, in order
}

func newMemCheckpoints() *memCheckpoints { return &memCheckpoints{m: map[string][2]uint32{}} }

func (c *memCheckpoints) LoadCheckpoint(_ context.Context, mailbox string) (uint32, uint32, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[mailbox]
	return v[0], v[1], ok, nil
}

func (c *memCheckpoints) SaveCheckpoint(_ context.Context, mailbox string, uidValidity, lastUID uint32) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[mailbox] = [2]uint32{uidValidity, lastUID}
	c.saves = append(c.saves, lastUID)
	return nil
}

// get returns the checkpoint of the only mailbox whose key ends in "/"+name.
func (c *memCheckpoints) get(t testing.TB, name string) (uint32, uint32) {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, v := range c.m {
		if strings.HasSuffix(k, "/"+name) {
			return v[0], v[1]
		}
	}
	t.Fatalf("no checkpoint for %s in %v", name, c.m)
	return 0, 0
}

// recorder is a Handler that records the messages it accepted and can refuse some.
type recorder struct {
	mu       sync.Mutex
	got      []Message
	calls    []uint32 // UID of every call, accepted or not
	failures map[uint32]int
	ch       chan Message
}

func newRecorder() *recorder {
	return &recorder{failures: map[uint32]int{}, ch: make(chan Message, 100000)}
}

// failNext makes the next n calls for uid fail.
func (r *recorder) failNext(uid uint32, n int) {
	r.mu.Lock()
	r.failures[uid] = n
	r.mu.Unlock()
}

func (r *recorder) Handle(_ context.Context, m Message) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls = append(r.calls, m.UID)
	if r.failures[m.UID] > 0 {
		r.failures[m.UID]--
		return errors.New("store is busy")
	}
	r.got = append(r.got, m)
	r.ch <- m
	return nil
}

func (r *recorder) callUIDs() []uint32 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]uint32(nil), r.calls...)
}

// next waits for the next accepted message.
func (r *recorder) next(t testing.TB, timeout time.Duration) Message {
	t.Helper()
	select {
	case m := <-r.ch:
		return m
	case <-time.After(timeout):
		t.Fatalf("no message reached the handler within %v", timeout)
		return Message{}
	}
}

// none checks that no further message arrives within d.
func (r *recorder) none(t testing.TB, d time.Duration) {
	t.Helper()
	select {
	case m := <-r.ch:
		t.Fatalf("unexpected message UID %d reached the handler", m.UID)
	case <-time.After(d):
	}
}

// testLogger logs to the test output with -v and FOLLOWUPD_TEST_LOG=1, else nowhere.
func testLogger(t testing.TB) *slog.Logger {
	if os.Getenv("FOLLOWUPD_TEST_LOG") == "" {
		return slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// run starts w.Run and stops it when the test ends (or when the returned func is called).
func run(t testing.TB, w *Watcher) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run() = %v, want nil", err)
				}
			case <-time.After(10 * time.Second):
				t.Errorf("Run did not return within 10s of cancel")
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// waitState waits until the status of role reaches state.
func waitState(t testing.TB, w *Watcher, role Role, state string, timeout time.Duration) Status {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		for _, s := range w.Statuses() {
			if s.Role == role && s.State == state {
				return s
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s watch did not reach state %q within %v: %+v", role, state, timeout, w.Statuses())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

var msgSeq struct {
	sync.Mutex
	n int
}

// testMessage returns a small RFC 5322 message with a unique Message-ID.
func testMessage(subject string) (raw []byte, messageID string) {
	msgSeq.Lock()
	msgSeq.n++
	n := msgSeq.n
	msgSeq.Unlock()
	messageID = fmt.Sprintf("<test-%d-%d@acme.example>", time.Now().UnixNano(), n)
	raw = []byte("From: Jane Recruiter <jane@acme.example>\r\n" +
		"To: Alex Candidate <candidate@example.test>\r\n" +
		"Subject: " + subject + "\r\n" +
		"Date: Mon, 16 Nov 2026 10:00:00 +0000\r\n" +
		"Message-ID: " + messageID + "\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n" +
		"\r\n" +
		"Hi Alex,\r\nthank you for your time today.\r\n")
	return raw, messageID
}
