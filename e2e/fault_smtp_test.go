package e2e

import (
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/daemon"
	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/schedule"
)

// stepUntil moves the injected clock from timer to timer (the outbox's
// wake-ups) up to end, letting the daemon work at each, and returns how
// many wake-ups it made.
func stepUntil(t *testing.T, clock *schedule.ManualClock, end time.Time) int {
	t.Helper()
	steps := 0
	for clock.Now().Before(end) {
		if !clock.WaitFor(1, 20*time.Second) {
			t.Fatalf("the outbox did not go back to sleep within 20s at %s", clock.Now().Format(time.RFC3339))
		}
		next, _ := clock.Next()
		if next.After(end) {
			next = end
		}
		clock.Set(next)
		steps++
	}
	clock.WaitFor(1, 20*time.Second)
	return steps
}

// TestFaultPostfixRefuses: five approved letters (two thank-yous with a
// 3h deadline, three feedback requests) fall due while Postfix is
// stopped (connections refused), then answers "451 4.3.0" to everything
// the owner's address sends, for hours on the injected clock: past the
// thank-yous' deadline and past closing time. The letters wait with
// backoff, status shows the server's answer, the owner is told once that
// each thank-you is late; Postfix accepts again at night, and still the
// letters wait for the opening, then go once each, dated in business hours.
func TestFaultPostfixRefuses(t *testing.T) {
	e := newFaultEnv(t, "")
	day := newVirtualDay(time.Now())
	e.setSchedule(day)
	clock := schedule.NewManualClock(day.start)
	inbox, sink := e.inbox(), e.sink()
	followupdBinary(t)
	logs := e.startDaemonWith(daemon.Options{Clock: clock, MaxSleep: 48 * time.Hour})
	b := e.injectBatch(day.start)
	approvals := e.approveAll(inbox, len(b.recipients))
	inbox.waitFor(arrive, len(b.recipients), "confirmations that the letters are scheduled", and(purposeIs("confirmation"), subjectHas("Scheduled")))

	// Postfix stops; the letters fall due.
	e.stack.StopSMTP(t)
	due := clock.Now()
	for _, f := range e.followups() {
		due = later(due, f.DueAt)
	}
	refusedSteps := stepUntil(t, clock, due.Add(20*time.Minute))
	for _, p := range e.statusJSON().Pending {
		if p.State != "scheduled" || !strings.Contains(p.LastError, "refused") && !strings.Contains(p.LastError, "connect") {
			t.Errorf("status while Postfix is stopped: %s to %s %s, last error %q; want scheduled, saying the connection failed", p.Kind, p.Recipient, p.State, p.LastError)
		}
	}

	// Postfix answers 451 to the owner's mail, past deadline and closing.
	e.stack.StartSMTP(t)
	e.stack.DeferSMTP(t, e.owner.User)
	night := day.night()
	deferredSteps := stepUntil(t, clock, night)
	for _, p := range e.statusJSON().Pending {
		if !strings.Contains(p.LastError, "451") {
			t.Errorf("status during the 451s: %s to %s, last error %q, want the server's 451", p.Kind, p.Recipient, p.LastError)
		}
	}
	if got, _ := lettersTo(sink, b.recipients); len(got) > 0 {
		t.Fatalf("letters arrived while Postfix refused them: %v", got)
	}

	// Postfix accepts again, at night: the owner's mail goes, the letters wait.
	e.stack.UndeferSMTP(t)
	nightSteps := stepUntil(t, clock, night.Add(2*time.Hour))
	late := inbox.waitFor(arrive, 2, "the late notices", and(purposeIs("notice"), subjectHas("Late:")))
	time.Sleep(settle)
	if got, _ := lettersTo(sink, b.recipients); len(got) > 0 {
		t.Fatalf("letters went at night once Postfix accepted again: %v", got)
	}
	for _, f := range e.followups() {
		if f.State != followup.Scheduled {
			t.Errorf("follow-up %d to %s is %s after the outage, want still scheduled", f.ID, f.Recipient.Email, f.State)
		}
	}

	// The opening: each letter goes once, in business hours.
	opening := day.nextOpening()
	openSteps := stepUntil(t, clock, opening.Add(time.Hour))
	sink.waitFor(arrive, len(b.recipients), "the letters at the opening", func(r received) bool { return strings.Contains(strings.Join(b.recipients, " "), r.deliveredTo()) })
	time.Sleep(settle)
	got, dups := lettersTo(sink, b.recipients)
	lost := 0
	for _, r := range b.recipients {
		if got[r] != 1 {
			t.Errorf("%s received %d letters, want 1", r, got[r])
		}
		if got[r] == 0 {
			lost++
		}
	}
	for _, m := range sink.all() {
		if !strings.Contains(strings.Join(b.recipients, " "), m.deliveredTo()) {
			continue
		}
		if d, err := mail.ParseDate(m.msg.Get("Date")); err != nil || d.Before(opening) || !day.inHours(d) {
			t.Errorf("the letter to %s is dated %q, want from the opening %s, within business hours", m.deliveredTo(), m.msg.Get("Date"), opening.Format(time.RFC1123Z))
		}
	}
	notices := e.lateNotices(inbox)
	if len(notices) != 2 || notices[priya.email] != 1 || notices[tom.email] != 1 {
		t.Errorf("late notices by recipient %v, want one about each thank-you", notices)
	}
	for _, n := range late {
		if !strings.Contains(n.msg.Body, "451") {
			t.Errorf("the late notice does not say what the server answered:\n%s", n.msg.Body)
		}
	}
	failed := len(inbox.matching(and(purposeIs("notice"), subjectHas("Failed:"))))
	if failed != 0 {
		t.Errorf("the owner was told %d letters failed, want none", failed)
	}
	ownerIDs := countBy(inbox.all(), func(r received) string { return r.msg.MessageID })
	for id, n := range ownerIDs {
		if n > 1 {
			t.Errorf("message <%s> reached the owner %d times", id, n)
		}
	}
	log := logs.String()
	owner := countBy(inbox.all(), received.purpose)
	t.Logf("injected: Postfix stopped for %s then answering 451 to the owner's mail until %s, on the injected clock (due %s, closing %02d:00, opening %s)",
		(20 * time.Minute).String(), night.Format("Mon 15:04"), due.Format("Mon 15:04"), day.close, opening.Format("Mon 15:04"))
	t.Logf("seen: %d outbox wake-ups refused, %d deferred, %d at night, %d after the opening; %d send attempts deferred in the log; %d letters sent, %d duplicates, %d lost; owner: %d late notices, %d failure notices, %d approval requests (%d answered), %d confirmations",
		refusedSteps, deferredSteps, nightSteps, openSteps, strings.Count(log, `msg="sending deferred"`), len(got), dups, lost, len(late), failed, owner["approval-request"], approvals, owner["confirmation"])
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
