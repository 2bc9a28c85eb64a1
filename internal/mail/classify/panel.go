package classify

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Headed lists: a heading line ("Interviewers:", "Your panel", "Vos
// interlocuteurs :", an HTML table's "Interviewer | Title | Email" row)
// over one person a line, numbered, bulleted or plain, in any of the
// layouts people write:
//
//	1. Priya Raman - Engineering Manager
//	• Ana Ruiz (Head of Data)
//	- Hiring Manager: Clara Vos
//	Grace Kim, Engineering Manager
//	- Nora Diaz <nora.diaz@northwind.example>
//	* Elena Popescu – elena.popescu@northwind.example
//	Hana Sato | Data Engineering Manager | hana.sato@northwind.example
//	10:00–10:45  Technical interview with Sofia Marin
//
// A heading may carry qualifiers before its colon ("You'll meet, in this
// order:"). Under a table's header row with a people column ("Session |
// Time | Interviewer(s)", as the HTML-to-text conversion writes a table),
// only that column of each row is read, and rows naming nobody are skipped:
//
//	System design | 10:00 - 11:00 | Vikram Sethi, Principal Engineer
//	Lunch with the team | 12:15 - 13:00 | (informal)

// panelHeads are headings over a list of the people the candidate will
// meet, folded, that neither peopleTriggers nor the famPanel phrases hold.
var panelHeads = sequenceTable(languages, "list_heading")

// panelHeadIndex lists the panelHeads by their first word.
var panelHeadIndex = func() map[string][][]string {
	ix := map[string][][]string{}
	for _, h := range panelHeads {
		ix[h[0]] = append(ix[h[0]], h)
	}
	return ix
}()

// panelHeadKeys holds the keys of panelHeadIndex.
var panelHeadKeys = keysOf(panelHeadIndex)

// panelHeadAt returns the length in tokens of a panel heading at token i, 0
// when none starts there, and whether it is only a generic "with".
func (ti *textInfo) panelHeadAt(i int) (int, bool) {
	toks := ti.toks
	best := 0
	var heads [][]string
	if panelHeadKeys.may(toks[i].s) {
		heads = panelHeadIndex[toks[i].s]
	}
	for _, h := range heads {
		if len(h) > best && wordsAt(toks, i, h) {
			best = len(h)
		}
	}
	if n := triggerAt(toks, i); n > 0 && len(peopleTriggers[n-1]) > best {
		trig := peopleTriggers[n-1]
		if len(trig) == 1 && genericTrigger[trig[0]] {
			return 1, true
		}
		best = len(trig)
	}
	return best, false
}

// firstInSentence is firstAt for words that may wrap over lines of one
// sentence.
func (set *seqSet) firstInSentence(toks []token, i int) ([]string, bool) {
	for _, w := range set.at(toks, i) {
		ok := i+len(w) <= len(toks)
		for k := 0; ok && k < len(w); k++ {
			ok = toks[i+k].s == w[k] && toks[i+k].sent == toks[i].sent
		}
		if ok {
			return w, true
		}
	}
	return nil, false
}

// wordsAt reports whether the folded words ws stand at token i, on one line.
func wordsAt(toks []token, i int, ws []string) bool {
	for k, w := range ws {
		if i+k >= len(toks) || toks[i+k].s != w || k > 0 && toks[i+k].nl {
			return false
		}
	}
	return true
}

// panelLine is the token range [from, to) of one line of a text.
type panelLine struct{ from, to, line int }

// textLines splits a text's tokens into lines.
func (ti *textInfo) textLines() []panelLine {
	var out []panelLine
	for i := range ti.toks {
		t := &ti.toks[i]
		if i == 0 || t.line != ti.toks[i-1].line {
			out = append(out, panelLine{from: i, to: i, line: t.line})
		}
		out[len(out)-1].to = i + 1
	}
	return out
}

// panelHeading reports whether a line is a heading over a list of people:
// a heading phrase followed by nothing but a colon ("Interviewers:", "Here
// is who you'll meet:"), a short line that is only a heading ("Your
// panel"), a short line that opens with a heading phrase and closes with a
// colon after some qualifiers ("You'll meet, in this order:", "Your
// interviewers (in order of appearance):", "Vous rencontrerez, dans
// l'ordre :"), or a table's header row with a heading cell ("Interviewer |
// Title | Email"). A lone "with" heads a list only before a colon.
func (ti *textInfo) panelHeading(l panelLine) bool {
	toks := ti.toks
	// a mark that decorates a heading: "■ Interviewers"
	for l.from < l.to && bulletMark(toks[l.from]) {
		l.from++
	}
	if l.from == l.to {
		return false
	}
	// a heading with a note in parentheses: "Interviewers (family names in
	// capitals)"
	if toks[l.to-1].s == ")" {
		for k := l.to - 2; k > l.from; k-- {
			if toks[k].s == "(" {
				if ti.panelHeading(panelLine{from: l.from, to: k, line: l.line}) {
					return true
				}
				break
			}
		}
	}
	if l.to-l.from > 12 {
		// a heading may close a paragraph: "... for the Senior Engineer
		// position. Here's who you'll meet on Thursday:"
		if toks[l.to-1].s != ":" {
			return false
		}
		for k := l.to - 2; k > l.from; k-- {
			if toks[k].s == "." || toks[k].s == "!" || toks[k].s == "?" {
				if toks[k+1].sent != toks[k].sent && l.to-(k+1) <= 12 {
					return ti.panelHeading(panelLine{from: k + 1, to: l.to, line: l.line})
				}
				return false
			}
		}
		// a heading with long qualifiers: "You will meet with the
		// following people, one after another (45 minutes each):"; a
		// relative clause (", who all work in Leeds:") describes people
		// the line goes on about
		if l.to-l.from > maxQualifiedTokens {
			return false
		}
		for k := l.from + 1; k < l.to; k++ {
			if toks[k-1].s == "," && relativeWords[toks[k].s] {
				return false
			}
		}
		for i := l.from; i <= l.from+3 && i < l.to; i++ {
			if n, generic := ti.panelHeadAt(i); n > 0 && !generic && i+n < l.to && ti.qualifiedHeading(l, i+n) {
				return true
			}
		}
		return false
	}
	endsColon := toks[l.to-1].s == ":"
	for i := l.from; i < l.to; i++ {
		n, generic := ti.panelHeadAt(i)
		if n == 0 || i+n > l.to {
			continue
		}
		// a few words may lead in: "Here's who you'll meet on Thursday:"
		if i-l.from <= 3 && endsColon && !generic && ti.qualifiedHeading(l, i+n) {
			return true
		}
		// a table header row: the heading fills one cell
		if (i == l.from || toks[i-1].s == "|") && (i+n == l.to || toks[i+n].s == "|") && l.to-l.from > n && !ti.nameOnLine(l) {
			for k := l.from; k < l.to; k++ {
				if toks[k].s == "|" {
					return true
				}
			}
		}
		// ... and an inclusive ending glued to it: "Ihre
		// Gesprächspartner:innen", "Ihre Ansprechpartner/innen"
		rest := i + n
		for rest < l.to && (toks[rest].kind == tokPunct && toks[rest].s != "(" || genderSuffix(toks, rest)) {
			rest++
		}
		if rest != l.to {
			continue
		}
		if endsColon || !generic && l.to-l.from <= 6 && !ti.nameOnLine(l) {
			return true
		}
	}
	return false
}

// wrappedHeading reports whether lines[h], closed by a colon, ends a
// sentence begun on the line right above it, and that sentence is a
// heading.
func (ti *textInfo) wrappedHeading(lines []panelLine, h int) bool {
	toks := ti.toks
	if h == 0 || toks[lines[h].to-1].s != ":" || lines[h-1].line != lines[h].line-1 {
		return false
	}
	prev := lines[h-1]
	sent := toks[lines[h].from].sent
	if toks[prev.to-1].sent != sent {
		return false
	}
	k := prev.to - 1
	for k > prev.from && toks[k-1].sent == sent {
		k--
	}
	// the sentence opens on the line above, after another one
	if k == prev.from && prev.from > 0 && toks[prev.from-1].sent == sent {
		return false
	}
	return ti.panelHeading(panelLine{from: k, to: lines[h].to, line: lines[h].line})
}

// maxHeadingLen bounds, in bytes, a heading line with qualifiers after its
// heading phrase ("You'll meet, in this order:").
const maxHeadingLen = 90

// maxQualifiedTokens bounds, in tokens, a heading line with qualifiers.
const maxQualifiedTokens = 20

// qualifiedHeading reports whether the words of line l from token i to its
// closing colon only qualify the heading before them: the line is short,
// names nobody, holds no address and does not end a sentence on the way
// ("You'll meet, in this order:", "Ihre Gesprächspartner (in dieser
// Reihenfolge):").
func (ti *textInfo) qualifiedHeading(l panelLine, i int) bool {
	toks := ti.toks
	last := toks[l.to-1]
	if last.start+len(last.raw)-toks[l.from].start >= maxHeadingLen {
		return false
	}
	for k := i; k < l.to-1; k++ {
		// the colon of a time is no end: "Panel for Jordan on Thu 6/11,
		// 3-4:30:"
		if toks[k].s == ":" && k > 0 && toks[k-1].kind == tokNum && toks[k+1].kind == tokNum {
			continue
		}
		switch toks[k].s {
		case ".", "!", "?", ":", "@":
			return false
		}
		if toks[k].kind != tokPunct && emailAt(ti.text, toks[k].start) != "" {
			return false
		}
	}
	// "Participantes da Marés Digital:": the company is no person
	for k := i; k < l.to; k++ {
		if name, _ := nameAt(toks[:l.to], k); strings.Contains(name, " ") && !orgWordIn(name) {
			return false
		}
	}
	return true
}

// nameOnLine reports whether a line holds a name of two words or more.
func (ti *textInfo) nameOnLine(l panelLine) bool {
	for i := l.from; i < l.to; i++ {
		if name, _ := nameAt(ti.toks[:l.to], i); strings.Contains(name, " ") {
			return true
		}
	}
	return false
}

// panelPeople reads the people listed under the panel headings of a text,
// with the address written on the same line when there is one, and returns
// the lines of the headings it read a list under. The result is computed
// once per text and shared: callers must not modify it (appending is safe,
// the slice has no spare capacity).
func (d *doc) panelPeople(ti *textInfo) ([]person, map[int]bool) {
	if !ti.panelDone {
		out, heads := d.readPanelPeople(ti)
		ti.panel, ti.panelHeads, ti.panelDone = slices.Clip(out), heads, true
	}
	return ti.panel, ti.panelHeads
}

// readPanelPeople is panelPeople without the memo.
func (d *doc) readPanelPeople(ti *textInfo) ([]person, map[int]bool) {
	var out []person
	heads := map[int]bool{}
	lines := ti.textLines()
	for h := 0; h < len(lines); h++ {
		// an agenda needs no heading: rows that start with a time, two of
		// them naming a person ("09:30–10:15 Deep dive with Wang
		// Xiaoling"; "10:45 Break" between them), are read like a list
		// headed by the line before them
		// a heading sentence wrapped over two lines: "You'll be speaking
		// with Ana first," over "then Tom and Mei together:"
		headed := ti.panelHeading(lines[h]) || ti.wrappedHeading(lines, h)
		agenda := !headed && h+2 < len(lines) && !heads[lines[h+1].line] &&
			(!ti.agendaRow(lines[h]) && ti.agendaAhead(lines, h+1) || ti.timeOnly(lines[h+1]) && (ti.sessionPerson(lines[h+2]) != "" || ti.sessionThenPerson(lines, h+2)))
		// a table's header row needs no heading when it names a column
		// of names and one of their roles: "Name | Role in interview | Team"
		roster := !agenda && !headed && ti.nameColumn(lines[h]) >= 0 && ti.roleColumn(lines[h])
		// nor when a cell of it is a people heading: "Time (HKT)
		// Interviewer   Role   Session"
		header := !agenda && !roster && !headed && ti.personColumn(lines[h]) >= 0
		if !agenda && !roster && !header && !headed || ti.condTok(lines[h].from) {
			continue
		}
		head, col := h, ti.personColumn(lines[h])
		if roster {
			col = ti.nameColumn(lines[h])
		}
		// a people heading over a table whose header names its columns:
		// "Your interviewers" over "Name | Title | Email"
		// ... or over a table whose header has a people cell: "Interview
		// schedule" over "| Time (ET) | Interviewer(s) | Title | Email |"
		if col < 0 && h+1 < len(lines) && ti.panelHeading(lines[h]) {
			if c := ti.nameColumn(lines[h+1]); c >= 0 {
				head, col = h+1, c
			} else if c := ti.personColumn(lines[h+1]); c >= 0 {
				head, col = h+1, c
			}
		}
		if col >= 0 {
			got, end := ti.tableColumn(lines, head, col)
			if end == head {
				continue
			}
			// the rows are read: neither prose triggers nor agenda rows
			// read them again
			for k := h; k <= end; k++ {
				heads[lines[k].line] = true
			}
			for _, p := range got {
				p.at = ti.toks[lines[h].from].start
				out = append(out, p)
			}
			h = end
			continue
		}
		var got []person
		bulleted, afterTime, agendaItem, cards, sawAgenda := false, false, false, false, false
		under := -1 // lines read under the last name, -1 before any
		end := h
		for k := h + 1; k < len(lines) && k <= h+16; k++ {
			l := lines[k]
			blank := l.line-lines[k-1].line > 1
			it, ok := ti.panelItem(l)
			sawAgenda = sawAgenda || it.agenda && k > h+1
			if afterTime && !blank && !it.agenda {
				// the session under its time: "Coding - Bea Lindqvist,
				// Senior Engineer", "Lunch break"; the people under their
				// session: "Tom Brereton, Head of Engineering, and Harriet
				// Oyelaran, Engineering Manager"
				ps := ti.sessionPeople(l)
				// ... or the session's name, its people on the line under
				// it: "Coding" over "with Tatsuya Mori"
				afterTime = len(ps) == 0 && ti.sessionThenPerson(lines, k)
				got = append(got, ps...)
				end = k
				continue
			}
			afterTime = false
			// a blank line ends a list, unless the list goes on with the
			// same bullets or cards (a name over its title), or it stands
			// between the heading and the list
			if blank && len(got) > 0 && !(bulleted && it.bullet) && !(cards && ok && it.p.name != "" && k+1 < len(lines) && ti.titleOnly(lines[k+1])) &&
				!(sawAgenda && it.agenda && l.line-lines[k-1].line == 2) {
				break
			}
			// the title under a name, which could read as a lone name
			// beside a title ("Engineering Manager, Mobile")
			// ... or as a title before a department that reads as a name
			// ("Vice President, Computational Biology")
			if under == 0 && !blank && ti.titleOnly(l) && (!strings.Contains(it.p.name, " ") || ti.titleBeforeName(l, it.p.name)) {
				ok = false
			}
			// a card goes on under its name: the title, the session, the
			// address ("Mateusz Wójcik" / "Controls Engineer" / "Live coding
			// in C++" / "mateusz.wojcik@...")
			card := under >= 0 && under < 3 && !blank && !it.agenda && (ti.titleOnly(l) || under > 0 && (ti.shortLine(l) || ti.cardNote(l)))
			if a := ti.addressOnly(l); a != "" && under >= 0 && under < 4 && !blank {
				if last := &got[len(got)-1]; last.email == "" {
					last.email = a
				}
				card, ok = true, false
			}
			if !ok {
				// agenda rows without a person ("10:45 Break") and lines
				// indented under a bulleted item or an agenda row (the
				// session's description) go on; so does a title on the line
				// under a name ("Nguyễn Thị Thu Hà" over "Engineering
				// Lead"); anything else ends
				if it.agenda || (bulleted && !it.bullet || agendaItem) && ti.indented(l) && len(got) > 0 && !blank || card {
					afterTime = it.agenda
					end = k
					cards = cards || card
					if card {
						under++
					} else {
						under = -1
					}
					continue
				}
				break
			}
			under = -1
			if it.p.name != "" && !it.agenda {
				under = 0
			}
			// a second person on the line under a session's row, indented
			// like it, belongs to that row: the session's description may
			// follow under them
			agendaItem = it.agenda || agendaItem && !blank && ti.indented(l)
			end = k
			bulleted = bulleted || it.bullet
			if it.p.name != "" && it.agenda {
				// several people in one session: "10:00 AM - 11:00 AM
				// Olumide Bankole; Stanislav Petrović"
				// ... the row wrapped inside a parenthesis: "... with Ana
				// Ruiz (Senior" over "Engineer) and Tom Wu (Architect)."
				if w := ti.wrappedRow(lines, k); w.to > l.to {
					l = w
					k++
					end = k
				}
				got = append(got, ti.sessionList(l, it.p)...)
			} else if it.p.name != "" && it.bullet {
				// two people in one item: "- Ana Ruiz (VP Engineering) and
				// Tom Wu (Product Manager): 75 minutes on ..."
				ps := ti.sessionList(l, it.p)
				ps[0] = it.p
				got = append(got, ps...)
			} else if it.p.name != "" || it.p.self {
				got = append(got, it.p)
			}
		}
		if end == h {
			continue
		}
		heads[lines[h].line] = true
		for _, p := range got {
			p.at = ti.toks[lines[h].from].start
			out = append(out, p)
		}
		h = end
	}
	return out, heads
}

// sessionThenPerson reports whether lines[k] is a session's short name
// naming nobody, with the person of the session on the line right under it
// ("Coding" over "with Tatsuya Mori (tmori@...)").
func (ti *textInfo) sessionThenPerson(lines []panelLine, k int) bool {
	if k+1 >= len(lines) || lines[k+1].line != lines[k].line+1 || !ti.shortLine(lines[k]) || len(ti.sessionPeople(lines[k])) > 0 {
		return false
	}
	return len(ti.sessionPeople(lines[k+1])) > 0
}

// timeOnly reports whether a line is an agenda time with nothing else: the
// session and its person follow on the next line.
func (ti *textInfo) timeOnly(l panelLine) bool {
	it, ok := ti.panelItem(l)
	if ok || !it.agenda {
		return false
	}
	for k := l.from; k < l.to; k++ {
		if t := ti.toks[k]; t.kind == tokWord && t.s != "am" && t.s != "pm" && t.s != "h" && t.s != "uhr" && t.s != "to" && t.s != "bis" && t.s != "a" {
			if _, zone := zoneAbbrev[t.raw]; !zone {
				return false
			}
		}
	}
	return true
}

// sessionPerson returns the person of a session line under its time
// ("Architecture deep dive - Hiroshi Nakamura, Principal Engineer"), ""
// when it names nobody or only someone who organises.
func (ti *textInfo) sessionPerson(l panelLine) string {
	name, rest := ti.agendaPerson(l.from, l.to)
	if name == "" || titleLeavesOut(rest) {
		return ""
	}
	return name
}

// agendaAhead reports whether the lines from k on are agenda rows, one
// after the other, two of which name a person before the first line that
// is no agenda row.
func (ti *textInfo) agendaAhead(lines []panelLine, k int) bool {
	// most lines open with no time at all: no agenda starts there
	if k < len(lines) && !ti.mayOpenWithTime(lines[k]) {
		return false
	}
	named := 0
	for first := k; k < len(lines) && named < 2; k++ {
		gap := lines[k].line - lines[k-1].line
		if k > first && gap > 2 {
			break
		}
		it, ok := ti.panelItem(lines[k])
		// one blank line may part the sessions of an agenda
		if !it.agenda || k > first && gap == 2 && !it.agenda {
			break
		}
		if ok && it.p.name != "" {
			named++
			// the session's description on an indented line under it
			for k+1 < len(lines) && lines[k+1].line == lines[k].line+1 && ti.indented(lines[k+1]) {
				if next, _ := ti.panelItem(lines[k+1]); next.agenda {
					break
				}
				k++
			}
			continue
		}
		// the person on the line under the session: "10:00 - 10:45
		// System design" over "Arjun Pillai, Principal Engineer"
		if k+1 < len(lines) && lines[k+1].line == lines[k].line+1 {
			if next, _ := ti.panelItem(lines[k+1]); !next.agenda && len(ti.sessionPeople(lines[k+1])) > 0 {
				named++
				k++
			}
		}
	}
	return named >= 2
}

// mayOpenWithTime reports whether a number or an hour preposition stands
// among the first tokens of line l, where an agenda row has its time
// ("- 09:30", "2) 14:00", "um 9:00"); a line without one is no agenda row.
func (ti *textInfo) mayOpenWithTime(l panelLine) bool {
	for k := l.from; k < l.to && k < l.from+5; k++ {
		if t := &ti.toks[k]; t.kind == tokNum || hourPrep[t.s] {
			return true
		}
	}
	return false
}

// sessionPeople returns the people of a session line under its time
// ("Architecture deep dive - Hiroshi Nakamura, Principal Engineer"), or of
// a line of names under its session ("Dr Mei-Lin Tan, Director of
// Product", "Tom Brereton, Head of Engineering, and Harriet Oyelaran,
// Engineering Manager"); none when it names nobody or only someone who
// organises.
func (ti *textInfo) sessionPeople(l panelLine) []person {
	toks := ti.toks[:l.to]
	j := l.from
	// "with Wang Xiaoling, Principal Engineer" under its session
	if agendaWith[toks[j].s] && j+1 < l.to {
		j++
	}
	start := j
	for j+1 < l.to && honorifics[toks[j].s] {
		j = afterHonorific(toks, j)
	}
	if name, _ := nameAt(toks, j); !strings.Contains(name, " ") {
		if name := ti.sessionPerson(l); name != "" {
			return []person{{name: name}}
		}
		return nil
	}
	var ws []string
	joined := false
	for k := l.from; k < l.to; k++ {
		ws = append(ws, toks[k].s)
		joined = joined || listJoins[toks[k].s]
	}
	if titleLeavesOut(strings.Join(ws, " ")) {
		return nil
	}
	var out []person
	for _, p := range readNameList(toks, start, toks[start].sent) {
		if !p.self && strings.Contains(p.name, " ") {
			out = append(out, person{name: p.name})
		}
	}
	// without "and" the words after a title are its department ("Tomás
	// Ybarra, Engineering Manager, Fleet Services"), not a second person
	if !joined && len(out) > 1 {
		out = out[:1]
	}
	return out
}

// bulletMarks are the other signs that open a list item: "▪ Björn
// Østergaard (CTO)", "・YAMAMOTO Haruka".
var bulletMarks = map[string]bool{"▪": true, "■": true, "◦": true, "▸": true, "►": true, "‣": true, "・": true, "●": true, "○": true, "→": true, "✓": true, "✔": true, "➤": true, "❖": true}

// listMark reports whether a token opens a list item as a mark: a dash, an
// asterisk, a middle dot or any bulletMark.
func listMark(t token) bool {
	return t.s == "-" || t.s == "*" || t.s == "·" || bulletMark(t)
}

// bulletMark reports whether a token is a sign that opens a list item: one
// of bulletMarks, any other lone symbol ("✦ Ana Ruiz", "◆ Tom Wu": the
// shapes and dingbats people pick are too many to list), or a guillemet
// pointing right ("» Ana Ruiz", "› Tom Wu"), which opens no quotation at
// the start of a list line.
func bulletMark(t token) bool {
	if bulletMarks[t.s] || t.raw == "»" || t.raw == "›" {
		return true
	}
	r, w := utf8.DecodeRuneInString(t.raw)
	return t.kind == tokPunct && w == len(t.raw) && (unicode.Is(unicode.So, r) || unicode.Is(unicode.Sm, r)) && r != '+' && r != '<' && r != '>' && r != '=' && r != '|'
}

// sessionList returns the people of an agenda row whose person p opens a
// list ("Olumide Bankole; Stanislav Petrović", "Ana Ruiz & Tom Wu"), or p
// alone.
func (ti *textInfo) sessionList(l panelLine, p person) []person {
	first := strings.Fields(fold(p.name))
	if len(first) == 0 {
		return []person{p}
	}
	for k := l.from; k < l.to; k++ {
		if ti.toks[k].s != first[0] {
			continue
		}
		var out []person
		for _, q := range readNameList(ti.toks[:l.to], k, ti.toks[k].sent) {
			if !q.self && strings.Contains(q.name, " ") {
				out = append(out, person{name: q.name})
			}
		}
		// without a join the words after a title are its department
		// ("Harriet Cole, Engineering Manager, Payments Core - ..."), not a
		// second person
		if len(out) > 1 && ti.joinedBefore(k, l.to, out[1].name) {
			return out
		}
		break
	}
	return []person{p}
}

// wrappedRow returns lines[k] joined to the line under it when the row
// leaves a parenthesis open at its end and goes on, indented, on the next
// line ("10:15 – 11:00 · Pairing with Ana Ruiz (Senior" over "Engineer) and
// Tom Wu"); lines[k] alone otherwise.
func (ti *textInfo) wrappedRow(lines []panelLine, k int) panelLine {
	l := lines[k]
	if k+1 >= len(lines) || lines[k+1].line != l.line+1 || !ti.indented(lines[k+1]) {
		return l
	}
	open := false
	for i := l.from; i < l.to; i++ {
		switch ti.toks[i].s {
		case "(":
			open = true
		case ")":
			open = false
		}
	}
	if !open {
		return l
	}
	if next, _ := ti.panelItem(lines[k+1]); next.agenda {
		return l
	}
	return panelLine{from: l.from, to: lines[k+1].to, line: l.line}
}

// joinedBefore reports whether a word or sign that joins two people ("and",
// "&", ";", "/") stands between token k and the first word of name, before
// token to.
func (ti *textInfo) joinedBefore(k, to int, name string) bool {
	ws := strings.Fields(fold(name))
	for k++; k < to && len(ws) > 0 && ti.toks[k].s != ws[0]; k++ {
		// a comma after a title in parentheses joins two people: "Jamal
		// Wright (Group PM), Tessa Young (Engineering Lead)"
		if s := ti.toks[k].s; listJoins[s] || s == ";" || s == "/" || s == "," && ti.toks[k-1].s == ")" {
			return true
		}
	}
	return false
}

// shortLine reports whether a line is a short phrase, no sentence: a
// session's name under a person ("Live coding in C++").
func (ti *textInfo) shortLine(l panelLine) bool {
	return ti.briefLine(l, 8, func(t token) bool { return t.s == "." || t.s == "@" || t.s == ":" || t.s == "?" || t.s == "!" })
}

// briefLine reports whether a line has at most most tokens, none of which
// refuse reports: the shared test of the short lines a card or a list holds.
func (ti *textInfo) briefLine(l panelLine, most int, refuse func(token) bool) bool {
	if l.to-l.from > most {
		return false
	}
	for k := l.from; k < l.to; k++ {
		if refuse(ti.toks[k]) {
			return false
		}
	}
	return true
}

// cardNote reports whether a line is a short note about the person above
// it on a card: one or two sentences ("Your hiring manager. Ask him about
// the migration off Hadoop."), no address, no time, no colon.
func (ti *textInfo) cardNote(l panelLine) bool {
	return ti.briefLine(l, 16, func(t token) bool { return t.s == "@" || t.s == ":" || t.kind == tokNum })
}

// addressOnly returns the address a line holds and nothing else, or "".
func (ti *textInfo) addressOnly(l panelLine) string {
	first, last := ti.toks[l.from], ti.toks[l.to-1]
	a := emailAt(ti.text, first.start)
	if a == "" || first.start+len(a) < last.start+len(last.raw) {
		return ""
	}
	return a
}

// titleBeforeName reports whether a title word stands on line l before
// the first word of name: the line is a title over a department ("Vice
// President, Computational Biology"), not a person and their title.
func (ti *textInfo) titleBeforeName(l panelLine, name string) bool {
	first := strings.Fields(fold(name))
	if len(first) == 0 {
		return false
	}
	for k := l.from; k < l.to && ti.toks[k].s != first[0]; k++ {
		if ti.toks[k].kind == tokWord && titleWords[ti.toks[k].s] {
			return true
		}
	}
	return false
}

// lineTitled reports whether line l holds a job title.
func (ti *textInfo) lineTitled(l panelLine) bool {
	a, b := ti.toks[l.from].start, ti.toks[l.to-1].start+len(ti.toks[l.to-1].raw)
	return lineHasTitle(ti.text[a:b])
}

// titleOnly reports whether a short line is a job title and nothing else:
// no sentence, no address, no time ("Senior Backend Engineer").
func (ti *textInfo) titleOnly(l panelLine) bool {
	if !ti.briefLine(l, 8, func(t token) bool { return t.kind == tokNum || t.s == "." || t.s == "@" || t.s == ":" }) {
		return false
	}
	a, b := ti.toks[l.from].start, ti.toks[l.to-1].start+len(ti.toks[l.to-1].raw)
	return lineHasTitle(ti.text[a:b])
}

// agendaRow reports whether a line is an agenda row naming a person.
func (ti *textInfo) agendaRow(l panelLine) bool {
	it, ok := ti.panelItem(l)
	return ok && it.agenda && it.p.name != ""
}

// cells splits a line at its "|" into the token ranges of its cells; a
// line without one, at its runs of two spaces or more or a tab, as a plain
// text table aligns its columns ("System design        10:00 - 11:00  Vikram
// Sethi").
func (ti *textInfo) cells(l panelLine) [][2]int {
	return ti.appendCells(nil, l)
}

// appendCells appends the cells of a line to out[:0]: a caller that only
// reads them can hand an array on its stack.
func (ti *textInfo) appendCells(out [][2]int, l panelLine) [][2]int {
	out = out[:0]
	from := l.from
	bar := false
	for k := l.from; k < l.to; k++ {
		if ti.toks[k].s == "|" {
			out = append(out, [2]int{from, k})
			from = k + 1
			bar = true
		}
	}
	if bar {
		return append(out, [2]int{from, l.to})
	}
	for k := l.from + 1; k < l.to; k++ {
		// leader dots between two columns: "Coding exercise ...... Devon
		// Price"
		if n := ti.leaderDots(k, l.to); n > 0 {
			out = append(out, [2]int{from, k})
			k += n - 1
			from = k + 1
			continue
		}
		if ti.spacedGap(k) {
			out = append(out, [2]int{from, k})
			from = k
		}
	}
	return append(out, [2]int{from, l.to})
}

// leaderDots returns the number of tokens of a run of leader dots (three
// dots or more, or ellipses) starting at token k before token end, or 0.
// Two dots are enough when spaces part them from the words on both sides:
// a row's leader shrinks to two where its session is long ("Conversation
// with hiring manager .. Ong Siew Ling"), while "Thanks.. see you" glues
// its dots to the word before; so is one, before a capital ("Hiring manager
// conversation . Marcus Goh").
func (ti *textInfo) leaderDots(k, end int) int {
	n, dots := 0, 0
	for ; k+n < end; n++ {
		switch ti.toks[k+n].s {
		case ".":
			dots++
		case "…":
			dots += 3
		default:
			if dots >= 3 || (dots == 2 && n == 2 || dots == 1 && n == 1 && ti.toks[k+n].upper()) && ti.spacedDots(k, k+n) {
				return n
			}
			return 0
		}
	}
	if dots >= 3 {
		return n
	}
	return 0
}

// spacedDots reports whether the tokens from k to next (two dots) stand
// apart from the word before k and the token next.
func (ti *textInfo) spacedDots(k, next int) bool {
	toks := ti.toks
	if k == 0 || toks[k-1].line != toks[k].line || toks[next].line != toks[k].line {
		return false
	}
	prev, last := toks[k-1], toks[next-1]
	return prev.kind == tokWord && toks[k].start > prev.start+len(prev.raw) && toks[next].start > last.start+len(last.raw)
}

// nameColumns are the header cells over a table's column of names, read
// under a people heading ("Your interviewers" over "Name | Title | Email"). Section [name_column] of the language files.
var nameColumns = wordTable(languages, "name_column")

// nameColumn returns the column of a table's header row whose cell is a
// name column's ("Name | Title | Email"), or -1.
func (ti *textInfo) nameColumn(l panelLine) int {
	var buf [8][2]int
	cs := ti.appendCells(buf[:0], l)
	if len(cs) < 2 {
		return -1
	}
	for c, cell := range cs {
		if cell[1]-cell[0] == 1 && nameColumns[ti.toks[cell[0]].s] {
			return c
		}
	}
	return -1
}

// barRow reports whether a line's cells are separated by bars.
func (ti *textInfo) barRow(l panelLine) bool {
	for k := l.from; k < l.to; k++ {
		if ti.toks[k].s == "|" {
			return true
		}
	}
	return false
}

// roleColumns are the header cells over a table's column of the roles or
// titles of the people it lists ("Name | Role in interview | Team"). Section [role_column] of the language files.
var roleColumns = wordTable(languages, "role_column")

// roleColumn reports whether a table's header row has a cell over the
// roles or titles of the people it lists: its first word is one of
// roleColumns.
func (ti *textInfo) roleColumn(l panelLine) bool {
	var buf [8][2]int
	for _, cell := range ti.appendCells(buf[:0], l) {
		if cell[1] > cell[0] && roleColumns[ti.toks[cell[0]].s] {
			return true
		}
	}
	return false
}

// personColumn returns the column of a table's header row whose cell is a
// people heading ("Session | Time | Interviewer(s)", "Uhrzeit | Thema |
// Gesprächspartner", "Sesión | Horario | Entrevistador"), or -1 when the
// line is no such row.
func (ti *textInfo) personColumn(l panelLine) int {
	var buf [8][2]int
	cs := ti.appendCells(buf[:0], l)
	if len(cs) < 2 {
		return -1
	}
	for c, cell := range cs {
		if cell[0] == cell[1] {
			continue
		}
		// a generic word fills a header cell alone among three or more:
		// "Time (CET) | Session | With"
		if n, generic := ti.panelHeadAt(cell[0]); n > 0 && (n == cell[1]-cell[0] || ti.inclusiveNote(cell[0]+n, cell[1])) && (!generic || len(cs) >= 3 && ti.barRow(l)) {
			return c
		}
	}
	return -1
}

// inclusiveNote reports whether the tokens [i, to) are the ending of a
// heading word in parentheses and nothing else: the "(s)" of
// "Interviewer(s)", the "(a)" of "Entrevistador(a)", the "(in)" of
// "Gesprächspartner(in)".
func (ti *textInfo) inclusiveNote(i, to int) bool {
	toks := ti.toks
	return to-i == 3 && toks[i].s == "(" && toks[i+1].kind == tokWord && len(toks[i+1].s) <= 3 && toks[i+2].s == ")" && toks[i].start == toks[i-1].start+len(toks[i-1].raw)
}

// tableColumn reads the rows of a table under its header row lines[h]: the
// person in column col of each row ("System design | 10:00 - 11:00 |
// Vikram Sethi, Principal Engineer"), with the address written in that
// cell, else the only address of the row. Rows whose cell names nobody
// ("Lunch with the team | 12:15 - 13:00 | (informal)") are skipped; the
// table ends at the first line without cells. It returns the people and
// the index of the last row.
func (ti *textInfo) tableColumn(lines []panelLine, h, col int) ([]person, int) {
	var got []person
	end := h
	hcs := ti.cells(lines[h])
	for k := h + 1; k < len(lines); k++ {
		l := lines[k]
		if l.line-lines[k-1].line > 1 {
			break
		}
		// the rule under the header row: "------+------"; a grid drawn
		// with pluses rules off every row ("+------+------+")
		if ti.ruleLine(l) && (k == h+1 || ti.gridRule(l)) {
			end = k
			continue
		}
		cs := ti.cells(l)
		if len(cs) < 2 {
			// a cell broken over two lines goes on alone on the next:
			// "Matthieu Rochat, Lead Data Scientist" over "Nadia Benali,
			// ML Engineer", from an HTML cell with a line break; a person
			// and their title, as a closing "Viele Grüße" is not
			if it, ok := ti.panelItem(l); ok && it.p.name != "" && !it.agenda && len(got) > 0 && end == k-1 && strings.Contains(it.p.name, " ") && ti.lineTitled(l) {
				got = append(got, it.p)
				end = k
				continue
			}
			// ... or the title of the row's person ("Aditya Menon" over
			// "Principal Engineer")
			if end == k-1 && k-1 > h && ti.titleOnly(l) {
				end = k
				continue
			}
			break
		}
		end = k
		// a row with an empty first cell goes on the row above ("09:00 –
		// 09:45   Prof. Klaus Reinhardt" over "            Mirjana
		// Petrović"): its cells are placed by where they stand
		if len(cs) < len(hcs) && !ti.barRow(l) {
			cs = ti.alignCells(cs, hcs)
		}
		if col >= len(cs) || cs[col][0] == cs[col][1] {
			continue
		}
		if ti.rowLeavesOut(cs, col) || ti.welcomeRow(l.line) {
			continue
		}
		// two people in one cell, and nothing else: "Oliver Grant, Sunita
		// Rao", "Hannah Brooks & Leo Park"
		var several []person
		if ti.namesOnly(cs[col][0], cs[col][1]) {
			for _, p := range readNameList(ti.toks[:cs[col][1]], cs[col][0], ti.toks[cs[col][0]].sent) {
				if !p.self && strings.Contains(p.name, " ") {
					several = append(several, person{name: p.name})
				}
			}
		}
		if len(several) > 1 {
			got = append(got, several...)
			continue
		}
		it, ok := ti.panelItem(panelLine{from: cs[col][0], to: cs[col][1], line: l.line})
		if !ok || it.p.name == "" {
			continue
		}
		if it.p.email == "" {
			row := ti.text[ti.toks[l.from].start : ti.toks[l.to-1].start+len(ti.toks[l.to-1].raw)]
			if as := emailsIn(row); len(as) == 1 {
				it.p.email = as[0]
			}
		}
		got = append(got, it.p)
	}
	return got, end
}

// alignCells places the cells of a short row under the header cells hcs by
// the column each starts at: a cell goes under the header cell that starts
// nearest to it; header cells with none stay empty.
func (ti *textInfo) alignCells(cs, hcs [][2]int) [][2]int {
	col := func(tok int) int {
		start := ti.toks[tok].start
		return start - (strings.LastIndexByte(ti.text[:start], '\n') + 1)
	}
	out := make([][2]int, len(hcs))
	for i := range out {
		out[i] = [2]int{cs[0][0], cs[0][0]} // empty
	}
	for _, c := range cs {
		if c[0] == c[1] {
			continue
		}
		best, dist := 0, 1<<30
		for i, hc := range hcs {
			if hc[0] == hc[1] {
				continue
			}
			if d := abs(col(c[0]) - col(hc[0])); d < dist {
				best, dist = i, d
			}
		}
		out[best] = c
	}
	return out
}

// gridRule reports whether a rule line is drawn with pluses where its
// columns cross ("+------+------+"), as a grid table rules off its rows.
func (ti *textInfo) gridRule(l panelLine) bool {
	for k := l.from; k < l.to; k++ {
		if ti.toks[k].s == "+" {
			return true
		}
	}
	return false
}

// ruleLine reports whether a line is drawn of dashes, pluses, equals
// signs and bars only, as a plain text table rules its header off.
func (ti *textInfo) ruleLine(l panelLine) bool {
	for k := l.from; k < l.to; k++ {
		switch ti.toks[k].s {
		case "-", "+", "=", "|", ":", "_":
		default:
			return false
		}
	}
	return true
}

// rowLeavesOut reports whether a cell of a table row other than the
// person's column col makes its person no interviewer ("Rebecca Stein |
// Note-taker - will not ask questions").
func (ti *textInfo) rowLeavesOut(cs [][2]int, col int) bool {
	for c, cell := range cs {
		if c == col {
			continue
		}
		var ws []string
		for k := cell[0]; k < cell[1]; k++ {
			ws = append(ws, ti.toks[k].s)
		}
		if titleLeavesOut(strings.Join(ws, " ")) {
			return true
		}
	}
	return false
}

// namesOnly reports whether the tokens [from, to) are names, the
// honorifics before them and the commas and "and" between them, with no
// title.
func (ti *textInfo) namesOnly(from, to int) bool {
	for k := from; k < to; k++ {
		t := ti.toks[k]
		// "Dr. Andreas Schäfer, Milica Jovanović"
		if honorifics[t.s] && t.upper() && k+1 < to {
			k = afterHonorific(ti.toks[:to], k) - 1
			continue
		}
		if !isNameWord(t) && !nameParticles[t.raw] && t.s != "," && !listJoins[t.s] {
			return false
		}
	}
	return true
}

// indented reports whether a line starts with white space.
func (ti *textInfo) indented(l panelLine) bool {
	s := ti.toks[l.from].start
	return s > 0 && (ti.text[s-1] == ' ' || ti.text[s-1] == '\t')
}

// romanNumeral reports whether a word is a small roman numeral in lower
// or upper case, two letters or more ("ii", "iv", "XII"), as lists number
// their items: "(ii) Mei Tanaka", "iii. Tom Wu". One letter is read as a
// letter of the list already.
func romanNumeral(raw string) bool {
	if len(raw) < 2 || len(raw) > 4 {
		return false
	}
	lower := strings.Trim(raw, "ivx") == ""
	upper := strings.Trim(raw, "IVX") == ""
	return lower || upper
}

// spacedGap reports whether two spaces or more, or a tab, stand between
// token k and the one before it on its line, as plain text aligns the
// columns of a list.
func (ti *textInfo) spacedGap(k int) bool {
	if k == 0 {
		return false
	}
	prev := ti.toks[k-1]
	end := prev.start + len(prev.raw)
	if end >= ti.toks[k].start || prev.line != ti.toks[k].line {
		return false
	}
	gap := ti.text[end:ti.toks[k].start]
	return strings.Contains(gap, "\t") || len(gap) >= 2 && strings.Trim(gap, " \u00a0") == ""
}

// starred reports whether line l opens with an asterisk, which the
// tokenizer reads as a space: "* me -- the first half hour".
func (ti *textInfo) starred(l panelLine) bool {
	s := ti.toks[l.from].start
	k := s
	for k > 0 && ti.text[k-1] != '\n' {
		k--
	}
	return strings.Contains(ti.text[k:s], "*")
}

// panelEntry is one line of a headed list.
type panelEntry struct {
	p      person // p.name is "" on an item that names nobody to keep
	bullet bool   // the line starts with a bullet or a number
	agenda bool   // the line starts with a time of day
}

// agendaWith are the words before the person on an agenda row
// ("Technical interview with Sofia Marin", "Presentatie van je case voor
// Femke de Groot"). Section [agenda_with] of the language files.
var agendaWith = wordTable(languages, "agenda_with")

// panelItem reads one line of a headed list. It is an item when one of its
// cells (the parts between "-", "|", ",", ":", parentheses) is a name and
// nothing else: the name, a title in any other cell, an address. An item
// whose title makes its person a coordinator or a tech check keeps the list
// going but names nobody.
func (ti *textInfo) panelItem(l panelLine) (panelEntry, bool) {
	// the list readers ask again and again about the same lines (each
	// line looks ahead for agenda rows): each line is read once
	key := [2]int{l.from, l.to}
	if it, ok := ti.items[key]; ok {
		return it.e, it.ok
	}
	e, ok := ti.readPanelItem(l)
	if ti.items == nil {
		ti.items = map[[2]int]panelMemo{}
	}
	ti.items[key] = panelMemo{e, ok}
	return e, ok
}

// panelMemo is a line's panelItem.
type panelMemo struct {
	e  panelEntry
	ok bool
}

// readPanelItem is panelItem without the memo.
func (ti *textInfo) readPanelItem(l panelLine) (panelEntry, bool) {
	toks := ti.toks
	var e panelEntry
	e.bullet = ti.starred(l)
	j := l.from
	// bullets, numbers and letters: "-", "*", "•", "1.", "2)", "(3)", "a)"
	for j < l.to {
		switch {
		case toks[j].s == "-" || toks[j].s == "|" || toks[j].s == "*" || toks[j].s == ">" || toks[j].s == "·" || bulletMark(toks[j]):
			j++
			e.bullet = true
			continue
		case (toks[j].kind == tokNum && len(toks[j].s) <= 2 || toks[j].kind == tokWord && (len(toks[j].s) == 1 || romanNumeral(toks[j].raw))) && j+1 < l.to && (toks[j+1].s == "." || toks[j+1].s == ")") && j+2 < l.to && (toks[j+2].kind == tokWord || numberedClock(toks[:l.to], j)):
			j += 2
			e.bullet = true
			continue
		case toks[j].s == "(" && j+2 < l.to && (toks[j+1].kind == tokNum || toks[j+1].kind == tokWord && (len(toks[j+1].s) == 1 || romanNumeral(toks[j+1].raw))) && toks[j+2].s == ")":
			j += 3
			e.bullet = true
			continue
		}
		break
	}
	if j >= l.to {
		return e, false
	}
	// a preposition before the time: "ore 10:00–10:45 – colloquio ...",
	// "um 9:00 Uhr", "at 10:00"
	if j+1 < l.to && hourPrep[toks[j].s] && toks[j].kind == tokWord {
		if _, ok := clockAt(toks[:l.to], j+1); ok {
			j++
		}
	}
	if c, ok := clockAt(toks[:l.to], j); ok {
		e.agenda = true
		name, rest := ti.agendaPerson(c.to, l.to)
		if name == "" {
			// the writer's own session: "15:45-16:30  me - wrap-up"
			if ti.agendaSelf(c.to, l.to) {
				e.p = person{self: true}
				return e, true
			}
			return e, false
		}
		e.p = person{name: name}
		if titleLeavesOut(rest) || titleLeavesOut(ti.sessionBefore(c.to, name)) {
			e.p = person{}
		}
		return e, true
	}
	// a directory's row, family name first and the title in a column of
	// its own: "Nguyen, Thanh           IT Manager, Customer Systems"
	if j+2 < l.to && toks[j+1].s == "," && toks[j].kind == tokWord {
		if family, end := nameAt(toks[:l.to], j); family != "" && end == j+1 {
			gap := end + 2 // the column's edge: the name ends there
			for gap < l.to && !ti.spacedGap(gap) {
				gap++
			}
			if given, gend := nameAt(toks[:gap], end+1); given != "" && !strings.Contains(given, " ") && gend == gap && gap < l.to {
				var rest []string
				titled := false
				for k := gend; k < l.to; k++ {
					rest = append(rest, toks[k].s)
					titled = titled || titleWords[toks[k].s]
				}
				if titled {
					if !titleLeavesOut(strings.Join(rest, " ")) {
						e.p = person{name: given + " " + family}
					}
					return e, true
				}
			}
		}
	}
	// cells, and the address written on the line
	var cellBuf [8][2]int // the cells on the stack when there are few
	cells := cellBuf[:0]
	email := ""
	from := j
	for k := j; k < l.to; {
		if toks[k].kind != tokPunct {
			if a := emailAt(ti.text, toks[k].start); a != "" {
				if email == "" {
					email = a
				}
				if from < k {
					cells = append(cells, [2]int{from, k})
				}
				stop := toks[k].start + len(a)
				for k < l.to && toks[k].start < stop {
					k++
				}
				from = k
				continue
			}
		}
		// a name called by inside a name parts no cells: "E.M. (Eva)
		// Bakker-Jansen", "Cheng-Po (Paul) Chen"
		if toks[k].s == "(" && k > from && k+3 < l.to && (isNameWord(toks[k-1]) || toks[k-1].s == ".") && isNameWord(toks[k+1]) && toks[k+2].s == ")" && isNameWord(toks[k+3]) {
			k += 3
			continue
		}
		switch toks[k].s {
		case "-", "|", ",", ";", ":", "(", ")", "<", ">", "/", "[", "]":
			if from < k {
				cells = append(cells, [2]int{from, k})
			}
			from = k + 1
		default:
			// columns aligned with spaces: "Frau Ayşe Yılmaz      Teamleiterin"
			if from < k && ti.spacedGap(k) {
				cells = append(cells, [2]int{from, k})
				from = k
			}
		}
		k++
	}
	if from < l.to {
		cells = append(cells, [2]int{from, l.to})
	}
	name, nameCell := "", -1
	for c, cell := range cells {
		a := cell[0]
		// honorifics: "Dr. Ana Ruiz", "Herr Jonas Weber", after an article
		// in lower case: "de heer M. Öztürk"
		if a+2 < cell[1] && toks[a].kind == tokWord && !toks[a].upper() && honorifics[toks[a+1].s] {
			a++
		}
		// ... but a letter after an honorific is an initial: the "M." of
		// "de heer M. Öztürk" is no "Monsieur"; nor is one before a lone
		// family name ("K. Tanaka / M. Lindqvist", see letterInitial)
		for first := a; a+1 < cell[1] && honorifics[toks[a].s] && !(a > first && len(toks[a].s) == 1) && !letterInitial(toks[:cell[1]], a); {
			a = afterHonorific(toks[:cell[1]], a)
		}
		n, end := nameAt(toks[:cell[1]], a)
		if n == "" || end != cell[1] {
			continue
		}
		// a full name beats a lone word: "Engineering Manager, Payments:
		// Ingrid Solberg" names Ingrid, not the team
		if name == "" || !strings.Contains(name, " ") && strings.Contains(n, " ") {
			name, nameCell = n, c
		}
		if strings.Contains(name, " ") {
			break
		}
	}
	// the sender in the list: "* me -- we'll talk about platforms", "- moi"
	if name == "" && e.bullet && len(cells) > 0 && cells[0][1]-cells[0][0] == 1 && selfWords[toks[cells[0][0]].s] {
		e.p = person{self: true}
		return e, true
	}
	if name == "" {
		// a short bulleted line naming nobody ("- Interview Team
		// <interviews@...>", "- Hiring Manager (TBC)") keeps the list going
		return e, e.bullet && l.to-j <= 10
	}
	var titleBuf [16]string // the title's words on the stack when there are few
	title := titleBuf[:0]
	titled := false
	for c, cell := range cells {
		if c == nameCell {
			continue
		}
		for k := cell[0]; k < cell[1]; k++ {
			title = append(title, toks[k].s)
			titled = titled || titleWords[toks[k].s]
		}
	}
	// a lone first name needs a title beside it: "Fiona (Design Lead)"
	if !strings.Contains(name, " ") && !titled {
		return e, false
	}
	e.p = person{name: name, email: email}
	if titleLeavesOut(strings.Join(title, " ")) {
		e.p = person{}
	}
	return e, true
}

// numberedClock reports whether the number at token j numbers an agenda
// row that opens with its time: "1. 09:30 – 10:15 · ...", "2) 14:00 ...",
// a space between the mark and the time (no date "24.09.").
func numberedClock(toks []token, j int) bool {
	if j+2 >= len(toks) || toks[j+2].start == toks[j+1].start+len(toks[j+1].raw) {
		return false
	}
	c, ok := clockAt(toks, j+2)
	return ok && c.to > j+3
}

// agendaPerson reads the person of an agenda row from token i to the end of
// its line: after "with" ("Technical interview with Sofia Marin") or in a
// cell of its own ("Coding | Ahmed Farouk", "System design – Ravi Shah,
// Engineering Manager", "Coding exercise ...... Devon Price"), or after
// the title a comma closes ("incontro con il Direttore IT, Ing. Alessandro
// Galli"). It returns the name and the words after it.
func (ti *textInfo) agendaPerson(i, to int) (string, string) {
	toks := ti.toks[:to]
	rest := func(end int) string {
		var ws []string
		for k := end; k < to; k++ {
			ws = append(ws, toks[k].s)
		}
		return strings.Join(ws, " ")
	}
	// the second time of a range: "10:00–10:45"
	if i < to && toks[i].s == "-" {
		if c, ok := clockAt(toks, i+1); ok {
			i = c.to
		}
	}
	// the zone and the same range on another clock: "AM PT [1:00 - 1:45 PM
	// ET]", "(19:00–19:45 CET)"
	for i < to {
		if _, ok := zoneAbbrev[toks[i].raw]; ok || toks[i].s == "am" || toks[i].s == "pm" {
			i++
			continue
		}
		if (toks[i].s == "[" || toks[i].s == "(") && i+1 < to && toks[i+1].kind == tokNum {
			k := i + 1
			for k < to && toks[k].s != "]" && toks[k].s != ")" {
				k++
			}
			if k < to {
				i = k + 1
				continue
			}
		}
		break
	}
	// the name first: "14:00 - 14:45  Priya Raman (Engineering Manager) -
	// Behavioural", in its own cell ("14h00 – 14h45 | M. Jean Roy, CTO")
	first := i
	if first < to && (toks[first].s == "|" || toks[first].s == "-" || toks[first].s == ":") {
		first++
	}
	for first+1 < to && honorifics[toks[first].s] && toks[first].upper() {
		first = afterHonorific(toks, first)
	}
	if name, end := nameAt(toks, first); strings.Contains(name, " ") && (end == to || toks[end].s == "(" || toks[end].s == "-" || toks[end].s == "|" || toks[end].s == "," || toks[end].s == ";" || toks[end].s == "&" || listJoins[toks[end].s]) {
		return name, rest(end)
	}
	for k := i; k < to; k++ {
		starts := agendaWith[toks[k].s] && k > i
		dots := ti.leaderDots(k, to)
		cell := (toks[k].s == "-" || toks[k].s == "|" || toks[k].s == ":" || dots > 0 || toks[k].s == "," && titledBefore(toks, i, k)) && k > i
		// ... or a column aligned with spaces: "Technical interview
		// Ana Ruiz, Lead Engineer"
		spaced := !starts && !cell && k > i && ti.spacedGap(k)
		if !starts && !cell && !spaced {
			continue
		}
		j := k + max(dots, 1)
		if spaced {
			j = k
		}
		for j+1 < to && honorifics[toks[j].s] {
			j = afterHonorific(toks, j)
		}
		name, end := nameAt(toks, j)
		if !strings.Contains(name, " ") {
			continue
		}
		// ... or the first of several: "Data modeling: Nadia Petrova-Hill &
		// Ho-seong Yoon" (sessionList reads the others)
		if end == to || toks[end].s == "," || toks[end].s == "(" || toks[end].s == "-" || toks[end].s == "|" || toks[end].s == ";" || listJoins[toks[end].s] {
			return name, rest(end)
		}
	}
	return "", ""
}

// titledBefore reports whether a title word stands between tokens i and
// k of a line: the comma at k then closes a title a name follows.
func titledBefore(toks []token, i, k int) bool {
	for ; i < k; i++ {
		if toks[i].kind == tokWord && titleWords[toks[i].s] {
			return true
		}
	}
	return false
}

// sessionBefore returns the folded words of an agenda row from token i to
// the first word of the person named on it: the session ("Accueil par",
// "Welcome desk -"). A session that only welcomes the candidate or checks
// the line makes its person no interviewer, as a title would.
func (ti *textInfo) sessionBefore(i int, name string) string {
	first := strings.Fields(fold(name))
	var ws []string
	for k := i; k < len(ti.toks) && ti.toks[k].line == ti.toks[i].line; k++ {
		if len(first) > 0 && ti.toks[k].s == first[0] {
			break
		}
		ws = append(ws, ti.toks[k].s)
	}
	return strings.Join(ws, " ")
}

// agendaSelf reports whether the agenda row from token i (after its first
// time) to token to gives its session to the writer: a self word in a cell
// of its own after the times ("15:45-16:30  me - wrap-up, team"), as a
// person's name would stand there.
func (ti *textInfo) agendaSelf(i, to int) bool {
	toks := ti.toks[:to]
	if i < to && toks[i].s == "-" {
		if c, ok := clockAt(toks, i+1); ok {
			i = c.to
		}
	}
	for i < to && (toks[i].s == "am" || toks[i].s == "pm" || toks[i].s == "|" || toks[i].s == "-" || toks[i].s == ":") {
		i++
	}
	if _, ok := zoneAbbrev[toks[min(i, to-1)].raw]; ok {
		i++
	}
	return i < to && selfWords[toks[i].s] && (i+1 == to || toks[i+1].s == "-" || toks[i+1].s == "|" || toks[i+1].s == "," || toks[i+1].s == "(")
}

// leaveOutTitles are the words of a title whose holder only organises or
// checks the line: coordinators, schedulers, assistants, IT support. Section [leave_out_title] of the language files.
var leaveOutTitles = textTable(languages, "leave_out_title")

// titleLeavesOut reports whether the title beside a listed name (folded
// words) makes its holder no interviewer.
func titleLeavesOut(title string) bool {
	t := title
	// an elided article glued to the word: "à titre d'observateur"
	if strings.Contains(t, "'") {
		var b strings.Builder
		for _, w := range strings.Fields(title) {
			if e := elided(w); e != "" {
				w = e
			}
			b.WriteString(" " + w)
		}
		t = strings.TrimPrefix(b.String(), " ")
	}
	return leaveOutIndex.in(t)
}

// leaveOutIndex is leaveOutTitles indexed by their first words.
var leaveOutIndex = newPhraseIndex(leaveOutTitles)

// phraseIndex holds phrases of words parted by single spaces by their
// first words, to tell whether one stands in a text as whole words.
type phraseIndex struct {
	byFirst map[string][]string
	// odd holds the phrases that are empty or open with a space: they are
	// looked for as strings.Contains(" "+t+" ", " "+p+" ") does
	odd []string
}

// newPhraseIndex indexes phrases.
func newPhraseIndex(phrases []string) phraseIndex {
	ix := phraseIndex{byFirst: map[string][]string{}}
	for _, p := range phrases {
		if p == "" || p[0] == ' ' {
			ix.odd = append(ix.odd, p)
			continue
		}
		first, _, _ := strings.Cut(p, " ")
		ix.byFirst[first] = append(ix.byFirst[first], p)
	}
	return ix
}

// in reports whether a phrase stands in t between spaces or t's ends: what
// strings.Contains(" "+t+" ", " "+p+" ") reports for some phrase p,
// reading t once.
func (ix *phraseIndex) in(t string) bool {
	for p := 0; p <= len(t); {
		e := strings.IndexByte(t[p:], ' ')
		if e < 0 {
			e = len(t)
		} else {
			e += p
		}
		for _, w := range ix.byFirst[t[p:e]] {
			if strings.HasPrefix(t[p:], w) && (p+len(w) == len(t) || t[p+len(w)] == ' ') {
				return true
			}
		}
		p = e + 1
	}
	if len(ix.odd) > 0 {
		pt := " " + t + " "
		for _, w := range ix.odd {
			if strings.Contains(pt, " "+w+" ") {
				return true
			}
		}
	}
	return false
}

// techCheckWords mark a sentence about checking the candidate's set-up, not
// the interview: whoever it names is no interviewer. Section [tech_check_words] of the language files.
var techCheckWords = sequenceTable(languages, "tech_check_words")

// techCheckSet is techCheckWords indexed by their first words.
var techCheckSet = newSeqSet(techCheckWords)

// techCheckNamed reports whether a first name stands in a sentence about a
// tech check ("Sam from IT will do a short tech check with you").
func (d *doc) techCheckNamed(first string) bool {
	f := fold(first)
	ti := d.newT
	for ix := range ti.toks {
		t := &ti.toks[ix]
		if t.s != f {
			continue
		}
		for i := range ti.toks {
			if ti.toks[i].sent != t.sent {
				continue
			}
			if _, ok := techCheckSet.firstAt(ti.toks, i); ok {
				return true
			}
		}
	}
	return false
}

// senderMeetsYou reports whether the sender says they will speak with the
// candidate themselves ("I look forward to speaking with you", "talk to you
// then") and does not sign as one who only organises.
func (d *doc) senderMeetsYou() bool {
	ws := d.newT.ws
	found := false
	for i := 0; i+4 < len(ws) && !found; i++ {
		// "I look forward to speaking with you", "I'm looking forward to meeting you"
		if ws[i].s == "i" {
			k := i + 1
			if ws[k].s == "am" || ws[k].s == "really" {
				k++
			}
			if k+3 < len(ws) && (ws[k].s == "look" || ws[k].s == "looking") && ws[k+1].s == "forward" && ws[k+2].s == "to" {
				switch ws[k+3].s {
				case "speaking", "talking", "chatting", "meeting":
					for n := k + 4; n < len(ws) && n <= k+5; n++ {
						if ws[n].s == "you" {
							found = true
						}
					}
				}
			}
		}
		// "Perfect - see you Tuesday at 10!", "see you then"
		if ws[i].s == "see" && ws[i+1].s == "you" && (ws[i+2].s == "then" || ws[i+2].s == "on" || ws[i+2].s == "tomorrow" || ws[i+2].s == "next" || isWeekday(ws[i+2].s)) {
			found = true
		}
		// "speak to you then", "talk to you on Tuesday"
		if (ws[i].s == "speak" || ws[i].s == "talk") && (ws[i+1].s == "to" || ws[i+1].s == "with") && ws[i+2].s == "you" && (ws[i+3].s == "then" || ws[i+3].s == "on") && (i == 0 || ws[i-1].sent != ws[i].sent || ws[i-1].s == "i" || ws[i-1].s == "will") {
			found = true
		}
	}
	if !found {
		return false
	}
	return !d.signsAsOrganiser()
}

// signsAsOrganiser reports whether the sender signs with a title that
// leaves them out of the interview (a coordinator, a scheduler): the last
// lines of the new text, but for a line of prose (more than eight words:
// "Same time, same room, same" in a short note is no title).
func (d *doc) signsAsOrganiser() bool {
	lines := strings.Split(strings.TrimSpace(d.newT.text), "\n")
	var short []string
	for _, l := range lines[max(0, len(lines)-4):] {
		if len(strings.Fields(l)) <= 8 {
			short = append(short, l)
		}
	}
	sig := strings.Join(short, " ")
	return titleLeavesOut(strings.Join(strings.FieldsFunc(fold(sig), func(r rune) bool {
		return r == ' ' || r == ',' || r == '|' || r == '-' || r == '/'
	}), " "))
}

// senderAlone reports whether the sender says they interview
// ([sender_interviews]: "it's just me for this round", "ik voer het
// gesprek zelf"), outside a condition, unless they sign as one who only
// organises: when the message names nobody else, the sender is the
// interviewer.
func (d *doc) senderAlone() bool {
	if d.from.Email == "" || IsNoReply(d.from.Email) || d.senderAbsent() || d.signsAsOrganiser() {
		return false
	}
	return d.saysAny(interviewsSet)
}

// senderInterviews reports whether the sender says they interview or take
// part beside others ([sender_interviews], [sender_joined]), outside a
// condition.
func (d *doc) senderInterviews() bool {
	return d.saysAny(interviewsSet) || d.senderJoined()
}

// seqSet is a table of word sequences with the index of their first
// words (see startsOf), built once.
type seqSet struct {
	seqs   [][]string
	starts seqStarts
	// byFirst lists the sequences by their first word, each list in
	// table order
	byFirst map[string][][]string
}

// newSeqSet indexes seqs.
func newSeqSet(seqs [][]string) seqSet {
	set := seqSet{seqs: seqs, starts: startsOf(seqs), byFirst: map[string][][]string{}}
	for _, w := range seqs {
		if len(w) > 0 {
			set.byFirst[w[0]] = append(set.byFirst[w[0]], w)
		}
	}
	return set
}

// at returns the sequences that may stand at token i, in table order: all
// of them when one is empty (it stands anywhere), else those whose first
// word is token i's.
func (set *seqSet) at(toks []token, i int) [][]string {
	if set.starts.any {
		return set.seqs
	}
	if !set.starts.may(toks[i].s) {
		return nil
	}
	return set.byFirst[toks[i].s]
}

// firstAt returns the first sequence of the table that stands at token i
// (see wordsAt).
func (set *seqSet) firstAt(toks []token, i int) ([]string, bool) {
	for _, w := range set.at(toks, i) {
		if wordsAt(toks, i, w) {
			return w, true
		}
	}
	return nil, false
}

// saysAny reports whether the new text holds one of the word sequences
// outside a condition and a negation ("não estarei presente"), in a
// sentence that gives the sender no part that leaves them out ("Eu estarei
// presente apenas como observadora": [leave_out_title]).
func (d *doc) saysAny(set seqSet) bool {
	return d.says(set, true)
}

// says reports whether the new text holds one of the word sequences
// outside a condition and a negation; with partOnly, only in a sentence
// without a [leave_out_title] part (see saysAny).
func (d *doc) says(set seqSet, partOnly bool) bool {
	toks := d.newT.toks
	for i := range toks[:d.senderEnd()] {
		for _, w := range set.at(toks, i) {
			if wordsAt(toks, i, w) && !d.newT.condTok(i) && !d.newT.negatedNear(i, len(w)) && !(partOnly && titleLeavesOut(d.newT.sentenceText(toks[i].sent))) {
				return true
			}
		}
	}
	return false
}

// negatedNear reports whether a negation stands among the n tokens from
// token i or in the four before them, in the same sentence.
func (ti *textInfo) negatedNear(i, n int) bool {
	sent := ti.toks[i].sent
	for _, h := range ti.hits {
		if h.fam != famNeg || ti.ws[h.from].sent != sent || ti.inFam(h.from, famNegIdiom) {
			continue
		}
		if f, _ := ti.hitTok(h); f >= i-4 && f < i+n {
			return true
		}
	}
	return false
}

// sharedMailbox reports whether an address is a team's, not a person's
// (recruiting@, interviews@, hr@, info@).
func sharedMailbox(addr string) bool {
	local, _, ok := strings.Cut(strings.ToLower(addr), "@")
	if !ok {
		return true
	}
	c := localSeparators.Replace(local)
	return teamLocal[c] || genericLocal[c]
}

// localSeparators drops the separators of a local part ("talent-team",
// "hr_ops", "jane.doe"), built once: a Replacer builds its tables on first use.
var localSeparators = strings.NewReplacer("-", "", "_", "", ".", "")

// presentWords are the sender saying they will be at the interview: "ci
// vediamo giovedì", "dann sehen wir uns am Montag" (the Section [sender_present] of the language files.
// sections of the language files), taking part beside others: "Ngozi
// will join me" ([sender_joined]), or interviewing: "it's just me for this
// round", "ik voer het gesprek zelf" ([sender_interviews]).
var (
	presentWords    = append(sequenceTable(languages, "sender_present"), interviewsWords...)
	joinedWords     = sequenceTable(languages, "sender_joined")
	namesBefore     = newSeqSet(sequenceTable(languages, "names_before"))
	interviewsWords = sequenceTable(languages, "sender_interviews")

	// the same, indexed by their first words
	presentSet    = newSeqSet(presentWords)
	interviewsSet = newSeqSet(interviewsWords)
	joinedSet     = newSeqSet(joinedWords)
)

// inlineHeadings reads the names after a heading and its qualifiers on
// the same line, past a colon: "Same panel as before: Matthias Oberländer
// (VP Engineering) and Sunniva Haug", "You'll meet, in this order: Priya
// Raman and Tom Wu". The qualifiers are a few words in lower case.
func (ti *textInfo) inlineHeadings(heads map[int]bool) []person {
	toks := ti.toks
	var out []person
	for i := 0; i < len(toks); i++ {
		if heads[toks[i].line] || ti.condTok(i) {
			continue
		}
		n, generic := ti.panelHeadAt(i)
		if n == 0 || generic {
			continue
		}
		// qualifiers: "Interviewers, in this order:", "Teilnehmende seitens
		// Alpenquell:" (the employer's name after "from")
		k := i + n
		for k < len(toks) && k < i+n+5 && toks[k].line == toks[i].line && toks[k].s != ":" &&
			(toks[k].kind == tokWord && (!toks[k].upper() || fromWords[toks[k-1].s]) || toks[k].s == ",") {
			k++
		}
		if k == i+n || k+1 >= len(toks) || toks[k].s != ":" || toks[k+1].line != toks[i].line {
			continue
		}
		got, end := readNameListEnd(toks, k+1, toks[k+1].sent)
		for _, p := range got {
			p.at = toks[i].start
			out = append(out, p)
		}
		if len(got) > 0 {
			i = end
		}
	}
	return out
}

// fromWords say whose side the people of a heading are on: "Participants
// from Acme:", "Teilnehmende seitens Alpenquell:". Section [from_words] of the language files.
var fromWords = wordTable(languages, "from_words")

// listJoins are the words that join the last name of a list to the one
// before: a [sender_joined] phrase opened by one ("and i will both", "y
// yo") ends a list of names with the sender. Section [and_words] of the
// language files, and the signs "&" and "+" ("Priya + Marcus").
var listJoins = func() map[string]bool {
	t := wordTable(languages, "and_words")
	t["&"] = true
	t["+"] = true
	return t
}()

// namesBeforeSender reads the names of a list that runs up to a
// [sender_joined] phrase in its sentence: the people who join ("Tom Wu
// will also join", "Sanne de Vries sluit ook aan"), and the sender too when
// the list ends with them ("Mei Chen, our data lead, and I will both be
// on", "la haremos Rodrigo Salinas (Tech Lead) y yo": a phrase opened by
// "and", "y", "et" ...).
func (ti *textInfo) namesBeforeSender(heads map[int]bool) []person {
	toks := ti.toks
	var out []person
	for i := range toks {
		w, joined := joinedSet.firstAt(toks, i)
		if !joined {
			// "Ebru Kaplan and Joaquim Mendes will run the conversation":
			// the names before say who interviews, not that the sender joins
			// (wrapped prose may break the words over lines)
			w, joined = namesBefore.firstInSentence(toks, i)
		}
		if !joined || heads[toks[i].line] || ti.condTok(i) {
			continue
		}
		withSender := listJoins[w[0]]
		// "our IT support technician, Declan Moriarty, will join the call for
		// a quick audio check": a tech check, a negation, no part in it
		if ti.sentDenied(toks[i].sent) {
			continue
		}
		sent := toks[i].sent
		found := false
		for k := max(0, i-30); k < i; k++ {
			// a first name that ends the line before the sentence, its
			// family name opening the sentence ("... in Toronto. Arjun" over
			// "Pillai, who leads our team, will join me"), opens it too
			wrapped := toks[k].sent != sent && toks[k+1].sent == sent && toks[k+1].nl && wrappedName(toks, k+1)
			if toks[k].sent != sent && !wrapped || !isNameWord(toks[k]) || k > 0 && toks[k-1].sent == sent && isNameWord(toks[k-1]) {
				continue
			}
			got, end := readNameListEnd(toks, k, sent)
			// "Arjun Pillai, who leads our payments team, will join me": a
			// relative clause between the name and the words
			if end > 0 && end < i && toks[end].s != "," && toks[end-1].s == "," {
				end-- // the list reader passed the comma before the clause
			}
			if end < i && toks[end].s == "," && end+1 < i && relativeWords[toks[end+1].s] && toks[i-1].s == "," && i-end <= 16 {
				end = i
			}
			// "Ife from our test team hops on around 10": whose side the
			// person is on, between the name and the words
			if end < i && fromWords[toks[end].s] && i-end <= 6 && ti.wordsOnly(end, i) {
				end = i
			}
			if end < i || end == i && withSender || len(got) == 0 {
				continue
			}
			for _, p := range got {
				if !p.self {
					p.at = toks[i].start
					out = append(out, p)
				}
			}
			if withSender {
				out = append(out, person{self: true, at: toks[i].start})
			}
			found = true
			break
		}
		if !found && !withSender {
			if name := ti.pronounsName(i); name != "" {
				out = append(out, person{name: name, at: toks[i].start})
			}
		}
	}
	return out
}

// wordsOnly reports whether the tokens [from, to) are all words.
func (ti *textInfo) wordsOnly(from, to int) bool {
	for k := from; k < to; k++ {
		if ti.toks[k].kind != tokWord {
			return false
		}
	}
	return true
}

// pronounsName returns the person a pronoun stands for at the start of
// the sentence of token i: the one full name of the sentence before it
// ("adding Chidi Okafor to the thread. He runs our research desk and will
// join for the second half"), or "" when the sentence opens otherwise or
// the one before names nobody or several people.
func (ti *textInfo) pronounsName(i int) string {
	toks := ti.toks
	sent := toks[i].sent
	first := i
	for first > 0 && toks[first-1].sent == sent {
		first--
	}
	if !pronouns[toks[first].s] || first == 0 {
		return ""
	}
	prev := toks[first-1].sent
	name := ""
	for k := first - 1; k >= 0 && toks[k].sent == prev; k-- {
		if !isNameWord(toks[k]) || k > 0 && toks[k-1].sent == prev && isNameWord(toks[k-1]) {
			continue
		}
		n, _ := nameAt(toks, k)
		if !strings.Contains(n, " ") {
			continue
		}
		if name != "" {
			return ""
		}
		name = n
	}
	return name
}

// senderJoined reports whether the sender says others join them: a
// calendar's organiser who writes so interviews too.
func (d *doc) senderJoined() bool {
	// "Sanne will also join" says the sender is there unless the sender is
	// a recruiter, who may only have arranged it
	return d.saysAny(joinedOwn) || d.saysAny(joinedOthers) && !d.senderRecruits() && !d.saidInDenied(joinedOthers.seqs)
}

// joinedOwn are the joinedWords in which the sender speaks of themself or
// of "us" ("will join me"); joinedOthers are the rest ("will also join").
var joinedOwn, joinedOthers = splitJoined()

// splitJoined splits joinedWords into joinedOwn and joinedOthers.
func splitJoined() (seqSet, seqSet) {
	var own, others [][]string
	for _, w := range joinedWords {
		first := false
		for _, x := range w {
			first = first || selfWords[x] || usWords[x]
		}
		if first {
			own = append(own, w)
		} else {
			others = append(others, w)
		}
	}
	return newSeqSet(own), newSeqSet(others)
}

// saidInDenied reports whether one of the word sequences stands in a
// sentence about a tech check or a negation (see sentDenied).
func (d *doc) saidInDenied(seqs [][]string) bool {
	toks := d.newT.toks
	for i := range toks {
		for _, w := range seqs {
			if wordsAt(toks, i, w) && d.newT.sentDenied(toks[i].sent) {
				return true
			}
		}
	}
	return false
}

// usWords are the sender and colleagues: "Sanne will join us". Section [us_words] of the language files.
var usWords = wordTable(languages, "us_words")

// recruitWords start the words of a recruiter's or coordinator's title. Section [recruit_prefix] of the language files.
var recruitWords = wordList(languages, "recruit_prefix")

// senderRecruits reports whether the sender signs or is named as a
// recruiter, a coordinator or HR ("Talent Acquisition", "Recruiter",
// "Ufficio Selezione"): the last lines of the new text (a meeting link's
// block may follow the signature) and the display name.
func (d *doc) senderRecruits() bool {
	lines := strings.Split(strings.TrimSpace(d.newT.text), "\n")
	sig := fold(strings.Join(lines[max(0, len(lines)-12):], " ") + " " + d.from.Name)
	for _, w := range strings.FieldsFunc(sig, func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, p := range recruitWords {
			if w == p || len(p) > 3 && strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// senderPresent reports whether the sender says they will be at the
// interview themselves, beside the people they name.
func (d *doc) senderPresent() bool {
	return d.saysAny(presentSet) || d.senderJoined()
}

// isWeekday reports whether a folded word names a day of the week.
func isWeekday(w string) bool {
	_, ok := weekdayWords[w]
	return ok
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
