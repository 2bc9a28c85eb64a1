package classify

import (
	"strings"
	"time"
)

// bestTime returns the most likely interview time stated in prose: new text
// first, then the subject, then quoted text (a reply saying "Friday works"
// takes the Friday time from the quoted thread).
func (d *doc) bestTime() (candidate, bool) {
	if d.bestDone {
		if d.best == nil {
			return candidate{}, false
		}
		return *d.best, d.bestOK
	}
	b, ok := d.findBestTime()
	d.best, d.bestOK, d.bestDone = &b, ok, true
	return b, ok
}

func (d *doc) findBestTime() (candidate, bool) {
	wc := &whenCtx{ref: d.ref, sender: d.senderZone}
	_, off := d.ref.Zone()
	// month first only in North America's offsets, and only in English:
	// Brazil's -03:00 writes 03/11 for the third of November
	wc.dayFirst = off > -3*3600 || off < -10*3600 || d.newT.lang != "" && d.newT.lang != "en"
	for i := range d.newT.toks {
		t := &d.newT.toks[i]
		if wd, ok := lookup(weekdayKeys, weekdayWords, t.s); ok && t.kind == tokWord {
			if dr, ok := dateAt(d.newT.toks, i); ok && dr.rel {
				wc.newWDs = append(wc.newWDs, wd)
			}
		}
	}
	wc.global = globalZone(d.newT)
	qz := globalZone(d.quoted)
	if !qz.ok() {
		qz = wc.global
	}
	var best candidate
	found := false
	for _, src := range []struct {
		ti    *textInfo
		local zoneRef
	}{{d.newT, wc.global}, {d.subject, wc.global}, {d.quoted, qz}} {
		cs := candidates(src.ti, wc, src.local)
		// new text decides: a quoted time must do clearly better than the
		// new text's own ("we're now confirmed for Tuesday at 2:30" above
		// the quoted "your interview is set for Tuesday at 11:00")
		if len(cs) > 0 && src.ti.reg == regQuoted {
			d.quotedBest = cs[0]
		}
		if len(cs) > 0 && cs[0].score >= 3 && (!found || cs[0].score > best.score+quotedMargin*boolInt(src.ti.reg == regQuoted && best.reg == regNew)) {
			best, found = cs[0], true
		}
	}
	return best, found
}

// quotedMargin is how much better a quoted time must score than one of the
// new text to be the interview's.
const quotedMargin = 2

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// schedule fills Start, End, Zone and Reschedule of an interview.
func (d *doc) schedule(r *Result) {
	best, ok := d.bestTime()
	if e := d.ev; e != nil && !e.Start.IsZero() && !e.AllDay {
		start, end := e.Start, e.End
		zone := e.Zone
		if e.Floating {
			loc := d.ref.Location()
			if z := d.senderZone(); z != nil {
				loc = z
			}
			if ok && best.zone.location() != nil {
				loc = best.zone.location()
			}
			start = wall(start, loc)
			if !end.IsZero() {
				end = wall(end, loc)
			}
		}
		if zone == "" && ok && best.zone.iana != "" {
			if l := best.zone.location(); l != nil {
				start, end = start.In(l), end.In(l)
				zone = best.zone.iana
			}
		} else if zone == "" && !e.Floating && start.Location() == time.UTC {
			start, end = start.In(d.ref.Location()), end.In(d.ref.Location())
		}
		// several sessions sent as several events of one calendar: first start, last end
		for i := range d.m.Events {
			o := &d.m.Events[i]
			if o == e || o.Method != e.Method || o.Nested != e.Nested || o.AllDay || o.Start.IsZero() || o.Floating != e.Floating ||
				o.UID == e.UID || !sameDay(o.Start.In(start.Location()), start) {
				continue
			}
			if o.Start.Before(start) {
				start = o.Start.In(start.Location())
			}
			if o.End.After(end) {
				end = o.End.In(start.Location())
			}
		}
		r.Start, r.End, r.Zone = start, end, zone
		if end.IsZero() || !end.After(start) || end.Sub(start) > 24*time.Hour {
			r.End = time.Time{} // no end, or a broken one
		}
		r.Reschedule = e.Sequence > 0 || d.newT.has(famNewTime) || d.subject.has(famNewTime)
		return
	}
	if !ok {
		return
	}
	r.Start = best.start
	if best.hasEnd {
		r.End = best.end
	} else {
		dur := time.Duration(0)
		switch best.reg {
		case regQuoted:
			dur = durationIn(d.quoted)
		case regSubject:
			dur = durationIn(d.subject)
		}
		if dur == 0 {
			dur = durationIn(d.newT)
		}
		if dur == 0 && best.reg == regSubject {
			dur = durationIn(d.quoted)
		}
		// "Wednesday at 4 it is" over the quoted proposal of that time
		// "for the 30-minute follow-up": the quoted text has the length
		if q := d.quotedBest; dur == 0 && best.reg == regNew && q.start.Equal(best.start) {
			if dur = durationIn(d.quoted); dur == 0 && q.hasEnd {
				dur = q.end.Sub(q.start)
			}
		}
		if dur > 0 {
			r.End = r.Start.Add(dur)
		}
	}
	if best.zone.iana != "" {
		r.Zone = best.zone.iana
	}
	r.Reschedule = d.newT.has(famNewTime) || d.subject.has(famNewTime)
}

