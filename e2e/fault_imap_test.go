package e2e

import (
	"fmt"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/daemon"
)

// TestFaultDovecotRestarts: 30 rejections among 900 newsletters wait in
// the inbox when the daemon starts; Dovecot is restarted while the first scan reads them, and
// stopped again (then started) while the daemon waits in IDLE, with 10
// more rejections arriving as it comes back. The scan resumes from its
// checkpoint (no second "first sync"), every rejection brings exactly one
// approval request, none is missed; the log and `followupd status` show
// the watcher backing off while Dovecot is down, and idle again after.
func TestFaultDovecotRestarts(t *testing.T) {
	const first, second, newsletters = 30, 10, 900
	e := newFaultEnv(t, "")
	inbox := e.inbox()
	followupdBinary(t)
	emps := employers(first + second)
	// Among newsletters, so that the first scan takes several body
	// fetches (100 messages each) and a restart falls between them: the
	// first scan is a pipeline and reads a few thousand messages a second,
	// so there must be enough of them for the restart to land inside it.
	for i, em := range emps[:first] {
		for j := 0; j < newsletters/first; j++ {
			e.newsletter(i*100 + j)
		}
		e.rejectionMail(rejection{company: em.company, role: "Data Analyst", from: em.contact, signer: em.contact.name})
	}
	// Wait until Postfix has delivered them all.
	deadline := time.Now().Add(arrive)
	for len(inbox.matching(func(r received) bool { return r.msg.Get(markerHdr) == e.tag })) < first+newsletters {
		if time.Now().After(deadline) {
			t.Fatalf("the %d messages did not all reach the inbox", first+newsletters)
		}
		time.Sleep(100 * time.Millisecond)
	}

	logs := e.startDaemonWith(daemon.Options{})
	// Restart Dovecot once the first scan of the inbox has committed its
	// first batch and saved a checkpoint to resume from: before that there
	// is nothing to resume, and a second first sync is right.
	deadline = time.Now().Add(arrive)
	for !e.inboxSyncing() || e.inboxCheckpoint() == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("the first scan did not begin and save a checkpoint within %s", arrive)
		}
		time.Sleep(2 * time.Millisecond)
	}
	e.stack.RestartIMAP(t)
	handledBefore := e.handled()
	inbox.waitFor(arrive, first, "approval requests after the first scan", purposeIs("approval-request"))
	e.waitIdle(t, arrive)

	// A restart while in IDLE; mail arrives as Dovecot comes back.
	e.stack.StopIMAP(t)
	down := e.waitWatcher(t, "backoff")
	e.stack.StartIMAP(t)
	for _, em := range emps[first:] {
		e.rejectionMail(rejection{company: em.company, role: "Data Analyst", from: em.contact, signer: em.contact.name})
	}
	inbox.waitFor(arrive, first+second, "approval requests after the IDLE restart", purposeIs("approval-request"))
	e.waitIdle(t, arrive)
	time.Sleep(settle)

	asked := map[string]int{}
	for _, r := range inbox.matching(purposeIs("approval-request")) {
		for _, em := range emps {
			if strings.Contains(r.msg.Body, em.contact.email) {
				asked[em.contact.email]++
			}
		}
	}
	dups, missed := 0, 0
	for _, em := range emps {
		switch n := asked[em.contact.email]; {
		case n == 0:
			missed++
			t.Errorf("no approval request for the rejection from %s", em.contact.email)
		case n > 1:
			dups += n - 1
			t.Errorf("%d approval requests for the rejection from %s, want 1", n, em.contact.email)
		}
	}
	if fus := e.followups(); len(fus) != first+second {
		t.Errorf("the store holds %d follow-ups, want %d", len(fus), first+second)
	}
	log := logs.String()
	if handledBefore >= first || !strings.Contains(log, "role=inbox state=backoff from=syncing") {
		t.Errorf("the restart did not interrupt the first scan (%d of %d rejections handled when Dovecot was back)", handledBefore, first)
	}
	firstSyncs := strings.Count(log, `msg="first sync: scanning the lookback window" component=imapwatch mailbox=INBOX`)
	if firstSyncs != 1 {
		t.Errorf("the INBOX's first sync ran %d times, want once (after the restart it resumes from its checkpoint)", firstSyncs)
	}
	if !strings.Contains(log, "state=backoff") {
		t.Errorf("the log never shows the watcher backing off")
	}
	t.Logf("injected: Dovecot restarted during the first scan (%d of %d rejections handled when it was back); stopped and started again while in IDLE, %d more rejections sent as it came back",
		handledBefore, first, second)
	t.Logf("seen: %d approval requests for %d rejections, %d duplicates, %d missed; first sync of INBOX ran %d time(s); status while down: %s; %d watcher state changes in the log",
		len(inbox.matching(purposeIs("approval-request"))), first+second, dups, missed, firstSyncs, down, strings.Count(log, `msg="imap watch state"`))
}

// newsletter injects a newsletter: mail followupd reads and leaves alone.
func (e *env) newsletter(n int) {
	e.t.Helper()
	id := e.nextID("news", "digest.example")
	e.send("news@digest.example", []string{e.owner.User}, fmt.Sprintf(`From: Weekly Digest <news@digest.example>
To: %s
Subject: This week in data, issue %d
Date: %s
Message-ID: <%s>
List-Unsubscribe: <mailto:unsubscribe@digest.example>
%s: %s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hello,

Five articles we liked this week about dashboards, SQL and statistics.
Read them on our site.

The Digest team
`, e.owner.User, n, time.Now().Format(time.RFC1123Z), id, markerHdr, e.tag))
}

// inboxSyncing reports whether the store shows the inbox watcher syncing.
func (e *env) inboxSyncing() bool {
	for _, w := range e.watcherStates() {
		if w.Role == "inbox" && w.State == "syncing" {
			return true
		}
	}
	return false
}

// inboxCheckpoint returns the last UID of the inbox whose consequences the
// store has committed, 0 before the first batch.
func (e *env) inboxCheckpoint() uint32 {
	e.t.Helper()
	cfg := e.config()
	st := e.openStore()
	defer st.Close()
	key := "imap://" + cfg.IMAP.Username + "@" + net.JoinHostPort(cfg.IMAP.Host, strconv.Itoa(cfg.IMAP.Port)) + "/INBOX"
	_, last, _, err := st.LoadCheckpoint(bgctx, key)
	if err != nil {
		return 0
	}
	return last
}

// handled returns how many messages the daemon has handled, as far as the
// store shows (the follow-ups it made).
func (e *env) handled() int {
	e.t.Helper()
	st := e.openStore()
	defer st.Close()
	fus, err := st.AllFollowups(bgctx)
	if err != nil {
		return 0
	}
	return len(fus)
}

// waitWatcher waits until `followupd status --json` shows the inbox
// watcher in state, and returns how status words it.
func (e *env) waitWatcher(t *testing.T, state string) string {
	t.Helper()
	deadline := time.Now().Add(arrive)
	for {
		text, _, _ := e.status()
		for _, w := range e.statusJSON().Watcher {
			if w.Role == "inbox" && w.State == state {
				for _, line := range strings.Split(text, "\n") {
					if strings.Contains(line, "inbox") && strings.Contains(line, state) {
						return strings.TrimSpace(line)
					}
				}
				return state
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("status never showed the inbox watcher %s:\n%s", state, text)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
