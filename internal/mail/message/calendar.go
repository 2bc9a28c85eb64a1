package message

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-ical"
	"github.com/teambition/rrule-go"
)

const (
	maxCalendarBytes = maxTextPart
	maxCalDepth      = 16
	maxCalEvents     = 500
	maxObservances   = 32 // STANDARD/DAYLIGHT blocks and RDATEs looked at per VTIMEZONE
)

// ParseCalendar reads an iCalendar stream (RFC 5545; one or more VCALENDAR objects) and returns
// its events. It is tolerant: badly folded lines, unknown escapes and unbalanced BEGIN/END
// are repaired where possible. The error is non-nil only when no calendar object was found.
func ParseCalendar(r io.Reader) ([]Event, error) {
	data, _ := io.ReadAll(io.LimitReader(r, maxCalendarBytes)) // what was read before an error is read
	evs, _, err := parseCalendar(string(data))
	return evs, err
}

// parseCalendar is ParseCalendar of a text that also returns warnings.
func parseCalendar(text string) (evs []Event, warns []string, err error) {
	defer func() {
		// Third-party recurrence code must not take the whole message down.
		if v := recover(); v != nil {
			err = fmt.Errorf("calendar: internal error: %v", v)
		}
	}()
	cals, warns := decodeCalendar(text[:min(len(text), maxCalendarBytes)])
	if len(cals) == 0 {
		return nil, warns, errors.New("calendar: no VCALENDAR found")
	}
	for _, cal := range cals {
		c := &calendar{method: strings.ToUpper(propValue(cal, "METHOD")), tz: map[string]*ical.Component{}}
		for _, child := range cal.Children {
			if child.Name == ical.CompTimezone {
				c.tz[cleanTZID(propValue(child, "TZID"))] = child
			}
		}
		for _, child := range cal.Children {
			if child.Name != ical.CompEvent || len(evs) >= maxCalEvents {
				continue
			}
			e, w := c.event(child)
			warns = append(warns, w...)
			evs = append(evs, e)
		}
	}
	return evs, warns, nil
}

// decodeCalendar builds the component tree leniently.
func decodeCalendar(text string) ([]*ical.Component, []string) {
	var (
		roots   []*ical.Component
		stack   []*ical.Component
		warns   []string
		skipped int
	)
	warn := func(s string) {
		if len(warns) < 10 {
			warns = append(warns, s)
		}
	}
	for _, line := range unfold(text, warn) {
		prop, ok := parseContentLine(line)
		if !ok {
			warn(fmt.Sprintf("malformed line %q skipped", truncate(line, 60)))
			continue
		}
		switch prop.Name {
		case "BEGIN":
			if len(stack) >= maxCalDepth {
				skipped++
				continue
			}
			stack = append(stack, ical.NewComponent(strings.TrimSpace(prop.Value)))
		case "END":
			name := strings.ToUpper(strings.TrimSpace(prop.Value))
			i := len(stack) - 1
			for i >= 0 && stack[i].Name != name {
				i--
			}
			if i < 0 {
				if skipped > 0 {
					skipped--
				} else {
					warn("END:" + truncate(name, 30) + " without BEGIN")
				}
				continue
			}
			if i != len(stack)-1 {
				warn("unclosed component before END:" + truncate(name, 30))
			}
			for len(stack) > i {
				roots = closeComponent(stack, roots)
				stack = stack[:len(stack)-1]
			}
		default:
			if len(stack) > 0 && propRead(prop.Name) {
				top := stack[len(stack)-1]
				top.Props[prop.Name] = append(top.Props[prop.Name], prop)
			}
		}
	}
	if len(stack) > 0 {
		warn("calendar ends inside " + stack[len(stack)-1].Name)
		for len(stack) > 0 {
			roots = closeComponent(stack, roots)
			stack = stack[:len(stack)-1]
		}
	}
	return roots, warns
}

