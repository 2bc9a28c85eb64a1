package classify

import (
	"time"
)

// Prose date and time extraction. A text is tokenized once; times ("10:30am",
// "14h00", "half past two"), dates ("Thursday, April 9th", "9 avril 2026",
// "09/04/2026", "tomorrow") and zones ("PT", "UK time", "(Paris)") are found
// on tokens, then each time is paired with the nearest date and zone and
// scored by its context (new time, old time, a conversion for the reader, a
// deadline...). The reference for relative dates and missing years is the
// message's Date header, in the Date header's own offset.

// clock is a time of day found in text.
type clock struct {
	h, m     int
	mer      int // 0 none, 1 am, 2 pm
	h24      bool
	from, to int // token range
}

// dateRef is a calendar date found in text, possibly relative.
type dateRef struct {
	y        int
	m        time.Month
	d        int
	wd       time.Weekday
	hasWD    bool
	relDays  int // "tomorrow" = 1, valid when rel; -1 a weekday, relWeekdayDay a weekday and d
	rel      bool
	from, to int
	line     int
	numeric  bool
}

// isMeridiem returns 1 for am, 2 for pm.
func isMeridiem(s string) int {
	switch s {
	case "am":
		return 1
	case "pm":
		return 2
	}
	return 0
}

// hhmmAt reads a time written as four digits, the way teams across zones
// and the military write it ("0900 UTC", "0900-1130 UTC", "1400 hrs"): only
// before a zone or an hours word, directly or at the end of a range, so
// that years and numbers stay what they are.
func hhmmAt(toks []token, i int) (clock, bool) {
	hhmm := func(k int) (int, int, bool) {
		if k >= len(toks) || toks[k].kind != tokNum || len(toks[k].s) != 4 {
			return 0, 0, false
		}
		h, m := atoi(toks[k].s[:2]), atoi(toks[k].s[2:])
		return h, m, h <= 23 && m <= 59
	}
	marked := func(k int) bool {
		if k >= len(toks) || toks[k].line != toks[i].line {
			return false
		}
		_, zone := zoneAbbrev[toks[k].raw]
		return zone || hoursWords[toks[k].s]
	}
	h, m, ok := hhmm(i)
	if !ok || i > 0 && monthWords[toks[i-1].s] > 0 {
		return clock{}, false
	}
	c := clock{h: h, m: m, from: i, to: i + 1, h24: true}
	switch {
	case marked(i + 1):
	case i+2 < len(toks) && toks[i+1].s == "-" && marked(i+3):
		if _, _, ok := hhmm(i + 2); !ok {
			return clock{}, false
		}
	default:
		return clock{}, false
	}
	return c, true
}

// clockAt reads a time of day at token i.
// dotRangeEnd reports whether the end of a range of dotted times stands
// at token j, followed by "uur" or "Uhr": "13.45 uur" in "13.00 – 13.45 uur".
func dotRangeEnd(toks []token, j int) bool {
	if j+3 >= len(toks) || toks[j].kind != tokNum || len(toks[j].s) > 2 || toks[j+1].s != "." || toks[j+2].kind != tokNum || len(toks[j+2].s) != 2 {
		return false
	}
	return toks[j+3].s == "uur" || toks[j+3].s == "uhr"
}

func clockAt(toks []token, i int) (clock, bool) {
	// most tokens can start no time: punctuation never does, a word only
	// when it is one of clockWordKeys
	if i < 0 || i >= len(toks) || !mayStart(clockWordKeys, &toks[i]) {
		return clock{}, false
	}
	return readClock(toks, i)
}

// mayStart reports whether token t may start a time or a date: a number,
// or a word whose key is in words.
func mayStart(words *keySet, t *token) bool {
	return t.kind == tokNum || t.kind == tokWord && words.may(t.s)
}

