// Package schedule decides when a follow-up may leave: business hours on the
// recipient's wall clock, public holidays of the recipient's country, and the
// deadlines career advice sets (a thank-you within 24 hours of the interview).
// It also runs the outbox and the periodic jobs. Every function takes the
// current time as an argument; nothing here reads the clock by itself, so the
// policy can be tested at any instant and replayed by the demo's virtual clock.
package schedule

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Policy holds the owner's timing preferences, as set in the config's
// [schedule] table. The zero value is not useful: start from DefaultPolicy.
type Policy struct {
	// BusinessDays are the weekdays on which mail may be sent.
	BusinessDays []time.Weekday
	// Open and Close bound the business hours on the recipient's wall
	// clock, as offsets from midnight: Open is included, Close excluded.
	// Close may be 24h to mean the end of the day.
	Open, Close time.Duration
	// ThankYouDelay is how long after an interview's end a thank-you is
	// planned, so that it does not read as automatic.
	ThankYouDelay time.Duration
	// ThankYouMinDelay is the shortest wait after an interview's end, used
	// when waiting ThankYouDelay would miss the deadline.
	ThankYouMinDelay time.Duration
	// ThankYouDeadline is how long after an interview's end a thank-you
	// still counts as prompt; later sends are marked late.
	ThankYouDeadline time.Duration
	// FeedbackDelay is how long after a rejection arrives a feedback
	// request is planned.
	FeedbackDelay time.Duration
}

// DefaultPolicy returns the defaults documented in config.example.toml:
// Monday to Friday, 09:00-17:00, thank-you 2h after the interview (at least
// 30m, at most 24h), feedback request 2h after a rejection.
func DefaultPolicy() Policy {
	return Policy{
		BusinessDays:     []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday},
		Open:             9 * time.Hour,
		Close:            17 * time.Hour,
		ThankYouDelay:    2 * time.Hour,
		ThankYouMinDelay: 30 * time.Minute,
		ThankYouDeadline: 24 * time.Hour,
		FeedbackDelay:    2 * time.Hour,
	}
}

var dayNames = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

// ParseDays reads business days written as three-letter English names
// ("mon" … "sun"), in any order, without repeats.
func ParseDays(names []string) ([]time.Weekday, error) {
	if len(names) == 0 {
		return nil, fmt.Errorf("no days given: want at least one of mon, tue, wed, thu, fri, sat, sun")
	}
	seen := map[time.Weekday]bool{}
	days := make([]time.Weekday, 0, len(names))
	for _, n := range names {
		d, ok := dayNames[strings.ToLower(strings.TrimSpace(n))]
		if !ok {
			return nil, fmt.Errorf("%q: want one of mon, tue, wed, thu, fri, sat, sun", n)
		}
		if seen[d] {
			return nil, fmt.Errorf("%q: listed twice", n)
		}
		seen[d] = true
		days = append(days, d)
	}
	return days, nil
}

// ParseHours reads business hours written "HH:MM-HH:MM" on a 24-hour clock.
// The end may be 24:00; the start must come before the end.
func ParseHours(s string) (open, close time.Duration, err error) {
	bad := fmt.Errorf("%q: want HH:MM-HH:MM, e.g. \"09:00-17:00\"", s)
	from, to, ok := strings.Cut(strings.TrimSpace(s), "-")
	if !ok {
		return 0, 0, bad
	}
	open, err1 := parseClock(from)
	close, err2 := parseClock(to)
	if err1 != nil || err2 != nil {
		return 0, 0, bad
	}
	if open >= close {
		return 0, 0, fmt.Errorf("%q: the start must come before the end", s)
	}
	return open, close, nil
}

func parseClock(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	hh, mm, ok := strings.Cut(s, ":")
	if !ok || len(hh) != 2 || len(mm) != 2 {
		return 0, fmt.Errorf("bad clock %q", s)
	}
	h, err1 := strconv.Atoi(hh)
	m, err2 := strconv.Atoi(mm)
	if err1 != nil || err2 != nil || h < 0 || m < 0 || m > 59 || h > 24 || (h == 24 && m != 0) {
		return 0, fmt.Errorf("bad clock %q", s)
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute, nil
}