// closeComponent attaches the top of stack to its parent, or to roots (a bare VEVENT is
// wrapped in a VCALENDAR).
func closeComponent(stack, roots []*ical.Component) []*ical.Component {
	c := stack[len(stack)-1]
	if len(stack) > 1 {
		parent := stack[len(stack)-2]
		parent.Children = append(parent.Children, c)
		return roots
	}
	if c.Name == ical.CompCalendar {
		return append(roots, c)
	}
	if c.Name == ical.CompEvent {
		cal := ical.NewComponent(ical.CompCalendar)
		cal.Children = []*ical.Component{c}
		return append(roots, cal)
	}
	return roots
}

// propStart matches the start of a content line whose colon is on a folded continuation.
var propStart = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9-]*;`)

// unfold reads logical lines (RFC 5545 section 3.1): a line starting with a space or tab
// continues the previous one; so does, leniently, a line without any colon.
// The lines are read from text in place; a line that goes on over several is built once,
// when the next one starts.
func unfold(text string, warn func(string)) []string {
	var lines []string
	var b strings.Builder // the last line, when it goes on
	building := false
	flush := func() {
		if building {
			lines[len(lines)-1] = b.String()
			b = strings.Builder{}
			building = false
		}
	}
	cont := func(l string) {
		if !building {
			b.WriteString(lines[len(lines)-1])
			building = true
		}
		b.WriteString(l)
	}
	for len(text) > 0 {
		l := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			l, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		l = strings.TrimRight(l, "\r")
		switch {
		case l == "":
		case (l[0] == ' ' || l[0] == '\t') && len(lines) > 0:
			cont(l[1:])
		case !strings.Contains(l, ":") && !propStart.MatchString(l) && len(lines) > 0:
			warn("unfolded continuation line")
			cont(l)
		default:
			flush()
			lines = append(lines, l)
		}
	}
	flush()
	return lines
}

// parseContentLine parses "NAME;PARAM=a,"b:c";P2=x:value".
func parseContentLine(l string) (ical.Prop, bool) {
	i := strings.IndexAny(l, ";:")
	if i <= 0 {
		return ical.Prop{}, false
	}
	// Params stays nil for a line without parameters (most of them): it is only read
	prop := ical.Prop{Name: strings.ToUpper(strings.TrimSpace(l[:i]))}
	s := l[i:]
	for len(s) > 0 && s[0] == ';' {
		s = s[1:]
		eq := strings.IndexAny(s, "=:;")
		if eq < 0 {
			return ical.Prop{}, false
		}
		if s[eq] != '=' { // parameter without value
			s = s[eq:]
			continue
		}
		name := strings.ToUpper(strings.TrimSpace(s[:eq]))
		s = s[eq+1:]
		for {
			var v string
			if len(s) > 0 && s[0] == '"' {
				end := strings.IndexByte(s[1:], '"')
				if end < 0 {
					return ical.Prop{}, false
				}
				v, s = s[1:1+end], s[2+end:]
				if s == "" {
					// TZID="Zone:20200609T090000": the quote swallowed the value.
					if i := strings.LastIndexByte(v, ':'); i >= 0 {
						v, s = v[:i], v[i:]
					}
				}
			} else {
				end := strings.IndexAny(s, ",;:")
				if end < 0 {
					return ical.Prop{}, false
				}
				v, s = s[:end], s[end:]
			}
			if prop.Params == nil {
				prop.Params = ical.Params{}
			}
			prop.Params[name] = append(prop.Params[name], v)
			if len(s) > 0 && s[0] == ',' {
				s = s[1:]
				continue
			}
			break
		}
	}
	if len(s) == 0 || s[0] != ':' {
		return ical.Prop{}, false
	}
	prop.Value = s[1:]
	return prop, true
}

// propRead reports whether some part of this package reads the property
// name of a component (see event, the time zones and propValue's callers):
// decodeCalendar keeps those only, and drops the others (X-ALT-DESC, DTSTAMP,
// ...) after checking that their line parses.
func propRead(name string) bool {
	switch name {
	case "METHOD", "TZID", "UID", "STATUS", "SUMMARY", "DESCRIPTION", "LOCATION",
		"RECURRENCE-ID", "RRULE", "SEQUENCE", "ORGANIZER", "ATTENDEE", "DTSTART",
		"DTEND", "DURATION", "X-LIC-LOCATION", "TZOFFSETTO", "TZOFFSETFROM", "RDATE":
		return true
	}
	return false
}

func propValue(c *ical.Component, name string) string {
	if p := c.Props.Get(name); p != nil {
		return strings.TrimSpace(p.Value)
	}
	return ""
}

// unescapeText undoes RFC 5545 section 3.3.11 TEXT escaping, keeping unknown escapes.
func unescapeText(s string) string {
	if !strings.Contains(s, `\`) {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 'n', 'N':
				b.WriteByte('\n')
			case '\\', ';', ',', ':', '"':
				b.WriteByte(s[i])
			default:
				b.WriteByte('\\')
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(c)
	}
	return strings.TrimSpace(b.String())
}

func cleanTZID(s string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(s), `"`))
}

