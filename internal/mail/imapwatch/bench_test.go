package imapwatch

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/internal/mail/mailtest"
)

// Benchmarks. Run them with, e.g.:
//
//	go test -run '^$' -bench IdleLatency -benchtime 20x ./internal/mail/imapwatch/
//	MAILSTACK_DIR=... go test -run '^$' -bench FirstScan -benchtime 1x -timeout 20m ./internal/mail/imapwatch/
//
// The Dovecot ones need the mail stack (and root, to write the maildir); they are skipped
// without MAILSTACK_DIR.

// BenchmarkIdleLatency measures the time from sending APPEND (on a second, already logged-in
// connection) to the handler call, with the watcher in IDLE. It reports p50 and p95.
func BenchmarkIdleLatency(b *testing.B) {
	b.Run("imapmemserver", func(b *testing.B) {
		srv := mailtest.NewIMAPServer(b, testUser, testPass)
		benchIdleLatency(b, memConfig(b, srv), srv.Addr(), testUser, testPass)
	})
	b.Run("dovecot", func(b *testing.B) {
		st := mailtest.Stack(b)
		a := st.NewAccount(b, "bench-latency")
		benchIdleLatency(b, stackConfig(b, st, a), st.IMAPAddr, a.User, a.Pass)
	})
}

func benchIdleLatency(b *testing.B, cfg Config, addr, user, pass string) {
	h := newRecorder()
	w := newTestWatcher(b, cfg, h, newMemCheckpoints())
	run(b, w)
	waitState(b, w, RoleInbox, StateIdle, deliver)

	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer func() { _ = c.Close() }()
	if err := c.Login(user, pass).Wait(); err != nil {
		b.Fatal(err)
	}
	var lat []time.Duration
	b.ResetTimer()
	for i := range b.N {
		raw, _ := testMessage(fmt.Sprintf("latency %d", i))
		start := time.Now()
		cmd := c.Append("INBOX", int64(len(raw)), nil)
		if _, err := cmd.Write(raw); err != nil {
			b.Fatal(err)
		}
		if err := cmd.Close(); err != nil {
			b.Fatal(err)
		}
		h.next(b, deliver)
		lat = append(lat, time.Since(start))
		if _, err := cmd.Wait(); err != nil {
			b.Fatal(err)
		}
		waitState(b, w, RoleInbox, StateIdle, deliver) // back in IDLE before the next one
	}
	b.StopTimer()
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(float64(len(lat))*p))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.95), "p95-ms")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkFirstScanDovecot measures the first start on a Dovecot INBOX of
// FOLLOWUPD_BENCH_MESSAGES (default 20,000) messages of the last 20 days, all inside the
// 30-day lookback window: from Run to the handler having seen every message. It reports
// seconds and the peak RSS of the process during the scan (VmHWM, reset before the scan).
func BenchmarkFirstScanDovecot(b *testing.B) {
	st := mailtest.Stack(b)
	n := 20000
	if v := os.Getenv("FOLLOWUPD_BENCH_MESSAGES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatalf("FOLLOWUPD_BENCH_MESSAGES=%q: %v", v, err)
		}
	}
	for range b.N {
		b.StopTimer()
		a := st.NewAccount(b, "bench-scan")
		st.Stored(b, a, "INBOX") // first login creates the maildir
		bytes := fillMaildir(b, st.Maildir(a), n, time.Now())
		st.Doveadm(b, "force-resync", "-u", a.User, "INBOX")
		runtime.GC()
		resetPeakRSS(b)
		var count atomic.Int64
		h := HandlerFunc(func(context.Context, Message) error {
			count.Add(1)
			return nil
		})
		cfg := stackConfig(b, st, a)
		cfg.LookbackDays = 30
		w := newTestWatcher(b, cfg, h, newMemCheckpoints())
		b.StartTimer()
		start := time.Now()
		stop := run(b, w)
		waitState(b, w, RoleInbox, StateIdle, 10*time.Minute)
		elapsed := time.Since(start)
		b.StopTimer()
		stop()
		if got := count.Load(); got != int64(n) {
			b.Fatalf("first scan handled %d messages, want %d", got, n)
		}
		b.ReportMetric(elapsed.Seconds(), "s/scan")
		b.ReportMetric(float64(n)/elapsed.Seconds(), "msgs/s")
		b.ReportMetric(float64(peakRSS(b))/(1<<20), "peak-RSS-MB")
		b.ReportMetric(float64(bytes)/(1<<20), "mailbox-MB")
		b.ReportMetric(0, "ns/op")
	}
}

// fillMaildir writes n messages straight into maildir/cur (owned by the mail user, as
// Dovecot expects), with received dates (file mtimes) spread over the 20 days before now.
// It returns the bytes written.
func fillMaildir(b *testing.B, maildir string, n int, now time.Time) int64 {
	b.Helper()
	u, err := user.Lookup("mail")
	if err != nil {
		b.Fatalf("look up user mail: %v", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	dir := filepath.Join(maildir, "cur")
	if _, err := os.Stat(dir); err != nil {
		b.Fatalf("maildir: %v", err)
	}
	body := strings.Repeat("We enjoyed talking with you about the role and would like to invite you to a second interview.\r\n", 20)
	var total int64
	for i := range n {
		date := now.Add(-time.Duration(n-i) * (20 * 24 * time.Hour) / time.Duration(n))
		raw := fmt.Sprintf("Return-Path: <jobs-%d@acme.example>\r\n"+
			"From: Recruiter %d <jobs-%d@acme.example>\r\n"+
			"To: Alex Candidate <candidate@example.test>\r\n"+
			"Subject: Application %d: next steps\r\n"+
			"Date: %s\r\n"+
			"Message-ID: <bench-%d-%d@acme.example>\r\n"+
			"MIME-Version: 1.0\r\n"+
			"Content-Type: text/plain; charset=utf-8\r\n"+
			"\r\n"+
			"Hi Alex,\r\n\r\n%s\r\nBest,\r\nRecruiter %d\r\n",
			i, i, i, i, date.Format(time.RFC1123Z), now.UnixNano(), i, body, i)
		name := fmt.Sprintf("%d.M%dP%d.bench,S=%d:2,", date.Unix(), i, os.Getpid(), len(raw))
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(raw), 0o600); err != nil {
			b.Fatal(err)
		}
		if err := os.Chown(path, uid, gid); err != nil {
			b.Fatal(err)
		}
		if err := os.Chtimes(path, date, date); err != nil {
			b.Fatal(err)
		}
		total += int64(len(raw))
	}
	return total
}

// resetPeakRSS resets the kernel's high-water mark of this process's resident set (VmHWM).
func resetPeakRSS(b *testing.B) {
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		b.Logf("cannot reset peak RSS (%v): VmHWM covers the whole process", err)
	}
}

// peakRSS returns VmHWM from /proc/self/status, in bytes.
func peakRSS(b *testing.B) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		b.Fatal(err)
	}
	defer func() { _ = f.Close() }()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				b.Fatal(err)
			}
			return kb << 10
		}
	}
	b.Fatal("no VmHWM in /proc/self/status")
	return 0
}
