package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestNameOnlyInterviewerIsAskedForAnAddress: Priya is invited with her
// address, Bob is named in the text only. Each gets an approval request;
// Bob's says no address is known for him and asks for "to:". His letter
// leaves once, to the address the owner gives, never to the arranger.
func TestNameOnlyInterviewerIsAskedForAnAddress(t *testing.T) {
	e := newEnv(t, "")
	inbox, sink := e.inbox(), e.sink()
	e.startDaemon()
	now := time.Now()
	// The calendar part lists no interviewer: the text's panel does.
	iv := interview{company: "Northwind", role: "Senior Data Analyst", ref: "R-7781", arranger: maya,
		uid: "iv-" + e.tag + "@northwind.example", start: now.Add(-time.Hour), end: now.Add(-5 * time.Second)}
	text := fmt.Sprintf("Hi Alex,\n\nI'm pleased to confirm your interview for the %s role (%s) at %s\non %s, from %s to %s (UTC), by video call.\n\nYour panel\n• Priya Raman (%s)\n• Bob Brown (Staff Engineer)\n\nBest,\n%s\nTalent Acquisition, %s\n",
		iv.role, iv.ref, iv.company, iv.start.UTC().Format("Monday, January 2"), iv.start.UTC().Format("15:04"), iv.end.UTC().Format("15:04"),
		priya.email, maya.name, iv.company)
	e.send(maya.email, []string{e.owner.User}, fmt.Sprintf("From: %s\nTo: %s <%s>\nSubject: Interview confirmed: %s (%s)\nDate: %s\nMessage-ID: <%s>\n%s: %s\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\n%s\n--b1\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n%s\n--b1--\n",
		maya, ownerName, e.owner.User, iv.role, iv.ref, now.Add(-2*time.Hour).Format(time.RFC1123Z), e.nextID("iv", "northwind.example"), markerHdr, e.tag, text, iv.ics(e.owner.User)))

	reqs := inbox.waitFor(arrive, 2, "approval request", purposeIs("approval-request"))
	var bob, pri received
	for _, r := range reqs {
		switch {
		case strings.Contains(r.msg.Subject, "Bob Brown"):
			bob = r
		case strings.Contains(r.msg.Subject, "Priya"):
			pri = r
		}
	}
	if bob.msg == nil || pri.msg == nil {
		t.Fatalf("approval requests %q, want one for Priya and one for Bob Brown", []string{reqs[0].msg.Subject, reqs[1].msg.Subject})
	}
	for _, want := range []string{"I know no address for Bob Brown", "to: Bob Brown <their address>", "(nobody yet)"} {
		if !strings.Contains(bob.msg.Body, want) {
			t.Errorf("Bob's approval request lacks %q:\n%s", want, bob.msg.Body)
		}
	}
	e.reply(pri, e.ownerFrom(), "send")
	e.reply(bob, e.ownerFrom(), "to: Bob Brown <bob.brown@contractors.example>")
	again := inbox.waitFor(arrive, 1, "Bob's letter, addressed", and(purposeIs("approval-request"), bodyHas("bob.brown@contractors.example")))[0]
	e.reply(again, e.ownerFrom(), "send")

	sink.waitFor(arrive, 2, "thank-yous", func(r received) bool {
		return r.deliveredTo() == priya.email || r.deliveredTo() == "bob.brown@contractors.example"
	})
	time.Sleep(settle)
	got := countBy(sink.all(), received.deliveredTo)
	if got[priya.email] != 1 || got["bob.brown@contractors.example"] != 1 || got[maya.email] != 0 {
		t.Errorf("letters delivered %v, want one to Priya, one to Bob at the address the owner gave, none to the arranger", got)
	}
	for _, l := range sink.matching(to("bob.brown@contractors.example")) {
		if first := strings.Split(strings.TrimSpace(l.msg.Body), "\n")[0]; !strings.Contains(first, "Bob") {
			t.Errorf("the letter to Bob opens %q, want it to greet him", first)
		}
	}
}
