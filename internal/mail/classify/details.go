package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// refStop are code prefixes that are not job references.
var refStop = map[string]bool{"GMT": true, "UTC": true, "ISO": true, "UTF": true, "RFC": true, "COVID": true, "HTTP": true, "TLS": true, "SHA": true, "CVE": true}

// codesIn lists job-reference-like codes in text ("MA-1187", "HP/ENG/221",
// "R-20417"), each with whether a reference word labels it.
func codesIn(text string) []refCode {
	var out []refCode
	for i := 0; i < len(text); i++ {
		c := text[i]
		digitFirst := c >= '0' && c <= '9'
		if !(c >= 'A' && c <= 'Z') && !digitFirst || i > 0 && (isAddrByte(text[i-1]) || text[i-1] == '/' || text[i-1] == '#') {
			continue
		}
		j := i
		segs, digitSeg, letterSeg := 0, false, false
		letters := 0
		for j < len(text) {
			s := j
			for j < len(text) && (text[j] >= 'A' && text[j] <= 'Z' || text[j] >= '0' && text[j] <= '9') {
				j++
			}
			if j == s {
				break
			}
			seg := text[s:j]
			segs++
			if len(seg) >= 2 && allDigits(seg) {
				digitSeg = true
			}
			if len(seg) >= 2 && len(seg) <= 6 && allCapitals(seg) {
				letterSeg = true
			}
			if segs == 1 {
				letters = len(seg)
				for letters > 0 && seg[letters-1] >= '0' && seg[letters-1] <= '9' {
					letters--
				}
			}
			if j+1 < len(text) && (text[j] == '-' || text[j] == '/' || text[j] == '_') && (text[j+1] >= 'A' && text[j+1] <= 'Z' || text[j+1] >= '0' && text[j+1] <= '9') {
				j++
				continue
			}
			break
		}
		if j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] == '@') {
			i = j
			continue
		}
		code := text[i:j]
		first := code
		if k := strings.IndexAny(code, "-/_"); k > 0 {
			first = code[:k]
		}
		// whether a reference word labels the code is read only for a code
		// that is kept
		switch {
		case digitFirst:
			// "2026-DSI-118", "312-FIN-0925": a year or number first, a
			// block of capitals inside (a date or a phone number has none)
			if segs >= 3 && letterSeg && digitSeg {
				out = append(out, refCode{code: code, labelled: refLabelled(text, i)})
			}
		case segs >= 2 && digitSeg && letters >= 1 && letters <= 6 && !refStop[first]:
			out = append(out, refCode{code: code, labelled: refLabelled(text, i)})
		case segs == 1 && letters >= 2 && letters <= 5 && len(code)-letters >= 3 && !refStop[code[:letters]] &&
			allDigits(code[letters:]):
			// REQ12345, JR10582: one block of letters then digits, written as a reference
			if labelled := refLabelled(text, i); labelled || i > 0 && (text[i-1] == '(' || text[i-1] == '#') {
				out = append(out, refCode{code: code, labelled: labelled})
			}
		}
		i = j
	}
	return out
}

