package notify

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// listen binds a real unixgram socket, as systemd does, and points
// NOTIFY_SOCKET at it for the rest of the test.
func listen(t *testing.T) *net.UnixConn {
	t.Helper()
	path := filepath.Join(t.TempDir(), "notify.sock")
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: path, Net: "unixgram"})
	if err != nil {
		t.Fatalf("ListenUnixgram(%q) = %v", path, err)
	}
	t.Cleanup(func() {
		if err := conn.Close(); err != nil {
			t.Errorf("close notify socket: %v", err)
		}
	})
	t.Setenv("NOTIFY_SOCKET", path)
	return conn
}

// recv returns the next datagram, failing the test if none comes within
// a generous deadline (this bounds a hang; it does not measure speed).
func recv(t *testing.T, conn *net.UnixConn) string {
	t.Helper()
	if err := conn.SetReadDeadline(time.Now().Add(5 * time.Second)); err != nil {
		t.Fatalf("SetReadDeadline: %v", err)
	}
	buf := make([]byte, 4096)
	n, err := conn.Read(buf)
	if err != nil {
		t.Fatalf("reading notify socket: %v", err)
	}
	return string(buf[:n])
}

// recvUntil collects datagrams up to and including the sentinel, so that a
// test can prove what was (not) sent before it without sleeping.
func recvUntil(t *testing.T, conn *net.UnixConn, sentinel string) []string {
	t.Helper()
	var got []string
	for {
		m := recv(t, conn)
		if m == sentinel {
			return got
		}
		got = append(got, m)
	}
}

