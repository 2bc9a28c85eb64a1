package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// unsureMail injects a message about an application that says nothing
// followupd can act on (classified Other, with job context): it is asked
// about. It returns the Message-ID.
func (e *env) unsureMail(from person, company, role string) string {
	e.t.Helper()
	_, domain, _ := strings.Cut(from.email, "@")
	id := e.nextID("update", domain)
	e.send(from.email, []string{e.owner.User}, fmt.Sprintf(`From: %s
To: %s <%s>
Subject: %s (%s)
Date: %s
Message-ID: <%s>
%s: %s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Alex,

Thank you for your interest in the %s position. I wanted to give you a quick update on where
things stand with your application. We will be in touch.

Best,
%s
Talent Acquisition, %s
`, from, ownerName, e.owner.User, role, company, time.Now().Format(time.RFC1123Z), id, markerHdr, e.tag, role, from.name, company))
	return id
}

// itemNumber is the number the question gives to the item from p ("2" for
// "2. Maya Chen <…>"), or "" when p is not listed.
func itemNumber(body string, p person) string {
	for _, line := range strings.Split(body, "\n") {
		num, rest, ok := strings.Cut(strings.TrimSpace(line), ". ")
		if ok && rest == p.String() && num != "" && strings.Trim(num, "0123456789") == "" {
			return num
		}
	}
	return ""
}

// forward injects the owner's (or someone's) forward of a message, inline
// as Gmail writes it, with first as its first line.
func (e *env) forward(sender, first string, orig person, subject, body string) {
	e.t.Helper()
	e.send(addrOnly(sender), []string{e.owner.User}, fmt.Sprintf(`From: %s
To: %s <%s>
Subject: Fwd: %s
Date: %s
Message-ID: <%s>
%s: %s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

%s

---------- Forwarded message ---------
From: %s
Date: %s
Subject: %s
To: %s <%s>

%s
`, sender, ownerName, e.owner.User, subject, time.Now().Format(time.RFC1123Z), e.nextID("fwd", "example.test"), markerHdr, e.tag,
		first, orig, time.Now().Add(-time.Hour).Format(time.RFC1123Z), subject, ownerName, e.owner.User, body))
}

// TestQuestionAskedOnceAndAnswered: two messages followupd cannot read are
// listed in one question, asked once; the owner's "1 rejection" and "2
// interview <time> with Priya Raman <…>" lead to a feedback request and a
// thank-you to Priya, each through the usual approval request.
func TestQuestionAskedOnceAndAnswered(t *testing.T) {
	// The question's time is a minute or two away, so that both messages
	// are read before it goes: at least 30 seconds away, even for a test
	// started late in a minute.
	at := time.Now().UTC().Add(90 * time.Second).Format("15:04")
	e := newEnv(t, "[questions]\nat = \""+at+"\"\n")
	inbox, sink := e.inbox(), e.sink()
	e.startDaemon()
	dana := person{"Dana Lee", "dana.lee@fabrikam.example"}
	e.unsureMail(dana, "Fabrikam", "Senior Data Analyst")
	e.unsureMail(maya, "Northwind", "Product Analyst")

	q := inbox.waitFor(arrive+2*time.Minute, 1, "question", purposeIs("question"))[0]
	// Postfix may deliver the two in either order: the items are numbered
	// as they arrived, so the answer uses the numbers the question gives.
	nDana, nMaya := itemNumber(q.msg.Body, dana), itemNumber(q.msg.Body, maya)
	if nDana == "" || nMaya == "" || nDana == nMaya {
		t.Errorf("the question does not list Dana and Maya as two numbered items (got %q, %q):\n%s", nDana, nMaya, q.msg.Body)
	}
	for _, want := range []string{"Senior Data Analyst", "2 rejection", "all ignore"} {
		if !strings.Contains(q.msg.Body, want) {
			t.Errorf("the question does not say %q:\n%s", want, q.msg.Body)
		}
	}
	if !strings.HasPrefix(q.msg.MessageID, "q.") {
		t.Errorf("question Message-ID = %q, want q.ID.MAC@…", q.msg.MessageID)
	}
	when := time.Now().UTC().Add(-2 * time.Hour).Format("2006-01-02 15:04")
	e.reply(q, e.ownerFrom(), nDana+" rejection\n"+nMaya+" interview "+when+" with "+priya.String()+"\n\nThanks,\nAlex")

	reqs := inbox.waitFor(arrive, 2, "approval requests", purposeIs("approval-request"))
	var feedback, thanks bool
	for _, r := range reqs {
		feedback = feedback || strings.Contains(r.msg.Body, dana.email)
		thanks = thanks || strings.Contains(r.msg.Body, priya.email)
	}
	if !feedback || !thanks {
		t.Fatalf("approval requests: feedback to Dana %v, thank-you to Priya %v; want both", feedback, thanks)
	}
	time.Sleep(settle)
	if got := inbox.matching(purposeIs("question")); len(got) != 1 {
		t.Errorf("the owner got %d questions, want 1", len(got))
	}
	if got := inbox.matching(purposeIs("approval-request")); len(got) != 2 {
		t.Errorf("the owner got %d approval requests, want 2", len(got))
	}
	if got := inbox.matching(purposeIs("notice")); len(got) != 0 {
		t.Errorf("the owner got %d notices (%q …), want none: every line was understood", len(got), got[0].msg.Subject)
	}
	for _, d := range []string{"fabrikam.example", "northwind.example"} {
		if got := sink.matching(toDomain(d)); len(got) != 0 {
			t.Errorf("%s received %v before any approval, want nothing", d, countBy(got, received.deliveredTo))
		}
	}
}

