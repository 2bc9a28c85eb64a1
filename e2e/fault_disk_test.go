package e2e

import (
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// notifySocket is a stand-in for systemd's notification socket: it keeps
// every STATUS= line the daemon sends.
type notifySocket struct {
	path string
	mu   sync.Mutex
	seen []string
}

func (e *env) notifySocket() *notifySocket {
	e.t.Helper()
	ns := &notifySocket{path: filepath.Join(e.dir, "notify.sock")}
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: ns.path, Net: "unixgram"})
	if err != nil {
		e.t.Fatalf("notify socket: %v", err)
	}
	e.t.Cleanup(func() { _ = conn.Close() })
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := conn.Read(buf)
			if err != nil {
				return
			}
			for _, line := range strings.Split(string(buf[:n]), "\n") {
				if v, ok := strings.CutPrefix(line, "STATUS="); ok {
					ns.mu.Lock()
					ns.seen = append(ns.seen, v)
					ns.mu.Unlock()
				}
			}
		}
	}()
	return ns
}

// waitStatus waits for a STATUS= line holding s, and returns it.
func (ns *notifySocket) waitStatus(t *testing.T, s string) string {
	t.Helper()
	deadline := time.Now().Add(arrive)
	for {
		ns.mu.Lock()
		seen := append([]string(nil), ns.seen...)
		ns.mu.Unlock()
		for _, v := range seen {
			if strings.Contains(v, s) {
				return v
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no STATUS= line says %q; seen: %q", s, seen)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// smallDisk mounts a tmpfs of size (e.g. "4m") at dir until the test ends:
// a file system that fills up, as a loop-mounted image would.
func smallDisk(t *testing.T, dir, size string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size+",mode=0700", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small tmpfs (needs root): %v %s", err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v %s", dir, err, out)
		}
	})
}

// fill writes a file in dir until the file system is full.
func fill(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "filler")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 64<<10)
	for {
		if _, err := f.Write(chunk); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatalf("fill %s: %v", dir, err)
			}
			break
		}
	}
	for _, n := range []int{4096, 512, 1} { // the last scraps
		for {
			if _, err := f.Write(chunk[:n]); err != nil {
				break
			}
		}
	}
	return path
}

// TestFaultDiskFull: the store lives on a 4 MB tmpfs (loop mounts are not
// available everywhere; a tmpfs with size= is the same ENOSPC). With two
// feedback requests awaiting the owner, the disk is filled; the owner then
// approves both and a third rejection arrives. Nothing can be recorded, so
// nothing is sent; the log, `followupd status` and systemd's STATUS= line
// say the store cannot be written. Once the filler is removed the daemon
// resumes by itself: both approved letters go, the third rejection is
// asked about and, approved, goes too; each once.
func TestFaultDiskFull(t *testing.T) {
	e := newEnv(t, "")
	disk := filepath.Join(e.dir, "state")
	smallDisk(t, disk, "4m")
	e.moveStore(filepath.Join(disk, "followupd.db"))
	inbox, sink := e.inbox(), e.sink()
	ns := e.notifySocket()
	p := e.startBinary("NOTIFY_SOCKET=" + ns.path)
	emps := employers(3)
	var recipients []string
	for _, em := range emps {
		recipients = append(recipients, em.contact.email)
	}
	for _, em := range emps[:2] {
		e.rejectionMail(rejection{company: em.company, role: "Data Analyst", from: em.contact, signer: em.contact.name})
	}
	reqs := inbox.waitFor(arrive, 2, "approval requests", purposeIs("approval-request"))

	filler := fill(t, disk)
	for _, r := range reqs {
		e.reply(r, e.ownerFrom(), "send")
	}
	e.rejectionMail(rejection{company: emps[2].company, role: "Data Analyst", from: emps[2].contact, signer: emps[2].contact.name})
	waitLog(t, e, "the store cannot be written", "disk full")
	line := ns.waitStatus(t, "STORE CANNOT BE WRITTEN (disk full)")
	s := e.statusJSON()
	if !s.Store.Full {
		t.Errorf("status --json store = %+v, want full", s.Store)
	}
	text, _, _ := e.status()
	if !strings.Contains(text, "is full") || !strings.Contains(text, "sends nothing") {
		t.Errorf("followupd status does not say the store's disk is full:\n%s", text)
	}
	time.Sleep(settle)
	if got, _ := lettersTo(sink, recipients); len(got) > 0 {
		t.Fatalf("letters went while the store could not record them: %v", got)
	}
	if n := len(inbox.matching(purposeIs("approval-request"))); n != 2 {
		t.Errorf("%d approval requests while the disk was full, want the 2 from before", n)
	}
	select {
	case <-p.exited:
		t.Fatalf("followupd exited while the disk was full: %v\n%s", p.err, e.logTail(20))
	default:
	}

	// Space returns: the daemon resumes by itself.
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	freed := time.Now()
	waitLog(t, e, "the store can be written again")
	sink.waitFor(arrive, 2, "the two approved letters", func(r received) bool { return r.deliveredTo() == recipients[0] || r.deliveredTo() == recipients[1] })
	third := inbox.waitFor(arrive, 1, "approval request for the rejection read while the disk was full", and(purposeIs("approval-request"), bodyHas(emps[2].contact.email)))[0]
	e.reply(third, e.ownerFrom(), "send")
	sink.waitFor(arrive, 1, "the third letter", to(recipients[2]))
	resumed := time.Since(freed)
	time.Sleep(settle)
	got, dups := lettersTo(sink, recipients)
	lost := 0
	for _, r := range recipients {
		if got[r] != 1 {
			t.Errorf("%s received %d letters, want 1", r, got[r])
		}
		if got[r] == 0 {
			lost++
		}
	}
	if s := e.statusJSON(); s.Store.Full || s.Store.LastWriteFailure == nil || s.Store.LastWriteFailure.Problem != "disk full" {
		t.Errorf("status --json store after the disk emptied = %+v, want not full, with the last write failure (disk full)", s.Store)
	}
	if err := p.stop(30 * time.Second); err != nil {
		t.Errorf("followupd after SIGTERM: %v", err)
	}
	owner := countBy(inbox.all(), received.purpose)
	t.Logf("injected: the store's 4 MB tmpfs filled to 0 bytes free while 2 approvals and 1 rejection arrived, then freed")
	t.Logf("seen: while full, 0 letters sent, STATUS=%q; after freeing, all went within %s: %d letters, %d duplicates, %d lost; owner mail: %d approval requests, %d confirmations, %d notices",
		line, resumed.Round(time.Second), len(got), dups, lost, owner["approval-request"], owner["confirmation"], owner["notice"])
}
