package classify

import (
	"bytes"
	"github.com/followupd/followupd/internal/mail/platform"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/followupd/followupd/internal/mail/message"
)

// orgSuffixes are dropped from a company name: legal forms and the mailbox
// words that senders append ("Careers", "Recruiting", "- Recrutement").
var orgSuffixes = []string{
	"pte. ltd.", "pte ltd", "pte. ltd", "pte.", "pte", "pvt. ltd.", "pvt ltd", "pvt.", "pvt", "private limited", "llp", "lp", "inc.", "inc", "ltd.", "ltd", "llc", "gmbh", "s.a.", "s.l.", "sas", "plc", "corp.", "corp", "ag",
	"careers", "career", "recruiting", "recruitment", "talent acquisition", "talent", "jobs", "hr", "hiring", "team",
	"people team", "people", "recrutement", "empleo", "empleos", "karriere", "notifications", "recruiting team", "job alerts", "via",
	"s.r.l.", "s.r.l", "srl", "s.p.a.", "s.p.a", "spa", "b.v.", "b.v", "bv", "n.v.", "nv", "sarl", "s.a.r.l.", "ltda.", "ltda",
	"s.a", "sa", "s.l", "sl", "kg", "ug", "oy", "ab", "a/s", "e.v.", "gmbh & co. kg", "bewerbermanagement", "recrutamento", "reclutamiento",
	"seleccion", "selezione", "werving", "vacatures",
}

// orgSuffixesByLast holds orgSuffixes by their last bytes, each list in
// the order of orgSuffixes: a name can end only with those of its own last
// byte.
var orgSuffixesByLast = func() (t [256][]string) {
	for _, suf := range orgSuffixes {
		t[suf[len(suf)-1]] = append(t[suf[len(suf)-1]], suf) // lower case already
	}
	return t
}()

// asciiText reports whether s holds ASCII bytes only.
func asciiText(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerASCII lower-cases an ASCII capital and keeps any other byte.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasSuffixFold reports whether s ends with suf, a lower-case ASCII
// string, reading the ASCII capitals of s in lower case.
func hasSuffixFold(s, suf string) bool {
	if len(s) < len(suf) {
		return false
	}
	s = s[len(s)-len(suf):]
	for i := 0; i < len(suf); i++ {
		if lowerASCII(s[i]) != suf[i] {
			return false
		}
	}
	return true
}

// upperOnlySuffix are legal forms that are also words or name parts ("Ag",
// "Sa", "As"): dropped only when written in capitals.
var upperOnlySuffix = map[string]bool{"ag": true, "sa": true, "sl": true, "kg": true, "ug": true, "ab": true, "nv": true,
	"bv": true, "oy": true, "sas": true, "spa": true, "srl": true, "lp": true, "hr": true}

// orgPrefixes are mailbox words that senders put before a company name
// ("Recrutement Axelle", "Careers at Brightforge", "Karriere bei Hafenwerk").
var orgPrefixes = []string{
	"careers at", "jobs at", "karriere bei", "karriere", "recrutement", "recruiting", "recruitment", "careers", "jobs",
	"talent acquisition", "talent", "equipe", "team", "hr", "rh", "reclutamiento", "recrutamento", "seleccion", "empleo en",
	"empleo", "lavora con noi", "werken bij", "recruiting-team", "personalabteilung",
}

// orgPrefixMax is the length of the longest of orgPrefixes.
var orgPrefixMax = func() int {
	n := 0
	for _, p := range orgPrefixes {
		n = max(n, len(p))
	}
	return n
}()

// genericDomainLabels are not company names.
var genericDomainLabels = map[string]bool{"mail": true, "email": true, "em": true, "careers": true, "jobs": true, "notifications": true, "bounce": true, "calendar": true, "inbox": true, "gmail": true, "outlook": true, "hotmail": true, "yahoo": true, "icloud": true, "proton": true, "protonmail": true}

// tldLabels end a domain and are skipped when looking for the company label.
var tldLabels = map[string]bool{"com": true, "org": true, "net": true, "example": true, "test": true, "co": true, "uk": true, "io": true, "de": true, "fr": true, "es": true, "ca": true, "sg": true, "eu": true, "ai": true, "dev": true, "app": true, "us": true, "au": true, "nl": true, "ch": true, "at": true, "be": true, "ie": true, "in": true, "invalid": true, "localhost": true}

func domainLabel(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return ""
	}
	// the labels from the last, as strings.Split would give them
	for rest := strings.ToLower(addr[at+1:]); ; {
		i := strings.LastIndexByte(rest, '.')
		lb := rest[i+1:]
		if !tldLabels[lb] {
			if genericDomainLabels[lb] {
				return ""
			}
			return compact(lb)
		}
		if i < 0 {
			return ""
		}
		rest = rest[:i]
	}
}

