package e2e

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/imapwatch"
	"github.com/followupd/followupd/internal/store"
)

// proc is the followupd binary running `run` on env's config.
type proc struct {
	cmd     *exec.Cmd
	started time.Time
	exited  chan struct{} // closed once the process is gone
	err     error         // its exit, once exited is closed
}

// startBinary starts `followupd run --config` with its log appended to
// DIR/daemon.log, and env (NAME=value) added to its environment.
func (e *env) startBinary(env ...string) *proc {
	e.t.Helper()
	logf, err := os.OpenFile(filepath.Join(e.dir, "daemon.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		e.t.Fatal(err)
	}
	fmt.Fprintf(logf, "---- start at %s\n", time.Now().Format("15:04:05.000"))
	cmd := exec.Command(followupdBinary(e.t), "run", "--config", e.cfgPath)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.Env = append(withoutEnv(os.Environ(), "NOTIFY_SOCKET", "WATCHDOG_USEC", "LISTEN_FDS"), env...)
	if err := cmd.Start(); err != nil {
		_ = logf.Close()
		e.t.Fatalf("start followupd: %v", err)
	}
	p := &proc{cmd: cmd, started: time.Now(), exited: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		_ = logf.Close()
		close(p.exited)
	}()
	e.t.Cleanup(p.kill)
	return p
}

func withoutEnv(env []string, names ...string) []string {
	var out []string
	for _, kv := range env {
		k, _, _ := strings.Cut(kv, "=")
		keep := true
		for _, n := range names {
			keep = keep && k != n
		}
		if keep {
			out = append(out, kv)
		}
	}
	return out
}

// kill sends SIGKILL and waits for the process to be gone.
func (p *proc) kill() {
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.exited
}

// stop sends SIGTERM and returns the exit error (nil for exit 0).
func (p *proc) stop(timeout time.Duration) error {
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.exited:
		return p.err
	case <-time.After(timeout):
		p.kill()
		return fmt.Errorf("no exit within %s of SIGTERM", timeout)
	}
}

