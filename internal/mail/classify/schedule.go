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
	wc := &whenCtx{ref: d.ref}
	_, off := d.ref.Zone()
	wc.dayFirst = off > -3*3600 || off < -10*3600
	for i, t := range d.newT.toks {
		if wd, ok := weekdayWords[t.s]; ok && t.kind == tokWord {
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
		if len(cs) > 0 && cs[0].score >= 3 && (!found || cs[0].score > best.score) {
			best, found = cs[0], true
		}
	}
	return best, found
}

// schedule fills Start, End, Zone and Reschedule of an interview.
func (d *doc) schedule(r *Result) {
	best, ok := d.bestTime()
	if e := d.ev; e != nil && !e.Start.IsZero() && !e.AllDay {
		start, end := e.Start, e.End
		zone := e.Zone
		if e.Floating {
			loc := d.ref.Location()
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

// regionWords name zones but also start company names; a signature city is
// read only from real place names.
var regionWords = map[string]bool{"pacific": true, "eastern": true, "central": true, "mountain": true, "atlantic": true,
	"british": true, "uk": true, "india": true, "indian": true, "japan": true, "irish": true, "greenwich": true, "western": true,
	"australian": true, "heure": true, "hora": true, "deutsche": true, "deutscher": true}

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
