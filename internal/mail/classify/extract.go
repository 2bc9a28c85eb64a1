package classify

import (
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// region says where a piece of text comes from. New text decides; quoted
// text only supplies details.
type region uint8

const (
	regNew region = iota
	regSubject
	regQuoted
	regCalendar
)

// textInfo is one analysed text: its tokens, words and phrase hits.
type textInfo struct {
	reg   region
	text  string
	toks  []token
	ws    []token
	wsTok []int // index into toks of each word
	hits  []hit
	lang  string // ISO 639-1 code of the text's language, "" when unknown
	// denied marks the sentences that negate, cancel or check the set-up
	// (sentDenied), computed on first use
	denied []bool
	// the people of the text (see panelPeople and proseInterviewers),
	// computed on first use: several rules ask for them
	panel      []person
	panelHeads map[int]bool
	panelDone  bool
	prose      []person
	proseDone  bool
	// items holds the panelItem of each token range asked about
	items map[[2]int]panelMemo
	// folded is fold(text), computed on first use (see foldedText)
	folded     string
	foldedDone bool
}

// foldedText returns fold(ti.text), folding the text once however many
// rules ask for it.
func (ti *textInfo) foldedText() string {
	if !ti.foldedDone {
		ti.folded = fold(ti.text)
		ti.foldedDone = true
	}
	return ti.folded
}

// textPool recycles the arrays of analysed texts between messages (see
// release). It is safe for concurrent use: each textInfo belongs to one
// Classify call at a time.
var textPool = sync.Pool{New: func() any { return new(textInfo) }}

// analyse tokenizes text and finds its phrases. The caller may hand the
// result back with release once done with it.
func analyse(reg region, text string) *textInfo {
	ti := textPool.Get().(*textInfo)
	toks := appendTokens(ti.toks, text)
	*ti = textInfo{reg: reg, text: text, toks: toks, ws: ti.ws[:0], wsTok: ti.wsTok[:0], hits: ti.hits[:0]}
	if cap(ti.ws) < len(toks) {
		ti.ws = make([]token, 0, len(toks))
		ti.wsTok = make([]int, 0, len(toks))
	}
	for i := range ti.toks {
		t := &ti.toks[i]
		if t.kind != tokPunct && !genderSuffix(ti.toks, i) {
			ti.ws = append(ti.ws, *t)
			ti.wsTok = append(ti.wsTok, i)
		}
	}
	ti.hits = phrases.find(ti.hits, ti.ws)
	ti.lang = detectLanguage(ti.ws)
	italian := ti.lang == "it"
	seIf := italian || ti.lang == "pt" // "se" is "if" there, reflexive in Spanish
	kept := ti.hits[:0]
	for _, h := range ti.hits {
		// a one-word negation, condition or turn of another language than
		// the text's is a word of this one: Portuguese "no processo" is "in
		// the process", not Spanish "no"; English "as" is no Dutch "als"
		if scopedFamily[h.fam] && ti.lang != "" && !strings.Contains(h.src, " ") && !phraseLanguages[h.src][ti.lang] {
			continue
		}
		if h.fam == famCond {
			w := ti.ws[h.from].s
			// "Auch wenn uns die Entscheidung nicht leichtfällt, müssen wir
			// absagen": a concession, the main clause holds; "even if" is
			// conditional up to its comma only (famHypo)
			if ti.inFam(h.from, famConcede) || ti.inFam(h.from, famHypo) {
				continue
			}
			// Italian "si" is a reflexive pronoun ("si terrà"), not "if";
			// Dutch "als" ("as"), Italian and Portuguese "se", "caso" are
			// "if" only at the head of a sentence, and so is German "sollte"
			// ("Sollte keiner passen, ...")
			if w == "si" && italian || (w == "als" || w == "se" || w == "caso" || w == "sollte") && h.from > 0 && ti.ws[h.from-1].sent == ti.ws[h.from].sent {
				continue
			}
			if w == "se" && !seIf {
				continue
			}
			// "If so, let me know a few times", "if you're interested, ...":
			// a condition on the reader's interest, not on a decision
			if interestCond(ti.ws, h.to) {
				continue
			}
		}
		// "Lunch with the team (not an interview)": a note on one row of
		// an agenda leaves that row out, not the whole message
		if h.fam == famPractice && ti.rowNote(h) {
			continue
		}
		kept = append(kept, h)
	}
	ti.hits = kept
	return ti
}

// rowNote reports whether hit h is a note in parentheses after the label
// of a line, as agendas mark the rows that are no interview session.
// ... or a note in a later column of a row that opens with a clock time:
// "11:30-12:00   lunch with whoever is around   not an interview, promise".
func (ti *textInfo) rowNote(h hit) bool {
	k := ti.wsTok[h.from]
	paren := k >= 2 && ti.toks[k-1].s == "(" && ti.toks[k-1].line == ti.toks[k].line && ti.toks[k-2].line == ti.toks[k].line
	if !paren && !ti.clockRow(k) {
		return false
	}
	for _, w := range notInterview {
		if wordsAt(ti.toks, k, w) {
			return true
		}
	}
	return false
}

// clockRow reports whether token k stands in a later column of a line that
// opens with a clock time ("10:00-10:45   Ingrid Solberg   SQL").
func (ti *textInfo) clockRow(k int) bool {
	first := k
	for first > 0 && ti.toks[first-1].line == ti.toks[k].line {
		first--
	}
	return first+2 < k && ti.toks[first].kind == tokNum && ti.toks[first+1].s == ":" && ti.toks[first+2].kind == tokNum
}

// release hands ti's arrays back to textPool: nothing may use ti, its
// tokens or its hits afterwards. It drops the text's strings, so that a
// pooled array does not keep an old message alive.
func (ti *textInfo) release() {
	if ti == nil {
		return
	}
	clear(ti.toks)
	clear(ti.ws)
	*ti = textInfo{toks: ti.toks[:0], ws: ti.ws[:0], wsTok: ti.wsTok[:0], hits: ti.hits[:0]}
	textPool.Put(ti)
}

// scopedFamily are the families whose one-word phrases hold only in their
// own language: short function words that other languages spell alike.
var scopedFamily = map[family]bool{famNeg: true, famCond: true, famContrast: true, famConcede: true, famNegIdiom: true}

// interestCond reports whether the words from i continue a condition on the
// reader's interest: "(if) so", "(if) yes", "(if) you are interested", "(if)
// that sounds good".
func interestCond(ws []token, i int) bool {
	w := func(k int) string {
		if i+k < len(ws) && ws[i+k].sent == ws[i].sent {
			return ws[i+k].s
		}
		return ""
	}
	if i >= len(ws) {
		return false
	}
	switch w(0) {
	case "so", "yes", "interested", "interesse", "interesado", "interesada", "interessiert", "interessato", "interessada", "geinteresseerd":
		return true
	case "you", "this", "that", "it":
		if w(1) == "are" && w(2) == "interested" || w(1) == "sounds" || w(1) == "is" && w(2) == "of" && w(3) == "interest" {
			return true
		}
	}
	return false
}

// genderSuffix reports whether word i is an inclusive-gender ending glued
// to the word before it: the "a" of "outro(a)", "candidato(a)",
// "seleccionado(as)", the "innen" of "Kandidat:innen", "Entwickler*innen",
// "Bewerber/innen". Phrases read the word without it.
func genderSuffix(toks []token, i int) bool {
	if i < 2 || toks[i-2].kind != tokWord || toks[i-2].start+len(toks[i-2].raw) != toks[i-1].start || toks[i-1].start+1 != toks[i].start {
		return false
	}
	switch toks[i].s {
	case "a", "o", "as", "os", "e", "es", "r", "in", "innen", "x":
	default:
		return false
	}
	switch toks[i-1].s {
	case "(":
		return i+1 < len(toks) && toks[i+1].s == ")"
	case ":", "*", "_":
		return true
	case "/":
		// "Bewerber/innen", but not "and/or"'s second word: only the German
		// endings after a slash; "Ingeniero/a" keeps its "a" for the role
		return toks[i].s == "innen" || toks[i].s == "in"
	}
	return false
}

// has reports whether any phrase of the family occurs.
func (ti *textInfo) has(f family) bool {
	for _, h := range ti.hits {
		if h.fam == f {
			return true
		}
	}
	return false
}

// first returns the first hit of a family, or nil.
func (ti *textInfo) first(f family) *hit {
	for i := range ti.hits {
		if ti.hits[i].fam == f {
			return &ti.hits[i]
		}
	}
	return nil
}

// hitTok returns the token range [from, to) of a hit.
func (ti *textInfo) hitTok(h hit) (int, int) {
	return ti.wsTok[h.from], ti.wsTok[h.to-1] + 1
}

// candidate is one interview time read from prose.
type candidate struct {
	start, end time.Time
	hasEnd     bool
	zone       zoneRef
	zoneSaid   bool
	score      int
	reg        region
	tok        int
	line       int
	agenda     bool
	date       dateRef
	rangeEnd   int
	lineStart  bool
}

// whenCtx is what time extraction needs to know about the message.
type whenCtx struct {
	ref      time.Time // Date header, in its own offset
	dayFirst bool
	global   zoneRef        // "all times are Eastern Time" anywhere in the new text
	newWDs   []time.Weekday // weekdays named in the new text
	// sender is the zone the message was written in when a time states
	// none: its offset at the sending instant is the Date header's, and its
	// rules carry a time past a change of daylight saving time
	sender func() *time.Location
}

// globalZone finds statements such as "all times are in Eastern Time",
// "(all UK time)" or "Time zone: CET" that set the zone of a whole text.
func globalZone(ti *textInfo) zoneRef {
	toks := ti.toks
	for i := range toks {
		t := &toks[i]
		trigger := false
		switch t.s {
		case "times", "all":
			trigger = true
		case "zone", "timezone", "fuseau", "zona", "zeitzone":
			trigger = true
		case "schedule", "agenda", "timetable", "itinerary", "horaire", "horaires", "horario", "zeitplan", "ablauf", "programma", "programa":
			// a heading that states the zone of the times under it: "Schedule (Eastern Time):"
			trigger = true
		}
		if !trigger {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+8 && toks[k].sent == t.sent; k++ {
			if z, _ := zoneAt(toks, ti.text, k); z.ok() && z.iana != "" {
				return z
			}
		}
	}
	return zoneRef{}
}

// weekdayOf reports whether date d, a full date, falls on weekday wd.
func weekdayOf(d dateRef, wd time.Weekday) bool {
	if d.rel || d.y == 0 || d.d == 0 {
		return false
	}
	return time.Date(d.y, d.m, d.d, 12, 0, 0, 0, time.UTC).Weekday() == wd
}

// candidates lists the interview times stated in a text, best first.
func candidates(ti *textInfo, wc *whenCtx, local zoneRef) []candidate {
	toks := ti.toks
	var dates []dateRef
	for i := 0; i < len(toks); i++ {
		if !mayStart(dateWordKeys, &toks[i]) {
			continue
		}
		if d, ok := dateAt(toks, i); ok {
			d = d.orderNumeric(wc.dayFirst)
			// "28 de outubro de 2026 (quarta-feira)": a weekday right after
			// a full date names that date's day, no date of its own
			if n := len(dates); n > 0 && d.rel && d.hasWD && d.d == 0 && weekdayOf(dates[n-1], d.wd) && d.from-dates[n-1].to <= 2 {
				dates[n-1].hasWD = true
				if d.to > i+1 {
					i = d.to - 1
				}
				continue
			}
			dates = append(dates, d)
			if d.to > i+1 {
				i = d.to - 1
			}
		}
	}
	inDate := func(i int) bool {
		for _, d := range dates {
			if i >= d.from && i < d.to {
				return true
			}
		}
		return false
	}
	var out []candidate
	for i := 0; i < len(toks); i++ {
		if !mayStart(clockWordKeys, &toks[i]) || inDate(i) {
			continue
		}
		c1, ok := clockAt(toks, i)
		if !ok {
			if c1, ok = bareRangeStart(toks, i); !ok {
				continue
			}
		}
		if headerLine(ti.text, toks[i].start) {
			continue // "On Tue, Mar 31, 2026 at 6:12 PM Jordan wrote:", "Sent: 23 March 2026 14:08"
		}
		// range: "1:00 – 1:45 PM", "de 14h à 15h", "10am to 11am"
		var c2 clock
		hasEnd := false
		k := c1.to
		if k < len(toks) && rangeTo[toks[k].s] {
			e := k + 1
			if e+1 < len(toks) && approxWords[toks[e].s] {
				e++ // "tot ongeveer 15:00 uur"
			}
			if e < len(toks) {
				c2, hasEnd = clockAt(toks, e)
			}
		}
		endTok := c1.to
		if hasEnd {
			endTok = c2.to
		}
		c := candidate{reg: ti.reg, tok: i, line: toks[i].line, rangeEnd: endTok, lineStart: toks[i].nl || markedRow(toks, i)}
		// date: same line first (before, then after), then lines above, then below
		best, bestD := -1, 1<<30
		for di, d := range dates {
			dist := 1 << 30
			switch {
			case d.line == toks[i].line && d.to <= i:
				dist = i - d.to
			case d.line == toks[i].line && d.from >= endTok && !clockBetween(toks, endTok, d.from):
				// unless another time stands between them, whose date it
				// is: "9:00 AM IST (10:30 PM EST on Monday, 18 January)"
				dist = 20 + d.from - endTok
			case d.line < toks[i].line && toks[i].line-d.line <= 10:
				dist = 100 * (toks[i].line - d.line)
			case d.line > toks[i].line && d.line-toks[i].line <= 2:
				dist = 150 * (d.line - toks[i].line)
			}
			if dist < bestD {
				best, bestD = di, dist
			}
		}
		if best < 0 {
			// an agenda's row far under its date takes the date of the
			// row above it: "Monday, September 14" over ten lines of
			// sessions and their interviewers
			if n := len(out); n > 0 && hasEnd && c.lineStart && out[n-1].hasEnd && out[n-1].lineStart && toks[i].line-out[n-1].line <= 2 {
				c.date = out[n-1].date
			} else {
				i = endTok - 1
				continue
			}
		} else {
			c.date = dates[best]
		}
		// zone after the time
		var z zoneRef
		for k := endTok; k < len(toks) && k < endTok+10; k++ {
			// a sentence ends the search, except right after the time:
			// "3:00 PM-4:00 PM. (UTC-05:00) Eastern Time"
			if toks[k].sent != toks[endTok-1].sent && k > endTok && k-endTok > 2 {
				break
			}
			if _, ok := clockAt(toks, k); ok {
				break
			}
			if zz, n := zoneAt(toks, ti.text, k); zz.ok() {
				z = zz
				if zz.fixed {
					// "(GMT+08:00) Singapore", "(UTC+01:00) Bruselas,
					// Copenhague, Madrid, París": a place of the list names
					// the rules when its standard offset is the label's
					for j := k + n; j < k+n+12 && j < len(toks) && toks[j].line == toks[k].line; j++ {
						if zn, _ := zoneAt(toks, ti.text, j); zn.iana != "" && (j < k+n+3 || standardOffset(zn.iana) == zz.offset) {
							z = zn
							break
						}
					}
				}
				break
			}
		}
		// Google-style bodies put the zone on the next line: "2pm – 3pm\nEastern Time - Toronto"
		if !z.ok() {
			for k := endTok; k < len(toks); k++ {
				if toks[k].line == toks[i].line {
					continue
				}
				if toks[k].line == toks[i].line+1 && toks[k].nl {
					if zz, _ := zoneAt(toks, ti.text, k); zz.ok() {
						z = zz
					}
				}
				break
			}
		}
		z = z.resolvedBy(wc.global)
		c.zoneSaid = z.ok()
		if !z.ok() {
			z = local
		}
		if !z.ok() {
			z = wc.global
		}
		loc := z.location()
		if loc == nil && wc.sender != nil {
			loc = wc.sender()
		}
		if loc == nil {
			loc = wc.ref.Location()
		}
		c.zone = z
		y, m, d := c.date.on(wc.ref)
		defMer := 0
		if hasEnd && c1.mer == 0 && c2.mer > 0 {
			defMer = c2.mer
			h1, _ := c1.resolve(defMer)
			h2, _ := c2.resolve(0)
			if h1 > h2 {
				defMer = 3 - defMer
			}
		}
		h, mi := c1.resolve(defMer)
		c.start = time.Date(y, m, d, h, mi, 0, 0, loc)
		if hasEnd {
			h2, m2 := c2.resolve(0)
			e := time.Date(y, m, d, h2, m2, 0, 0, loc)
			if e.After(c.start) && e.Sub(c.start) <= 10*time.Hour {
				c.end, c.hasEnd = e, true
			}
		}
		c.score = scoreCandidate(ti, wc, &c, i, endTok)
		out = append(out, c)
		i = endTok - 1
	}
	out = mergeAgenda(out, ti)
	sort.SliceStable(out, func(a, b int) bool { return out[a].score > out[b].score })
	return out
}

// markedRow reports whether the time at token i opens a line after a list
// mark only: "1. 09:30 – 10:15 ...", "2) 14:00 ...", "- 10:00 ...".
func markedRow(toks []token, i int) bool {
	if i >= 1 && toks[i-1].nl && listMark(toks[i-1]) {
		return true
	}
	return i >= 2 && toks[i-2].nl && toks[i-2].kind == tokNum && len(toks[i-2].s) <= 2 && (toks[i-1].s == "." || toks[i-1].s == ")") && toks[i].start > toks[i-1].start+len(toks[i-1].raw)
}

// mergeAgenda joins consecutive lines that each start with a time range on
// the same day into one session list: start of the first, end of the last.
func mergeAgenda(cs []candidate, ti *textInfo) []candidate {
	var out []candidate
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		j := i
		rows := []int{i}
		for {
			// the same range on another clock, later on the row: "14:00 -
			// 14:45 GMT (9:00 - 9:45 AM EST)"
			n := j + 1
			for n < len(cs) && cs[n].line == cs[j].line && !cs[n].lineStart {
				n++
			}
			if !(n < len(cs) && cs[n].hasEnd && c.hasEnd && cs[j].lineStart && cs[n].lineStart &&
				(cs[n].line-cs[j].line <= 2 || ti.rowNotes(cs[j].line, cs[n].line)) && sameDay(cs[n].start, c.start)) {
				break
			}
			j = n
			rows = append(rows, n)
		}
		if j > i {
			// a welcome run by an organiser opens the day but is no
			// interview: the first interview session starts it
			for len(rows) > 1 && ti.welcomeRow(cs[rows[0]].line) {
				rows = rows[1:]
			}
			c = cs[rows[0]]
			m := c
			for _, k := range rows {
				if cs[k].start.Before(m.start) {
					m.start = cs[k].start
				}
				if cs[k].end.After(m.end) {
					m.end = cs[k].end
				}
				if cs[k].score > m.score {
					m.score = cs[k].score
				}
			}
			m.agenda = true
			m.score += 3
			out = append(out, m)
			i = j
			continue
		}
		out = append(out, c)
	}
	return out
}

// rowNotes reports whether the lines between two agenda rows, at most
// four, are the first row's notes: indented under it ("  C++ and
// low-latency systems", "  Interviewer: ..."), or blank.
func (ti *textInfo) rowNotes(from, to int) bool {
	if to-from > 5 {
		return false
	}
	for i := range ti.toks {
		t := &ti.toks[i]
		if t.line <= from || t.line >= to || i > 0 && ti.toks[i-1].line == t.line {
			continue
		}
		if t.start == 0 || ti.text[t.start-1] != ' ' && ti.text[t.start-1] != '\t' {
			return false
		}
	}
	return true
}

// welcomeRow reports whether a line of an agenda is no interview session:
// it says so ("Arrival & office tour (not an interview)"), or it receives
// the candidate and names its host with an organiser's title ("accueil et
// visite des bureaux, avec moi (Sophie Tremblay, RH)", "Welcome &
// logistics | Lea Hartmann (People Operations)").
func (ti *textInfo) welcomeRow(line int) bool {
	welcome, organiser := false, false
	for i := range ti.toks {
		t := &ti.toks[i]
		if t.line != line {
			continue
		}
		for _, w := range notInterview {
			if wordsAt(ti.toks, i, w) {
				return true
			}
		}
		welcome = welcome || welcomeWords[t.s]
		organiser = organiser || organiserTitles[t.s] && i > 0 && (ti.toks[i-1].s == "(" || ti.toks[i-1].s == ",")
	}
	return welcome && organiser
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// scoreCandidate weighs a time by where and how it is written.
func scoreCandidate(ti *textInfo, wc *whenCtx, c *candidate, from, to int) int {
	s := 0
	switch ti.reg {
	case regNew:
		s += 4
	case regSubject:
		s += 2
	}
	if c.date.rel {
		s++
	} else {
		s += 3
	}
	if c.zoneSaid {
		s++
	}
	if to-from > 3 {
		s++ // a range
	}
	line := ti.toks[from].line
	sent := ti.toks[from].sent
	// a move "from Tuesday 2 PM to Thursday 11 AM", "du mardi ... au jeudi":
	// the time after "from" is the old one, after "to" the new one
	if moveSentence(ti, sent) {
		k := from - 1
		if d := c.date; d.to > d.from && d.to <= from && d.from < len(ti.toks) && ti.toks[d.from].sent == sent {
			k = d.from - 1 // "from Monday, March 9 at 3 PM": the word before the date
		}
		for k >= 0 && (ti.toks[k].s == "le" || ti.toks[k].s == "el" || ti.toks[k].s == "the" || ti.toks[k].s == "on" || ti.toks[k].s == "am") {
			k--
		}
		if k >= 0 {
			switch ti.toks[k].s {
			case "from", "du", "del", "von", "vom", "van":
				s -= 7
			case "to", "au", "al", "auf", "naar":
				s += 3
			}
		}
	}
	// a label alone on the line above: "PREVIOUS" over "Tuesday, November
	// 24, 2026, 11:00 AM - 12:30 PM"
	if oldLabelAbove(ti.toks, from) || oldLabelLead(ti.toks, from) {
		s -= 7
	}
	for _, h := range ti.hits {
		hf, ht := ti.hitTok(h)
		onLine := ti.toks[hf].line == line
		inSent := ti.toks[hf].sent == sent
		switch h.fam {
		case famOld:
			// "instead of 3 PM, could we do 11 AM": the old marker
			// speaks of the first time after it, not of a later one
			// ... or a label alone on the line above the time: "PREVIOUS"
			// over "Tuesday, November 24, 2026, 11:00 AM - 12:30 PM"
			// (on its line, or in its sentence wrapped over lines)
			if (onLine || inSent) && !(ht <= from && clockBetween(ti.toks, ht, from)) {
				s -= 7
			}
		case famNewTime:
			// "the interview planned for Monday at 10:00 has been moved to
			// Wednesday at 14:30": in a sentence that moves, a time before
			// the marker with another after it is the old one
			if inSent && to <= hf && clockAfter(ti.toks, ht, sent) {
				s -= 7
			} else if onLine {
				s += 3
			}
		case famConvert:
			if ti.converts(h, from, to) {
				s -= 5
			}
		case famDeadline:
			if inSent && ht <= from && from-ht <= 12 {
				s -= 4
			}
		case famTechCheck:
			if inSent {
				s -= 4
			}
		case famAvail:
			if inSent {
				s -= 2
			}
		case famConfirm:
			if inSent || onLine {
				s += 2
			}
		case famInterview:
			if inSent {
				s++
			}
		case famCancel:
			if onLine {
				s -= 3
			}
		}
	}
	// an interview being arranged lies ahead of the message, not behind it
	if c.start.Before(wc.ref.Add(-12 * time.Hour)) {
		s -= 6
	}
	// a time in parentheses right after another: a conversion "(11:00 AM PT)"
	if from > 0 && ti.toks[from-1].s == "(" {
		for k := from - 2; k >= 0 && k >= from-8; k-- {
			if _, ok := clockAt(ti.toks, k); ok {
				s -= 4
				break
			}
		}
	}
	// the reply says "Friday works": prefer the quoted time on a Friday
	if ti.reg == regQuoted {
		for _, wd := range wc.newWDs {
			if c.start.Weekday() == wd {
				s += 4
			}
		}
	}
	return s
}

// oldLabelAbove reports whether the line above the one of token from holds
// an [old_labels] word alone, a colon after it or not ("PREVIOUS",
// "Bisher:").
func oldLabelAbove(toks []token, from int) bool {
	line := toks[from].line
	k := from
	for k > 0 && toks[k-1].line == line {
		k--
	}
	if k == 0 || toks[k-1].line != line-1 {
		return false
	}
	last := k - 1
	if toks[last].s == ":" && last > 0 {
		last--
	}
	return toks[last].nl && toks[last].kind == tokWord && oldLabels[toks[last].s] && (last+1 == k || toks[last+1].s == ":")
}

// oldLabelLead reports whether the line of token from opens with an
// [old_labels] word and a colon before it: "Was:  Tuesday, November 10,
// 2:00 pm" over "Now:  Thursday, November 12, 3:00 pm".
func oldLabelLead(toks []token, from int) bool {
	line := toks[from].line
	k := from
	for k > 0 && toks[k-1].line == line {
		k--
	}
	return k+1 < from && toks[k].kind == tokWord && oldLabels[toks[k].s] && toks[k+1].s == ":"
}

// standardOffset returns the smaller of a zone's January and July offsets,
// the one a Windows "(UTC+01:00)" label states.
func standardOffset(iana string) int {
	l := loadLoc(iana)
	if l == nil {
		return -1 << 30
	}
	_, jan := time.Date(2026, 1, 15, 12, 0, 0, 0, l).Zone()
	_, jul := time.Date(2026, 7, 15, 12, 0, 0, 0, l).Zone()
	return min(jan, jul)
}

// moveSentence reports whether sentence sent of ti moves an appointment.
func moveSentence(ti *textInfo, sent int) bool {
	for _, h := range ti.hits {
		if h.fam == famNewTime && ti.ws[h.from].sent == sent {
			return true
		}
	}
	return false
}

// movedAway reports whether the time at token tok is the old one of a
// move: it stands before a new-time marker of its sentence ("the interview
// planned for Monday at 10:00 has been moved to ...") that another time
// follows.
func (ti *textInfo) movedAway(tok int) bool {
	sent := ti.toks[tok].sent
	for _, h := range ti.hits {
		if h.fam != famNewTime {
			continue
		}
		if hf, ht := ti.hitTok(h); ti.toks[hf].sent == sent && tok < hf && clockAfter(ti.toks, ht, sent) {
			return true
		}
	}
	return false
}

// rangeTo are the words between the two clocks of a range: "10am to
// 11am", "14h à 15h", "9 bis 10 Uhr". Section [range_to] of the language
// files, and the dash.
var rangeTo = func() map[string]bool {
	t := wordTable(languages, "range_to")
	t["-"] = true
	return t
}()

// bareRangeStart reads a bare hour that starts a range whose end is a
// clock: the "11" of "de 11 a 12 h", the "9" of "von 9 bis 10 Uhr".
func bareRangeStart(toks []token, i int) (clock, bool) {
	if i == 0 || i+2 >= len(toks) || toks[i].kind != tokNum || len(toks[i].s) > 2 || !rangeFrom[toks[i-1].s] || !rangeTo[toks[i+1].s] {
		return clock{}, false
	}
	end, ok := clockAt(toks, i+2)
	h := atoi(toks[i].s)
	if !ok || h > 23 || end.h < h && end.mer == 0 && end.h24 {
		return clock{}, false
	}
	return clock{h: h, h24: end.h24 || h > 12, from: i, to: i + 1}, true
}

// oldMarked reports whether an old-time marker of the time's sentence
// stands before the time at token tok with no other clock between: "that
// was set for this Thursday, September 17 at 1:00 pm".
func (ti *textInfo) oldMarked(tok int) bool {
	sent := ti.toks[tok].sent
	for _, h := range ti.hits {
		if h.fam != famOld {
			continue
		}
		if _, ht := ti.hitTok(h); ti.toks[ht-1].sent == sent && ht <= tok && !clockBetween(ti.toks, ht, tok) {
			return true
		}
	}
	return false
}

// clockAfter reports whether a time of day starts at or after token from
// in sentence sent.
func clockAfter(toks []token, from, sent int) bool {
	for k := from; k < len(toks) && toks[k].sent == sent; k++ {
		if _, ok := clockAt(toks, k); ok {
			return true
		}
	}
	return false
}

// clockBetween reports whether a time of day starts in toks[from:to].
func clockBetween(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if _, ok := clockAt(toks, k); ok {
			return true
		}
	}
	return false
}

// durationIn finds a stated length ("45 minutes", "about an hour", "1.5
// hours", "une heure"); 0 when none.
func durationIn(ti *textInfo) time.Duration {
	toks := ti.toks
	unit := func(s string) time.Duration { return time.Duration(durationUnits[s]) * time.Minute }
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		t.s = strings.TrimPrefix(t.s, "d'")
		var d time.Duration
		end := i + 1
		switch {
		case t.kind == tokNum && len(t.s) <= 3:
			k := i + 1
			n := float64(atoi(t.s))
			if k+1 < len(toks) && (toks[k].s == "." || toks[k].s == ",") && toks[k+1].kind == tokNum && len(toks[k+1].s) == 1 {
				n += float64(atoi(toks[k+1].s)) / 10
				k += 2
			}
			if k < len(toks) && toks[k].s == "-" {
				k++
			}
			if k < len(toks) {
				if u := unit(toks[k].s); u > 0 && toks[k].s != "h" {
					d = time.Duration(n * float64(u))
					end = k + 1
				} else if toks[k].s == "h" && n >= 1 && n <= 3 && (i == 0 || !hourPrep[toks[i-1].s]) {
					// "Reserve 1h30", "durée : 1h": a length, not "à 1h" (a time)
					d, end = time.Duration(n)*time.Hour, k+1
					if k+1 < len(toks) && toks[k+1].kind == tokNum && len(toks[k+1].s) == 2 && toks[k+1].start == toks[k].start+1 {
						d += time.Duration(atoi(toks[k+1].s)) * time.Minute
						end = k + 2
					}
				}
			}
		case durationNumbers[t.s] > 0:
			// "about ninety minutes", "forty-five minutes"
			if i+1 < len(toks) && unit(toks[i+1].s) == time.Minute {
				d, end = time.Duration(durationNumbers[t.s])*time.Minute, i+2
			}
		case t.s == "un'ora" || t.s == "un'oretta":
			d = time.Hour
		case t.s == "mezz'ora" || t.s == "mezzora":
			d = 30 * time.Minute
		case t.s == "anderhalf" || t.s == "anderthalb":
			if i+1 < len(toks) && (toks[i+1].s == "uur" || toks[i+1].s == "stunden") {
				d, end = 90*time.Minute, i+2
			}
		case t.s == "een" || t.s == "uma" || t.s == "meia":
			// Dutch "uur" is also "o'clock": only "een uur", "een half uur"
			switch {
			case i+1 < len(toks) && (toks[i+1].s == "uur" || toks[i+1].s == "hora"):
				d, end = time.Hour, i+2
				if t.s == "meia" {
					d = 30 * time.Minute
				}
			case t.s == "een" && i+2 < len(toks) && toks[i+1].s == "half" && toks[i+2].s == "uur":
				d, end = 30*time.Minute, i+3
			}
		case strings.HasPrefix(t.s, "one-") && unit(t.s[len("one-"):]) == time.Hour:
			// "a one-hour video call"
			d = time.Hour
		case t.s == "an" || t.s == "one" || t.s == "une" || t.s == "una" || t.s == "eine":
			if i+1 < len(toks) && unit(toks[i+1].s) == time.Hour {
				d = time.Hour
				end = i + 2
				if i+4 < len(toks) && toks[i+2].s == "and" && toks[i+3].s == "a" && toks[i+4].s == "half" {
					d += 30 * time.Minute
					end = i + 5
				}
			}
		case t.s == "half":
			if i+2 < len(toks) && (toks[i+1].s == "an" || toks[i+1].s == "-") && unit(toks[i+2].s) == time.Hour {
				d = 30 * time.Minute
				end = i + 3
			}
		case t.s == "half-hour" || t.s == "demi-heure":
			d = 30 * time.Minute
		case t.s == "media" || t.s == "halbe":
			if i+1 < len(toks) && unit(toks[i+1].s) == time.Hour {
				d = 30 * time.Minute
				end = i + 2
			}
		}
		if d < 10*time.Minute || d > 4*time.Hour {
			continue
		}
		// "24 hours before", "within 2 hours", "in an hour"
		if end < len(toks) {
			if toks[end].s == "in" && end+1 < len(toks) && toks[end+1].s == "advance" {
				continue
			}
			switch toks[end].s {
			case "before", "prior", "ahead", "notice", "later", "after", "earlier", "early", "avant", "antes", "vorher", "ago":
				continue
			}
		}
		if i > 0 {
			switch toks[i-1].s {
			case "within", "every", "per", "least", "next", "in", "under":
				continue
			}
		}
		return d
	}
	return 0
}