// readClock is clockAt at a token that may start a time.
func readClock(toks []token, i int) (clock, bool) {
	// "(UTC+01:00)", "GMT-05:00": an offset, not a time of day
	if i >= 2 && (toks[i-1].s == "+" || toks[i-1].s == "-") && (toks[i-2].s == "utc" || toks[i-2].s == "gmt") {
		return clock{}, false
	}
	t := toks[i]
	next := func(k int) *token {
		if i+k < len(toks) {
			return &toks[i+k]
		}
		return nil
	}
	if c, ok := hhmmAt(toks, i); ok {
		return c, true
	}
	if t.kind == tokNum && len(t.s) <= 2 {
		h := atoi(t.s)
		if h > 24 {
			return clock{}, false
		}
		c := clock{h: h, from: i, to: i + 1}
		n1, n2 := next(1), next(2)
		switch {
		case n1 != nil && n2 != nil && n1.s == ":" && n2.kind == tokNum && len(n2.s) == 2 && n1.start == t.start+len(t.raw):
			c.m = atoi(n2.s)
			c.to = i + 3
			if len(t.s) == 2 || h > 12 || t.s[0] == '0' {
				c.h24 = h > 12 || t.s[0] == '0'
			}
		case n1 != nil && hourLetterAfter(toks, i) && h <= 23:
			// French 14h00, 14h, 14 h 30, Flemish 10u30
			c.to = i + 2
			c.h24 = true
			if n2 != nil && n2.kind == tokNum && len(n2.s) == 2 && n2.line == n1.line {
				c.m = atoi(n2.s)
				c.to = i + 3
			} else if h >= 1 && h <= 3 && (i == 0 || !hourPrep[toks[i-1].s]) {
				// "pour une durée d'1h": a length (see durations), not a
				// time of day, which would come after "à" or "de"
				return clock{}, false
			}
		case n1 != nil && n1.s == "." && n2 != nil && n2.kind == tokNum && len(n2.s) == 2:
			// German 14.30 Uhr, British 10.30am (a date has a second dot instead)
			n3 := next(3)
			switch {
			case n3 != nil && hourSuffix[n3.s]:
				c.to = i + 4
				c.h24 = true
			case n3 != nil && isMeridiem(n3.s) > 0:
				c.to = i + 3
			case n3 != nil && (n3.s == "-" || rangeTo[n3.s]) && dotRangeEnd(toks, i+4):
				// the start of a range: "13.00 – 13.45 uur", "9.30-10.15 Uhr",
				// "10.00 bis 11.00 Uhr"
				c.to = i + 3
				c.h24 = true
			case i > 0 && (dotTimePrep[toks[i-1].s] || i > 1 && toks[i-1].s == ":" && dotTimePrep[toks[i-2].s]) && !(n3 != nil && n3.s == "." && next(4) != nil && next(4).kind == tokNum && next(4).start == n3.start+1):
				// Dutch and Italian "om 14.30", "alle 9.30": a time after "at"
				// (a date goes on with another dot and number: "am 11.03.2026")
				c.to = i + 3
				c.h24 = h > 12 || t.s[0] == '0' || len(t.s) == 2
			default:
				return clock{}, false
			}
			c.m = atoi(n2.s)
		case n1 != nil && isMeridiem(n1.s) > 0:
		case n1 != nil && hourSuffix[n1.s] && !(i >= 2 && toks[i-1].s == "." && toks[i-2].kind == tokNum && toks[i-1].start == toks[i-2].start+len(toks[i-2].raw)):
			// "14 Uhr", "17 hs"; the minutes of "14.00 Uhr" are no hour
			c.to = i + 2
			c.h24 = true
			return c, h <= 24
		case i > 0 && bareHourPrep[toks[i-1].s] && h >= 1 && h <= 23 &&
			(n1 == nil || n1.s == "." || n1.s == "," || n1.s == "!" || n1.s == ";" || n1.s == "?" || n1.s == "(" || n1.line != t.line ||
				n1.kind == tokWord && zoneAbbrev[n1.raw] != ""):
			// "Let's do Tuesday at 10.", "at 3 ET": a bare hour after "at"
			c.h24 = h > 12
			return c, true
		case i > 1 && hourPrep[toks[i-1].s] && toks[i-1].kind == tokWord && !rangeWord[toks[i-1].s] && h >= 1 && h <= 23 && dateEnds(toks, i-2):
			// "giovedì 4 giugno alle 11 su Meet", "el martes a las 10 en la
			// oficina": a bare hour right after a date and "at"
			c.h24 = h > 12
			return c, true
		case n1 != nil && (n1.s == "-" || n1.s == "to") && h >= 1 && h <= 12:
			// "from 10 to 11am", "2-3pm": a bare hour that starts a range
			if c2, ok := clockAt(toks, i+2); !ok || c2.mer == 0 || c2.from != i+2 {
				return clock{}, false
			}
			return c, true
		default:
			return clock{}, false
		}
		if c.m > 59 {
			return clock{}, false
		}
		if k := c.to; k < len(toks) {
			if mer := isMeridiem(toks[k].s); mer > 0 {
				c.mer = mer
				c.to = k + 1
			} else if hourSuffix[toks[k].s] {
				c.to = k + 1
				c.h24 = true
			}
		}
		if c.mer == 0 && c.to == i+1 {
			return clock{}, false
		}
		if c.mer > 0 && (h == 0 || h > 12) {
			return clock{}, false
		}
		return c, true
	}
	if t.kind != tokWord {
		return clock{}, false
	}
	// "um halb drei", "om half drie": half an hour before three
	if n1 := next(1); halfBefore[t.s] && n1 != nil {
		h, ok := numberWords[n1.s]
		if !ok && n1.kind == tokNum && len(n1.s) <= 2 {
			h, ok = atoi(n1.s), atoi(n1.s) >= 1 && atoi(n1.s) <= 12
		}
		if ok {
			c := clock{h: h - 1, m: 30, from: i, to: i + 2}
			if c.h == 0 {
				c.h = 12
			}
			return c, true
		}
	}
	if c, ok := wordClock(toks, i); ok {
		return c, true
	}
	switch t.s {
	case "noon", "midday", "midi", "mediodia":
		return clock{h: 12, mer: 2, from: i, to: i + 1}, true
	case "half", "quarter":
		// half past two, quarter past three, quarter to four
		n1, n2 := next(1), next(2)
		if n1 == nil || n2 == nil {
			return clock{}, false
		}
		h, ok := numberWords[n2.s]
		if !ok && n2.kind == tokNum && len(n2.s) <= 2 {
			h, ok = atoi(n2.s), atoi(n2.s) >= 1 && atoi(n2.s) <= 12
		}
		if !ok {
			return clock{}, false
		}
		c := clock{h: h, from: i, to: i + 3}
		switch {
		case n1.s == "past" && t.s == "half":
			c.m = 30
		case n1.s == "past":
			c.m = 15
		case n1.s == "to" && t.s == "quarter":
			c.h, c.m = h-1, 45
			if c.h == 0 {
				c.h = 12
			}
		default:
			return clock{}, false
		}
		if k := c.to; k < len(toks) && isMeridiem(toks[k].s) > 0 {
			c.mer = isMeridiem(toks[k].s)
			c.to++
		}
		return c, true
	}
	if h, ok := lookup(numberKeys, numberWords, t.s); ok {
		if n1 := next(1); n1 != nil && (n1.s == "o'clock" || n1.s == "oclock") {
			return clock{h: h, from: i, to: i + 2}, true
		}
	}
	return clock{}, false
}