// calendar holds one VCALENDAR's METHOD and VTIMEZONEs.
type calendar struct {
	method string
	tz     map[string]*ical.Component
	// rules bounds the RRULE expansions of one calendar, so hostile VTIMEZONEs cannot make
	// parsing slow; past it only DTSTART and RDATE onsets count.
	rules int
}

// maxRuleExpansions is the budget of calendar.rules (a real invitation needs a handful).
const maxRuleExpansions = 400

// event converts one VEVENT.
func (c *calendar) event(v *ical.Component) (Event, []string) {
	var warns []string
	e := Event{
		Method:       c.method,
		UID:          propValue(v, "UID"),
		Status:       strings.ToUpper(propValue(v, "STATUS")),
		Summary:      unescapeText(propValue(v, "SUMMARY")),
		Description:  unescapeText(propValue(v, "DESCRIPTION")),
		Location:     unescapeText(propValue(v, "LOCATION")),
		RecurrenceID: propValue(v, "RECURRENCE-ID"),
		RRule:        propValue(v, "RRULE"),
	}
	if s := propValue(v, "SEQUENCE"); s != "" {
		if n, err := strconv.Atoi(s); err == nil {
			e.Sequence = n
		} else {
			warns = append(warns, fmt.Sprintf("bad SEQUENCE %q", truncate(s, 20)))
		}
	}
	if p := v.Props.Get("ORGANIZER"); p != nil {
		e.Organizer = attendee(p)
	}
	for i := range v.Props["ATTENDEE"] {
		e.Attendees = append(e.Attendees, attendee(&v.Props["ATTENDEE"][i]))
	}
	start := v.Props.Get("DTSTART")
	if start == nil {
		return e, append(warns, "event without DTSTART")
	}
	st, err := c.instant(start)
	if err != nil {
		return e, append(warns, fmt.Sprintf("DTSTART: %v", err))
	}
	e.Start, e.Zone, e.Floating, e.AllDay, e.TZID = st.t, st.zone, st.floating, st.allDay, st.tzid
	warns = append(warns, st.warns...)
	if end := v.Props.Get("DTEND"); end != nil {
		et, err := c.instant(end)
		if err != nil {
			warns = append(warns, fmt.Sprintf("DTEND: %v", err))
		} else {
			e.End = et.t
			if et.floating && !st.floating {
				e.End = time.Date(et.t.Year(), et.t.Month(), et.t.Day(), et.t.Hour(), et.t.Minute(), et.t.Second(), 0, e.Start.Location())
			} else if !st.floating {
				e.End = e.End.In(e.Start.Location())
			}
		}
	} else if d := v.Props.Get("DURATION"); d != nil {
		dur, err := d.Duration()
		if err != nil {
			warns = append(warns, fmt.Sprintf("DURATION: %v", err))
		} else if dur%(24*time.Hour) == 0 && dur != 0 {
			e.End = e.Start.AddDate(0, 0, int(dur/(24*time.Hour))) // nominal days keep the wall time
		} else {
			e.End = e.Start.Add(dur)
		}
	}
	return e, warns
}

