package e2e

import (
	"strings"
	"testing"
	"time"
)

// Timeouts for mail to travel: Postfix → Dovecot → IDLE → the daemon →
// Postfix → Dovecot → the test. Generous, since CI runs with -race.
const (
	arrive = 30 * time.Second
	settle = 3 * time.Second // how long "nothing more arrives" is watched
)

var (
	maya  = person{"Maya Chen", "maya.chen@northwind.example"}
	priya = person{"Priya Raman", "priya.raman@northwind.example"}
	tom   = person{"Tom Wu", "tom.wu@northwind.example"}
)

// TestInterviewThankYouOncePerInterviewer: an interview that just ended
// brings one approval request per interviewer; the owner's "send" to each
// brings exactly one thank-you to each, threaded nowhere, and nothing else
// reaches the employer.
func TestInterviewThankYouOncePerInterviewer(t *testing.T) {
	e := newEnv(t, "")
	inbox, sink := e.inbox(), e.sink()
	e.startDaemon()
	now := time.Now()
	e.interviewMail(interview{company: "Northwind", role: "Senior Data Analyst", ref: "R-7781", arranger: maya,
		interviewers: []person{priya, tom}, uid: "iv-" + e.tag + "@northwind.example", start: now.Add(-time.Hour), end: now.Add(-5 * time.Second)})

	reqs := inbox.waitFor(arrive, 2, "approval request", purposeIs("approval-request"))
	if len(reqs) != 2 {
		t.Fatalf("the owner got %d approval requests, want 2 (one per interviewer)", len(reqs))
	}
	for _, r := range reqs {
		if !strings.HasPrefix(r.msg.MessageID, "fu.") {
			t.Errorf("approval request Message-ID = %q, want fu.ID.VERSION.MAC@...", r.msg.MessageID)
		}
		if got := r.msg.Get("Auto-Submitted"); got != "auto-generated" {
			t.Errorf("approval request Auto-Submitted = %q, want auto-generated", got)
		}
		e.reply(r, ownerName+" <"+e.owner.User+">", "Send\n\nSent from my phone")
	}
	sink.waitFor(arrive, 2, "thank-you", toDomain("northwind.example"))
	time.Sleep(settle)
	letters := sink.matching(toDomain("northwind.example"))
	got := countBy(letters, received.deliveredTo)
	want := map[string]int{priya.email: 1, tom.email: 1}
	if len(got) != len(want) || got[priya.email] != 1 || got[tom.email] != 1 {
		t.Fatalf("Northwind received %v, want exactly %v", got, want)
	}
	for _, l := range letters {
		m := l.msg
		if len(m.From) != 1 || m.From[0].Email != e.owner.User {
			t.Errorf("thank-you From = %v, want the owner", m.From)
		}
		if !strings.Contains(m.Subject, "Senior Data Analyst") {
			t.Errorf("thank-you Subject = %q, want it to name the role", m.Subject)
		}
		if len(m.InReplyTo) != 0 {
			t.Errorf("thank-you In-Reply-To = %v, want a new thread", m.InReplyTo)
		}
		if m.Get("X-Followupd") != "" || m.Get("Auto-Submitted") != "" {
			t.Errorf("a letter to an employer carries followupd's own headers (X-Followupd %q, Auto-Submitted %q)", m.Get("X-Followupd"), m.Get("Auto-Submitted"))
		}
		first := strings.Split(strings.TrimSpace(m.Body), "\n")[0]
		if !strings.Contains(first, strings.Fields(personFor(l.deliveredTo()).name)[0]) {
			t.Errorf("the letter to %s opens %q, want it to greet them by name", l.deliveredTo(), first)
		}
	}
	// The owner hears that each one went.
	inbox.waitFor(arrive, 2, "confirmation that a thank-you was sent", and(purposeIs("confirmation"), subjectHas("Sent")))
}

func personFor(addr string) person {
	for _, p := range []person{maya, priya, tom} {
		if p.email == addr {
			return p
		}
	}
	return person{name: "?", email: addr}
}