// appendCompact appends compact(s) to dst without building the folded
// string: each rune is folded as fold does and only ASCII letters and
// digits are kept (fold's other output, accented letters it keeps and
// punctuation, is dropped by compact anyway).
func appendCompact(dst []byte, s string) []byte {
	for _, r := range s {
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			if c := byte(r); c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
				dst = append(dst, c)
			}
			continue
		}
		if f, ok := foldTable[r]; ok {
			for i := 0; i < len(f); i++ {
				if c := f[i]; c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
					dst = append(dst, c)
				}
			}
		}
	}
	return dst
}

// compact folds s and keeps letters and digits only.
func compact(s string) string {
	// folded and filtered on the stack, then made a string once (or s
	// itself when it is compact already)
	var buf [128]byte
	f := appendFold(buf[:0], s)
	n := 0
	for i := 0; i < len(f); i++ {
		if c := f[i]; c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			f[n] = c
			n++
		}
	}
	if n == len(f) && string(f) == s {
		return s
	}
	return string(f[:n])
}

// cleanOrg trims suffixes and punctuation from a company name.
func cleanOrg(s string) string {
	// emoji and symbols around a name: "Pinecrest Labs 🎉"
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ')' })
	s = strings.TrimSpace(s) // the punctuation around it went with the symbols
	if i := strings.Index(s, " via "); i > 0 {
		s = s[:i]
	}
	// a mailbox word before the name, when a name follows
	// the head of fold(s) tells them: a prefix and four bytes more
	var buf [64]byte
	fs := foldedHead(buf[:0], s, orgPrefixMax+4)
	for _, pre := range orgPrefixes {
		if f := fs; len(f) > len(pre)+3 && f[len(pre)] == ' ' && string(f[:len(pre)]) == pre {
			if rest := strings.Fields(s)[len(strings.Fields(pre)):]; len(rest) > 0 && capitalised(rest[0]) {
				s = strings.Join(rest, " ")
				break
			}
		}
	}
	return dropOrgSuffixes(s)
}

// dropOrgSuffixes drops the orgSuffixes from the end of a company name,
// one after the other.
func dropOrgSuffixes(s string) string {
	for changed := true; changed; {
		changed = false
		// f is s lower-cased; an ASCII name is read as it is, its letters
		// compared without case (the suffixes are lower-case ASCII)
		f := s
		if !asciiText(s) {
			f = strings.ToLower(s)
		}
		if f == "" {
			break
		}
		for _, suf := range orgSuffixesByLast[lowerASCII(f[len(f)-1])] {
			if len(f) > len(suf) && hasSuffixFold(f, suf) {
				// short legal forms are written in capitals: "Alpinbank AG"
				// drops "AG", "Tallgrass Ag" keeps its word
				if upperOnlySuffix[suf] && s[len(s)-len(suf):] != strings.ToUpper(suf) {
					continue
				}
				if c := f[len(f)-len(suf)-1]; c == ' ' || c == '-' || strings.HasSuffix(f[:len(f)-len(suf)], "–") {
					s = strings.TrimSpace(strings.TrimRight(s[:len(s)-len(suf)], " -–,|·"))
					changed = true
					break
				}
			}
		}
	}
	return s
}