// wordClock reads a time written in words after its lead word ([hour_words]
// after [word_hour_lead]): "à quatorze heures", "a las diez y media de la
// mañana", "alle ore quindici e trenta", "às catorze e trinta". An hour
// alone is too common a number: the hours' word, minutes or the part of
// the day must follow it.
func wordClock(toks []token, i int) (clock, bool) {
	h, ok := hourWords[toks[i].s]
	if !ok || i == 0 || !wordHourLead[toks[i-1].s] {
		return clock{}, false
	}
	c := clock{h: h, from: i, to: i + 1, h24: true}
	k := i + 1
	said := false // the hours' word, minutes or the part of the day
	if k < len(toks) && hourUnits[toks[k].s] {
		k++
		said = true
	}
	if k+1 < len(toks) && listJoins[toks[k].s] && !toks[k+1].nl {
		if m, ok := minuteWords[toks[k+1].s]; ok {
			c.m, k, said = m, k+2, true
		}
	} else if k < len(toks) && said {
		if m, ok := minuteWords[toks[k].s]; ok {
			c.m, k = m, k+1 // "quatorze heures trente"
		}
	}
	// "de la tarde", "del pomeriggio": after noon, within three words
	for j := k; j < len(toks) && j < k+3; j++ {
		if pmWords[toks[j].s] {
			if c.h < 12 {
				c.h += 12
			}
			said = true
			break
		}
	}
	if !said {
		return clock{}, false
	}
	c.to = k
	return c, true
}

