package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/internal/mail/mailtest"
	"github.com/followupd/followupd/internal/store"
)

// openStoreAt opens the store at path.
func openStoreAt(tb testing.TB, path string) *store.Store {
	tb.Helper()
	st, err := store.Open(bgctx, path)
	if err != nil {
		tb.Fatalf("open the store: %v", err)
	}
	return st
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// BenchmarkFirstScan measures followupd's first start on a realistic
// inbox of FOLLOWUPD_BENCH_MESSAGES (default 20,000) messages spread over
// the last year (mailtest.Inbox, about 200 MB), with lookback_days = 365:
// `followupd run --once` from exec to exit (catch-up of INBOX and Sent,
// then the due work). It reports the child's wall time, CPU (user+sys)
// and peak RSS, and, when mbsync (Debian's isync) is installed, the same
// for mbsync copying that INBOX to a Maildir, and the ratio of the two
// wall times. It asserts only that every message was recorded. b.N is
// ignored (one measurement per run: use -benchtime 1x):
//
//	MAILSTACK_DIR=$dir go test -run XXX -bench FirstScan -benchtime 1x -timeout 30m ./e2e
func BenchmarkFirstScan(b *testing.B) {
	st := mailtest.Stack(b)
	n := 20000
	if v := os.Getenv("FOLLOWUPD_BENCH_MESSAGES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatalf("FOLLOWUPD_BENCH_MESSAGES=%q: %v", v, err)
		}
	}
	bin := followupdBinary(b)
	a := st.NewAccount(b, "bench-first")
	msgs := mailtest.Inbox(n, time.Now(), 360, a.User, fmt.Sprintf("%x", time.Now().UnixNano()), 14)
	size := fillInbox(b, st, a, msgs)
	dir := b.TempDir()
	cfg := filepath.Join(dir, "config.toml")
	host, port := splitAddr(b, st.IMAPAddr)
	shost, sport := splitAddr(b, st.SMTPAddr)
	if err := os.WriteFile(cfg, []byte(fmt.Sprintf(`[owner]
name = "Alex Candidate"
email = %q
timezone = "UTC"

[imap]
host = %q
port = %s
security = "none"
username = %q
password = %q
lookback_days = 365
watch_sent = true

[smtp]
host = %q
port = %s
security = "none"

[store]
path = %q

[log]
level = "info"
format = "text"
`, a.User, host, port, a.User, a.Pass, shost, sport, filepath.Join(dir, "followupd.db"))), 0o600); err != nil {
		b.Fatal(err)
	}

	b.ResetTimer()
	fu := measure(b, filepath.Join(dir, "followupd.log"), bin, "run", "--once", "--config", cfg)
	b.StopTimer()
	stp := openStoreAt(b, filepath.Join(dir, "followupd.db"))
	got, err := stp.MessageCount(bgctx)
	_ = stp.Close()
	if err != nil || got < n {
		log, _ := os.ReadFile(filepath.Join(dir, "followupd.log"))
		b.Fatalf("the store records %d messages (%v), want %d\n%s", got, err, n, tail(string(log), 30))
	}
	b.ReportMetric(fu.wall.Seconds(), "wall-s")
	b.ReportMetric(fu.cpu.Seconds(), "cpu-s")
	b.ReportMetric(float64(fu.maxRSS)/1024, "peak-rss-MB")
	b.ReportMetric(float64(n)/fu.wall.Seconds(), "msgs/s")
	b.Logf("%d messages, %.0f MB: followupd wall %.2fs, CPU %.2fs, peak RSS %.1f MB", n, float64(size)/(1<<20), fu.wall.Seconds(), fu.cpu.Seconds(), float64(fu.maxRSS)/1024)

	mbsync, err := exec.LookPath("mbsync")
	if err != nil {
		b.Logf("mbsync is not installed (apt-get install isync): no comparison")
		return
	}
	md := filepath.Join(dir, "maildir")
	mcfg := filepath.Join(dir, "mbsyncrc")
	if err := os.WriteFile(mcfg, []byte(fmt.Sprintf(`# followupd's store does not fsync each message either (WAL, synchronous=NORMAL)
FSync no

IMAPAccount bench
Host %s
Port %s
User %s
Pass %s
SSLType None
AuthMechs LOGIN

IMAPStore remote
Account bench

MaildirStore local
Path %s/
Inbox %s/INBOX

Channel bench
Far :remote:
Near :local:
Patterns INBOX
Sync Pull
Create Near
SyncState *
`, host, port, a.User, a.Pass, md, md)), 0o600); err != nil {
		b.Fatal(err)
	}
	if err := os.MkdirAll(md, 0o700); err != nil {
		b.Fatal(err)
	}
	mb := measure(b, filepath.Join(dir, "mbsync.log"), mbsync, "-q", "-c", mcfg, "bench")
	b.ReportMetric(mb.wall.Seconds(), "mbsync-wall-s")
	b.ReportMetric(mb.cpu.Seconds(), "mbsync-cpu-s")
	b.ReportMetric(float64(mb.maxRSS)/1024, "mbsync-peak-rss-MB")
	b.ReportMetric(fu.wall.Seconds()/mb.wall.Seconds(), "wall-ratio")
	b.Logf("mbsync wall %.2fs, CPU %.2fs, peak RSS %.1f MB; followupd/mbsync wall %.1f×",
		mb.wall.Seconds(), mb.cpu.Seconds(), float64(mb.maxRSS)/1024, fu.wall.Seconds()/mb.wall.Seconds())
}