// headerLine reports whether the line holding byte offset i is a reply
// attribution or a quoted header ("On ... wrote:", "Sent: ...", "Date: ...
// 14:08 +0100"): its time is when a mail was sent, not an interview.
func headerLine(text string, i int) bool {
	s := strings.LastIndexByte(text[:i], '\n') + 1
	e := strings.IndexByte(text[i:], '\n')
	if e < 0 {
		e = len(text)
	} else {
		e += i
	}
	l := strings.TrimSpace(text[s:e])
	if foldedHasPrefixAny(l, quoteSentLabels) || foldedContainsAny(l, wroteWords) {
		return true
	}
	// a forwarded header block's date line, whatever its label: the line
	// above or below is an address line ("From: Rosalind <r@...>")
	if labelLine(l) {
		prev := ""
		if s > 0 {
			ps := strings.LastIndexByte(text[:s-1], '\n') + 1
			prev = strings.TrimSpace(text[ps : s-1])
		}
		next := ""
		if e < len(text) {
			ne := strings.IndexByte(text[e+1:], '\n')
			if ne < 0 {
				ne = len(text) - e - 1
			}
			next = strings.TrimSpace(text[e+1 : e+1+ne])
		}
		return addressLine(prev) || addressLine(next)
	}
	return false
}

// labelLine reports whether a line opens with one capitalised word and a
// colon: "Date: Tue, Sep 15, 2026 at 10:02 AM".
func labelLine(l string) bool {
	c := strings.IndexByte(l, ':')
	if c <= 1 || c > 12 || strings.ContainsAny(l[:c], " \t") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l)
	return unicode.IsUpper(r)
}