// company picks the employer's name among candidates from the sender's
// display name, signature lines, phrases such as "at X" or "interest in X",
// and the subject; the name that matches a sender's domain wins.
func (d *doc) company() string {
	type cand struct {
		name  string
		score int
	}
	var cands []cand
	// the same name is offered again and again (each signature line, each
	// phrase): it is cleaned and judged once
	type vetted struct {
		name string
		ok   bool
	}
	seen := map[string]vetted{}
	addCand := func(name string, w int) {
		v, done := seen[name]
		if !done {
			v.name = cleanOrg(name)
			v.ok = d.orgLike(v.name)
			seen[name] = v
		}
		if !v.ok {
			return
		}
		name = v.name
		for i := range cands {
			if strings.EqualFold(cands[i].name, name) {
				cands[i].score += w
				return
			}
		}
		cands = append(cands, cand{name, w})
	}
	m := d.m
	// display names: "Cobalt Ridge Software <no-reply@...>", "Riley Park (Pacific Crest Games)"
	for _, a := range append(append([]messageAddress{}, toAddrs(m.From)...), toAddrs(m.ReplyTo)...) {
		n := a.name
		if o := strings.Index(n, "("); o > 0 && strings.HasSuffix(n, ")") {
			addCand(n[o+1:len(n)-1], 3)
			continue
		}
		if !d.personName(n) {
			// a display name is strong evidence when it reads like a company
			// or matches the sender's domain; a bare two-word name may be a person
			w := 1
			if orgWordIn(n) || len(strings.Fields(cleanOrg(n))) == 1 || domainMatches(n, a.email) || strings.Contains(n, " via ") || platformDomain(a.email[strings.LastIndexByte(a.email, '@')+1:]) {
				w = 3
			}
			addCand(n, w)
		}
	}
	if d.automated {
		if _, org := jobCard(d.newT.text); org != "" {
			addCand(org, 2)
		}
	}
	// "Event Type: Product Analyst - Intro Call (Quillon Health)": the
	// employer in parentheses after a meeting's name
	for _, ti := range []*textInfo{d.newT, d.subject, d.cal} {
		for _, c := range meetingOrgs(ti) {
			addCand(c, 2)
		}
	}
	for _, ti := range []*textInfo{d.newT, d.subject, d.cal, d.quoted} {
		w := 2
		if ti.reg == regQuoted {
			w = 1
		}
		for _, c := range orgPhrases(ti) {
			addCand(c.name, w+c.bonus)
		}
		if ti.reg == regNew || ti.reg == regQuoted {
			for _, c := range signatureOrgs(ti) {
				addCand(c, w+1)
			}
		}
		if ti.reg == regSubject {
			for _, c := range subjectOrgs(ti) {
				addCand(c, 1)
			}
		}
	}
	// domains of the people writing: a person's domain names the employer; an
	// automated sender's domain is often a hiring platform
	var labels, autoLabels []string
	addDomain := func(email string) {
		lb := domainLabel(email)
		switch {
		case lb == "" || d.self[email]:
		case IsNoReply(email) || email == d.from.Email && d.automated && !d.autoReply:
			autoLabels = append(autoLabels, lb)
		default:
			labels = append(labels, lb)
		}
	}
	for _, l := range [][]messageAddress{toAddrs(m.From), toAddrs(m.ReplyTo), toAddrs(m.Cc)} {
		for _, a := range l {
			addDomain(a.email)
		}
	}
	for _, a := range emailsIn(d.newT.text) {
		addDomain(a)
	}
	if d.ev != nil {
		addDomain(strings.ToLower(d.ev.Organizer.Email))
	}
	// a name written in the text that spells a person's domain (only a
	// label of four letters or more can match)
	long := false
	for _, lb := range labels {
		long = long || len(lb) >= 4
	}
	for _, ti := range []*textInfo{d.newT, d.subject, d.cal} {
		if !long {
			break
		}
		for i := range ti.toks {
			t := &ti.toks[i]
			if t.kind != tokWord || !t.upper() || i > 0 && ti.toks[i-1].kind == tokWord && ti.toks[i-1].upper() && !t.nl {
				continue
			}
			run := capsRun(ti, i)
			if run == "" {
				continue
			}
			var buf [64]byte
			cr := appendCompact(buf[:0], run)
			for _, lb := range labels {
				if len(lb) >= 4 && len(cr) >= 4 && (strings.HasPrefix(string(cr), lb) || strings.HasPrefix(lb, string(cr))) {
					addCand(run, 2)
					break
				}
			}
		}
	}
	// "Northwind" and "Northwind Traders" are one company: the longer name
	// takes the shorter one's evidence
	for i := range cands {
		for j := range cands {
			if i != j && cands[i].score > 0 && strings.HasPrefix(cands[j].name, cands[i].name+" ") {
				cands[j].score += cands[i].score
				cands[i].score = -100
			}
		}
	}
	best, bestScore := "", 0
	other, otherScore := "", 0 // the best name that is not a recruiting agency
	for _, c := range cands {
		if c.score < 0 {
			continue
		}
		s := c.score
		cc := compact(c.name)
		for _, lb := range labels {
			if len(cc) >= 3 && len(lb) >= 3 && (strings.Contains(lb, cc) || strings.Contains(cc, lb)) {
				s += 5
				break
			}
		}
		for _, lb := range autoLabels {
			if len(cc) >= 3 && len(lb) >= 3 && (strings.Contains(lb, cc) || strings.Contains(cc, lb)) {
				s++
				break
			}
		}
		// mentions anywhere
		for _, ti := range []*textInfo{d.newT, d.subject, d.cal} {
			if strings.Contains(ti.text, c.name) {
				s++
			}
		}
		if s > bestScore {
			best, bestScore = c.name, s
		}
		if s > otherScore && !d.agencyOrg(c.name) {
			other, otherScore = c.name, s
		}
	}
	if bestScore < 3 {
		return ""
	}
	// an agency passing on an interview with its client: the client employs
	if d.agencyOrg(best) && otherScore >= 3 {
		return other
	}
	return best
}

