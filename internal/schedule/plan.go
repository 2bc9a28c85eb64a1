package schedule

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/followup"
)

// Kind names the follow-up a send time is planned for: followup's Kind.
type Kind = followup.Kind

// The kinds of follow-up.
const (
	// ThankYou is the note after an interview; Event is the interview's end.
	ThankYou = followup.ThankYou
	// Feedback is the request for feedback after a rejection; Event is when
	// the rejection arrived.
	Feedback = followup.Feedback
	// StatusCheck is the one status check after the day the employer
	// named; Event is when it became due (see StatusCheckDue).
	StatusCheck = followup.StatusCheck
)

// ParseKind reads a Kind as written on the command line.
func ParseKind(s string) (Kind, error) {
	switch k := Kind(strings.ToLower(strings.TrimSpace(s))); k {
	case ThankYou, Feedback:
		return k, nil
	}
	return "", fmt.Errorf("unknown kind %q: want %q or %q", s, ThankYou, Feedback)
}

// Request is what Plan needs to know about one follow-up.
type Request struct {
	Kind Kind
	// Event is the interview's end (ThankYou) or the rejection's arrival
	// (Feedback). Any location: it is read on Zone's wall clock.
	Event time.Time
	// Zone is the recipient's time zone: the interview's zone, else the
	// owner's.
	Zone *time.Location
	// Country is the ISO 3166-1 alpha-2 code (or region, "AU-VIC") whose
	// public holidays apply, usually RegionForZone of the zone, else the
	// owner's country; "" for none.
	Country string
	// Approved is when the owner approved the draft; zero if not yet.
	Approved time.Time
}

// Slot is Plan's answer.
type Slot struct {
	// SendAt is when the follow-up may leave, in Zone.
	SendAt time.Time
	// Deadline is when a thank-you stops being prompt, in Zone; zero for a
	// feedback request, which has none.
	Deadline time.Time
	// Late is true when SendAt is after Deadline.
	Late bool
	// Reason explains the choice in one sentence, for the owner.
	Reason string
}

// Plan decides when a follow-up may be sent, as a pure function of the
// request and the policy (no clock is read; the approval time is the only
// "now" that matters and it is part of the request).
//
// A thank-you for an interview ending at E has the deadline
// D = E + ThankYouDeadline. It goes at T, the first business instant at or
// after E + ThankYouDelay, if T ≤ D; otherwise at the first business instant
// at or after E + ThankYouMinDelay if that is ≤ D; otherwise at T, marked
// late. A feedback request goes at the first business instant at or after
// R + FeedbackDelay and has no deadline. An approval at A after the planned
// time moves the send to the first business instant at or after A (late if
// that passes D); an earlier approval changes nothing.
//
// Delays are added on the recipient's wall clock (see AddWall).
func Plan(req Request, p Policy) (Slot, error) {
	if req.Zone == nil {
		return Slot{}, errors.New("schedule: plan: no time zone")
	}
	if req.Event.IsZero() {
		return Slot{}, errors.New("schedule: plan: no event time")
	}
	if err := p.Validate(); err != nil {
		return Slot{}, fmt.Errorf("schedule: plan: %w", err)
	}
	loc := req.Zone
	event := req.Event.In(loc)
	country := strings.ToUpper(req.Country)
	w := writer{loc: loc, country: country, p: p}

	var s Slot
	switch req.Kind {
	case ThankYou:
		s = planThankYou(event, w)
	case Feedback:
		at, skipped := nextBusiness(AddWall(event, p.FeedbackDelay, loc), loc, country, p)
		s = Slot{SendAt: at}
		s.Reason = fmt.Sprintf("%s after the rejection arrived, %s.", short(p.FeedbackDelay), w.opening(at, AddWall(event, p.FeedbackDelay, loc), skipped))
	case StatusCheck:
		at, skipped := nextBusiness(event, loc, country, p)
		s = Slot{SendAt: at}
		s.Reason = fmt.Sprintf("When nothing came from the employer two business days after the day it named, %s.", w.opening(at, event, skipped))
	default:
		return Slot{}, fmt.Errorf("schedule: plan: unknown kind %q: want %q or %q", req.Kind, ThankYou, Feedback)
	}

	if !req.Approved.IsZero() && req.Approved.After(s.SendAt) {
		approved := req.Approved.In(loc)
		at, skipped := nextBusiness(approved, loc, country, p)
		s.SendAt = at
		s.Late = !s.Deadline.IsZero() && at.After(s.Deadline)
		var b strings.Builder
		fmt.Fprintf(&b, "Approved %s, after the planned time, so it goes %s", w.when(approved), w.opening(at, approved, skipped))
		if s.Late {
			fmt.Fprintf(&b, ", late: the %s deadline was %s", short(p.ThankYouDeadline), w.when(s.Deadline))
		}
		b.WriteString(".")
		s.Reason = b.String()
	}
	s.SendAt = s.SendAt.In(loc)
	if !s.Deadline.IsZero() {
		s.Deadline = s.Deadline.In(loc)
	}
	return s, nil
}