// rangeWord are the hour prepositions that also join two dates ("4 et 5
// juin", "del 4 de junio"): no bare hour follows them.
var rangeWord = map[string]bool{"et": true, "de": true, "des": true, "das": true, "ate": true, "from": true}

// dateEnds reports whether token k ends a date: a weekday, a month, or a
// day number or year after a month ("4 giugno", "June 4", "June 4, 2026").
func dateEnds(toks []token, k int) bool {
	t := toks[k]
	if t.kind == tokWord {
		_, wd := weekdayWords[t.s]
		_, mo := monthWords[t.s]
		return wd || mo
	}
	if t.kind != tokNum || k == 0 {
		return false
	}
	if k >= 2 && toks[k-1].s == "," {
		k-- // "June 4, 2026"
	}
	_, mo := monthWords[toks[k-1].s]
	return mo
}

// resolve turns a clock into 24-hour time, using the meridiem given or, when
// none is written, business hours: an interview "at 2:30" is in the afternoon.
func (c clock) resolve(defMer int) (int, int) {
	h := c.h
	mer := c.mer
	if mer == 0 && !c.h24 {
		mer = defMer
	}
	switch mer {
	case 1:
		if h == 12 {
			h = 0
		}
	case 2:
		if h < 12 {
			h += 12
		}
	default:
		if !c.h24 && h >= 1 && h <= 6 {
			h += 12
		}
	}
	if h == 24 {
		h = 0
	}
	return h, c.m
}

// dateAt reads a date at token i (a month word, a weekday, a numeric date or
// a relative word).
func dateAt(toks []token, i int) (dateRef, bool) {
	// most tokens can start no date: punctuation never does, a word only
	// when it is one of dateWordKeys
	if i < 0 || i >= len(toks) || !mayStart(dateWordKeys, &toks[i]) {
		return dateRef{}, false
	}
	return readDate(toks, i)
}