// allCapitals reports whether s holds ASCII capital letters only ("" does).
func allCapitals(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// allDigits reports whether s holds ASCII digits only ("" does).
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

type refCode struct {
	code     string
	labelled bool
}

// refLabelled reports whether a reference word stands just before offset i.
func refLabelled(text string, i int) bool {
	s := i - 30
	if s < 0 {
		s = 0
	}
	return foldedContainsAny(text[s:i], []string{"ref", "reference", "req", "requisition", "job id", "id:", "id ", "referencia", "kennziffer", "job ref", "ref."})
}

// reference returns the job reference: a labelled code in the subject or new
// text first ("Requisition ID: 48213" too), then any code there, then the
// calendar and quoted text.
func (d *doc) reference() string {
	if !d.refDone {
		d.refV, d.refDone = d.findReference(), true
	}
	return d.refV
}

func (d *doc) findReference() string {
	texts := []string{d.subject.text, d.newT.text, d.cal.text, d.quoted.text}
	// the codes of the subject and the new text, read once for both passes
	var codes [2][]refCode
	for k, t := range texts[:2] {
		codes[k] = codesIn(t)
		for _, c := range codes[k] {
			if c.labelled {
				return c.code
			}
		}
	}
	for _, ti := range []*textInfo{d.subject, d.newT} {
		if r := labelledNumber(ti); r != "" {
			return r
		}
	}
	for k, t := range texts {
		var cs []refCode
		if k < len(codes) {
			cs = codes[k]
		} else {
			cs = codesIn(t)
		}
		if len(cs) > 0 {
			return cs[0].code
		}
	}
	return ""
}

// roleKeys holds the keys of roleKeywords.
var roleKeys = keysOf(roleKeywords)

// roleIntroStarts and roleIntroWeakStarts are the words that open a
// roleIntro and a roleIntroWeak.
var (
	roleIntroStarts     = startsOf(roleIntro)
	roleIntroWeakStarts = startsOf(roleIntroWeak)
)

// introAt reports whether the words of intro start at token i.
func introAt(toks []token, i int, intro []string) bool {
	for k, w := range intro {
		if i+k >= len(toks) || toks[i+k].s != w {
			return false
		}
	}
	return true
}

// role returns the job title the message is about.
func (d *doc) role() string {
	if !d.roleDone {
		d.roleV, d.roleDone = d.findRole(), true
	}
	return d.roleV
}

func (d *doc) findRole() string {
	for _, ti := range []*textInfo{d.newT, d.subject, d.cal, d.quoted} {
		if r := roleIn(ti); r != "" {
			return r
		}
	}
	if d.automated {
		if title, _ := jobCard(d.newT.text); title != "" {
			return title
		}
	}
	return ""
}

// jobCard reads the first job card of a job board's notification: a title
// alone on its line, then "Company · Place" or "Company - Place" on the next
// ("Data Engineer\nZalvo · Berlin (Hybrid)"). It returns the title and the
// company, or "" and "".
func jobCard(text string) (string, string) {
	lines := strings.Split(text, "\n")
	found, ft, fo := false, "", ""
	for i := 0; i+1 < len(lines); i++ {
		title, next := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		if title == "" || next == "" || len(title) > 60 || i > 0 && strings.TrimSpace(lines[i-1]) != "" {
			continue
		}
		ws := strings.Fields(title)
		if len(ws) > 6 || !capitalised(title) || strings.ContainsAny(title, ":.!?@") {
			continue
		}
		noun := false
		for _, w := range ws {
			if isJobNoun(fold(strings.Trim(w, "(),"))) {
				noun = true
			}
		}
		if !noun {
			continue
		}
		k := -1
		for _, sep := range []string{" · ", " - ", " – ", " | "} {
			if j := strings.Index(next, sep); j > 0 && (k < 0 || j < k) {
				k = j
			}
		}
		if k <= 0 || !capitalised(next) {
			continue
		}
		if found {
			return "", "" // several cards: a job alert, about no one job
		}
		found, ft, fo = true, title, strings.TrimSpace(next[:k])
	}
	return ft, fo
}

func roleIn(ti *textInfo) string {
	toks := ti.toks
	// a title in quotation marks right after the word for a post: "la
	// vacante «Analista de Datos»", "the “Data Engineer” position"
	for i := 0; i+2 < len(toks); i++ {
		// every opening quotation mark is a character beyond ASCII: a
		// cheap test before the tables
		if q := toks[i+1].raw; len(q) > 1 && q[0] >= utf8.RuneSelf && openQuote[q] && quoteIntro[toks[i].s] {
			if r := quotedTitle(ti, i+2); r != "" {
				return r
			}
		}
	}
	// forward: "le poste de Développeur logiciel principal (référence ...)"
	for i := range toks {
		intros := roleIntro // tried only at a word that opens one
		if !roleIntroStarts.may(toks[i].s) {
			intros = nil
		}
		for _, intro := range intros {
			ok := true
			for k, w := range intro {
				if i+k >= len(toks) || toks[i+k].s != w {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if r := roleForward(ti, i+len(intro)); r != "" {
				return r
			}
		}
		// "poste d'ingénieur backend senior": elided article in the token
		if i+1 < len(toks) && strings.HasPrefix(toks[i+1].s, "d'") && roleElidedIntro[toks[i].s] {
			if r := roleForward(ti, i+1); r != "" {
				return r
			}
		}
	}
	// backward: "the Senior Software Engineer, Fleet Platform role"
	for i := range toks {
		if !roleKeys.may(toks[i].s) || !roleKeywords[toks[i].s] || toks[i].upper() && toks[i].s != "role" {
			continue
		}
		if r := roleBackward(ti, i); r != "" {
			return r
		}
	}
	for i := range toks {
		if !roleIntroWeakStarts.may(toks[i].s) {
			continue
		}
		for _, intro := range roleIntroWeak {
			if introAt(toks, i, intro) {
				if r := roleForward(ti, i+len(intro)); r != "" {
					return r
				}
			}
		}
	}
	// a title in parentheses after a meeting's name: "Hexa Labs intro call (Staff Engineer)"
	for _, h := range ti.hits {
		if h.fam != famInterview && h.fam != famCall {
			continue
		}
		// right after the meeting word: "with Anna Berg (Engineering Manager)" names a person's title
		if _, o := ti.hitTok(h); o < len(toks) && toks[o].s == "(" {
			c := o + 1
			noun := false
			for c < len(toks) && c <= o+7 && toks[c].kind == tokWord && (toks[c].upper() || toks[c].s == "of") {
				noun = noun || isJobNoun(toks[c].s)
				c++
			}
			if noun && c < len(toks) && toks[c].s == ")" {
				return finishRole(ti, o+1, c, true)
			}
		}
	}
	// a title right before a reference: "Cloud Engineer (R-20417)", "Platform Engineer – SL-ENG-0392"
	for i := range toks {
		if toks[i].s != "(" && toks[i].s != "-" && toks[i].s != "," {
			continue
		}
		if i+1 < len(toks) && codeStartsAt(ti.text, toks[i+1].start) {
			if r := roleBackward(ti, i); r != "" {
				return r
			}
		}
	}
	// subject-like segments: "Offer - Senior Backend Engineer at Pinecrest Labs"
	if ti.reg == regSubject || ti.reg == regCalendar {
		return roleSegment(ti)
	}
	return ""
}

// roleBackward reads capitalised words before token k.
func roleBackward(ti *textInfo, k int) string {
	toks := ti.toks
	j := k - 1
	start := k
	hasNoun := false
	for j >= 0 && k-j <= 12 {
		t := toks[j]
		switch {
		case t.s == ")":
			// a short parenthetical such as "(Go)"
			o := j - 1
			for o >= 0 && toks[o].s != "(" && j-o <= 3 {
				o--
			}
			if o < 0 || toks[o].s != "(" || j-o > 3 || hasDigitTok(toks[o:j]) {
				return finishRole(ti, start, k, hasNoun)
			}
			j = o - 1
			start = o
			continue
		case t.kind == tokWord && (t.upper() || t.s == "of" || t.s == "de") && !roleStop[t.s]:
			if isJobNoun(t.s) {
				hasNoun = true
			}
			start = j
		case t.s == "," || t.s == "&" || t.s == "/":
			if j > 0 && toks[j-1].kind == tokWord && toks[j-1].upper() && !roleStop[toks[j-1].s] {
				j--
				continue
			}
			return finishRole(ti, start, k, hasNoun)
		default:
			return finishRole(ti, start, k, hasNoun)
		}
		j--
	}
	return finishRole(ti, start, k, hasNoun)
}

// mailWord reports whether a folded subject word names the mail rather than
// the job: "Terminbestätigung", "Interviewbestätigung", "Uitnodiging".
func mailWord(s string) bool {
	for _, w := range []string{"gesprach", "termin", "bestatigung", "einladung", "interview", "entretien", "entrevista", "colloquio",
		"gesprek", "uitnodiging", "bevestiging", "confirm", "invitation", "convocation", "absage", "zusage", "sollicitatie", "bewerbung",
		"candidatura", "candidature"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func hasDigitTok(ts []token) bool {
	for _, t := range ts {
		if t.kind == tokNum {
			return true
		}
	}
	return false
}

// finishRole returns the text of toks[start:end] when it names a job.
func finishRole(ti *textInfo, start, end int, hasNoun bool) string {
	if start >= end || !hasNoun {
		return ""
	}
	toks := ti.toks
	for start < end && (toks[start].kind == tokPunct && toks[start].s != "(" || toks[start].s == "of" || toks[start].s == "de") {
		start++
	}
	for end > start && toks[end-1].kind == tokPunct && toks[end-1].s != ")" {
		end--
	}
	if start >= end {
		return ""
	}
	s := ti.text[toks[start].start : toks[end-1].start+len(toks[end-1].raw)]
	s = strings.Join(strings.Fields(s), " ")
	return s
}

// roleForward reads a title after an intro, up to a parenthesis with a
// reference, a comma, a full stop or a preposition.
func roleForward(ti *textInfo, j int) string {
	toks := ti.toks
	for j < len(toks) && roleArticles[toks[j].s] {
		j++
	}
	start := j
	end := j
	hasNoun := false
	nounWord := ""
	for end < len(toks) && end-start < 8 {
		t := toks[end]
		if end > start && t.nl && labelAt(toks, end) {
			break // a title ends before the next line's label: "Role: X\nLocation: Y"
		}
		if t.kind == tokWord {
			s := strings.TrimPrefix(strings.TrimPrefix(t.s, "d'"), "l'")
			if roleForwardStop[s] || dateWord(s) {
				break
			}
			if hasNoun && !t.upper() && !lowerTitleLanguage(nounWord) {
				break // German and English titles stop at the first lower-case word after the noun
			}
			if isJobNoun(s) && !hasNoun {
				hasNoun = true
				nounWord = s
			}
			end++
			continue
		}
		if t.s == "(" {
			c := end + 1
			for c < len(toks) && toks[c].s != ")" && c-end <= 3 {
				c++
			}
			if c < len(toks) && toks[c].s == ")" && c-end <= 3 && !hasDigitTok(toks[end:c]) && len(codesIn(ti.text[t.start:toks[c].start])) == 0 && !refWordIn(toks[end:c]) {
				end = c + 1
				continue
			}
			if g := genderMarker(toks, end); g > end {
				end = g
				continue
			}
		}
		break
	}
	for end > start && roleArticles[toks[end-1].s] {
		end-- // "Analista de Datos el (jueves)"
	}
	end = abbrevDot(toks, end)
	if !hasNoun || end == start {
		return ""
	}
	s := ti.text[toks[start].start : toks[end-1].start+len(toks[end-1].raw)]
	s = strings.TrimPrefix(strings.TrimPrefix(s, "d'"), "d’")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "l'"), "l’")
	return upperFirst(strings.Join(strings.Fields(s), " "))
}

// labelAt reports whether token k opens a label: one or two capitalised
// words and a colon ("Location:", "Date & Time:" aside, "Référence :").
func labelAt(toks []token, k int) bool {
	if !toks[k].upper() || toks[k].kind != tokWord {
		return false
	}
	return k+1 < len(toks) && toks[k+1].s == ":" || k+2 < len(toks) && toks[k+1].kind == tokWord && toks[k+2].s == ":"
}

// abbrevDot returns end+1 when the title ending before end is an
// abbreviation whose dot follows it, else end.
func abbrevDot(toks []token, end int) int {
	if end > 0 && end < len(toks) && toks[end].s == "." && seniorityAbbrevs[toks[end-1].s] && toks[end].start == toks[end-1].start+len(toks[end-1].raw) {
		return end + 1
	}
	return end
}

func refWordIn(ts []token) bool {
	for _, t := range ts {
		if refWords[t.s] {
			return true
		}
	}
	return false
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// roleSegment splits a subject at dashes, slashes, colons and parentheses and
// returns the segment that names a job.
func roleSegment(ti *textInfo) string {
	toks := ti.toks
	segStart := 0
	flush := func(end int) string {
		// drop "at Company"
		for k := segStart; k < end; k++ {
			if toks[k].s == "at" || toks[k].s == "with" || toks[k].s == "chez" || toks[k].s == "bei" || toks[k].s == "en" {
				end = k
				break
			}
		}
		// the capitalised run around the last job noun
		noun := -1
		for k := segStart; k < end; k++ {
			if isJobNoun(toks[k].s) && toks[k].upper() {
				noun = k
			}
		}
		if noun < 0 {
			return ""
		}
		s, e := noun, noun+1
		for s > segStart && (toks[s-1].kind == tokWord && toks[s-1].upper() && !roleStop[toks[s-1].s] && !mailWord(toks[s-1].s) || toks[s-1].s == "of") {
			s--
		}
		for e < end && (toks[e].kind == tokWord || toks[e].s == "(") {
			if toks[e].s == "(" {
				// "Desenvolvedor(a) Full Stack", "Entwickler (m/w/d)"
				if g := genderMarker(toks, e); g > e {
					e = g
					continue
				}
				if e+2 < len(toks) && genderSuffix(toks, e+1) {
					e += 3
					continue
				}
				break
			}
			switch {
			case toks[e].upper():
			case (toks[e].s == "de" || toks[e].s == "of" || toks[e].s == "des" || toks[e].s == "du" || toks[e].s == "fur") && e+1 < end && toks[e+1].upper():
			case lowerTitleLanguage(toks[noun].s) && e-noun <= 3 && !roleStopWords[toks[e].s]:
				// French and Spanish titles go on in lower case: "Ingénieure logiciel"
			default:
				goto done
			}
			e++
		}
	done:
		if e < end && toks[e].s == "," && e+1 < end && toks[e+1].upper() {
			e += 2
			for e < end && toks[e].kind == tokWord && toks[e].upper() {
				e++
			}
		}
		return finishRole(ti, s, e, true)
	}
	for i := 0; i <= len(toks); i++ {
		if i < len(toks) && toks[i].s == "(" {
			if g := genderMarker(toks, i); g > i {
				i = g - 1
				continue
			}
			if i+2 < len(toks) && genderSuffix(toks, i+1) {
				i += 2
				continue
			}
		}
		if i == len(toks) || toks[i].s == "-" || toks[i].s == "/" || toks[i].s == ":" || toks[i].s == "(" || toks[i].s == ")" || toks[i].s == "|" || toks[i].s == "\"" {
			if r := flush(i); r != "" {
				return r
			}
			segStart = i + 1
		}
	}
	return ""
}

// codeStartsAt reports whether a job reference code begins at byte offset i.
func codeStartsAt(text string, i int) bool {
	sub := text[i:min(len(text), i+32)]
	cs := codesIn(sub)
	return len(cs) > 0 && strings.HasPrefix(sub, cs[0].code)
}

// labelledNumber reads a plain number written after a reference label:
// "Requisition ID: 48213", "Job #4521", "Ref. 2291".
func labelledNumber(ti *textInfo) string {
	toks := ti.toks
	for i := range toks {
		t := &toks[i]
		if !refWords[t.s] {
			continue
		}
		if t.s == "id" && (i == 0 || toks[i-1].s != "job" && toks[i-1].s != "requisition" && toks[i-1].s != "req") {
			continue
		}
		if i+1 < len(toks) && toks[i+1].start == t.start+len(t.raw) && toks[i+1].kind == tokNum {
			continue // "REQ12345" is one code, read by codesIn
		}
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			switch toks[k].s {
			case ":", "#", ".", "|", "id", "no", "number", "nr", "n", "°":
				continue // "|": a table's label cell, "Código | 2026-0331"
			}
			if toks[k].kind == tokNum && len(toks[k].s) >= 3 {
				// "2026-4471": numbers joined by dashes are one reference
				e := k
				for e+2 < len(toks) && toks[e+1].s == "-" && toks[e+2].kind == tokNum &&
					toks[e+1].start == toks[e].start+len(toks[e].raw) && toks[e+2].start == toks[e+1].start+1 {
					e += 2
				}
				return ti.text[toks[k].start : toks[e].start+len(toks[e].raw)]
			}
			break
		}
	}
	return ""
}

// isJobNoun reports whether a folded word names a job.
func isJobNoun(s string) bool {
	if jobNouns[s] {
		return true
	}
	if i := strings.LastIndexByte(s, '-'); i >= 0 && jobNouns[s[i+1:]] {
		return true
	}
	for _, suf := range jobSuffixes {
		if len(s) > len(suf)+2 && strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// dateWord reports whether a folded word names a weekday, a month or a
// relative day: a title read forwards never runs into a date.
func dateWord(s string) bool {
	if _, ok := weekdayWords[s]; ok {
		return true
	}
	if _, ok := monthWords[s]; ok && len(s) > 3 {
		return true
	}
	switch s {
	case "today", "tomorrow", "demain", "manana", "heute", "morgen", "domani", "amanha", "morgen_":
		return true
	}
	return false
}

// genderMarker returns the token after a gender marker that German, French
// and Spanish job titles carry, "(m/w/d)", "(f/m/x)", "(H/F)", "(m/f/d)", when
// one starts at token i, else i.
func genderMarker(toks []token, i int) int {
	if i >= len(toks) || toks[i].s != "(" {
		return i
	}
	letters := 0
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		t := toks[k]
		switch {
		case t.s == ")":
			if letters >= 2 {
				return k + 1
			}
			return i
		case t.s == "/" || t.s == "-" || t.s == "|":
		case t.kind == tokWord && len(t.s) == 1:
			letters++
		default:
			return i
		}
	}
	return i
}

// lowerTitleLanguage reports whether a job noun is one of a language whose
// titles go on in lower case (French, Spanish, Italian, Portuguese).
func lowerTitleLanguage(s string) bool {
	return lowerTitleNouns[s]
}

// openQuote and closeQuote are the quotation marks around a title.
var (
	openQuote  = map[string]bool{"«": true, "“": true, "„": true, "‹": true}
	closeQuote = map[string]bool{"»": true, "”": true, "“": true, "›": true}
)

// quoteIntro are the words a quoted title follows: the role keywords and
// the words that open a title's introduction ("vacante", "poste", "role").
var quoteIntro = func() map[string]bool {
	m := map[string]bool{}
	for w := range roleKeywords {
		m[w] = true
	}
	for _, intro := range append(append([][]string{}, roleIntro...), roleIntroWeak...) {
		if len(intro) > 0 {
			m[intro[0]] = true
		}
	}
	return m
}()

// quotedTitle reads a title from token i up to its closing quotation mark
// on the same line: at most eight words, one of them capitalised. It
// returns "" when there is none.
func quotedTitle(ti *textInfo, i int) string {
	toks := ti.toks
	upper := false
	for j := i; j < len(toks) && j < i+9 && toks[j].line == toks[i].line; j++ {
		if closeQuote[toks[j].raw] {
			if j == i || !upper {
				return ""
			}
			last := toks[j-1]
			return strings.TrimSpace(ti.text[toks[i].start : last.start+len(last.raw)])
		}
		upper = upper || toks[j].kind == tokWord && toks[j].upper()
	}
	return ""
}