func planThankYou(end time.Time, w writer) Slot {
	p, loc, country := w.p, w.loc, w.country
	deadline := AddWall(end, p.ThankYouDeadline, loc)
	planned := AddWall(end, p.ThankYouDelay, loc)
	t, skipped := nextBusiness(planned, loc, country, p)
	if !t.After(deadline) {
		return Slot{SendAt: t, Deadline: deadline, Reason: fmt.Sprintf(
			"%s after the interview ended, %s, within the %s deadline.",
			short(p.ThankYouDelay), w.opening(t, planned, skipped), short(p.ThankYouDeadline))}
	}
	early := AddWall(end, p.ThankYouMinDelay, loc)
	t2, skipped2 := nextBusiness(early, loc, country, p)
	if !t2.After(deadline) {
		return Slot{SendAt: t2, Deadline: deadline, Reason: fmt.Sprintf(
			"Waiting %s would miss the %s deadline, so it goes %s after the interview ended, %s.",
			short(p.ThankYouDelay), short(p.ThankYouDeadline), short(p.ThankYouMinDelay), w.opening(t2, early, skipped2))}
	}
	return Slot{SendAt: t, Deadline: deadline, Late: true, Reason: fmt.Sprintf(
		"Neither %s nor %s after the interview ended reaches business hours in %s before the %s deadline (%s), so it goes %s, late.",
		short(p.ThankYouDelay), short(p.ThankYouMinDelay), w.where(), short(p.ThankYouDeadline), w.when(deadline), w.opening(t, planned, skipped))}
}

// NextBusiness returns the first business instant at or after t: a time on
// one of p.BusinessDays, within [p.Open, p.Close) on loc's wall clock, on a
// day that is not a public holiday of country (see IsHoliday). The result
// is in loc. The business hours are computed per calendar day, so a 09:00
// opening is 09:00 local on the days either side of a daylight-saving
// change. If p has no business day at all, t is returned unchanged.
func NextBusiness(t time.Time, loc *time.Location, country string, p Policy) time.Time {
	at, _ := nextBusiness(t, loc, country, p)
	return at
}

// StatusCheckGrace is how many business days after the day an employer
// named followupd waits for its answer before the status check.
const StatusCheckGrace = 2

// StatusCheckDue is when the status check of an application becomes due:
// the employer said it would decide or come back by the calendar day
// stated, and nothing came by the end of the StatusCheckGrace-th business
// day after it (p.BusinessDays that are no public holiday of country, on
// loc's calendar). The result is the midnight that ends that day, in loc.
func StatusCheckDue(stated time.Time, loc *time.Location, country string, p Policy) time.Time {
	workday := map[time.Weekday]bool{}
	for _, d := range p.BusinessDays {
		workday[d] = true
	}
	y, m, d := stated.Date()
	day := time.Date(y, m, d, 12, 0, 0, 0, loc) // noon: never in a DST gap
	for n, i := 0, 0; n < StatusCheckGrace && i < maxScan; i++ {
		day = day.AddDate(0, 0, 1)
		if _, holiday := IsHoliday(strings.ToUpper(country), day); len(workday) == 0 || workday[day.Weekday()] && !holiday {
			n++
		}
	}
	y, m, d = day.Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, loc)
}

// maxScan bounds the search for a business day: two years covers any
// holiday list with at least one business weekday.
const maxScan = 2 * 366

