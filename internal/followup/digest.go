package followup

import "time"

// DigestGrace is how late a weekly digest may still go out: a slot missed
// by more (the daemon was down, or the digest was just switched on) is
// skipped, and the next week's is the one.
const DigestGrace = 24 * time.Hour

// DigestSlot returns the latest weekly slot at or before now: day at the
// time of day at (an offset from midnight), in loc.
func DigestSlot(now time.Time, day time.Weekday, at time.Duration, loc *time.Location) time.Time {
	t := now.In(loc)
	back := (int(t.Weekday()) - int(day) + 7) % 7
	h, m := int(at/time.Hour), int(at%time.Hour/time.Minute)
	s := time.Date(t.Year(), t.Month(), t.Day()-back, h, m, 0, 0, loc)
	if s.After(now) {
		s = time.Date(t.Year(), t.Month(), t.Day()-back-7, h, m, 0, 0, loc)
	}
	return s
}

// DigestDue says when the weekly digest is next due, given the slot of the
// last one sent (zero: never): the latest slot when it was not sent and is
// at most DigestGrace old (at or before now: send at once), else the next
// slot. The returned slot is what the digest is recorded under, so that
// each slot is sent once whatever restarts.
func DigestDue(lastSlot, now time.Time, day time.Weekday, at time.Duration, loc *time.Location) time.Time {
	s := DigestSlot(now, day, at, loc)
	if (!lastSlot.IsZero() && !lastSlot.Before(s)) || now.Sub(s) > DigestGrace {
		t := s.In(loc)
		return time.Date(t.Year(), t.Month(), t.Day()+7, t.Hour(), t.Minute(), 0, 0, loc)
	}
	return s
}