// usage is what one child process took.
type usage struct {
	wall, cpu time.Duration
	maxRSS    int64 // kB
}

// measure runs a command to its end, its output to logPath, and returns
// its wall time, CPU time (user+sys) and peak RSS (from its rusage).
func measure(b *testing.B, logPath, name string, args ...string) usage {
	b.Helper()
	logf, err := os.Create(logPath)
	if err != nil {
		b.Fatal(err)
	}
	defer logf.Close()
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.Env = withoutEnv(os.Environ(), "NOTIFY_SOCKET", "WATCHDOG_USEC", "LISTEN_FDS")
	start := time.Now()
	if err := cmd.Start(); err != nil {
		b.Fatalf("start %s: %v", name, err)
	}
	// The peak RSS is VmHWM of the child's own address space, read until it
	// exits: the rusage of wait4 would count the test process too (the
	// child is forked from it, and Linux keeps the high-water mark across
	// exec).
	var hwm atomic.Int64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		path := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
		for {
			if kb := vmHWM(path); kb > hwm.Load() {
				hwm.Store(kb)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	err = cmd.Wait()
	wall := time.Since(start)
	close(stop)
	<-sampled
	if err != nil {
		out, _ := os.ReadFile(logPath)
		b.Fatalf("%s %v: %v\n%s", name, args, err, tail(string(out), 30))
	}
	return usage{wall: wall, cpu: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), maxRSS: hwm.Load()}
}

// vmHWM returns VmHWM (kB) from a /proc/PID/status file, 0 when it cannot
// be read (the process is gone, or is a zombie).
func vmHWM(path string) int64 {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return n
		}
	}
	return 0
}

// fillInbox appends msgs to a's INBOX over IMAP (APPEND with each
// message's date as its internal date, many in flight), so that UIDs follow
// the dates as in a real inbox (Dovecot's SEARCH SINCE counts on it). It
// returns the bytes written.
func fillInbox(b *testing.B, st *mailtest.MailStack, a mailtest.Account, msgs []mailtest.InboxMessage) int64 {
	b.Helper()
	c := dial(b, st.IMAPAddr, a)
	defer closeIMAP(c)
	var total int64
	var inflight []*imapclient.AppendCommand
	wait := func(keep int) {
		for len(inflight) > keep {
			if _, err := inflight[0].Wait(); err != nil {
				b.Fatalf("append: %v", err)
			}
			inflight = inflight[1:]
		}
	}
	for _, m := range msgs {
		cmd := c.Append("INBOX", int64(len(m.Raw)), &imap.AppendOptions{Time: m.Date})
		if _, err := cmd.Write(m.Raw); err != nil {
			b.Fatalf("append: %v", err)
		}
		if err := cmd.Close(); err != nil {
			b.Fatalf("append: %v", err)
		}
		inflight = append(inflight, cmd)
		wait(64)
		total += int64(len(m.Raw))
	}
	wait(0)
	sel, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil || int(sel.NumMessages) != len(msgs) {
		b.Fatalf("the INBOX holds %v messages (%v), want %d", sel, err, len(msgs))
	}
	return total
}