// messageAddress is an address reduced to what company detection needs.
type messageAddress struct{ name, email string }

// orgLike reports whether s can be a company name: capitalised, short, not a
// job title, a person, a weekday, a month or a meeting tool.
func (d *doc) orgLike(s string) bool {
	if s == "" || len(s) > 60 || !capitalised(s) || strings.Contains(s, "@") ||
		strings.Count(s, "(") != strings.Count(s, ")") || len(codesIn(s)) > 0 {
		return false
	}
	ws := strings.Fields(s)
	if len(ws) > 6 {
		return false
	}
	// company names are written in title case: "Thank you for applying" is not one
	for _, w := range ws[1:] {
		switch w {
		case "&", "and", "of", "de", "du", "des", "la", "le", "y", "und", "von", "van", "der", "the", "for", "et", "e", "di", "del":
			continue
		}
		if !capitalised(w) && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			return false
		}
	}
	// s folded once: its words are those of ws folded (fold keeps spaces,
	// commas, full stops and parentheses as they are)
	f := fold(s)
	fws := strings.Fields(f)
	for _, fw := range fws {
		f := strings.TrimFunc(fw, func(r rune) bool { return r == ',' || r == '.' || r == '(' || r == ')' })
		if isJobNoun(f) || f == "interview" || f == "application" || f == "role" || f == "position" || meetingWord(f) || f == "panel" || f == "onsite" || f == "agenda" {
			return false
		}
		if _, ok := monthWords[f]; ok && len(ws) == 1 {
			return false
		}
		if _, ok := weekdayWords[f]; ok {
			return false
		}
	}
	if subjectNoise[f] {
		return false
	}
	// German polite pronouns are capitalised: "bei Ihnen"
	switch fws[0] {
	case "ihnen", "sie", "ihr", "ihre", "ihrer", "ihrem", "ihren", "euch", "du", "dir", "dich", "lei", "voce", "u", "uw":
		return false
	}
	if platform.Name(f) {
		return false
	}
	switch f {
	case "google", "google meet", "zoom", "microsoft teams", "teams", "the team", "team", "us", "you", "we", "our team", "jitsi", "webex",
		"linkedin", "the", "canada", "toronto", "london", "remote", "hybrid", "eastern time", "pacific time":
		return false
	}
	if _, ok := zoneNames[f]; ok {
		return false
	}
	return !d.personName(s) && !d.namesOwner(f)
}