// TestQuestionForgedAnswerIsRefused: an answer to the question with a
// forged token, or from a stranger, does nothing; the owner's own
// "all ignore" closes every item without a letter.
func TestQuestionForgedAnswerIsRefused(t *testing.T) {
	e := newEnv(t, "")
	inbox, sink := e.inbox(), e.sink()
	e.startDaemon()
	dana := person{"Dana Lee", "dana.lee@fabrikam.example"}
	e.unsureMail(dana, "Fabrikam", "Senior Data Analyst")
	q := inbox.waitFor(arrive, 1, "question", purposeIs("question"))[0]

	id, domain, _ := strings.Cut(q.msg.MessageID, "@")
	num, _, _ := strings.Cut(strings.TrimPrefix(id, "q."), ".")
	e.replyTo("q."+num+".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA@"+domain, q.msg.Subject, e.ownerFrom(), "1 rejection")
	inbox.waitFor(arrive, 1, "notice refusing the forged token", and(purposeIs("notice"), subjectHas("invalid question token")))
	e.reply(q, "Mallory <mallory@evil.example>", "1 rejection")
	inbox.waitFor(arrive, 1, "notice refusing the stranger", and(purposeIs("notice"), subjectHas("mallory@evil.example")))
	e.reply(q, e.ownerFrom(), "all ignore")
	time.Sleep(settle)
	if got := inbox.matching(purposeIs("approval-request")); len(got) != 0 {
		t.Errorf("the owner got %d approval requests, want none", len(got))
	}
	if got := sink.matching(toDomain("fabrikam.example")); len(got) != 0 {
		t.Errorf("Fabrikam received %v, want nothing", countBy(got, received.deliveredTo))
	}
	st := e.openStore()
	defer st.Close()
	open, err := st.OpenItems(bgctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(open) != 0 {
		t.Errorf("%d items still open after \"all ignore\", want 0", len(open))
	}
}

// TestQuestionRestartsAskNothingTwice: two daemons, one after the other on
// the same store, with a restart after the question and after the answer:
// one question, one approval request, whatever the restarts.
func TestQuestionRestartsAskNothingTwice(t *testing.T) {
	e := newEnv(t, "")
	inbox := e.inbox()
	p := e.startBinary()
	dana := person{"Dana Lee", "dana.lee@fabrikam.example"}
	e.unsureMail(dana, "Fabrikam", "Senior Data Analyst")
	q := inbox.waitFor(arrive, 1, "question", purposeIs("question"))[0]
	if err := p.stop(30 * time.Second); err != nil {
		t.Fatalf("first daemon: %v\n%s", err, e.logTail(30))
	}
	p = e.startBinary()
	time.Sleep(settle)
	e.reply(q, e.ownerFrom(), "1 rejection")
	inbox.waitFor(arrive, 1, "approval request", and(purposeIs("approval-request"), bodyHas(dana.email)))
	if err := p.stop(30 * time.Second); err != nil {
		t.Fatalf("second daemon: %v\n%s", err, e.logTail(30))
	}
	p = e.startBinary()
	time.Sleep(2 * settle)
	if got := inbox.matching(purposeIs("question")); len(got) != 1 {
		t.Errorf("the owner got %d questions across restarts, want 1\n%s", len(got), e.logTail(40))
	}
	if got := inbox.matching(purposeIs("approval-request")); len(got) != 1 {
		t.Errorf("the owner got %d approval requests across restarts, want 1\n%s", len(got), e.logTail(40))
	}
	if err := p.stop(30 * time.Second); err != nil {
		t.Errorf("third daemon: %v", err)
	}
}

// TestForwardRejectionNeedsExplicitSend: the owner forwards a rejection
// followupd never saw with "rejection" on the first line; even in auto
// mode the feedback request waits for an explicit "send", then leaves once.
func TestForwardRejectionNeedsExplicitSend(t *testing.T) {
	e := newEnv(t, "[approval]\nmode = \"auto\"\n")
	inbox, sink := e.inbox(), e.sink()
	e.startDaemon()
	sam := person{"Sam Patel", "sam.patel@contoso.example"}
	e.forward(e.ownerFrom(), "rejection", sam, "Product Analyst at Contoso", "Dear Alex,\n\nWe will not be taking your application further.\n\nSam Patel\nContoso")
	req := inbox.waitFor(arrive, 1, "approval request", purposeIs("approval-request"))[0]
	if !strings.Contains(req.msg.Body, sam.email) {
		t.Errorf("the approval request does not show %s:\n%s", sam.email, req.msg.Body)
	}
	time.Sleep(settle)
	if got := sink.matching(toDomain("contoso.example")); len(got) != 0 {
		t.Fatalf("Contoso received %d letters before the owner's send, want none (auto mode must not send a forward's letter)", len(got))
	}
	e.reply(req, e.ownerFrom(), "send")
	sink.waitFor(arrive, 1, "feedback request", to(sam.email))
	time.Sleep(settle)
	if got := sink.matching(toDomain("contoso.example")); len(got) != 1 {
		t.Errorf("Contoso received %d letters, want 1", len(got))
	}
}

// TestForwardIgnoreCancels: a rejection brings an approval request; the
// owner forwards the rejection with "ignore": the feedback request is
// cancelled and a later "send" sends nothing.
func TestForwardIgnoreCancels(t *testing.T) {
	e := newEnv(t, "")
	inbox, sink := e.inbox(), e.sink()
	e.startDaemon()
	dana := person{"Dana Lee", "dana.lee@woodgrove.example"}
	rej := rejection{company: "Woodgrove", role: "Analytics Engineer", from: dana, signer: "Dana Lee"}
	e.rejectionMail(rej)
	req := inbox.waitFor(arrive, 1, "approval request", purposeIs("approval-request"))[0]
	e.forward(e.ownerFrom(), "ignore", dana, "Your application for "+rej.role, "Dear Alex,\n\nWe have decided to move forward with other candidates.")
	inbox.waitFor(arrive, 1, "notice that the feedback request is cancelled", and(purposeIs("notice"), subjectHas("Cancelled")))
	e.reply(req, e.ownerFrom(), "send")
	inbox.waitFor(arrive, 1, "notice that it was already cancelled", and(purposeIs("notice"), subjectHas("Already cancelled")))
	time.Sleep(settle)
	if got := sink.matching(toDomain("woodgrove.example")); len(got) != 0 {
		t.Errorf("Woodgrove received %d letters after \"ignore\", want none", len(got))
	}
}

// TestForwardForgedSendsNothing: a forward to act from a stranger is
// refused; one forged in the owner's name brings only an approval request,
// which an answer without a valid token cannot approve.
func TestForwardForgedSendsNothing(t *testing.T) {
	e := newEnv(t, "[approval]\nmode = \"auto\"\n")
	inbox, sink := e.inbox(), e.sink()
	e.startDaemon()
	victim := person{"Lee Brown", "lee.brown@tailspin.example"}
	e.forward("Mallory <mallory@evil.example>", "rejection", victim, "Your application", "We will not proceed.")
	inbox.waitFor(arrive, 1, "notice refusing the stranger's forward", and(purposeIs("notice"), subjectHas("mallory@evil.example")))

	e.forward(e.ownerFrom(), "rejection", victim, "Your application at Tailspin", "We will not proceed with your application.")
	req := inbox.waitFor(arrive, 1, "approval request", purposeIs("approval-request"))[0]
	parts := strings.SplitN(req.msg.MessageID, ".", 4)
	_, domain, _ := strings.Cut(parts[3], "@")
	e.replyTo(strings.Join(parts[:3], ".")+".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA@"+domain, req.msg.Subject, e.ownerFrom(), "send")
	inbox.waitFor(arrive, 1, "notice refusing the forged token", and(purposeIs("notice"), subjectHas("invalid approval token")))
	time.Sleep(settle)
	for _, d := range []string{"tailspin.example", "evil.example"} {
		if got := sink.matching(toDomain(d)); len(got) != 0 {
			t.Errorf("letters to %s left after forged forwards: %v, want none", d, countBy(got, received.deliveredTo))
		}
	}
	if got := inbox.matching(purposeIs("approval-request")); len(got) != 1 {
		t.Errorf("the owner got %d approval requests, want 1 (none for the stranger's forward)", len(got))
	}
}
