package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/schedule"
)

// weeklyAt is the [digest] table for a weekly digest at t (the test's
// owner lives in UTC).
func weeklyAt(t time.Time) string {
	return "[digest]\nweekly = \"" + strings.ToLower(t.UTC().Format("Mon")) + " " + t.UTC().Format("15:04") + "\"\n"
}

// TestDigestOnceAtSetTime: with [digest] set, the daemon on a manual clock
// sends one digest at the set time, with every section and the application
// it knows of; after a restart, hours and days later in the same week,
// none more.
func TestDigestOnceAtSetTime(t *testing.T) {
	start := time.Now().UTC().Truncate(time.Hour)
	slot := start.Add(2 * time.Hour)
	e := newEnv(t, weeklyAt(slot))
	inbox := e.inbox()
	clock := schedule.NewManualClock(start)
	stop := e.runDaemon(clock)

	dana := person{"Dana Whitfield", "dana.whitfield@northwind.example"}
	e.promiseMail(dana, "Northwind", "We will get back to you by Friday.", start)
	e.waitStore("a status check planned", func(fus []followup.Followup) bool { return len(statusChecks(fus)) == 1 })

	clock.Set(slot.Add(-time.Minute))
	time.Sleep(settle)
	if got := inbox.matching(purposeIs("digest")); len(got) != 0 {
		t.Fatalf("%d digests before the set time, want none", len(got))
	}
	clock.Set(slot.Add(time.Minute))
	asked := time.Now()
	d := inbox.waitFor(arrive, 1, "weekly digest", purposeIs("digest"))[0]
	t.Logf("digest arrived %v after its time came on the clock", time.Since(asked).Round(time.Millisecond))
	if !strings.HasPrefix(d.msg.Subject, "[followupd] Your week:") {
		t.Errorf("digest subject = %q", d.msg.Subject)
	}
	for _, want := range []string{"WAITING ON YOU", "INTERVIEWS COMING UP", "APPLICATIONS (1)", "- Northwind", "LETTERS SENT, LAST 7 DAYS",
		"LETTERS PLANNED (1)", "- Northwind: status check", "to Dana Whitfield", "NOT SURE HOW I READ THESE"} {
		if !strings.Contains(d.msg.Body, want) {
			t.Errorf("the digest does not say %q:\n%s", want, d.msg.Body)
		}
	}
	for _, l := range strings.Split(d.msg.Body, "\n") {
		if n := len([]rune(l)); n > 60 {
			t.Errorf("digest line of %d characters: %q", n, l)
		}
	}

	// Restart in the same week and let hours and days pass: none more.
	stop()
	e.runDaemon(clock)
	for _, after := range []time.Duration{2 * time.Hour, 20 * time.Hour, 3 * 24 * time.Hour, 6 * 24 * time.Hour} {
		clock.Set(slot.Add(after))
		time.Sleep(settle / 3)
	}
	time.Sleep(settle)
	if got := inbox.matching(purposeIs("digest")); len(got) != 1 {
		t.Errorf("the owner got %d digests in one week across a restart, want 1", len(got))
	}
}

// TestDigestAbsent: without [digest], a week passes and no digest is sent.
func TestDigestAbsent(t *testing.T) {
	start := time.Now().UTC().Truncate(time.Hour)
	e := newEnv(t, "")
	inbox := e.inbox()
	clock := schedule.NewManualClock(start)
	e.runDaemon(clock)
	dana := person{"Dana Whitfield", "dana.whitfield@northwind.example"}
	e.promiseMail(dana, "Northwind", "We will get back to you by Friday.", start)
	e.waitStore("a status check planned", func(fus []followup.Followup) bool { return len(statusChecks(fus)) == 1 })
	for h := 12; h <= 7*24; h += 12 {
		clock.Set(start.Add(time.Duration(h) * time.Hour))
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(settle)
	if got := inbox.matching(purposeIs("digest")); len(got) != 0 {
		t.Errorf("the owner got %d digests without [digest], want none", len(got))
	}
}