// namesOwner reports whether the folded text f holds the owner's name as
// the owner's own To address gives it: "Panel for Alex Candidate" is no
// company.
func (d *doc) namesOwner(f string) bool {
	for _, a := range d.m.To {
		if a.Name == "" || !d.self[strings.ToLower(a.Email)] {
			continue
		}
		if n := fold(a.Name); len(n) >= 4 && strings.Contains(f, n) {
			return true
		}
	}
	return false
}

// personName reports whether s is the name of a person in the message.
func (d *doc) personName(s string) bool {
	if s == "" {
		return false
	}
	// s and each display name are folded on the stack to be compared
	var sb, nb [128]byte
	fs := appendFold(sb[:0], s)
	for _, l := range [...][]message.Address{d.m.From, d.m.ReplyTo, d.m.To, d.m.Cc} {
		for _, ma := range l {
			if ma.Name == "" || string(appendFold(nb[:0], ma.Name)) != string(fs) {
				continue
			}
			if !orgWordIn(s) {
				f := string(fs)
				a := messageAddress{name: ma.Name, email: strings.ToLower(ma.Email)}
				// a person's name if the address spells part of it; on a
				// hiring platform the local part names the employer's
				// account ("Acme Robotics <acme@myworkday...>")
				local, domain := a.email, ""
				if at := strings.IndexByte(local, '@'); at > 0 {
					local, domain = local[:at], local[at+1:]
				}
				for _, w := range strings.Fields(f) {
					if len(w) >= 3 && strings.Contains(compact(local), compact(w)) && !platformDomain(domain) {
						return true
					}
				}
				// "Imogen Price <no-reply@...>": a person when the name signs the text
				if IsNoReply(a.email) && len(strings.Fields(s)) == 2 && !orgWordIn(s) && d.signs(s) {
					return true
				}
			}
		}
	}
	return false
}

// orgWordIn reports whether s holds a word typical of company names.
// orgWords name an organisation, not a person, wherever they stand in a
// name: "Indigo Loom Interviews", "Banca Quetzal", "Department of Revenue
// Appointments". Section [org_words] of the language files.
var orgWords = wordTable(languages, "org_words")

