package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/mail/imapwatch"
)

// Benchmarks of the built binary on the real stack. They report numbers
// and assert none. Run them with, e.g.:
//
//	MAILSTACK_DIR=$dir go test -run XXX -bench ApprovalLatency -benchtime 20x ./e2e
//	MAILSTACK_DIR=$dir go test -run XXX -bench IdleDaemon -benchtime 1x ./e2e
//
// FOLLOWUPD_E2E_IDLE sets how long the idle daemon is watched (default 60s).

// BenchmarkApprovalLatency measures, for b.N rejections from different
// companies, the time from Postfix accepting the rejection (SMTP) to the
// approval request about it being in the owner's INBOX: Postfix → Dovecot
// → IDLE → the daemon (parse, classify, store, compose) → Postfix →
// Dovecot. The test polls the INBOX every 10 ms, so numbers are ±10 ms.
func BenchmarkApprovalLatency(b *testing.B) {
	e := newEnv(b, "")
	inbox := e.inbox()
	p := e.startBinary()
	defer p.kill()
	e.waitIdle(b, 30*time.Second)
	emps := employers(max(b.N, 1))
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		em := emps[i%len(emps)]
		if i >= len(emps) {
			em.company += fmt.Sprint(i) // fresh application each time
		}
		e.rejectionMail(rejection{company: em.company, role: "Data Analyst", from: em.contact, signer: em.contact.name})
		sent := time.Now()
		got, err := inbox.waitUntil(30*time.Second, 1, and(purposeIs("approval-request"), bodyHas(em.contact.email)))
		if err != nil {
			b.Fatalf("no approval request about %s within 30s", em.contact.email)
		}
		lat = append(lat, got[0].seen.Sub(sent))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(q float64) time.Duration { return lat[min(len(lat)-1, int(q*float64(len(lat))))] }
	b.ReportMetric(float64(pct(0.50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(pct(0.95).Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "max-ms")
	b.Logf("%d messages: p50 %s, p95 %s, max %s", len(lat), pct(0.50), pct(0.95), lat[len(lat)-1])
}

// BenchmarkIdleDaemon starts the binary, lets it handle five rejections
// end to end (approval, send), waits until it is caught up and idle, then
// reports its resident memory (VmRSS, VmHWM) and the CPU time it used
// (utime+stime from /proc/PID/stat) while idle. b.N is ignored: one
// measurement per run (use -benchtime 1x).
func BenchmarkIdleDaemon(b *testing.B) {
	idle := 60 * time.Second
	if v := os.Getenv("FOLLOWUPD_E2E_IDLE"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatalf("FOLLOWUPD_E2E_IDLE=%q: %v", v, err)
		}
		idle = d
	}
	e := newEnv(b, "")
	inbox, sink := e.inbox(), e.sink()
	p := e.startBinary()
	defer p.kill()
	emps := employers(5)
	for _, em := range emps {
		e.rejectionMail(rejection{company: em.company, role: "Data Analyst", from: em.contact, signer: em.contact.name})
	}
	for _, r := range inbox.waitFor(30*time.Second, len(emps), "approval request", purposeIs("approval-request")) {
		e.reply(r, e.ownerFrom(), "send")
	}
	sink.waitFor(30*time.Second, len(emps), "letter", func(r received) bool { return strings.HasSuffix(r.deliveredTo(), ".example") })
	inbox.waitFor(30*time.Second, len(emps), "confirmation", and(purposeIs("confirmation"), subjectHas("Sent")))
	e.waitIdle(b, 30*time.Second)
	time.Sleep(2 * time.Second)

	pid := p.cmd.Process.Pid
	b.ResetTimer()
	cpu0, rss0 := cpuTicks(b, pid), procStatus(b, pid, "VmRSS")
	time.Sleep(idle)
	cpu1, rss1, hwm := cpuTicks(b, pid), procStatus(b, pid, "VmRSS"), procStatus(b, pid, "VmHWM")
	b.StopTimer()
	// Linux reports utime and stime in USER_HZ, which is 100 on every
	// architecture Go supports.
	cpuMS := float64(cpu1-cpu0) * 10
	b.ReportMetric(float64(rss0)/1024, "rss-start-MB")
	b.ReportMetric(float64(rss1)/1024, "rss-MB")
	b.ReportMetric(float64(hwm)/1024, "hwm-MB")
	b.ReportMetric(cpuMS, "idle-cpu-ms")
	b.Logf("idle %s: VmRSS %d kB → %d kB (peak %d kB), CPU %.0f ms (utime+stime)", idle, rss0, rss1, hwm, cpuMS)
}

// waitIdle waits until the daemon's watcher, as it records in the store,
// has caught up with every mailbox and is in IDLE.
func (e *env) waitIdle(tb testing.TB, timeout time.Duration) {
	tb.Helper()
	deadline := time.Now().Add(timeout)
	for {
		s := e.watcherStates()
		idle := len(s) > 0
		for _, w := range s {
			idle = idle && w.State == imapwatch.StateIdle && !w.LastSync.IsZero()
		}
		if idle {
			return
		}
		if time.Now().After(deadline) {
			tb.Fatalf("the daemon's watcher is not idle after %s: %+v\nlog tail:\n%s", timeout, s, e.logTail(30))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// watcherStates reads the watcher's states as the daemon records them.
func (e *env) watcherStates() []imapwatch.Status {
	e.t.Helper()
	if _, err := os.Stat(e.storePath()); err != nil {
		return nil
	}
	st := e.openStore()
	defer st.Close()
	v, _, err := st.Status(bgctx, "watcher")
	if err != nil {
		e.t.Fatalf("read the watcher's state: %v", err)
	}
	var ws []imapwatch.Status
	_ = json.Unmarshal([]byte(v), &ws)
	return ws
}

// cpuTicks returns utime+stime of a process, in clock ticks.
func cpuTicks(tb testing.TB, pid int) int64 {
	tb.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		tb.Fatalf("read /proc/%d/stat: %v", pid, err)
	}
	// Fields after the command name (which may hold spaces) in parentheses.
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	// f[0] is field 3 (state); utime and stime are fields 14 and 15.
	u, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		tb.Fatalf("/proc/%d/stat: bad utime/stime in %q", pid, s)
	}
	return u + st
}

// procStatus returns a "kB" field of /proc/PID/status (VmRSS, VmHWM).
func procStatus(tb testing.TB, pid int, key string) int64 {
	tb.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		tb.Fatalf("read /proc/%d/status: %v", pid, err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, key+":"); ok {
			n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				tb.Fatalf("/proc/%d/status %s: %q", pid, key, v)
			}
			return n
		}
	}
	tb.Fatalf("/proc/%d/status has no %s", pid, key)
	return 0
}