// readDate is dateAt at a token that may start a date.
func readDate(toks []token, i int) (dateRef, bool) {
	t := toks[i]
	get := func(k int) *token {
		if k >= 0 && k < len(toks) {
			return &toks[k]
		}
		return nil
	}
	if t.kind == tokWord {
		m, ok := lookup(monthKeys, monthWords, t.s)
		if nm, isName := lookup(nameMonthKey, nameMonths, t.s); isName && !ok && i > 0 && !t.upper() {
			if k := i - 1; toks[k].kind == tokNum || toks[k].s == "de" && k > 0 && toks[k-1].kind == tokNum {
				m, ok = nm, true
			}
		}
		if ok {
			// "may" and "mar"/"mars"/"sat" are also common words: require a day number next to it
			d := dateRef{m: m, from: i, to: i + 1, line: t.line}
			// Month D ("Apr. 9" too)
			if n := get(i + 1); n != nil && n.s == "." && len(t.s) <= 4 {
				if n2 := get(i + 2); n2 != nil && n2.kind == tokNum {
					i++
					d.to++
				}
			}
			// ... not the hour of a clock on the next line: "27 October\n17:30"
			if n := get(i + 1); n != nil && n.kind == tokNum && len(n.s) <= 2 && atoi(n.s) >= 1 && atoi(n.s) <= 31 && !clockAfterLine(toks, t, i+1) {
				d.d = atoi(n.s)
				d.to = i + 2
				if s := get(i + 2); s != nil && (s.s == "th" || s.s == "st" || s.s == "nd" || s.s == "rd") {
					d.to++
				}
			} else {
				// D Month, D. Month, D de Month, D Month
				k := i - 1
				if p := get(k); p != nil && (p.s == "de" || p.s == "." || p.s == "of") {
					k--
				}
				// ordinal marks: "1st", "1er", Italian "1°", Spanish and Portuguese "1º"
				if p := get(k); p != nil && (p.s == "th" || p.s == "st" || p.s == "nd" || p.s == "rd" || p.s == "er" || p.s == "°" || p.s == "º") {
					k--
				}
				p := get(k)
				if p == nil || p.kind != tokNum || len(p.s) > 2 || atoi(p.s) < 1 || atoi(p.s) > 31 {
					return dateRef{}, false
				}
				d.d = atoi(p.s)
				d.from = k
			}
			// year
			k := d.to
			if s := get(k); s != nil && (s.s == "," || s.s == "de") {
				k++
			}
			if s := get(k); s != nil && s.kind == tokNum && len(s.s) == 4 {
				d.y = atoi(s.s)
				d.to = k + 1
			}
			// weekday before: "Thursday, April 9", "Monday 8 June", "le jeudi 9 avril"
			for k := d.from - 1; k >= d.from-3 && k >= 0; k-- {
				if wd, ok := lookup(weekdayKeys, weekdayWords, toks[k].s); ok {
					d.wd, d.hasWD = wd, true
					d.from = k
					break
				}
				if toks[k].kind == tokWord && toks[k].s != "le" && toks[k].s != "el" && toks[k].s != "den" && toks[k].s != "der" && toks[k].s != "the" {
					break
				}
			}
			return d, true
		}
		if wd, ok := lookup(weekdayKeys, weekdayWords, t.s); ok {
			// a weekday followed by a numeric date ("Thu 3/12") or standing alone
			if n := get(i + 1); n != nil {
				k := i + 1
				if n.s == "," {
					k++
				}
				if nd, ok := numericDateAt(toks, k); ok {
					nd.wd, nd.hasWD, nd.from = wd, true, i
					return nd, true
				}
			}
			// "Friday, March 12" is read from the month; skip the weekday here
			for k := i + 1; k < i+5 && k < len(toks); k++ {
				if _, ok := monthWords[toks[k].s]; ok {
					return dateRef{}, false
				}
			}
			if len(t.s) <= 4 && !t.upper() {
				return dateRef{}, false // "sat", "wed" as words
			}
			if d, ok := weekdayDay(toks, i, wd); ok {
				return d, true
			}
			return dateRef{wd: wd, hasWD: true, rel: true, relDays: -1, from: i, to: i + 1, line: t.line}, true
		}
		switch t.s {
		case "today", "tonight", "aujourd'hui", "hoy", "heute", "oggi", "hoje", "vandaag":
			return dateRef{rel: true, relDays: 0, from: i, to: i + 1, line: t.line}, true
		case "tomorrow", "demain", "domani", "amanha":
			return dateRef{rel: true, relDays: 1, from: i, to: i + 1, line: t.line}, true
		case "manana":
			if p := get(i - 1); p != nil && (p.s == "la" || p.s == "esta") {
				return dateRef{}, false
			}
			return dateRef{rel: true, relDays: 1, from: i, to: i + 1, line: t.line}, true
		case "morgen":
			if t.raw == "morgen" {
				return dateRef{rel: true, relDays: 1, from: i, to: i + 1, line: t.line}, true
			}
		case "ubermorgen":
			return dateRef{rel: true, relDays: 2, from: i, to: i + 1, line: t.line}, true
		}
		return dateRef{}, false
	}
	if t.kind == tokNum {
		return numericDateAt(toks, i)
	}
	return dateRef{}, false
}