func orgWordIn(s string) bool {
	// the words of the folded s, as strings.Fields would cut them, read in
	// place (folded on the stack when s is short)
	var buf [128]byte
	f := appendFold(buf[:0], s)
	for i := 0; i < len(f); {
		if r, n := utf8.DecodeRune(f[i:]); unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(f) {
			r, n := utf8.DecodeRune(f[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		w := f[i:j]
		i = j
		// "Frontend-Team", "HR-Abteilung": a compound's last part
		if orgWords[string(w)] || orgWords[string(w[bytes.LastIndexByte(w, '-')+1:])] {
			return true
		}
	}
	return false
}

func toAddrs(l []message.Address) []messageAddress {
	out := make([]messageAddress, 0, len(l))
	for _, a := range l {
		out = append(out, messageAddress{name: a.Name, email: strings.ToLower(a.Email)})
	}
	return out
}

// orgIntroKeys holds the keys of orgIntro.
var orgIntroKeys = keysOf(orgIntro)

// orgPhrases reads capitalised names after "at", "interest in", "applying
// to", "join", "on behalf of", "chez", "en", "bei".
func orgPhrases(ti *textInfo) []orgMention {
	toks := ti.toks
	var out []orgMention
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if !orgIntroKeys.may(t.s) || !orgIntro[t.s] {
			continue
		}
		// "in" and "to" and "of" only after interest/applying/behalf/team
		if t.s == "by" && (i == 0 || toks[i-1].s != "sent" && toks[i-1].s != "posted") {
			continue
		}
		if t.s == "in" || t.s == "to" || t.s == "of" || t.s == "en" || t.s == "from" || t.s == "em" || t.s == "voor" {
			if i == 0 {
				continue
			}
			p := toks[i-1].s
			if !(p == "interest" || p == "interes" || p == "applying" || p == "applied" || p == "application" || p == "behalf" || p == "welcome" || p == "team" || p == "join" || p == "you" ||
				p == "interesse" || p == "interessse" || p == "sollicitatie" || p == "belangstelling" || p == "candidatura") {
				continue
			}
		}
		k := i + 1
		if k+1 < len(toks) && orgArticles[toks[k].s] && !toks[k].upper() {
			k++
		}
		if name := capsRun(ti, k); name != "" {
			out = append(out, orgMention{name: name})
		}
	}
	// "your interview with Hexa Robotics": a name with a company word after
	// an interview or call word and "with"
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].s != "with" && toks[i].s != "avec" && toks[i].s != "con" && toks[i].s != "bei" {
			continue
		}
		if !meetingWord(toks[i-1].s) {
			continue
		}
		if name := capsRun(ti, i+1); name != "" && orgWordIn(name) {
			out = append(out, orgMention{name: name, bonus: 1})
		}
	}
	// "Hexa Labs intro call", "Acme Robotics interview": a name of two or
	// more words right before the meeting word
	for _, h := range ti.hits {
		if h.fam != famInterview && h.fam != famCall {
			continue
		}
		k := ti.wsTok[h.from]
		j := k
		for j > 0 && toks[j-1].kind == tokWord && toks[j-1].upper() && toks[j-1].line == toks[k].line && !meetingAdjective[toks[j-1].s] {
			j--
		}
		if k-j < 2 || j > 0 && toks[j-1].kind == tokWord && (toks[j-1].upper() || meetingAdjective[toks[j-1].s]) {
			continue
		}
		if name := capsRun(ti, j); name != "" && len(strings.Fields(name)) == k-j {
			out = append(out, orgMention{name: name})
		}
	}
	// "<Company> has invited you", "<Company> invited you"
	for i := 0; i+2 < len(toks); i++ {
		if toks[i+1].s == "has" && (toks[i+2].s == "invited" || toks[i+2].s == "received") || toks[i+1].s == "invited" && toks[i+2].s == "you" {
			j := i
			for j > 0 && toks[j-1].kind == tokWord && toks[j-1].upper() && !toks[j].nl {
				j--
			}
			if name := capsRun(ti, j); name != "" {
				out = append(out, orgMention{name: name, bonus: 2})
			}
		}
	}
	return out
}

