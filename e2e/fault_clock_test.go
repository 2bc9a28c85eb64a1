package e2e

import (
	"fmt"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/daemon"
	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/schedule"
)

// virtualDay is the injected clock of a fault test and the business hours
// around it: the clock starts at start (near the real time, so that mail
// dates and the watcher's look-back agree), business hours run from an
// hour before it to three hours after, on every day, in UTC.
type virtualDay struct {
	start       time.Time
	open, close int // business hours, UTC, open < close
}

func newVirtualDay(now time.Time) virtualDay {
	now = now.UTC().Truncate(time.Second)
	if h := now.Hour(); h < 1 || h > 20 {
		now = now.Add(-4 * time.Hour) // keep the window inside one day
	}
	return virtualDay{start: now, open: now.Hour() - 1, close: now.Hour() + 3}
}

// hours is the config's business_hours.
func (d virtualDay) hours() string { return fmt.Sprintf("%02d:00-%02d:00", d.open, d.close) }

// night is an instant after closing time, before the next opening.
func (d virtualDay) night() time.Time {
	day := d.start.Truncate(24 * time.Hour)
	return day.Add(time.Duration(d.close)*time.Hour + 90*time.Minute)
}

// nextOpening is the first opening after night().
func (d virtualDay) nextOpening() time.Time {
	return d.start.Truncate(24 * time.Hour).Add(24*time.Hour + time.Duration(d.open)*time.Hour)
}

// inHours reports whether t (UTC) is within business hours.
func (d virtualDay) inHours(t time.Time) bool {
	h := t.UTC().Hour()
	return h >= d.open && h < d.close
}

// setSchedule gives env's config the day's business hours and real delays
// and deadline (every day a business day, UTC).
func (e *env) setSchedule(d virtualDay) {
	e.edit(`business_hours = "00:00-24:00"`, fmt.Sprintf("business_hours = %q", d.hours()))
	e.edit(`thank_you_delay = "0s"`, `thank_you_delay = "1h"`)
	e.edit(`feedback_delay = "0s"`, `feedback_delay = "1h"`)
	e.edit(`daily_send_cap = 1000`, "daily_send_cap = 1000\nthank_you_deadline = \"3h\"")
	e.edit(`lookback_days = 1`, `lookback_days = 3`)
}

// batch is what a fault test puts in flight: an interview that has just
// ended with two interviewers (two thank-yous, with a deadline) and
// rejections from three companies (three feedback requests, without).
type batch struct {
	recipients []string
	thankYous  []string
}

func (e *env) injectBatch(now time.Time) batch {
	e.t.Helper()
	e.interviewMail(interview{company: "Northwind", role: "Senior Data Analyst", ref: "R-7781", arranger: maya,
		interviewers: []person{priya, tom}, uid: "iv-" + e.tag + "@northwind.example", start: now.Add(-time.Hour), end: now.Add(-5 * time.Minute)})
	b := batch{thankYous: []string{priya.email, tom.email}}
	b.recipients = append(b.recipients, b.thankYous...)
	for _, em := range employers(3) {
		e.rejectionMail(rejection{company: em.company, role: "Data Analyst", from: em.contact, signer: em.contact.name})
		b.recipients = append(b.recipients, em.contact.email)
	}
	return b
}

