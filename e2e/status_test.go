package e2e

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/daemon"
	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/schedule"
)

// runDaemon runs daemon.Run in this process on clock until the returned
// stop is called (or the test ends): a restart is a stop, then a new run.
func (e *env) runDaemon(clock schedule.Clock) (stop func()) {
	e.t.Helper()
	logs := &logBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- daemon.Run(ctx, daemon.Options{Config: e.config(), Clock: clock, Logger: log}) }()
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			if err != nil {
				e.t.Errorf("daemon.Run = %v, want nil after cancel", err)
			}
		case <-time.After(30 * time.Second):
			e.t.Errorf("daemon.Run did not return within 30s of cancel")
		}
		if e.t.Failed() {
			e.t.Logf("daemon log:\n%s", logs.String())
		}
	}
	e.t.Cleanup(stop)
	return stop
}

// promiseMail injects an employer's message that names the day it will
// come back by, written at date, and returns its Message-ID.
func (e *env) promiseMail(from person, company, text string, date time.Time) string {
	e.t.Helper()
	_, domain, _ := strings.Cut(from.email, "@")
	id := e.nextID("promise", domain)
	e.send(from.email, []string{e.owner.User}, fmt.Sprintf(`From: %s
To: %s <%s>
Subject: Your application to %s
Date: %s
Message-ID: <%s>
%s: %s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Alex,

Thank you for applying for the Data Analyst role at %s. We have received
your application and our team is reviewing it. %s

Kind regards,
%s
Talent Acquisition, %s
`, from, ownerName, e.owner.User, company, date.Format(time.RFC1123Z), id, markerHdr, e.tag, company, text, from.name, company))
	return id
}

// newsMail injects a short human message from the employer in the thread
// of ref, written at date.
func (e *env) newsMail(from person, ref, text string, date time.Time) {
	e.t.Helper()
	_, domain, _ := strings.Cut(from.email, "@")
	e.send(from.email, []string{e.owner.User}, fmt.Sprintf(`From: %s
To: %s <%s>
Subject: Re: Your application
Date: %s
Message-ID: <%s>
In-Reply-To: <%s>
References: <%s>
%s: %s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Alex,

%s

Best,
%s
`, from, ownerName, e.owner.User, date.Format(time.RFC1123Z), e.nextID("news", domain), ref, ref, markerHdr, e.tag, text, from.name))
}