// weekdayDay reads a weekday with a day of the month and no month: "jeudi
// le 5", "Thursday the 12th", "el jueves 5": the month is the next one in
// which that day falls on that weekday.
func weekdayDay(toks []token, i int, wd time.Weekday) (dateRef, bool) {
	k := i + 1
	if k < len(toks) && (toks[k].s == "," || toks[k].s == "the" || toks[k].s == "le" || toks[k].s == "el" || toks[k].s == "den" || toks[k].s == "il") {
		k++
	}
	if k >= len(toks) || toks[k].kind != tokNum || len(toks[k].s) > 2 || atoi(toks[k].s) < 1 || atoi(toks[k].s) > 31 || toks[k].line != toks[i].line {
		return dateRef{}, false
	}
	end := k + 1
	if end < len(toks) && hourLetterAfter(toks, k) {
		return dateRef{}, false // a time: "3u30"
	}
	if end < len(toks) {
		switch n := toks[end].s; n {
		case "th", "st", "nd", "rd", "er", "°", "º":
			end++
		case ":", "h", "am", "pm", "uhr", "uur", "/", "-":
			return dateRef{}, false // a time or a numeric date, not a day
		case ".":
			if end+1 < len(toks) && toks[end+1].kind == tokNum {
				return dateRef{}, false // "9.30", "5.11."
			}
			end++
		}
	}
	return dateRef{wd: wd, hasWD: true, d: atoi(toks[k].s), rel: true, relDays: relWeekdayDay, from: i, to: end, line: toks[i].line}, true
}

// relWeekdayDay marks a dateRef of a weekday and a day of the month.
const relWeekdayDay = -2

// numericDateAt reads 2026-04-09, 09/04/2026, 3/12, 9.4.2026 at token i. The
// day/month order is settled later (see orderNumeric).
func numericDateAt(toks []token, i int) (dateRef, bool) {
	if i+2 >= len(toks) || toks[i].kind != tokNum {
		return dateRef{}, false
	}
	a, sep, b := toks[i], toks[i+1], toks[i+2]
	if b.kind != tokNum || (sep.s != "/" && sep.s != "-" && sep.s != ".") || sep.start != a.start+len(a.raw) || b.start != sep.start+1 {
		return dateRef{}, false
	}
	d := dateRef{from: i, to: i + 3, line: a.line, numeric: true}
	if len(a.s) == 4 && sep.s == "-" {
		// ISO
		if i+4 >= len(toks) || toks[i+3].s != "-" || toks[i+4].kind != tokNum {
			return dateRef{}, false
		}
		d.y, d.m, d.d = atoi(a.s), time.Month(atoi(b.s)), atoi(toks[i+4].s)
		d.to = i + 5
		d.numeric = false
		if d.m < 1 || d.m > 12 || d.d < 1 || d.d > 31 {
			return dateRef{}, false
		}
		return d, true
	}
	if len(a.s) > 2 || len(b.s) > 2 {
		return dateRef{}, false
	}
	x, y := atoi(a.s), atoi(b.s)
	if i+4 < len(toks) && toks[i+3].s == sep.s && toks[i+4].kind == tokNum && toks[i+3].start == b.start+len(b.raw) {
		yr := atoi(toks[i+4].s)
		switch len(toks[i+4].s) {
		case 4:
		case 2:
			yr += 2000
		default:
			return dateRef{}, false
		}
		d.y = yr
		d.to = i + 5
	} else if sep.s == "." && dayMonthDot(toks, i) {
		// "am 9.11. um 14 Uhr": German and Dutch write a day and a month,
		// each closed by a dot, with no year; day first, always
		x, y := atoi(a.s), atoi(b.s)
		if x < 1 || x > 31 || y < 1 || y > 12 {
			return dateRef{}, false
		}
		d.m, d.d, d.numeric = time.Month(y), x, false
		d.to = i + 4
		return d, true
	} else if sep.s != "/" {
		return dateRef{}, false // "10-12" is a range, "9.30" a time
	}
	if x < 1 || y < 1 || x > 31 || y > 31 || (x > 12 && y > 12) {
		return dateRef{}, false
	}
	// keep raw numbers; m holds the first, d the second until ordered
	d.m, d.d = time.Month(x), y
	return d, true
}

