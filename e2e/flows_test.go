package e2e

import (
	"fmt"
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

// owner is how the owner's mail client writes the From line.
func (e *env) ownerFrom() string { return ownerName + " <" + e.owner.User + ">" }

// TestRejectionFeedbackRequestIsThreaded: a rejection from a person brings
// one approval request; after "send", one feedback request goes to that
// person as a reply in the rejection's thread.
func TestRejectionFeedbackRequestIsThreaded(t *testing.T) {
	e := newEnv(t, "")
	inbox, sink := e.inbox(), e.sink()
	e.startDaemon()
	sam := person{"Sam Patel", "sam.patel@contoso.example"}
	rej := rejection{company: "Contoso", role: "Product Analyst", from: sam, signer: "Sam Patel"}
	id, ref := e.rejectionMail(rej)
	// The same message delivered twice (a resend, a second account's
	// forward) is acted on once.
	e.send(sam.email, []string{e.owner.User}, e.rejectionRaw(rej, id, ref))

	req := inbox.waitFor(arrive, 1, "approval request", purposeIs("approval-request"))[0]
	if !strings.Contains(req.msg.Body, sam.email) {
		t.Errorf("the approval request does not show the recipient %s:\n%s", sam.email, req.msg.Body)
	}
	e.reply(req, e.ownerFrom(), "yes please")
	sink.waitFor(arrive, 1, "feedback request to "+sam.email, to(sam.email))
	time.Sleep(settle)
	letters := sink.matching(toDomain("contoso.example"))
	if len(letters) != 1 {
		t.Fatalf("Contoso received %v, want exactly one feedback request to %s", countBy(letters, received.deliveredTo), sam.email)
	}
	m := letters[0].msg
	if got := strings.Join(m.InReplyTo, " "); got != id {
		t.Errorf("feedback request In-Reply-To = %q, want the rejection %q", got, id)
	}
	if got, want := strings.Join(m.References, " "), ref+" "+id; got != want {
		t.Errorf("feedback request References = %q, want %q", got, want)
	}
	if want := "Re: Your application for Product Analyst"; m.Subject != want {
		t.Errorf("feedback request Subject = %q, want %q", m.Subject, want)
	}
	if len(m.To) != 1 || m.To[0].Email != sam.email {
		t.Errorf("feedback request To = %v, want %s", m.To, sam.email)
	}
	if !strings.Contains(strings.ToLower(m.Body), "feedback") {
		t.Errorf("feedback request does not ask for feedback:\n%s", m.Body)
	}
	if got := inbox.matching(purposeIs("approval-request")); len(got) != 1 {
		t.Errorf("the owner was asked %d times about one rejection delivered twice, want once", len(got))
	}
}

// TestNoReplyRejectionSendsNothing: a rejection from a no-reply address
// only: the approval request says there is nobody to write to, a "send"
// brings a notice, and nothing is sent to the no-reply address.
func TestNoReplyRejectionSendsNothing(t *testing.T) {
	e := newEnv(t, "")
	inbox, sink := e.inbox(), e.sink()
	e.startDaemon()
	noreply := person{"Fabrikam Careers", "no-reply@fabrikam.example"}
	e.rejectionMail(rejection{company: "Fabrikam", role: "Data Engineer", from: noreply, signer: "The Fabrikam Talent Team"})

	req := inbox.waitFor(arrive, 1, "approval request", purposeIs("approval-request"))[0]
	if !strings.Contains(req.msg.Body, "(nobody yet)") || !strings.Contains(req.msg.Body, "no address") {
		t.Errorf("the approval request does not say there is no recipient:\n%s", req.msg.Body)
	}
	e.reply(req, e.ownerFrom(), "send")
	notice := inbox.waitFor(arrive, 1, "notice that there is nobody to send to", purposeIs("notice"))[0]
	if !strings.Contains(notice.msg.Subject, "no address") {
		t.Errorf("notice Subject = %q, want it to say there is no address", notice.msg.Subject)
	}
	time.Sleep(settle)
	if got := sink.matching(toDomain("fabrikam.example")); len(got) != 0 {
		t.Fatalf("Fabrikam received %v, want nothing (only a no-reply address is known)", countBy(got, received.deliveredTo))
	}
}

// TestRescheduleAndCancellation: one interview is moved (SEQUENCE+1, a
// later time) and another cancelled (METHOD:CANCEL) before they end. The
// owner is asked about the moved one only after its new end, and nothing
// is ever asked or sent about the cancelled one.
func TestRescheduleAndCancellation(t *testing.T) {
	e := newEnv(t, "")
	inbox, sink := e.inbox(), e.sink()
	e.startDaemon()
	t0 := time.Now().Truncate(time.Second) // calendar times have whole seconds
	moved := interview{company: "Northwind", role: "Senior Data Analyst", ref: "R-7781", arranger: maya, interviewers: []person{priya, tom},
		uid: "iv-moved-" + e.tag + "@northwind.example", start: t0.Add(-30 * time.Minute), end: t0.Add(6 * time.Second)}
	lena, ravi := person{"Lena Ortiz", "lena.ortiz@tailspin.example"}, person{"Ravi Kumar", "ravi.kumar@tailspin.example"}
	cancelled := interview{company: "Tailspin", role: "BI Developer", ref: "TS-204", arranger: lena, interviewers: []person{ravi},
		uid: "iv-cancelled-" + e.tag + "@tailspin.example", start: t0.Add(-30 * time.Minute), end: t0.Add(6 * time.Second)}
	e.interviewMail(moved)
	e.interviewMail(cancelled)
	newEnd := t0.Add(15 * time.Second)
	moved.seq, moved.start, moved.end = 1, t0.Add(-15*time.Minute), newEnd
	e.interviewMail(moved)
	cancelled.seq, cancelled.method = 1, "CANCEL"
	e.interviewMail(cancelled)

	// Past the original end: nothing may be asked yet.
	time.Sleep(time.Until(t0.Add(10 * time.Second)))
	if got := inbox.matching(purposeIs("approval-request")); len(got) != 0 {
		t.Fatalf("before the new end time the owner was asked %d times (%q), want none", len(got), got[0].msg.Subject)
	}
	reqs := inbox.waitFor(arrive, 2, "approval request for the moved interview", purposeIs("approval-request"))
	for _, r := range reqs {
		if r.seen.Before(newEnd) {
			t.Errorf("approval request %q arrived at %s, before the interview's new end %s", r.msg.Subject, r.seen.Format("15:04:05.000"), newEnd.Format("15:04:05.000"))
		}
		if strings.Contains(r.msg.Body, ravi.email) || strings.Contains(r.msg.Body, "Tailspin") {
			t.Errorf("the owner was asked about the cancelled interview:\n%s", r.msg.Body)
		}
		e.reply(r, e.ownerFrom(), "send")
	}
	sink.waitFor(arrive, 2, "thank-you after the moved interview", toDomain("northwind.example"))
	time.Sleep(settle)
	got := countBy(sink.matching(toDomain("northwind.example")), received.deliveredTo)
	if len(got) != 2 || got[priya.email] != 1 || got[tom.email] != 1 {
		t.Errorf("Northwind received %v, want one thank-you each to %s and %s", got, priya.email, tom.email)
	}
	if got := sink.matching(toDomain("tailspin.example")); len(got) != 0 {
		t.Errorf("Tailspin received %v after a cancelled interview, want nothing", countBy(got, received.deliveredTo))
	}
	if got := inbox.matching(purposeIs("approval-request")); len(got) != 2 {
		t.Errorf("the owner was asked %d times in all, want 2 (the moved interview's interviewers)", len(got))
	}
}

// TestForgedApprovalIsRefused: an answer whose token does not verify, and
// an answer with a genuine token from someone other than the owner, are
// both refused with a notice to the owner and send nothing; the owner's own
// "send" then sends exactly one letter.
func TestForgedApprovalIsRefused(t *testing.T) {
	e := newEnv(t, "")
	inbox, sink := e.inbox(), e.sink()
	e.startDaemon()
	dana := person{"Dana Lee", "dana.lee@woodgrove.example"}
	e.rejectionMail(rejection{company: "Woodgrove", role: "Analytics Engineer", from: dana, signer: "Dana Lee"})
	req := inbox.waitFor(arrive, 1, "approval request", purposeIs("approval-request"))[0]

	// fu.ID.VERSION.MAC@domain with the MAC replaced.
	parts := strings.SplitN(req.msg.MessageID, ".", 4)
	if len(parts) != 4 || parts[0] != "fu" {
		t.Fatalf("approval request Message-ID = %q, want fu.ID.VERSION.MAC@domain", req.msg.MessageID)
	}
	_, domain, _ := strings.Cut(parts[3], "@")
	forged := strings.Join(parts[:3], ".") + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA@" + domain
	e.replyTo(forged, req.msg.Subject, e.ownerFrom(), "send")
	inbox.waitFor(arrive, 1, "notice refusing the forged token", and(purposeIs("notice"), subjectHas("invalid approval token")))

	mallory := "Mallory <mallory@evil.example>"
	e.reply(req, mallory, "send")
	inbox.waitFor(arrive, 1, "notice refusing the stranger's answer", and(purposeIs("notice"), subjectHas("mallory@evil.example")))
	time.Sleep(settle)
	if got := sink.matching(toDomain("woodgrove.example")); len(got) != 0 {
		t.Fatalf("Woodgrove received %v after forged approvals, want nothing", countBy(got, received.deliveredTo))
	}
	if got := sink.matching(toDomain("evil.example")); len(got) != 0 {
		t.Fatalf("the stranger received %d messages, want none", len(got))
	}

	// The genuine answer still works: the refusals consumed nothing.
	e.reply(req, e.ownerFrom(), "send")
	sink.waitFor(arrive, 1, "feedback request after the owner's send", to(dana.email))
	time.Sleep(settle)
	if got := sink.matching(toDomain("woodgrove.example")); len(got) != 1 {
		t.Fatalf("Woodgrove received %v, want exactly one letter", countBy(got, received.deliveredTo))
	}
}

// TestThankYouSentByHandIsNotRepeated: after the interview the owner writes
// to one interviewer by hand (the message lands in the Sent folder, which
// the daemon watches): the daemon's thank-you to that interviewer is
// withdrawn, and the owner's "send" to both requests reaches only the other.
func TestThankYouSentByHandIsNotRepeated(t *testing.T) {
	e := newEnv(t, "")
	inbox, sink := e.inbox(), e.sink()
	e.startDaemon()
	now := time.Now()
	e.interviewMail(interview{company: "Northwind", role: "Senior Data Analyst", ref: "R-7781", arranger: maya,
		interviewers: []person{priya, tom}, uid: "iv-" + e.tag + "@northwind.example", start: now.Add(-time.Hour), end: now.Add(-5 * time.Second)})
	reqs := inbox.waitFor(arrive, 2, "approval request", purposeIs("approval-request"))

	// The owner's own mail client sent this and saved it in Sent.
	e.stack.Append(t, e.owner, e.stack.SentMailbox, []byte(strings.ReplaceAll(fmt.Sprintf(`From: %s
To: %s
Subject: Thank you for today
Date: %s
Message-ID: <%s>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Priya, thank you for your time today. I enjoyed our conversation.
`, e.ownerFrom(), priya, time.Now().Format(time.RFC1123Z), e.nextID("byhand", "example.test")), "\n", "\r\n")))
	inbox.waitFor(arrive, 1, "notice that the thank-you to Priya is withdrawn", and(purposeIs("notice"), bodyHas(priya.email)))
	for _, r := range reqs {
		e.reply(r, e.ownerFrom(), "send")
	}
	sink.waitFor(arrive, 1, "thank-you to Tom", to(tom.email))
	time.Sleep(settle)
	got := countBy(sink.matching(toDomain("northwind.example")), received.deliveredTo)
	if len(got) != 1 || got[tom.email] != 1 {
		t.Errorf("Northwind received %v, want one thank-you to %s only (the owner wrote to Priya by hand)", got, tom.email)
	}
}