// meetingOrgs returns names in parentheses that end a line naming an
// interview or a call: "30 Minute Screening (Altamira Robotics)".
func meetingOrgs(ti *textInfo) []string {
	var out []string
	toks := ti.toks
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].s != "(" {
			continue
		}
		name := capsRun(ti, i+1)
		if name == "" || zoneAbbrev[name] != "" || strings.ToUpper(name) == name {
			continue // "(CET)", "(EST)": a zone, not a company
		}
		end := i + 1 + len(strings.Fields(name))
		if end >= len(toks) || toks[end].s != ")" || end+1 < len(toks) && toks[end+1].line == toks[end].line {
			continue
		}
		line := toks[i].line
		for _, h := range ti.hits {
			if (h.fam == famInterview || h.fam == famCall) && ti.ws[h.from].line == line && ti.wsTok[h.from] < i {
				out = append(out, name)
				break
			}
		}
	}
	return out
}

// meetingWord reports whether a folded word names an interview or a call.
func meetingWord(w string) bool {
	switch w {
	case "interview", "interviews", "call", "chat", "screen", "meeting", "entretien", "entrevista", "gesprach", "colloquio", "gesprek", "session":
		return true
	}
	return false
}

// agencyOrg reports whether a company name is a recruiting agency's: by its
// words, or as the sender's own company when the sender's domain has them
// ("Nordlink" of nordlink-talent.example).
func (d *doc) agencyOrg(name string) bool {
	return agencyName(name) || domainMatches(name, d.from.Email) && agencyName(domainLabel(d.from.Email))
}

func agencyName(name string) bool {
	f := fold(name)
	for _, w := range agencyWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// capsRun reads a run of capitalised words (with "&", "and", "de", "of"
// inside) starting at token i.
func capsRun(ti *textInfo, i int) string {
	toks := ti.toks
	if i >= len(toks) || toks[i].kind != tokWord || !toks[i].upper() || nameStop[toks[i].s] && toks[i].s != "the" {
		return ""
	}
	if toks[i].s == "the" {
		return ""
	}
	j := i
	for j < len(toks) && j-i < 6 {
		t := toks[j]
		if t.kind == tokWord && t.upper() {
			if j > i && t.nl {
				break
			}
			if _, ok := lookup(monthKeys, monthWords, t.s); ok {
				break
			}
			if _, ok := lookup(weekdayKeys, weekdayWords, t.s); ok {
				break
			}
			// a legal form in initials ends the name: "Laguna Tech S.r.l."
			if j > i && len(t.s) == 1 && j+1 < len(toks) && toks[j+1].s == "." {
				break
			}
			j++
			continue
		}
		if (t.s == "&" || t.s == "de" || t.s == "of" || t.s == "and") && j+1 < len(toks) && toks[j+1].kind == tokWord && toks[j+1].upper() && j > i {
			j++
			continue
		}
		break
	}
	if j == i {
		return ""
	}
	return ti.text[toks[i].start : toks[j-1].start+len(toks[j-1].raw)]
}

// signatureOrgs reads "Technical Recruiter | Sunline Media", "Engineering
// Manager, Maplewood Analytics" and an organisation line under a title line.
func signatureOrgs(ti *textInfo) []string {
	var out []string
	// the lines of the text, read in place: l is the line, rest what
	// follows its line break (more is false after the last line)
	rest, more := ti.text, true
	for more {
		l := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest, more = "", false
		}
		l = strings.TrimSpace(l)
		if l == "" || len(l) > 90 {
			continue
		}
		if !lineHasTitle(l) {
			continue
		}
		cut := -1
		for _, sep := range []string{" | ", ", ", " · ", " – ", " - ", " @ "} {
			if k := strings.LastIndex(l, sep); k > 0 && k+len(sep) > cut {
				cut = k + len(sep)
			}
		}
		if cut > 0 {
			if org := strings.TrimSpace(l[cut:]); org != "" && !lineHasTitle(org) {
				out = append(out, org)
			}
		}
		if more {
			n := rest
			if i := strings.IndexByte(n, '\n'); i >= 0 {
				n = n[:i]
			}
			n = strings.TrimSpace(n)
			if n != "" && len(n) < 50 && !lineHasTitle(n) && !strings.ContainsAny(n, "@:+0123456789") {
				for _, sep := range []string{" | ", " – ", " - ", ", ", " · "} {
					if k := strings.Index(n, sep); k > 0 {
						n = n[:k]
					}
				}
				out = append(out, n)
			}
		}
	}
	return out
}