// waitStore polls the store until ok holds for the follow-ups, or fails.
func (e *env) waitStore(what string, ok func([]followup.Followup) bool) {
	e.t.Helper()
	deadline := time.Now().Add(arrive)
	for !ok(e.followups()) {
		if time.Now().After(deadline) {
			e.t.Fatalf("waiting for %s: the store holds %s", what, e.states())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func statusChecks(fus []followup.Followup) map[int64]followup.Followup {
	out := map[int64]followup.Followup{}
	for _, f := range fus {
		if f.Kind == followup.StatusCheck {
			out[f.ApplicationID] = f
		}
	}
	return out
}

// TestStatusCheckOnceAfterStatedDate: two employers say they will come
// back "by Friday". Northwind stays silent: after Friday plus two
// business days the owner is asked once, and after "send" one status
// check leaves, in the thread of Northwind's message. Contoso writes again
// first: nothing is drafted for it. The daemon runs on a manual clock and
// is restarted between the promise and the due day, and again after the
// check left: nothing is ever asked or sent twice.
func TestStatusCheckOnceAfterStatedDate(t *testing.T) {
	e := newEnv(t, "")
	inbox, sink := e.inbox(), e.sink()
	start := time.Now().UTC().Truncate(time.Hour)
	clock := schedule.NewManualClock(start)
	began := time.Now()
	stop := e.runDaemon(clock)

	dana := person{"Dana Whitfield", "dana.whitfield@northwind.example"}
	lee := person{"Lee Okafor", "lee.okafor@contoso.example"}
	quiet := e.promiseMail(dana, "Northwind", "We will get back to you by Friday.", start)
	talky := e.promiseMail(lee, "Contoso", "We will get back to you by Friday.", start)
	e.waitStore("two status checks planned", func(fus []followup.Followup) bool { return len(statusChecks(fus)) == 2 })
	planned := time.Since(began)

	// Friday after the day written (strictly after), then two days more
	// (every day is a business day in the test's config): asked at the
	// midnight that ends the second.
	day := time.Date(start.Year(), start.Month(), start.Day(), 0, 0, 0, 0, time.UTC)
	n := (int(time.Friday) - int(day.Weekday()) + 7) % 7
	if n == 0 {
		n = 7
	}
	due := day.AddDate(0, 0, n+3)
	for _, f := range statusChecks(e.followups()) {
		if !f.RequestAt.Equal(due) || f.State != followup.Drafted {
			t.Fatalf("status check #%d: %s, asking at %v; want drafted, asking at %v", f.ID, f.State, f.RequestAt, due)
		}
	}

	clock.Set(start.Add(24 * time.Hour))
	e.newsMail(lee, talky, "A quick update: the hiring manager is travelling this week, so our decision may take a little longer. Thanks for your patience.", clock.Now())
	e.waitStore("Contoso's check cancelled", func(fus []followup.Followup) bool {
		n := 0
		for _, f := range statusChecks(fus) {
			if f.State == followup.Cancelled {
				n++
			}
		}
		return n == 1
	})

	// Restart between the promise and the due day.
	stop()
	stop = e.runDaemon(clock)
	clock.Set(due.Add(-time.Minute))
	time.Sleep(settle)
	if got := inbox.matching(purposeIs("approval-request")); len(got) != 0 {
		t.Fatalf("asked %d times before the check was due", len(got))
	}
	clock.Set(due.Add(time.Minute))
	asked := time.Now()
	req := inbox.waitFor(arrive, 1, "approval request for the status check", purposeIs("approval-request"))[0]
	askLatency := time.Since(asked)
	if !strings.Contains(req.msg.Body, dana.email) || strings.Contains(req.msg.Body, lee.email) {
		t.Errorf("the approval request is not about Northwind's check only:\n%s", req.msg.Body)
	}
	e.reply(req, e.ownerFrom(), "send")
	letter := sink.waitFor(arrive, 1, "status check to "+dana.email, to(dana.email))[0]
	sendLatency := time.Since(asked)
	if got := strings.Join(letter.msg.InReplyTo, " "); got != quiet {
		t.Errorf("status check In-Reply-To = %q, want Northwind's message %q", got, quiet)
	}
	if !strings.Contains(letter.msg.Body, "get back to me by") {
		t.Errorf("the status check does not recall the day they named:\n%s", letter.msg.Body)
	}

	// Restart after it left, and let days pass: never a second one.
	stop()
	e.runDaemon(clock)
	for i := 1; i <= 5; i++ {
		clock.Set(due.Add(time.Duration(i) * 48 * time.Hour))
		time.Sleep(settle / 3)
	}
	time.Sleep(settle)
	if got := sink.matching(toDomain("northwind.example")); len(got) != 1 {
		t.Errorf("Northwind received %d letters, want one status check", len(got))
	}
	if got := sink.matching(toDomain("contoso.example")); len(got) != 0 {
		t.Errorf("Contoso, which wrote first, received %d letters, want none", len(got))
	}
	if got := inbox.matching(purposeIs("approval-request")); len(got) != 1 {
		t.Errorf("the owner was asked %d times, want once", len(got))
	}
	checks := statusChecks(e.followups())
	states := map[followup.State]int{}
	for _, f := range checks {
		states[f.State]++
	}
	if len(checks) != 2 || states[followup.Sent] != 1 || states[followup.Cancelled] != 1 {
		t.Errorf("status checks: %v, want one sent (Northwind) and one cancelled (Contoso)", states)
	}
	t.Logf("planned %v after the promise was sent; approval request %v after the due time came; letter out %v after it (including the owner's answer)",
		planned.Round(time.Millisecond), askLatency.Round(time.Millisecond), sendLatency.Round(time.Millisecond))
}