func (e *env) logTail(n int) string {
	b, _ := os.ReadFile(filepath.Join(e.dir, "daemon.log"))
	lines := strings.Split(string(b), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// employer is one of the batch's rejecting companies.
type employer struct {
	company, domain string
	contact         person
}

// employers returns n companies, each with its own name, domain and a
// person who writes the rejection.
func employers(n int) []employer {
	first := []string{"Alder", "Birch", "Cedar", "Dune", "Ember", "Fjord", "Granite", "Harbor", "Iris", "Juniper"}
	second := []string{"Analytics", "Systems", "Labs", "Works", "Logistics"}
	givens := []string{"Jordan", "Riley", "Casey", "Morgan", "Avery", "Quinn", "Harper", "Rowan", "Emerson", "Sage"}
	surnames := []string{"Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak"}
	out := make([]employer, 0, n)
	for i := 0; i < n; i++ {
		f, s := first[i%len(first)], second[(i/len(first))%len(second)]
		domain := strings.ToLower(f + "-" + s + ".example")
		g, sn := givens[(i*3)%len(givens)], surnames[i%len(surnames)]
		out = append(out, employer{company: f + " " + s, domain: domain,
			contact: person{g + " " + sn, strings.ToLower(g + "." + sn + "@" + domain)}})
	}
	return out
}

// crashStats are what the crash test saw, for its report.
type crashStats struct {
	phases         map[string]int // kills by what the store showed right after
	askedDelivered int            // "Did it go out?" about a letter that had reached the employer: answered cancel
	askedMissing   int            // "Did it go out?" about a letter that had not: answered send
	approvals      int            // approval requests answered
}

// TestCrashSafety kills the daemon binary with SIGKILL at random moments,
// 20 times, while it handles 50 rejections from 50 companies and the
// owner (this test) approves each request as it arrives. In the end every
// employer has exactly one letter; when the daemon could not tell whether
// a letter left it asks ("Did it go out?"), and the test answers as an
// owner who checked would: "send" if the employer has nothing, "cancel" if
// the letter is there. It runs with the owner's blind copy of each letter
// (bcc_self, the default: the copy tells the daemon a letter left) and
// without (only the Sent folder and the owner can tell).
func TestCrashSafety(t *testing.T) {
	t.Run("bcc_self", func(t *testing.T) { crashSafety(t, true) })
	t.Run("no_bcc", func(t *testing.T) { crashSafety(t, false) })
}

func crashSafety(t *testing.T, bcc bool) {
	const (
		batch = 50
		kills = 20
	)
	e := newEnv(t, "")
	e.edit(`append_sent = "always"`, fmt.Sprintf("append_sent = \"always\"\nbcc_self = %v", bcc))
	followupdBinary(t) // build before the clock starts
	inbox, sink := e.inbox(), e.sink()
	emps := employers(batch)
	byAddr := map[string]employer{}
	for _, em := range emps {
		byAddr[em.contact.email] = em
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 7))
	deadline := time.Now().Add(90 * time.Second) // each run takes 10-15 s
	st := crashStats{phases: map[string]int{}}
	answered := map[string]bool{}

	// owner answers every new approval request, until until passes.
	owner := func(until time.Time) {
		for {
			for _, r := range inbox.poll() {
				if r.purpose() != "approval-request" || answered[r.msg.MessageID] {
					continue
				}
				answered[r.msg.MessageID] = true
				if !strings.Contains(r.msg.Subject, "Did it go out?") {
					st.approvals++
					e.reply(r, e.ownerFrom(), "send")
					continue
				}
				addr := ""
				for a := range byAddr {
					if strings.Contains(r.msg.Body, a) {
						addr = a
					}
				}
				if addr == "" {
					t.Fatalf("a \"Did it go out?\" question names none of the employers:\n%s", r.msg.Body)
				}
				// Postfix may still be delivering a letter accepted just before the kill.
				got, _ := sink.waitUntil(3*time.Second, 1, to(addr))
				if len(got) > 0 {
					st.askedDelivered++
					e.reply(r, e.ownerFrom(), "cancel")
				} else {
					st.askedMissing++
					e.reply(r, e.ownerFrom(), "send")
				}
			}
			if !time.Now().Before(until) {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	delivered := func() map[string]int {
		out := map[string]int{}
		for _, m := range sink.all() {
			if _, ok := byAddr[m.deliveredTo()]; ok {
				out[m.deliveredTo()]++
			}
		}
		return out
	}

	// Each round: a wave of rejections (the first five rounds), or the
	// owner's answers to whatever requests have arrived, sent in one burst;
	// then a random pause, short enough to catch the daemon at work, and
	// the kill.
	p := e.startBinary()
	injected := 0
	for k := 0; k < kills; k++ {
		if time.Now().After(deadline) {
			t.Fatalf("only %d kills within the time limit", k)
		}
		if injected < batch {
			for _, em := range emps[injected:min(injected+batch/5, batch)] {
				e.rejectionMail(rejection{company: em.company, role: "Data Analyst", from: em.contact, signer: em.contact.name})
			}
			injected = min(injected+batch/5, batch)
		}
		owner(time.Now())
		time.Sleep(time.Duration(rng.IntN(400)) * time.Millisecond)
		p.kill()
		st.phases[e.phase(injected, p.started)]++
		p = e.startBinary()
	}
	// Let it finish, still answering.
	for {
		owner(time.Now().Add(500 * time.Millisecond))
		if d := delivered(); len(d) == batch && e.settled() {
			break
		}
		if time.Now().After(deadline) {
			d := delivered()
			var missing []string
			for _, em := range emps {
				if d[em.contact.email] == 0 {
					missing = append(missing, em.contact.email)
				}
			}
			t.Fatalf("after %d kills, %d of %d employers got their letter within the time limit; missing: %v\nstates: %s\nlog tail:\n%s",
				kills, len(d), batch, missing, e.states(), e.logTail(60))
		}
	}
	owner(time.Now().Add(settle))
	if err := p.stop(30 * time.Second); err != nil {
		t.Errorf("followupd after SIGTERM: %v", err)
	}

	// Exactly one letter per employer, and nothing to anyone else there.
	ids := map[string]map[string]int{}
	for _, m := range sink.all() {
		addr := m.deliveredTo()
		_, domain, _ := strings.Cut(addr, "@")
		if _, ok := byAddr[addr]; !ok {
			for _, em := range emps {
				if em.domain == domain {
					t.Errorf("a letter went to %s, who never wrote", addr)
				}
			}
			continue
		}
		if ids[addr] == nil {
			ids[addr] = map[string]int{}
		}
		ids[addr][m.msg.MessageID]++
	}
	for _, em := range emps {
		got := ids[em.contact.email]
		n := 0
		for _, c := range got {
			n += c
		}
		if n != 1 || len(got) != 1 {
			t.Errorf("%s (%s) received %d letters with %d Message-IDs %v, want exactly one", em.contact.email, em.company, n, len(got), got)
		}
	}
	// The owner's mail is exactly-once too: no approval request,
	// confirmation or notice arrived twice, whatever the kills interrupted.
	ownerIDs := map[string]int{}
	for _, m := range e.inbox().all() {
		if m.purpose() != "" {
			ownerIDs[m.msg.MessageID]++
		}
	}
	for id, n := range ownerIDs {
		if n > 1 {
			t.Errorf("the owner received %d copies of their message <%s>, want one", n, id)
		}
	}
	fus := e.followups()
	sent := 0
	for _, f := range fus {
		switch f.State {
		case followup.Sent:
			sent++
		case followup.Cancelled:
			// only after "Did it go out?" about a letter that had arrived
		default:
			t.Errorf("follow-up %d to %s ended %s, want sent", f.ID, f.Recipient.Email, f.State)
		}
	}
	if len(fus) != batch || sent+st.askedDelivered != batch {
		t.Errorf("the store holds %d follow-ups, %d sent (+%d cancelled after delivery), want %d", len(fus), sent, st.askedDelivered, batch)
	}
	var phases []string
	for ph, n := range st.phases {
		phases = append(phases, fmt.Sprintf("%s: %d", ph, n))
	}
	sort.Strings(phases)
	t.Logf("%d kills; by what the store showed right after each kill: %s", kills, strings.Join(phases, ", "))
	t.Logf("messages to the owner in the inbox: %d distinct", len(ownerIDs))
	t.Logf("approval requests answered: %d; \"Did it go out?\" asked: %d about a letter that had arrived (answered cancel), %d about one that had not (answered send)",
		st.approvals, st.askedDelivered, st.askedMissing)
	log, _ := os.ReadFile(filepath.Join(e.dir, "daemon.log"))
	t.Logf("interrupted sends settled by the daemon: %d by a copy of the letter in the mailbox (Bcc or Sent), %d found in Sent at restart, %d asked about",
		strings.Count(string(log), `msg="a copy of the letter arrived: it was sent"`),
		strings.Count(string(log), "found_in_sent=true"), strings.Count(string(log), "found_in_sent=false"))
	if t.Failed() {
		t.Logf("log tail:\n%s", e.logTail(80))
	}
}

// followups reads every follow-up from the store (the daemon may be running:
// SQLite in WAL mode lets a reader in).
func (e *env) followups() []followup.Followup {
	e.t.Helper()
	st := e.openStore()
	defer st.Close()
	fus, err := st.AllFollowups(bgctx)
	if err != nil {
		e.t.Fatalf("read follow-ups: %v", err)
	}
	return fus
}

func (e *env) states() string {
	n := map[followup.State]int{}
	for _, f := range e.followups() {
		n[f.State]++
	}
	return fmt.Sprint(n)
}

// settled reports whether no follow-up is still on its way.
func (e *env) settled() bool {
	for _, f := range e.followups() {
		switch f.State {
		case followup.Sent, followup.Cancelled, followup.Failed:
		default:
			return false
		}
	}
	return true
}

// phase names what the daemon was doing when it was killed, as far as the
// store shows: the most advanced step that had work in flight.
func (e *env) phase(injected int, started time.Time) string {
	e.t.Helper()
	ctx := bgctx
	if _, err := os.Stat(e.storePath()); err != nil {
		return "before the store existed"
	}
	st := e.openStore()
	defer st.Close()
	fus, err := st.AllFollowups(ctx)
	if err != nil {
		e.t.Fatalf("read follow-ups: %v", err)
	}
	var ownerMail int
	if err := st.Tx(ctx, func(tx *store.Tx) error {
		pending, err := tx.PendingOwnerMail(time.Now().Add(time.Hour))
		ownerMail = len(pending)
		return err
	}); err != nil {
		e.t.Fatalf("read owner mail: %v", err)
	}
	n := map[followup.State]int{}
	for _, f := range fus {
		n[f.State]++
	}
	switch {
	case n[followup.Sending] > 0:
		return "mid-send of a letter (claimed, not recorded)"
	case n[followup.Scheduled] > 0:
		return "letters due"
	case ownerMail > 0:
		return "mail to the owner queued"
	case n[followup.Drafted] > 0:
		return "drafts to ask about"
	case len(fus) < injected:
		return "reading the inbox"
	}
	v, at, err := st.Status(ctx, "watcher")
	if err != nil {
		e.t.Fatalf("read the watcher's state: %v", err)
	}
	var ws []imapwatch.Status
	_ = json.Unmarshal([]byte(v), &ws)
	switch {
	case at.Before(started) || len(ws) == 0:
		return "starting (watcher not yet connected)"
	case ws[0].State != imapwatch.StateIdle:
		return "watcher catching up (" + ws[0].State + ")"
	case n[followup.AwaitingApproval] > 0 || n[followup.Unknown] > 0:
		return "waiting for the owner"
	}
	return "idle"
}