// lineHasTitle reports whether a short line holds a job title word.
func lineHasTitle(l string) bool {
	// the words between spaces, commas, bars and slashes, read in place
	// in the folded line (folded on the stack when it is short)
	var buf [256]byte
	f := appendFold(buf[:0], l)
	start := -1
	for i := 0; i < len(f); i++ {
		if c := f[i]; c == ' ' || c == ',' || c == '|' || c == '/' {
			if start >= 0 && titleWordBytes(f[start:i]) {
				return true
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	return start >= 0 && titleWordBytes(f[start:])
}

// titleWordBytes is titleWord of a word held in bytes, without making a
// string of it.
func titleWordBytes(w []byte) bool {
	if titleKeys.may(string(w)) && titleWords[string(w)] {
		return true
	}
	switch string(w) {
	case "recruiter", "conseiller", "conseillere", "partenaire", "reclutadora", "reclutador", "cto":
		return true
	}
	d := bytes.TrimRight(w, ".")
	return departmentKeys.may(string(d)) && departmentWords[string(d)]
}

// titleWord reports whether a folded word of a signature line is a job
// title or department word.
func titleWord(w string) bool {
	return titleKeys.may(w) && titleWords[w] || w == "recruiter" || w == "conseiller" || w == "conseillere" || w == "partenaire" || w == "reclutadora" || w == "reclutador" || w == "cto" ||
		departmentKeys.may(strings.TrimRight(w, ".")) && departmentWords[strings.TrimRight(w, ".")]
}

// departmentKeys holds the keys of departmentWords.
var departmentKeys = keysOf(departmentWords)

// subjectOrgs returns subject segments that may be a company: "Holloway &
// Pike – next stage", "Offer - Senior Backend Engineer at Pinecrest Labs".
func subjectOrgs(ti *textInfo) []string {
	var out []string
	s := ti.text
	for _, sep := range []string{" – ", " - ", " / ", ": ", " | "} {
		s = strings.ReplaceAll(s, sep, "\x00")
	}
	for _, seg := range strings.Split(s, "\x00") {
		seg = strings.TrimSpace(seg)
		switch strings.ToLower(seg) {
		case "re", "fw", "fwd", "tr", "aw", "wg", "rv", "sv":
			continue
		}
		if k := strings.Index(seg, " at "); k >= 0 {
			out = append(out, seg[k+4:])
			continue
		}
		if k := strings.Index(seg, "("); k > 0 {
			seg = strings.TrimSpace(seg[:k])
		}
		out = append(out, seg)
	}
	return out
}

// orgMention is a company name read from a phrase; bonus weighs phrases that
// name the employer behind a platform ("Acme has invited you").
type orgMention struct {
	name  string
	bonus int
}

// domainMatches reports whether a name spells the domain of addr.
func domainMatches(name, addr string) bool {
	lb, cc := domainLabel(addr), compact(cleanOrg(name))
	return len(lb) >= 3 && len(cc) >= 3 && (strings.Contains(lb, cc) || strings.Contains(cc, lb))
}

// signs reports whether name signs the new text as a person: alone on a
// line after a sign-off ("Best wishes,") or above a job title, and not under
// a title line (where a company name stands: "Talent Acquisition\nAcme").
func (d *doc) signs(name string) bool {
	var lines []string
	for _, l := range strings.Split(d.newT.text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	for i, l := range lines {
		if !strings.EqualFold(l, name) {
			continue
		}
		if i > 0 && lineHasTitle(lines[i-1]) {
			continue
		}
		if i > 0 && strings.HasSuffix(lines[i-1], ",") || i+1 < len(lines) && lineHasTitle(lines[i+1]) {
			return true
		}
	}
	return false
}