// attendee converts an ORGANIZER or ATTENDEE property.
func attendee(p *ical.Prop) Attendee {
	email := strings.TrimSpace(p.Value)
	if len(email) >= 7 && strings.EqualFold(email[:7], "mailto:") {
		email = email[7:]
	} else if e := p.Params.Get("EMAIL"); e != "" {
		email = e
	}
	if e := p.Params.Get("EMAIL"); e != "" && !strings.Contains(email, "@") {
		email = e
	}
	return Attendee{
		Name:     attendeeName(p.Params["CN"]),
		Email:    strings.ToLower(strings.TrimSpace(email)),
		Role:     strings.ToUpper(p.Params.Get("ROLE")),
		CUType:   strings.ToUpper(p.Params.Get("CUTYPE")),
		PartStat: strings.ToUpper(p.Params.Get("PARTSTAT")),
	}
}

// attendeeName reads a CN parameter. Outlook escapes the comma of a
// directory name ("CN=Vogel\, Katrin"), which the parser takes for a list
// of values ("Vogel\", " Katrin"): they are one name again.
func attendeeName(values []string) string {
	return unescapeText(strings.Join(values, ","))
}

// when is a resolved DATE or DATE-TIME value.
type when struct {
	t        time.Time
	zone     string
	tzid     string
	floating bool
	allDay   bool
	warns    []string
}

// instant resolves a DATE or DATE-TIME property (RFC 5545 section 3.3.5): UTC ("Z"), with a
// TZID (IANA, Windows or display name, else the VTIMEZONE rules), or floating.
func (c *calendar) instant(p *ical.Prop) (when, error) {
	val := strings.TrimSpace(p.Value)
	if i := strings.IndexByte(val, ','); i >= 0 {
		val = val[:i] // a list: the first value
	}
	tzid := cleanTZID(p.Params.Get("TZID"))
	isDate := strings.EqualFold(p.Params.Get("VALUE"), "DATE") || len(val) == 8
	if isDate {
		if len(val) > 8 {
			val = val[:8]
		}
		t, err := time.Parse("20060102", val)
		if err != nil {
			return when{}, fmt.Errorf("bad date %q", truncate(val, 30))
		}
		return when{t: t, floating: true, allDay: true, tzid: tzid}, nil
	}
	utc := strings.HasSuffix(val, "Z") || strings.HasSuffix(val, "z")
	val = strings.TrimRight(val, "Zz")
	wall, err := time.Parse("20060102T150405", val)
	if err != nil {
		if wall, err = time.Parse("20060102T1504", val); err != nil {
			return when{}, fmt.Errorf("bad date-time %q", truncate(p.Value, 30))
		}
	}
	if utc {
		return when{t: wall}, nil
	}
	if tzid == "" {
		return when{t: wall, floating: true}, nil
	}
	w := when{tzid: tzid}
	name, ok := IANAZone(tzid)
	vtz := c.tz[tzid]
	if !ok && vtz != nil {
		if loc := propValue(vtz, "X-LIC-LOCATION"); loc != "" {
			name, ok = IANAZone(loc)
		}
	}
	if ok {
		if loc := loadZone(name); loc != nil {
			w.t = time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), wall.Second(), 0, loc)
			if name != "UTC" {
				w.zone = name
			}
			return w, nil
		}
	}
	if vtz != nil {
		if off, ok := c.vtimezoneOffset(vtz, wall); ok {
			w.t = time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), wall.Second(), 0,
				time.FixedZone(truncate(tzid, 40), off))
			return w, nil
		}
		w.warns = append(w.warns, fmt.Sprintf("VTIMEZONE %q has no usable rules: time taken as floating", truncate(tzid, 40)))
	} else {
		w.warns = append(w.warns, fmt.Sprintf("unknown TZID %q without VTIMEZONE: time taken as floating", truncate(tzid, 40)))
	}
	w.t, w.floating = wall, true
	return w, nil
}