// approveAll answers "send" to every approval request until n follow-ups
// are scheduled, and returns the requests answered.
func (e *env) approveAll(inbox *mailbox, n int) int {
	e.t.Helper()
	answered := map[string]bool{}
	deadline := time.Now().Add(arrive)
	for {
		for _, r := range inbox.poll() {
			if r.purpose() == "approval-request" && !answered[r.msg.MessageID] {
				answered[r.msg.MessageID] = true
				e.reply(r, e.ownerFrom(), "send")
			}
		}
		scheduled := 0
		for _, f := range e.followups() {
			if f.State == followup.Scheduled {
				scheduled++
			}
		}
		if scheduled >= n {
			return len(answered)
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("%d of %d follow-ups scheduled after answering %d approval requests; states %s", scheduled, n, len(answered), e.states())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitStore polls the store until ok holds for its follow-ups.
func (e *env) waitStore(what string, ok func([]followup.Followup) bool) []followup.Followup {
	e.t.Helper()
	deadline := time.Now().Add(arrive)
	for {
		fus := e.followups()
		if ok(fus) {
			return fus
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("the store never showed %s; states %s", what, e.states())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// lateNotices counts the owner's "Late:" notices by the recipient of
// the letter they are about.
func (e *env) lateNotices(inbox *mailbox) map[string]int {
	out := map[string]int{}
	for _, r := range inbox.matching(and(purposeIs("notice"), subjectHas("Late:"))) {
		for _, p := range []person{priya, tom} {
			if strings.Contains(r.msg.Body, p.email) {
				out[p.email]++
			}
		}
	}
	return out
}

// lettersTo counts the letters each recipient got, and the Message-IDs
// seen more than once.
func lettersTo(sink *mailbox, recipients []string) (got map[string]int, dups int) {
	got = map[string]int{}
	ids := map[string]int{}
	want := map[string]bool{}
	for _, r := range recipients {
		want[r] = true
	}
	for _, m := range sink.all() {
		if want[m.deliveredTo()] {
			got[m.deliveredTo()]++
			if ids[m.msg.MessageID]++; ids[m.msg.MessageID] == 2 {
				dups++
			}
		}
	}
	return got, dups
}

// TestFaultClockJump: five approved letters are due within business
// hours when the machine sleeps (the injected clock jumps from before
// they are due to the night), then the clock steps forward again by NTP
// to just before the next opening. No letter goes at night or before the
// opening; all five go at the opening, once each, dated then; the two
// thank-yous, now past their deadline, are marked late (status shows it)
// and the owner is told so, once each.
func TestFaultClockJump(t *testing.T) {
	e := newEnv(t, "")
	day := newVirtualDay(time.Now())
	e.setSchedule(day)
	clock := schedule.NewManualClock(day.start)
	inbox, sink := e.inbox(), e.sink()
	followupdBinary(t) // for status, built before the clock matters
	e.startDaemonWith(daemon.Options{Clock: clock, MaxSleep: 48 * time.Hour})
	b := e.injectBatch(day.start)
	approvals := e.approveAll(inbox, len(b.recipients))
	for _, f := range e.followups() {
		if !day.inHours(f.DueAt) || f.DueAt.Before(day.start) || f.Late {
			t.Errorf("follow-up %d to %s planned %s (late %v), want within today's business hours, on time", f.ID, f.Recipient.Email, f.DueAt, f.Late)
		}
	}

	// Suspend: the clock jumps over every due time into the night.
	clock.Set(day.night())
	opening := day.nextOpening()
	e.waitStore("every letter held until the next opening", func(fus []followup.Followup) bool {
		for _, f := range fus {
			if f.State != followup.Scheduled || !f.DueAt.Equal(opening) {
				return false
			}
		}
		return true
	})
	time.Sleep(settle)
	if got, _ := lettersTo(sink, b.recipients); len(got) > 0 {
		t.Fatalf("letters went at night (%s): %v", day.night().Format(time.RFC3339), got)
	}
	late, nLate := map[string]bool{}, 0
	for _, p := range e.statusJSON().Pending {
		late[p.Recipient] = p.Late
		if p.Late {
			nLate++
		}
	}
	for _, r := range b.recipients {
		wantLate := r == priya.email || r == tom.email
		if late[r] != wantLate {
			t.Errorf("status: the letter to %s late = %v, want %v (thank-yous are past their 3h deadline, feedback requests have none)", r, late[r], wantLate)
		}
	}

	// An NTP step of hours, to just before the opening: still nothing.
	clock.Set(opening.Add(-30 * time.Minute))
	clock.WaitFor(1, 10*time.Second)
	time.Sleep(settle)
	if got, _ := lettersTo(sink, b.recipients); len(got) > 0 {
		t.Fatalf("letters went before the opening: %v", got)
	}

	// The opening: every letter goes, once, dated at the opening.
	clock.Set(opening)
	sink.waitFor(arrive, len(b.recipients), "letters at the opening", func(r received) bool { return strings.Contains(strings.Join(b.recipients, " "), r.deliveredTo()) })
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
		date, err := mail.ParseDate(m.msg.Get("Date"))
		if err != nil || !date.Equal(opening) {
			t.Errorf("the letter to %s is dated %q, want the opening %s", m.deliveredTo(), m.msg.Get("Date"), opening.Format(time.RFC1123Z))
		}
	}
	for _, f := range e.followups() {
		if f.State != followup.Sent {
			t.Errorf("follow-up %d to %s ended %s, want sent", f.ID, f.Recipient.Email, f.State)
		}
	}
	// The owner hears once about each letter that became late.
	time.Sleep(settle)
	lateNotices := e.lateNotices(inbox)
	if len(lateNotices) != 2 || lateNotices[priya.email] != 1 || lateNotices[tom.email] != 1 {
		t.Errorf("late notices by recipient %v, want one about each thank-you (%s, %s)", lateNotices, priya.email, tom.email)
	}
	owner := countBy(inbox.all(), received.purpose)
	t.Logf("injected: clock %s → %s (suspend over the due times) → %s (NTP step) → %s (opening)",
		day.start.Format("Mon 15:04"), day.night().Format("Mon 15:04"), opening.Add(-30*time.Minute).Format("Mon 15:04"), opening.Format("Mon 15:04"))
	t.Logf("seen: %d letters sent, %d duplicates, %d lost, none at night; %d marked late; owner mail: %d approval requests (%d answered), %d confirmations, %d notices (%d \"Late:\")",
		len(got), dups, lost, nLate, owner["approval-request"], approvals, owner["confirmation"], owner["notice"], len(lateNotices))
}