// nextBusiness is NextBusiness, also returning the holidays it skipped.
func nextBusiness(t time.Time, loc *time.Location, country string, p Policy) (time.Time, []string) {
	t = t.In(loc)
	var skipped []string
	workday := map[time.Weekday]bool{}
	for _, d := range p.BusinessDays {
		workday[d] = true
	}
	if len(workday) == 0 {
		return t, nil
	}
	y, m, d := t.Date()
	for i := 0; i < maxScan; i++ {
		day := time.Date(y, m, d+i, 12, 0, 0, 0, loc) // noon: never in a DST gap
		if !workday[day.Weekday()] {
			continue
		}
		open := wallClock(day, p.Open, loc)
		closing := wallClock(day, p.Close, loc)
		if !t.Before(closing) {
			continue // this day's hours are over (or t is on a later day)
		}
		if name, ok := IsHoliday(country, day); ok {
			skipped = append(skipped, fmt.Sprintf("%s (%s)", name, day.Format("Mon 2 Jan")))
			continue
		}
		if t.Before(open) {
			return open, skipped
		}
		return t, skipped
	}
	return t, skipped
}

// wallClock returns the instant at offset off from midnight on day's date,
// read on loc's wall clock (off = 24h is the next midnight).
func wallClock(day time.Time, off time.Duration, loc *time.Location) time.Time {
	y, m, d := day.Date()
	h := int(off / time.Hour)
	mi := int(off % time.Hour / time.Minute)
	s := int(off % time.Minute / time.Second)
	return time.Date(y, m, d, h, mi, s, 0, loc)
}

// AddWall adds d to t on loc's wall clock: 24h after 10:00 on the Saturday
// before the clocks change is 10:00 on Sunday, not 09:00 or 11:00. When the
// wall-clock result falls in a gap or an hour that repeats, time.Date's
// choice applies; if that would come out earlier than t, the elapsed sum
// t + d is used instead, so a delay never moves a time backwards.
func AddWall(t time.Time, d time.Duration, loc *time.Location) time.Time {
	lt := t.In(loc)
	y, m, dd := lt.Date()
	h, mi, s := lt.Clock()
	naive := time.Date(y, m, dd, h, mi, s, lt.Nanosecond(), time.UTC).Add(d)
	ny, nm, nd := naive.Date()
	nh, nmi, ns := naive.Clock()
	res := time.Date(ny, nm, nd, nh, nmi, ns, naive.Nanosecond(), loc)
	if d >= 0 && res.Before(lt) {
		return lt.Add(d)
	}
	return res
}

// Validate reports whether p can plan anything: at least one business day,
// hours that open before they close within one day, and no negative delay.
func (p Policy) Validate() error {
	if len(p.BusinessDays) == 0 {
		return errors.New("policy: no business days")
	}
	if p.Open < 0 || p.Close > 24*time.Hour || p.Open >= p.Close {
		return fmt.Errorf("policy: business hours %s-%s: want 00:00 <= open < close <= 24:00", clock(p.Open), clock(p.Close))
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{
		{"thank_you_delay", p.ThankYouDelay},
		{"thank_you_min_delay", p.ThankYouMinDelay},
		{"thank_you_deadline", p.ThankYouDeadline},
		{"feedback_delay", p.FeedbackDelay},
	} {
		if d.v < 0 {
			return fmt.Errorf("policy: %s is negative (%s)", d.name, d.v)
		}
	}
	return nil
}

// writer formats the pieces of a Reason.
type writer struct {
	loc     *time.Location
	country string
	p       Policy
}

// when formats an instant for a sentence, on the recipient's wall clock.
func (w writer) when(t time.Time) string {
	return t.In(w.loc).Format("Mon 2 Jan 15:04 MST")
}

func (w writer) where() string {
	if w.country == "" {
		return w.loc.String()
	}
	return fmt.Sprintf("%s (%s)", w.loc.String(), w.country)
}

// opening says how the send time at relates to the wanted time: the same
// instant (inside business hours) or the next opening, and which holidays
// were skipped on the way.
func (w writer) opening(at, wanted time.Time, skipped []string) string {
	var b strings.Builder
	if at.Equal(wanted) {
		fmt.Fprintf(&b, "at %s, inside business hours in %s", w.when(at), w.where())
	} else {
		fmt.Fprintf(&b, "at the next business hour in %s, %s", w.where(), w.when(at))
	}
	if len(skipped) > 0 {
		fmt.Fprintf(&b, " (skipping %s)", strings.Join(skipped, ", "))
	}
	return b.String()
}

// short writes a duration the way people say it: 2h, 30m, 1h30m, 24h.
func short(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

func clock(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute))
}