// vtimezoneOffset returns the UTC offset in seconds that a VTIMEZONE gives for a wall-clock
// time (in UTC as a carrier): the observance (STANDARD or DAYLIGHT) with the latest onset at
// or before it, onsets from DTSTART, RRULE (RFC 5545 section 3.6.5) and RDATE.
func (c *calendar) vtimezoneOffset(vtz *ical.Component, wall time.Time) (int, bool) {
	var (
		best      time.Time
		bestOff   int
		found     bool
		earliest  time.Time
		earlyFrom int
		any       bool
	)
	for n, ob := range vtz.Children {
		if n >= maxObservances {
			break
		}
		if ob.Name != "STANDARD" && ob.Name != "DAYLIGHT" {
			continue
		}
		to, ok := parseOffset(propValue(ob, "TZOFFSETTO"))
		if !ok {
			continue
		}
		from, okFrom := parseOffset(propValue(ob, "TZOFFSETFROM"))
		if !okFrom {
			from = to
		}
		ds, err := time.Parse("20060102T150405", strings.TrimRight(propValue(ob, "DTSTART"), "Zz"))
		if err != nil {
			continue
		}
		if !any || ds.Before(earliest) {
			earliest, earlyFrom, any = ds, from, true
		}
		consider := func(t time.Time) {
			if !t.IsZero() && !t.After(wall) && (!found || t.After(best)) {
				best, bestOff, found = t, to, true
			}
		}
		consider(ds)
		if rr := propValue(ob, "RRULE"); rr != "" && c.rules < maxRuleExpansions {
			c.rules++
			consider(ruleBefore(rr, ds, wall))
		}
		for i, rd := range ob.Props["RDATE"] {
			if i >= maxObservances {
				break
			}
			for j, v := range strings.Split(rd.Value, ",") {
				if j >= maxObservances {
					break
				}
				if t, err := time.Parse("20060102T150405", strings.TrimRight(strings.TrimSpace(v), "Zz")); err == nil {
					consider(t)
				}
			}
		}
	}
	if found {
		return bestOff, true
	}
	if any {
		return earlyFrom, true
	}
	return 0, false
}

// ruleBefore returns the last onset of a yearly RRULE at or before wall (zero if none). Time
// zone rules are yearly (RFC 5545 section 3.6.5); other frequencies could take long to expand
// and are ignored.
func ruleBefore(rr string, dtstart, wall time.Time) time.Time {
	opt, err := rrule.StrToROption(rr)
	if err != nil || opt.Freq != rrule.YEARLY || opt.Interval > 1 || wall.Before(dtstart) {
		return time.Time{}
	}
	if opt.Freq == rrule.YEARLY && dtstart.Year() < wall.Year()-1 {
		// Outlook starts rules in 1601; expanding from there is slow and rrule-go gives up
		// after a few centuries. A yearly rule's onsets do not depend on the start year.
		dtstart = time.Date(wall.Year()-1, dtstart.Month(), dtstart.Day(), dtstart.Hour(), dtstart.Minute(), dtstart.Second(), 0, time.UTC)
	}
	opt.Dtstart = dtstart
	if !opt.Until.IsZero() {
		opt.Until = time.Date(opt.Until.Year(), opt.Until.Month(), opt.Until.Day(), opt.Until.Hour(), opt.Until.Minute(), opt.Until.Second(), 0, time.UTC)
	}
	r, err := rrule.NewRRule(*opt)
	if err != nil {
		return time.Time{}
	}
	return r.Before(wall, true)
}

// parseOffset parses a UTC offset "+0100", "-0500", "+053000" into seconds.
func parseOffset(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if len(s) != 5 && len(s) != 7 {
		return 0, false
	}
	sign := 1
	switch s[0] {
	case '-':
		sign = -1
	case '+':
	default:
		return 0, false
	}
	n, err := strconv.Atoi(s[1:])
	if err != nil || n < 0 {
		return 0, false
	}
	h, m, sec := n/100, n%100, 0
	if len(s) == 7 {
		h, m, sec = n/10000, n/100%100, n%100
	}
	if h > 23 || m > 59 || sec > 59 {
		return 0, false
	}
	return sign * (h*3600 + m*60 + sec), true
}
