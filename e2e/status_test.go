package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/followupd/followupd/internal/daemon"
	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/schedule"
	"log/slog"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// statusJSON is the part of `followupd status --json` the test reads.
type statusJSON struct {
	Applications []struct {
		Company string `json:"company"`
		Role    string `json:"role"`
		Stage   string `json:"stage"`
	} `json:"applications"`
	Pending []struct {
		ID        int64  `json:"id"`
		Kind      string `json:"kind"`
		State     string `json:"state"`
		Company   string `json:"company"`
		Recipient string `json:"recipient"`
		Late      bool   `json:"late"`
		LastError string `json:"last_error"`
	} `json:"pending"`
	Store struct {
		Full             bool `json:"full"`
		LastWriteFailure *struct {
			Problem string `json:"problem"`
		} `json:"last_write_failure"`
	} `json:"store"`
	Watcher []struct {
		Role    string `json:"role"`
		Mailbox string `json:"mailbox"`
		State   string `json:"state"`
	} `json:"watcher"`
}

// status runs the built binary's status command against env's config.
func (e *env) status(args ...string) (string, string, error) {
	e.t.Helper()
	cmd := exec.Command(followupdBinary(e.t), append([]string{"status", "--config", e.cfgPath}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	return stdout.String(), stderr.String(), err
}

func (e *env) statusJSON() statusJSON {
	e.t.Helper()
	out, errOut, err := e.status("--json")
	if err != nil {
		e.t.Fatalf("followupd status --json: %v\n%s", err, errOut)
	}
	var s statusJSON
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		e.t.Fatalf("followupd status --json printed no JSON object: %v\n%s", err, out)
	}
	return s
}

// TestStatusWhileRunning: while the daemon runs, `followupd status --json`
// (another process reading the same store) shows the application, the
// follow-up awaiting the owner's answer and the watcher's state; the text
// form shows the same.
func TestStatusWhileRunning(t *testing.T) {
	e := newEnv(t, "")
	followupdBinary(t) // build before the clock starts
	inbox := e.inbox()
	e.startDaemon()
	sam := person{"Sam Patel", "sam.patel@contoso.example"}
	e.rejectionMail(rejection{company: "Contoso", role: "Product Analyst", from: sam, signer: "Sam Patel"})
	inbox.waitFor(arrive, 1, "approval request", purposeIs("approval-request"))

	s := e.statusJSON()
	if len(s.Applications) != 1 || s.Applications[0].Company != "Contoso" || s.Applications[0].Stage != "rejected" {
		t.Errorf("status applications = %+v, want one: Contoso, rejected", s.Applications)
	}
	if len(s.Pending) != 1 {
		t.Fatalf("status pending = %+v, want one feedback request", s.Pending)
	}
	p := s.Pending[0]
	if p.Kind != "feedback" || p.State != "awaiting_approval" || p.Company != "Contoso" || p.Recipient != sam.email {
		t.Errorf("status pending[0] = %+v, want feedback, awaiting_approval, Contoso, %s", p, sam.email)
	}
	roles := map[string]string{}
	for _, w := range s.Watcher {
		roles[w.Role] = w.State
	}
	if roles["inbox"] == "" || roles["sent"] == "" {
		t.Errorf("status watcher = %+v, want the inbox and the Sent folder", s.Watcher)
	}

	text, errOut, err := e.status()
	if err != nil {
		t.Fatalf("followupd status: %v\n%s", err, errOut)
	}
	for _, want := range []string{"APPLICATIONS", "Contoso", "PENDING FOLLOW-UPS", "feedback", sam.email, "awaiting your answer", "MAILBOX WATCHER"} {
		if !strings.Contains(text, want) {
			t.Errorf("followupd status does not show %q:\n%s", want, text)
		}
	}
}

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

func statusChecks(fus []followup.Followup) map[int64]followup.Followup {
	out := map[int64]followup.Followup{}
	for _, f := range fus {
		if f.Kind == followup.StatusCheck {
			out[f.ApplicationID] = f
		}
	}
	return out
}

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