// dayMonthDot reports whether the number pair at i ("9.11") is closed by a
// dot of its own and followed by no further number ("9.11. um 14 Uhr"), and
// is no time after a word that stands before dotted times ("om 14.10."):
// a day and a month.
func dayMonthDot(toks []token, i int) bool {
	b := toks[i+2]
	if i+3 >= len(toks) || toks[i+3].s != "." || toks[i+3].start != b.start+len(b.raw) {
		return false
	}
	if i+4 < len(toks) && toks[i+4].kind == tokNum {
		return false
	}
	return i == 0 || !dotTimePrep[toks[i-1].s] && !hourPrep[toks[i-1].s]
}

// orderNumeric settles a numeric date: day-first unless the writer is in
// North America (zone or Date offset) and the numbers allow month-first.
func (d dateRef) orderNumeric(dayFirst bool) dateRef {
	if !d.numeric {
		return d
	}
	x, y := int(d.m), d.d
	switch {
	case x > 12:
		d.m, d.d = time.Month(y), x
	case y > 12:
		d.m, d.d = time.Month(x), y
	case dayFirst:
		d.m, d.d = time.Month(y), x
	default:
		d.m, d.d = time.Month(x), y
	}
	d.numeric = false
	return d
}

// on returns the calendar day the reference designates, given the reference
// time (the Date header) in its own zone.
func (d dateRef) on(ref time.Time) (int, time.Month, int) {
	ry, rm, rd := ref.Date()
	if d.rel {
		if d.relDays >= 0 {
			t := time.Date(ry, rm, rd+d.relDays, 12, 0, 0, 0, time.UTC)
			return t.Date()
		}
		if d.relDays == relWeekdayDay {
			// the first day from the reference on (within a year) that is
			// that weekday and that day of the month
			for k := 0; k < 366; k++ {
				t := time.Date(ry, rm, rd+k, 12, 0, 0, 0, time.UTC)
				if t.Day() == d.d && t.Weekday() == d.wd {
					return t.Date()
				}
			}
		}
		ahead := (int(d.wd) - int(ref.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		t := time.Date(ry, rm, rd+ahead, 12, 0, 0, 0, time.UTC)
		return t.Date()
	}
	if d.y != 0 {
		return d.y, d.m, d.d
	}
	// no year: the one that puts the date closest to the reference
	best, bestDiff := ry, time.Duration(1<<62)
	r := time.Date(ry, rm, rd, 12, 0, 0, 0, time.UTC)
	for _, y := range []int{ry - 1, ry, ry + 1} {
		diff := time.Date(y, d.m, d.d, 12, 0, 0, 0, time.UTC).Sub(r)
		if diff < 0 {
			diff = -diff * 2 // the past is less likely than the future
		}
		if diff < bestDiff {
			best, bestDiff = y, diff
		}
	}
	return best, d.m, d.d
}

// hourLetterAfter reports whether the token after toks[i] is a letter that
// makes toks[i] an hour: "14h30", "14 h 30", Flemish "10u30" (joined only).
func hourLetterAfter(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return hourLetter[n.s] || hourLetterJoined[n.s] && n.start == toks[i].start+len(toks[i].raw)
}

// clockAfterLine reports whether the number at token k, after the month
// word t, is the hour of a clock that opens the next line ("17:30"), not a
// day.
func clockAfterLine(toks []token, t token, k int) bool {
	return toks[k].line != t.line && k+2 < len(toks) && toks[k+1].s == ":" && toks[k+2].kind == tokNum
}