// wall reads the wall clock of t (a floating time carried in UTC) in loc.
func wall(t time.Time, loc *time.Location) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, loc)
}

// employerZone guesses the employer's zone when no interview time names one:
// the calendar's zone, a zone stated with a time, a "times are in ..."
// statement, or a city in the sender's signature ("Los Angeles, CA",
// "London EC2", "Madrid, España").
func (d *doc) employerZone() string {
	if d.ev != nil && d.ev.Zone != "" {
		return d.ev.Zone
	}
	if best, ok := d.bestTime(); ok && best.zoneSaid && best.zone.iana != "" && best.zone.iana != "UTC" {
		return best.zone.iana
	}
	if z := globalZone(d.newT); z.iana != "" && z.iana != "UTC" {
		return z.iana
	}
	return d.signatureZone()
}

// signatureZone returns the zone of a city or region named in the
// signature ("Level 4, 88 Example St, Surry Hills NSW", "München"), or "".
func (d *doc) signatureZone() string {
	if !d.sigZoneDone {
		d.sigZone, d.sigZoneDone = d.findSignatureZone(), true
	}
	return d.sigZone
}

func (d *doc) findSignatureZone() string {
	lines := strings.Split(strings.TrimRight(d.newT.text, "\n"), "\n")
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-12; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" || len(l) > 80 || strings.Contains(l, "@") || strings.Contains(l, "http") {
			continue
		}
		toks := tokenize(l)
		for k := range toks {
			if toks[k].kind != tokWord || !toks[k].upper() {
				continue
			}
			if regionWords[toks[k].s] {
				continue // "Pacific Crest Games", "Central Bank": names, not places
			}
			if z, _ := zoneAt(toks, l, k); z.iana != "" && z.iana != "UTC" && toks[k].raw != strings.ToUpper(toks[k].raw) {
				return z.iana
			}
		}
	}
	return ""
}

// mentionedDay returns the first calendar day the subject or the new text
// names ("Thursday", "March 12", "tomorrow"), resolved against the
// message's date, at noon UTC; zero when none is named.
func (d *doc) mentionedDay() time.Time {
	for _, ti := range []*textInfo{d.subject, d.newT} {
		for i := range ti.toks {
			if dr, ok := dateAt(ti.toks, i); ok {
				y, m, day := dr.on(d.ref)
				return time.Date(y, m, day, 12, 0, 0, 0, time.UTC)
			}
		}
	}
	return time.Time{}
}

// zonesByOffset are the zones a sender most likely writes from, by the
// language of the text: the first whose offset at the sending instant is
// the Date header's is taken. Zones of the same offset but other daylight
// saving rules (Chicago and Bogotá in July) are told apart by language.
var zonesByOffset = map[string][]string{
	"": {"Europe/London", "Europe/Paris", "Europe/Helsinki", "America/New_York", "America/Chicago", "America/Denver",
		"America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Halifax", "America/St_Johns",
		"America/Sao_Paulo", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Brisbane",
		"Australia/Sydney", "Australia/Adelaide", "Australia/Perth", "Pacific/Auckland", "Africa/Johannesburg"},
	"es": {"Europe/Madrid", "America/Mexico_City", "America/Bogota", "America/Argentina/Buenos_Aires", "America/Santiago"},
	"pt": {"Europe/Lisbon", "America/Sao_Paulo"},
	"fr": {"Europe/Paris", "America/Toronto"},
	"de": {"Europe/Berlin"},
	"it": {"Europe/Rome"},
	"nl": {"Europe/Amsterdam"},
}

// senderZone returns the zone the message was written in, nil when none
// fits: the zone of the signature's city, else a likely zone for the
// text's language, whichever has the Date header's offset at the sending
// instant. A time with no stated zone is read in it, so that an interview
// after a change of daylight saving time keeps its wall clock ("Tuesday 27
// October at 15:00" written on 20 October in Munich is 15:00 CET, not CEST).
func (d *doc) senderZone() *time.Location {
	if d.senderDone {
		return d.sender
	}
	d.senderDone = true
	if d.m.Date.IsZero() {
		return nil // no Date header: no offset to check a zone against
	}
	_, off := d.ref.Zone()
	fits := func(name string) *time.Location {
		l := loadLoc(name)
		if l == nil {
			return nil
		}
		if _, o := d.ref.In(l).Zone(); o != off {
			return nil
		}
		return l
	}
	if z := d.signatureZone(); z != "" {
		if l := fits(z); l != nil {
			d.sender = l
			return l
		}
	}
	for _, names := range [][]string{zonesByOffset[d.language()], zonesByOffset[""]} {
		for _, n := range names {
			if l := fits(n); l != nil {
				d.sender = l
				return l
			}
		}
	}
	return nil
}