// logBuffer is a concurrency-safe sink for a text slog.Logger.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func newLogger(b *logBuffer) *slog.Logger {
	return slog.New(slog.NewTextHandler(b, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func TestStates(t *testing.T) {
	tests := []struct {
		name string
		call func(n *Notifier)
		want string
	}{
		{"ready", (*Notifier).Ready, "READY=1"},
		{"stopping", (*Notifier).Stopping, "STOPPING=1"},
		{"status", func(n *Notifier) { n.Status("watching INBOX") }, "STATUS=watching INBOX"},
		{"status newline", func(n *Notifier) { n.Status("IMAP down\nREADY=1") }, "STATUS=IMAP down READY=1"},
		{"status empty", func(n *Notifier) { n.Status("") }, "STATUS="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conn := listen(t)
			n := New(nil)
			tt.call(n)
			if got := recv(t, conn); got != tt.want {
				t.Errorf("%s sent %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}

func TestReloadingMonotonic(t *testing.T) {
	conn := listen(t)
	n := New(nil)

	before := monotonicUsec()
	n.Reloading(time.Now())
	after := monotonicUsec()
	got := recv(t, conn)

	head, tail, ok := strings.Cut(got, "\n")
	if !ok || head != "RELOADING=1" || !strings.HasPrefix(tail, "MONOTONIC_USEC=") {
		t.Fatalf("Reloading(now) sent %q, want RELOADING=1\\nMONOTONIC_USEC=...", got)
	}
	usec, err := strconv.ParseInt(strings.TrimPrefix(tail, "MONOTONIC_USEC="), 10, 64)
	if err != nil {
		t.Fatalf("Reloading(now) sent %q: %v", got, err)
	}
	// New anchors the clocks with two readings; allow for their spread.
	const slack = 1000 // µs
	if usec < before-slack || usec > after+slack {
		t.Errorf("Reloading(now) MONOTONIC_USEC = %d, want within [%d, %d] (CLOCK_MONOTONIC around the call)", usec, before, after)
	}

	// An injected instant is converted, not replaced by the current clock.
	later := n.baseWall.Add(90 * time.Second)
	n.Reloading(later)
	want := "RELOADING=1\nMONOTONIC_USEC=" + strconv.FormatInt(n.baseMono+90_000_000, 10)
	if got := recv(t, conn); got != want {
		t.Errorf("Reloading(base+90s) sent %q, want %q", got, want)
	}
}

func TestStatusDeduplicated(t *testing.T) {
	conn := listen(t)
	n := New(nil)
	for _, s := range []string{"starting", "starting", "IMAP down", "IMAP down", "IMAP down", "watching", "starting"} {
		n.Status(s)
	}
	n.Ready()
	got := recvUntil(t, conn, "READY=1")
	want := []string{"STATUS=starting", "STATUS=IMAP down", "STATUS=watching", "STATUS=starting"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Status sequence sent %q, want %q", got, want)
	}
}

func TestWatchdogPingsOnlyWhileHealthy(t *testing.T) {
	conn := listen(t)
	t.Setenv("WATCHDOG_USEC", "100000") // 100ms: a check every 50ms
	t.Setenv("WATCHDOG_PID", strconv.Itoa(os.Getpid()))
	var logs logBuffer
	n := New(newLogger(&logs))

	errStuck := errors.New("store: ping: database is locked")
	script := []error{nil, nil, errStuck, errStuck, errStuck, nil, errStuck, nil}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	calls := 0
	healthy := func(hctx context.Context) error {
		if hctx.Err() != nil {
			t.Errorf("healthy called with a done context: %v", hctx.Err())
		}
		if _, ok := hctx.Deadline(); !ok {
			t.Error("healthy context has no deadline, want one bounded by the ping interval")
		}
		if calls == len(script) {
			// Every scripted result has been acted upon by now: the
			// ping (if any) is sent before the next check starts.
			cancel()
			<-hctx.Done()
			return hctx.Err()
		}
		calls++
		return script[calls-1]
	}

	done := make(chan error, 1)
	go func() { done <- n.Watchdog(ctx, healthy) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Watchdog() = %v, want nil after ctx is done", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Watchdog() did not return after ctx was cancelled")
	}

	n.Ready()
	got := recvUntil(t, conn, "READY=1")
	wantPings := 0
	for _, e := range script {
		if e == nil {
			wantPings++
		}
	}
	for _, m := range got {
		if m != "WATCHDOG=1" {
			t.Errorf("Watchdog sent %q, want only WATCHDOG=1", m)
		}
	}
	if len(got) != wantPings {
		t.Errorf("Watchdog sent %d pings for script %v, want %d (one per healthy check)", len(got), script, wantPings)
	}

	out := logs.String()
	if c := strings.Count(out, "withholding watchdog pings"); c != 2 {
		t.Errorf("logged the unhealthy transition %d times, want 2 (once per outage)\n%s", c, out)
	}
	if c := strings.Count(out, "watchdog pings resumed"); c != 2 {
		t.Errorf("logged the recovery %d times, want 2 (once per outage)\n%s", c, out)
	}
	if !strings.Contains(out, "database is locked") {
		t.Errorf("unhealthy log does not name the cause:\n%s", out)
	}
}

func TestWatchdogNotEnabled(t *testing.T) {
	tests := []struct {
		name    string
		socket  bool
		usec    string
		pid     string
		wantErr bool
	}{
		{name: "no WATCHDOG_USEC", socket: true},
		{name: "other process", socket: true, usec: "100000", pid: "1"},
		{name: "no NOTIFY_SOCKET", usec: "100000"},
		{name: "malformed WATCHDOG_USEC", socket: true, usec: "soon", wantErr: true},
		{name: "zero WATCHDOG_USEC", socket: true, usec: "0", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.socket {
				listen(t)
			} else {
				t.Setenv("NOTIFY_SOCKET", "")
			}
			t.Setenv("WATCHDOG_USEC", tt.usec)
			t.Setenv("WATCHDOG_PID", tt.pid)
			n := New(nil)
			called := false
			healthy := func(context.Context) error { called = true; return nil }

			done := make(chan error, 1)
			// A context that is never cancelled: Watchdog must return by itself.
			go func() { done <- n.Watchdog(context.Background(), healthy) }()
			select {
			case err := <-done:
				if (err != nil) != tt.wantErr {
					t.Errorf("Watchdog() = %v, want error %v", err, tt.wantErr)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Watchdog() kept running, want an immediate return")
			}
			if called {
				t.Error("Watchdog() called healthy, want no checks when the watchdog is off")
			}
		})
	}
}

func TestNoSocketIsNoop(t *testing.T) {
	conn := listen(t)
	path := os.Getenv("NOTIFY_SOCKET")

	t.Setenv("NOTIFY_SOCKET", "")
	off := New(nil)
	if off.Enabled() {
		t.Error("New().Enabled() = true with NOTIFY_SOCKET unset, want false")
	}
	// The variable now names a live socket, but off was built without it
	// and must stay silent.
	t.Setenv("NOTIFY_SOCKET", path)
	off.Ready()
	off.Status("x")
	off.Reloading(time.Now())
	off.Stopping()
	var nilN *Notifier
	nilN.Ready()
	nilN.Status("x")
	nilN.Reloading(time.Now())
	nilN.Stopping()
	if err := nilN.Watchdog(context.Background(), nil); err != nil {
		t.Errorf("(*Notifier)(nil).Watchdog() = %v, want nil", err)
	}

	New(nil).Ready() // sentinel from a notifier that is on
	if got := recvUntil(t, conn, "READY=1"); len(got) != 0 {
		t.Errorf("disabled notifier sent %q, want nothing", got)
	}
}

func TestSendFailureLoggedOnce(t *testing.T) {
	t.Setenv("NOTIFY_SOCKET", filepath.Join(t.TempDir(), "gone.sock"))
	var logs logBuffer
	n := New(newLogger(&logs))
	n.Ready()
	n.Status("a")
	n.Status("a") // not recorded as sent: retried, still failing
	n.Stopping()
	out := logs.String()
	if c := strings.Count(out, "cannot notify systemd"); c != 1 {
		t.Errorf("logged %d send failures, want 1 per outage\n%s", c, out)
	}
}