// addressLine reports whether a line is a mail header's address line:
// a label, a colon, a name and an address in angle brackets ("From:
// Rosalind <r.a@bank.example>"), not a contact's field ("EMAIL: a@b").
func addressLine(l string) bool {
	return labelLine(l) && strings.Contains(l, "<") && strings.Contains(l, "@")
}

// converts reports whether the time-conversion phrase h speaks of the time
// at tokens [from, to): "that's 4:00 PM", "your local time: 9:00 PM" point
// forward on the time's line; "4:00 PM Eastern for you" points back.
func (ti *textInfo) converts(h hit, from, to int) bool {
	hf, ht := ti.hitTok(h)
	switch ti.ws[h.from].s {
	case "for", "pour", "para", "fur":
		// right after the time and its zone
		k := to
		if _, n := zoneAt(ti.toks, ti.text, min(k, len(ti.toks)-1)); n > 0 && k < len(ti.toks) {
			k += n
		}
		return hf == k
	default:
		return ht <= from && from-ht <= 12 && ti.toks[hf].line == ti.toks[from].line
	}
}

// converted reports whether candidate c is another zone's reading of a time
// given before it: "11:00 hrs (Mexico City), there it would be 18:00".
func (ti *textInfo) converted(c candidate) bool {
	for _, h := range ti.hits {
		if h.fam == famConvert && ti.converts(h, c.tok, c.rangeEnd) {
			return true
		}
	}
	return false
}
