package classify

import (
	"github.com/followupd/followupd/internal/mail/platform"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/followupd/followupd/internal/mail/message"
)

// noReplyLocal lists local parts (separators removed) of mailboxes nobody reads.
var noReplyLocal = []string{"noreply", "donotreply", "dontreply", "doreply", "nepasrepondre", "norespond", "noresponder", "nichtantworten", "keineantwort",
	"naoresponda", "naoresponder", "nonrispondere", "norisposta", "nietbeantwoorden", "nietantwoorden", "geenantwoord", "noreplies"}

// roleLocal lists local parts of automated senders: notifications, alerts,
// bounces, receipts, daemons.
var roleLocal = map[string]bool{
	"mailerdaemon": true, "postmaster": true, "notifications": true, "notification": true, "notify": true,
	"alerts": true, "alert": true, "jobalerts": true, "jobs": false, "bounce": true, "bounces": true,
	"receipts": true, "receipt": true, "billing": true, "invoice": true, "invoices": true, "newsletter": true,
	"news": true, "updates": true, "automated": true, "autoreply": true, "autoresponder": true, "daemon": true,
	"system": true, "mailer": true, "surveys": true, "survey": true, "calendar": true, "calendarnotification": true,
	"notificationsonly": true, "digest": true, "marketing": true, "unsubscribe": true, "jobagent": true, "jobalert": true,
	"orders": true, "order": true, "shop": true, "store": true, "sales": true, "events": true, "webinar": true, "webinars": true,
}

// IsNoReply reports whether addr is a mailbox that must never be written to:
// no-reply and do-not-reply addresses in any spelling (jobs-noreply,
// no_reply, donotreply), mailer daemons, and notification, alert, bounce or
// receipt senders.
func IsNoReply(addr string) bool {
	local, domain, ok := message.Mailbox(addr)
	if !ok {
		return strings.TrimSpace(addr) != ""
	}
	compact := strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r == '.' {
			return -1
		}
		return r
	}, local)
	for _, n := range noReplyLocal {
		if strings.Contains(compact, n) {
			return true
		}
	}
	if roleLocal[compact] || platformDomain(domain) {
		return true
	}
	for _, p := range []string{"bounce", "mailerdaemon", "notification", "alerts"} {
		if strings.HasPrefix(compact, p) {
			return true
		}
	}
	return false
}

// platformDomain reports whether a mail domain belongs to a hiring platform
// or a scheduling tool (the project's one list, internal/mail/platform): a
// person does not read those mailboxes, whatever their local part.
func platformDomain(domain string) bool { return platform.Of(domain) != platform.None }

// replyTo picks a human address: Reply-To, else From, unless automated; then a
// personal address named in the body. A mailing list's own address (see
// listAddress) is never one: writing there reaches every subscriber.
func (d *doc) replyTo() string {
	m := d.m
	for _, a := range m.ReplyTo {
		if a.Email != "" && !IsNoReply(a.Email) && !d.self[a.Email] && !d.listAddress(a.Email) {
			return a.Email
		}
	}
	// bulk mail with an unsubscribe link is a list's, whoever signs it: no
	// one to write to (RFC 3834)
	// ... and so is a mailbox the text says nobody reads ("This is an
	// automated message. Do not reply."), unless a person's
	fromAutomated := IsNoReply(d.from.Email) || d.listAddress(d.from.Email) || (d.automated && !d.autoReply && !personalAddress(d.from)) || d.bulk && d.listUnsub ||
		!personalAddress(d.from) && foldedContainsAny(d.newT.text, unattendedWords)
	if d.from.Email != "" && !fromAutomated && !d.self[d.from.Email] {
		// a hiring system's mailbox ("Acme <acme@ats.example>") that names
		// the employer's own contact address: write there
		if !d.autoReply && !personalAddress(d.from) {
			if a := d.contactAddress(); a != "" {
				return a
			}
		}
		return d.from.Email
	}
	if d.nonJob {
		return "" // a newsletter's or an event's contact is nobody to follow up with
	}
	if a := d.bodyAddress(d.newT.text); a != "" {
		return a
	}
	// an address only in a mailto: link of the HTML part
	if html := m.HTML; html != "" {
		var links []string
		for i := strings.Index(html, "mailto:"); i >= 0; {
			rest := html[i+len("mailto:"):]
			e := strings.IndexAny(rest, "\"'?> ")
			if e < 0 {
				e = len(rest)
			}
			links = append(links, rest[:e])
			j := strings.Index(rest, "mailto:")
			if j < 0 {
				break
			}
			i += len("mailto:") + j
		}
		if a := d.bodyAddress(strings.Join(links, " ")); a != "" {
			return a
		}
	}
	return ""
}

// listLabels are the subdomain labels of mailing-list hosts
// (lists.contoso.example).
var listLabels = map[string]bool{"lists": true, "list": true, "listserv": true, "mailman": true}

// listSites are the domains of mailing-list services.
var listSites = map[string]bool{"googlegroups.com": true, "groups.io": true, "freelists.org": true}

// listAddress reports whether an address is a mailing list's own: the
// address of the message's List-Post (RFC 2369), the address its List-Id
// names (RFC 2919: "<pa-2026.lists.contoso.example>" is
// pa-2026@lists.contoso.example), or any address on a list host
// ("lists." subdomain, Google Groups).
func (d *doc) listAddress(addr string) bool {
	addr = strings.ToLower(strings.TrimSpace(addr))
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 {
		return false
	}
	domain := addr[at+1:]
	site := siteOf(addr)
	if listSites[site] {
		return true
	}
	if sub := strings.TrimSuffix(strings.TrimSuffix(domain, site), "."); sub != "" && sub != domain {
		for _, lb := range strings.Split(sub, ".") {
			if listLabels[lb] {
				return true
			}
		}
	}
	for _, v := range d.m.Header["List-Post"] {
		for rest := strings.ToLower(v); ; {
			i := strings.Index(rest, "mailto:")
			if i < 0 {
				break
			}
			rest = rest[i+len("mailto:"):]
			e := strings.IndexAny(rest, ">?, ")
			if e < 0 {
				e = len(rest)
			}
			if rest[:e] == addr {
				return true
			}
		}
	}
	for _, v := range d.m.Header["List-Id"] {
		id := strings.ToLower(strings.TrimSpace(v))
		if i := strings.LastIndexByte(id, '<'); i >= 0 {
			id = strings.TrimSuffix(id[i+1:], ">")
		}
		if id != "" && id == addr[:at]+"."+domain {
			return true
		}
	}
	return false
}

// contactWords introduce an address to write to ("please contact", "reach
// out to", "escríbenos a", "wenden Sie sich an"). Section [contact_words] of the language files.
var contactWords = textTable(languages, "contact_words")

// purposeContactWords come before an address kept for one purpose, not
// the application: "if you need an accommodation, contact ...".
var purposeContactWords = textTable(languages, "purpose_contact_words")

// contactAddress returns a personal address that the new text offers as the
// contact, on another domain than the sender's; "" when there is none.
func (d *doc) contactAddress() string {
	text := d.newT.text
	low := strings.ToLower(text)
	fromDomain := ""
	if at := strings.LastIndexByte(d.from.Email, '@'); at >= 0 {
		fromDomain = strings.ToLower(d.from.Email[at+1:])
	}
	for _, a := range emailsIn(text) {
		at := strings.IndexByte(a, '@')
		if IsNoReply(a) || d.self[a] || genericLocal[a[:at]] || strings.EqualFold(a[at+1:], fromDomain) || d.listAddress(a) {
			continue
		}
		before, ok := wordsBefore(low, a)
		// "if you need an accommodation, contact ...": a mailbox for one
		// purpose, nobody to follow up with
		if !ok || containsAny(before, purposeContactWords) {
			continue
		}
		if containsAny(before, contactWords) {
			return a
		}
	}
	return ""
}

// wordsBefore returns the folded words before address a in the lower-cased
// text low, in its own sentence ("Questions? Contact ..." too); ok is false
// when a is not in low.
func wordsBefore(low, a string) (before string, ok bool) {
	i := strings.Index(low, a)
	if i < 0 {
		return "", false
	}
	before = fold(low[max(0, i-80):i])
	if j := strings.LastIndexAny(before, ".!\n"); j >= 0 {
		before = before[j+1:]
	}
	return before, true
}

// containsAny reports whether s contains one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// personalAddress reports whether an address belongs to the person named in
// its display name ("Jane Doe <jane.doe@...>"): mail sent through a hiring
// system on a recruiter's own address can still be answered by a human.
func personalAddress(a message.Address) bool {
	at := strings.IndexByte(a.Email, '@')
	if at <= 0 || IsNoReply(a.Email) {
		return false
	}
	local := compact(a.Email[:at])
	words := strings.Fields(fold(a.Name))
	if len(words) < 2 || orgWordIn(a.Name) {
		return false
	}
	for _, w := range words {
		if w = compact(w); len(w) >= 3 && strings.Contains(local, w) {
			return true
		}
	}
	return false
}

// genericLocal lists shared mailboxes that are not a person to thank or ask.
var genericLocal = map[string]bool{
	"support": true, "help": true, "privacy": true, "info": true, "abuse": true, "security": true,
	"legal": true, "feedback": true, "webmaster": true, "admin": true, "accessibility": true,
}

// bodyAddress returns the first personal address written in text.
func (d *doc) bodyAddress(text string) string {
	low := ""
	for _, a := range emailsIn(text) {
		local := a[:strings.IndexByte(a, '@')]
		if IsNoReply(a) || d.self[a] || genericLocal[local] || d.listAddress(a) {
			continue
		}
		if low == "" {
			low = strings.ToLower(text)
		}
		if before, ok := wordsBefore(low, a); ok && containsAny(before, purposeContactWords) {
			continue
		}
		return a
	}
	return ""
}

// emailsIn lists the e-mail addresses in text, lower-cased, in order.
func emailsIn(text string) []string {
	var out []string
	for i := 0; i < len(text); i++ {
		if text[i] != '@' {
			continue
		}
		s := i
		for s > 0 && isAddrByte(text[s-1]) {
			s--
		}
		e := i + 1
		for e < len(text) && (isAddrByte(text[e]) && text[e] != '+') {
			e++
		}
		for e > i+1 && text[e-1] == '.' {
			e--
		}
		for s < i && text[s] == '.' {
			s++
		}
		if s == i || e == i+1 || !strings.Contains(text[i+1:e], ".") {
			continue
		}
		out = append(out, strings.ToLower(text[s:e]))
		i = e
	}
	return out
}

func isAddrByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_' || c == '+'
}

// nameStop lists capitalised words that are not names: the Section [not_names] of the language files.
// sections of the language files, and the names of products and zones.
var nameStop = func() map[string]bool {
	t := wordTable(languages, "not_names")
	// products, time zones and abbreviations written in every language
	for _, w := range []string{"google", "meet", "zoom", "teams", "microsoft", "jitsi", "webex", "skype", "slack", "hangouts",
		"outlook", "et", "pt", "uk", "am", "pm", "id"} {
		t[w] = true
	}
	return t
}()

// nameArticlesStart are articles capitalised at a sentence's start ("Das
// Gespräch", "Het team"): no name starts with one, though some end with
// one ("Priyanka Das"). Section [sentence_articles] of the language files.
var nameArticlesStart = wordTable(languages, "sentence_articles")

// titleWords mark a job title, not a name ("Grace Kim, Engineering Manager"). Section [title_words] of the language files.
var titleWords = wordTable(languages, "title_words")

// titleKeys holds the keys of titleWords.
var titleKeys = keysOf(titleWords)

// isNameWord reports whether a token can be part of a person's name.
func isNameWord(t token) bool {
	if t.kind != tokWord || !(t.upper() || particleJoined(t.raw)) || nameStop[t.s] || titleKeys.may(t.s) && titleWords[t.s] {
		return false
	}
	if _, ok := lookup(monthKeys, monthWords, t.s); ok {
		return false
	}
	if _, ok := lookup(weekdayKeys, weekdayWords, t.s); ok {
		return false
	}
	if _, ok := lookup(zoneAbbrevKeys, zoneAbbrev, t.raw); ok {
		return false
	}
	// all capitals (MA, CTO) are not names
	upper := 0
	n := 0
	for _, r := range t.raw {
		n++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return !(n > 1 && upper == n)
}

// joinedParticles open a family name with a hyphen: "al-Hashimi",
// "el-Amin", "ibn-Rushd".
var joinedParticles = []string{"al-", "el-", "ul-", "ibn-", "bin-", "abu-", "ad-", "ash-", "as-"}

// particleJoined reports whether a word is a family name opened by a
// lower-case particle and a hyphen, the name capitalised after it
// ("al-Hashimi").
func particleJoined(raw string) bool {
	// every particle ends with its hyphen at byte 2 or 3: most words are
	// told apart there
	if len(raw) < 3 || raw[2] != '-' && (len(raw) < 4 || raw[3] != '-') {
		return false
	}
	for _, p := range joinedParticles {
		if rest, ok := strings.CutPrefix(raw, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// monthName reports whether a capitalised token is a month name that is also
// a first name (Jan, June, April, May).
func monthName(t token) bool {
	switch t.raw {
	case "Jan", "June", "April", "May", "Juni", "Mai":
		return true
	}
	return false
}

// gluedToNumber reports whether token j is written against a number, with
// no space between them ("Recruit41", "4Tech").
func gluedToNumber(toks []token, j int) bool {
	t := toks[j]
	return j+1 < len(toks) && toks[j+1].kind == tokNum && toks[j+1].start == t.start+len(t.raw) ||
		j > 0 && toks[j-1].kind == tokNum && toks[j-1].start+len(toks[j-1].raw) == t.start
}

// monthInName reports whether token j, a capitalised month or weekday
// name, can be part of a name ("Anna May", "Nguyễn Thị Thu Hà"): no number stands on either side of it ("Mai
// 12", "12. Mai") and it is no all-capitals abbreviation.
func monthInName(toks []token, j int) bool {
	t := toks[j]
	if t.kind != tokWord || !t.upper() || len(t.raw) < 3 || strings.ToUpper(t.raw) == t.raw {
		return false
	}
	_, month := lookup(monthKeys, monthWords, t.s)
	_, weekday := lookup(weekdayKeys, weekdayWords, t.s)
	if !month && !weekday {
		return false
	}
	for _, k := range []int{j - 2, j - 1, j + 1, j + 2} {
		if k >= 0 && k < len(toks) && toks[k].kind == tokNum && toks[k].line == t.line {
			return false
		}
	}
	return true
}

// cellGap is the run of spaces that separates a plain-text table's cells:
// a name never spans it.
const cellGap = 3

// nameAt reads a person's name (1 to 4 words) at token i; returns the name and
// the index after it.
func nameAt(toks []token, i int) (string, int) {
	// a name opens with a capital (a name word, a month that is a first
	// name, an initial) or a joined particle ("al-Hashimi"): any other
	// token opens none
	if i < len(toks) && !toks[i].upper() && !(toks[i].kind == tokWord && particleJoined(toks[i].raw)) {
		return "", i
	}
	var buf [8]string // the parts on the stack: a name has up to six
	parts := buf[:0]
	j := i
	for j < len(toks) && len(parts) < 4 {
		t := toks[j]
		// month names that are first names: "Jan Peters", "June Carter"
		if len(parts) == 0 && monthName(t) && j+1 < len(toks) && !toks[j+1].nl && isNameWord(toks[j+1]) {
			parts = append(parts, t.raw)
			j++
			continue
		}
		// a month or weekday name after a name on its line, with no day
		// beside it, is a name too: "Nguyễn Thị Mai", "Anna May", "Thu Hà"
		if len(parts) > 0 && !t.nl && monthInName(toks, j) {
			parts = append(parts, t.raw)
			j++
			continue
		}
		// a nickname in parentheses inside a name: "Cheng-Po (Paul) Chen"
		if len(parts) > 0 && t.s == "(" && j+3 < len(toks) && toks[j+2].s == ")" && isNameWord(toks[j+1]) && isNameWord(toks[j+3]) &&
			toks[j+3].line == t.line && !gluedToNumber(toks, j+1) {
			parts = append(parts, "("+toks[j+1].raw+")")
			j += 3
			continue
		}
		// a family name in capitals, as Japanese and French mail write it:
		// "YAMAMOTO Haruka", "Daniel OKAFOR-REYES"
		if capsFamilyName(toks, j, len(parts)) {
			parts = append(parts, t.raw)
			j++
			continue
		}
		// "St." (Saint) inside a name: "Rebecca St. John", "Marguerite St.
		// Clair-Oduya"
		if len(parts) > 0 && (t.raw == "St" || t.raw == "Ste") && j+2 < len(toks) && toks[j+1].s == "." && toks[j+1].start == t.start+len(t.raw) && !toks[j+2].nl && isNameWord(toks[j+2]) {
			parts = append(parts, t.raw+".", toks[j+2].raw)
			j += 3
			continue
		}
		// an initial: "K. Tanaka", "John F. Kennedy"; one written against
		// the next ("E.M. Bakker"); particles after it ("P. van 't Hof")
		if initialAt(toks, j) && len(parts) < 3 {
			if j+2 < len(toks) && toks[j+2].start == toks[j+1].start+1 {
				parts = append(parts, t.raw+"."+toks[j+2].raw+".")
				j += 4
			} else {
				parts = append(parts, t.raw+".")
				j += 2
			}
			if k := particlesAfter(toks, j); k > j {
				for ; j < k; j++ {
					if toks[j].s == "'" {
						parts = append(parts, "'"+toks[j+1].raw)
						j++
						continue
					}
					parts = append(parts, toks[j].raw)
				}
				parts = append(parts, toks[k].raw)
				j = k + 1
				break
			}
			continue
		}
		// a word glued to a number is a brand or a code: "Recruit41", "Team2"
		if gluedToNumber(toks, j) || len(parts) == 0 && nameArticlesStart[t.s] {
			break
		}
		if isNameWord(t) {
			// a name wrapped after a capitalised particle goes on: "Francesca
			// Lo\nIacono" (a name never ends with its particle)
			afterParticle := len(parts) > 1 && nameParticles[strings.ToLower(parts[len(parts)-1])]
			if len(parts) > 0 && t.nl && !(len(parts) == 1 && wrappedName(toks, j)) && !afterParticle {
				break
			}
			// a wide gap is a table's cell border: "Coding      Priyanka
			// Rao" is a session's name, then a person's
			if len(parts) > 0 && t.start-(toks[j-1].start+len(toks[j-1].raw)) >= cellGap {
				break
			}
			parts = append(parts, t.raw)
			j++
			continue
		}
		// particles, one or two: "Jan van Dijk", "Diego de la Garza",
		// "Pieter van der Berg", "João Pedro dos Santos"
		if len(parts) > 0 && nameParticles[t.raw] && !t.nl {
			k := j + 1
			if k < len(toks) && nameParticles[toks[k].raw] && !toks[k].nl {
				k++
			} else if elidedT(toks, k) {
				k += 2 // "van 't Hek": the article elided, its letter glued to the quote
			}
			if k < len(toks) && !toks[k].nl && isNameWord(toks[k]) && len(parts)+k-j < 6 {
				for ; j < k; j++ {
					if elidedT(toks, j) {
						parts = append(parts, "'"+toks[j+1].raw)
						j++
						continue
					}
					parts = append(parts, toks[j].raw)
				}
				// the family name after the particles belongs to the name
				// however long it is: "María José de la Cruz"
				parts = append(parts, toks[k].raw)
				j++
				// ... and so does a second family name after it, as
				// Spanish names carry two: "María José de la Garza Treviño"
				if j < len(toks) && !toks[j].nl && isNameWord(toks[j]) && !gluedToNumber(toks, j) {
					parts = append(parts, toks[j].raw)
					j++
				}
				continue
			}
		}
		break
	}
	if len(parts) == 0 {
		return "", i
	}
	// a given name and the initial of the family or father's name after
	// it, closing the name: "Venkatasubramanian R. - Director"
	// (the letter is read as a name word, its dot is not)
	if len(parts) == 2 && len(parts[1]) == 1 && j < len(toks) && toks[j-1].raw == parts[1] && toks[j].s == "." && toks[j].start == toks[j-1].start+1 &&
		(j+1 >= len(toks) || toks[j+1].nl || toks[j+1].kind != tokWord) {
		parts[1] += "."
		j++
	}
	// a Catalan name joins its two family names with "i": "Jordi Puig i
	// Vidal"; the one name after it closes the name (an "i" before a whole
	// name is no part of one)
	if len(parts) >= 2 && j+1 < len(toks) && toks[j].raw == "i" && !toks[j].nl && !toks[j+1].nl && isNameWord(toks[j+1]) &&
		(j+2 >= len(toks) || toks[j+2].nl || !isNameWord(toks[j+2])) {
		parts = append(parts, "i", toks[j+1].raw)
		j += 2
	}
	parts, j = nameSuffix(toks, parts, j)
	return strings.Join(parts, " "), j
}

// elidedT reports whether tokens k and k+1 are the Dutch elided article
// "'t" of a family name ("van 't Hek"), a quote and a "t" glued to it.
func elidedT(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].s == "'" && toks[k+1].raw == "t" && toks[k+1].start == toks[k].start+1 && !toks[k].nl
}

// nameSuffixes close a name and are part of it: "Marcus Hale Jr.", "Ada
// Lowell III". Section [name_suffixes] of the language files.
var nameSuffixes = wordTable(languages, "name_suffixes")

// nameSuffix adds to the parts of a name read up to token j the suffix
// after them, with its dot ("Jr.", "III"), and returns the parts and the
// index after them. A suffix in capitals is no name word, and one after
// four parts is past the words nameAt reads, so it is read here; the dot
// glued to it is part of the name, not a full stop, so that a list item
// "Marcus A. Hale Jr. -- QA Manager" is a name and a title.
func nameSuffix(toks []token, parts []string, j int) ([]string, int) {
	if len(parts) < 2 {
		return parts, j
	}
	if last := parts[len(parts)-1]; !nameSuffixes[fold(last)] {
		if j >= len(toks) || toks[j].nl || !toks[j].upper() || !nameSuffixes[toks[j].s] {
			return parts, j
		}
		parts = append(parts, toks[j].raw)
		j++
	}
	if j < len(toks) && toks[j].s == "." && toks[j].start == toks[j-1].start+len(toks[j-1].raw) {
		parts[len(parts)-1] += "."
		j++
	}
	return parts, j
}

// inCapitals reports whether strings.ToUpper(s) == s and
// strings.ToLower(s) != s, without making either: s is valid UTF-8, no
// letter of it has an upper case of its own, and one has a lower case.
func inCapitals(s string) bool {
	lowerable := false
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 || unicode.ToUpper(r) != r {
			return false
		}
		if unicode.ToLower(r) != r {
			lowerable = true
		}
		i += w
	}
	return lowerable
}

// capsFamilyName reports whether token j is a family name written in
// capitals inside a name of which n parts are read: four letters or more
// (not an acronym such as "CTO" or "MBA"), no title or zone, and a name word
// beside it on its line (before it, or after it when it opens the name); a
// shorter one only opening the name before two name words ("NG Boon Keat").
func capsFamilyName(toks []token, j, n int) bool {
	t := toks[j]
	runes := utf8.RuneCountInString(t.raw)
	if t.kind != tokWord || runes < 2 || !inCapitals(t.raw) ||
		titleWords[t.s] || nameStop[t.s] || nonNameCaps(t.raw) || n >= 3 {
		return false
	}
	// a short family name ("NG", "TAN", "OH") opens a name before two
	// given names on its line, "NG Boon Keat": one name word after two or
	// three capitals is an acronym's phrase ("QA Lead", "HR Maria")
	if runes < 4 {
		return n == 0 && j+2 < len(toks) && !toks[j+1].nl && isNameWord(toks[j+1]) && !toks[j+2].nl && isNameWord(toks[j+2]) &&
			toks[j+2].line == t.line
	}
	if n > 0 {
		return !t.nl
	}
	return j+1 < len(toks) && !toks[j+1].nl && isNameWord(toks[j+1])
}

// nonNameCaps reports whether a word in capitals is a zone or a month or
// weekday name ("MAY", "JUNE", "UTC").
func nonNameCaps(raw string) bool {
	if _, ok := zoneAbbrev[raw]; ok {
		return true
	}
	f := fold(raw)
	_, m := monthWords[f]
	_, w := weekdayWords[f]
	return m || w
}

// gluedAmp reports whether token j is an "&" inside a word ("R&D", "P&L"),
// which joins no names.
func gluedAmp(toks []token, j int) bool {
	return toks[j].s == "&" && j > 0 && j+1 < len(toks) && toks[j-1].start+len(toks[j-1].raw) == toks[j].start && toks[j+1].start == toks[j].start+1
}

// initialAt reports whether token j is an initial with its dot, followed on
// its line by a name word: the "K." of "K. Tanaka", the "E." of "E.M.
// Bakker" (initials written together), the "P." of "P. van 't Hof" (a
// family name opened by particles), the "M." of "E.M. (Eva) Bakker" (the
// name called by in parentheses).
func initialAt(toks []token, j int) bool {
	if j+2 >= len(toks) || len(toks[j].raw) != 1 || !toks[j].upper() || toks[j+1].s != "." || toks[j+1].start != toks[j].start+1 {
		return false
	}
	n := toks[j+2]
	if n.nl {
		return false
	}
	if n.start == toks[j+1].start+1 {
		// initials written together: the next is one too
		return initialAt(toks, j+2)
	}
	if k := particlesAfter(toks, j+2); k > j+2 {
		return true
	}
	// the name called by after the initials: "E.M. (Eva) Bakker-Jansen"
	if n.s == "(" && j+5 < len(toks) && isNameWord(toks[j+3]) && toks[j+4].s == ")" && isNameWord(toks[j+5]) && !toks[j+5].nl {
		return true
	}
	return isNameWord(n)
}

// departmentToLineEnd returns, when the comma at token j is followed by
// capitalised words up to the end of its line and the next line is a list
// item naming someone, or by one such word closing the line after a title,
// the index of the token after them; else j.
func departmentToLineEnd(toks []token, j int) int {
	k := j + 1
	for k < len(toks) && !toks[k].nl && toks[k].kind == tokWord && toks[k].upper() {
		k++
	}
	// one word closing the line after the title is its department too:
	// "Aiyana Kerr, Engineering Manager, Robotics"
	if k == j+2 && (k >= len(toks) || toks[k].nl) && titledBefore(toks, max(j-4, 0), j) {
		return k
	}
	// ... and so are words closing it that name a department: "Helena
	// Marsh, Associate Director, Assay Development"
	if k > j+2 && (k >= len(toks) || toks[k].nl) && titledBefore(toks, max(j-4, 0), j) && teamWords[toks[k-1].s] {
		return k
	}
	if k == j+1 || k >= len(toks) || !toks[k].nl || toks[k].line != toks[j].line+1 || !listLineAhead(toks, k) {
		return j
	}
	return k
}

// wrappedTitle reports whether token j, a title word opening its line
// after a word, goes on the title of the line before: the line break read
// as a sentence's end ("our Analytics Engineering" over "Manager, and
// Deshawn Whitaker") is none.
func wrappedTitle(toks []token, j int) bool {
	return j > 0 && toks[j].nl && toks[j].kind == tokWord && titleWords[toks[j].s] && toks[j-1].kind == tokWord && toks[j].line == toks[j-1].line+1
}

// letterInitial reports whether the honorific of one letter at token j
// (French "M.") is rather an initial: one name word follows it and ends the
// name, as in "K. Tanaka / R. Osei / M. Lindqvist". Read as an initial it
// keeps the name written ("M. Lindqvist"); "M. Jean Roy" stays Monsieur.
func letterInitial(toks []token, j int) bool {
	if len(toks[j].raw) != 1 || !initialAt(toks, j) {
		return false
	}
	name, _ := nameAt(toks, j+2)
	return name != "" && !strings.Contains(name, " ")
}

// particlesAfter returns, when name particles start at token j and a name
// word follows them on the line ("van 't Hof", "de la Cruz"), the index of
// that word; else j. Dutch "'t" (het) is read as a particle.
func particlesAfter(toks []token, j int) int {
	k := j
	for n := 0; n < 3 && k < len(toks) && !toks[k].nl; n++ {
		switch {
		case nameParticles[toks[k].raw]:
			k++
		case toks[k].s == "'" && k+1 < len(toks) && toks[k+1].raw == "t" && toks[k+1].start == toks[k].start+1:
			k += 2
		default:
			n = 3
		}
	}
	if k > j && k < len(toks) && !toks[k].nl && isNameWord(toks[k]) {
		return k
	}
	return j
}

// wrappedLine is the length, in bytes, from which a line of prose is taken
// as wrapped by the mail program rather than broken by its writer.
const wrappedLine = 60

// wrappedName reports whether the name word at token j, first on its
// line, goes on a first name ending a long line of prose, and its line
// runs on: "You'll chat with Marguerite\nOyelaran and Idris Kamau".
func wrappedName(toks []token, j int) bool {
	if j < 1 || j+1 >= len(toks) || toks[j+1].nl || toks[j].line != toks[j-1].line+1 || toks[j-1].kind != tokWord {
		return false
	}
	first := j - 1
	for first > 0 && !toks[first].nl {
		first--
	}
	return toks[j-1].start+len(toks[j-1].raw)-toks[first].start >= wrappedLine
}

// peopleTriggers introduce the people the candidate will meet: the
// [people_trigger] sections of the language files.
var peopleTriggers = sequenceTable(languages, "people_trigger")

// genericTrigger are one-word triggers that introduce people only in a
// sentence about the interview ("with Marco" may be about anything). Section [generic_with] of the language files.
var genericTrigger = wordTable(languages, "generic_with")

// thanksWords thank: a people trigger after one in its sentence speaks of a
// talk already held. Section [thanks_words] of the language files.
var thanksWords = wordTable(languages, "thanks_words")

// thanksBefore reports whether a word that thanks stands before token i in
// its sentence, within a few words.
func thanksBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && toks[k].sent == toks[i].sent; k-- {
		if thanksWords[toks[k].s] {
			return true
		}
	}
	return false
}

// pastTalk are verbs before a generic "with" that speak of a conversation
// already held or of who arranged things. Section [past_talk] of the language files.
var pastTalk = wordTable(languages, "past_talk")

// person is a name found in prose with its strength.
type person struct {
	name  string
	email string // written beside the name in a headed list ("Nora Diaz <nora.diaz@...>")
	self  bool   // "me": the sender
	at    int    // byte offset of the trigger in its text
}

// interviewers lists who the candidate will meet: the people found, with
// the replacements the new text announces applied ("Marta Kowalczyk will
// replace Daniel on your panel").
func (d *doc) interviewers(r *Result) []Person {
	out := withoutShortNames(d.peopleFound(r))
	var known *peopleIndex
	for _, rp := range d.replacements() {
		if known == nil {
			known = d.knownPeople()
		}
		kept := out[:0]
		for _, p := range out {
			if !sameFirstName(p.Name, rp.out) {
				kept = append(kept, p)
			}
		}
		out = kept
		name, email := known.resolve(rp.in)
		if name == "" {
			name = rp.in
		}
		dup := false
		for _, p := range out {
			dup = dup || sameFirstName(p.Name, name) || email != "" && strings.EqualFold(p.Email, email)
		}
		if !dup && !d.self[strings.ToLower(email)] {
			out = append(out, Person{Name: name, Email: email})
		}
	}
	// the one who stays while the panel changes: "Rodrigo can no longer
	// join; Ximena will interview you instead. Héctor Iturbide, director de
	// Ingeniería, participa como estaba previsto"
	for _, st := range d.staysOn() {
		if known == nil {
			known = d.knownPeople()
		}
		name, email := known.resolve(st)
		if name == "" {
			name = st
		}
		dup := false
		for _, p := range out {
			dup = dup || sameFirstName(p.Name, name) || email != "" && strings.EqualFold(p.Email, email)
		}
		if !dup && !d.self[strings.ToLower(email)] {
			out = append(out, Person{Name: name, Email: email})
		}
	}
	return out
}

// staysWords follow the name of one who stays on a panel that changes:
// "joins as planned", "participa como estaba previsto". Section
// [stays_on] of the language files.
var staysWords = newSeqSet(sequenceTable(languages, "stays_on"))

// staysOn returns the names that open a sentence of the new text whose
// verb says they stay ([stays_on]), after a title between commas or not.
func (d *doc) staysOn() []string {
	toks := d.newT.toks
	var out []string
	for i := 1; i < len(toks); i++ {
		for _, w := range staysWords.at(toks, i) {
			if !wordsInSentence(toks, i, w) || d.newT.condTok(i) || d.newT.negatedNear(i, len(w)) {
				continue
			}
			// the name opens the sentence: "Ana Ruiz[, title,] joins ..."
			b := i
			for b > 0 && toks[b-1].sent == toks[i].sent {
				b--
			}
			name, end := nameAt(toks, b)
			if !strings.Contains(name, " ") {
				continue
			}
			if end < i && !(toks[end].s == "," && toks[i-1].s == ",") {
				continue
			}
			out = append(out, name)
		}
	}
	return out
}

// withoutShortNames drops a person known by name only whose name opens the
// longer name of another found ("Rosa María" beside "Rosa María de la
// Cruz"): the same person, named twice.
func withoutShortNames(ps []Person) []Person {
	out := ps[:0:0]
	for i, p := range ps {
		short := false
		ws := strings.Fields(fold(p.Name))
		for k, q := range ps {
			qs := strings.Fields(fold(q.Name))
			if k != i && p.Email == "" && len(ws) > 0 && len(qs) > len(ws) && slices.Equal(qs[:len(ws)], ws) {
				short = true
			}
			// ... or its family names alone, two or more words: "Ramírez
			// Soto" read off a "Ramírez Soto, Pablo" cell beside "Pablo
			// Ramírez Soto"
			if k != i && p.Email == "" && len(ws) > 1 && len(qs) > len(ws) && slices.Equal(qs[len(qs)-len(ws):], ws) {
				short = true
			}
		}
		if !short {
			out = append(out, p)
		}
	}
	return out
}

// replacement is one person standing in for another.
type replacement struct{ in, out string }

// replaceWords join the one who steps in to the one replaced: "will
// replace", "remplace", "sustituye a", "vertritt". Section [replace_words] of
// the language files.
var replaceWords = newSeqSet(sequenceTable(languages, "replace_words"))

// replacements reads the sentences of the new text in which someone
// replaces someone else on the panel: "Update: Sam Whitaker replaces Kim".
// A sentence in a condition or a negation replaces nobody.
func (d *doc) replacements() []replacement {
	ti := d.newT
	toks := ti.toks
	var out []replacement
	for i := 1; i < len(toks); i++ {
		for _, w := range replaceWords.at(toks, i) {
			if !wordsInSentence(toks, i, w) || ti.condTok(i) || ti.negatedNear(i, len(w)) {
				continue
			}
			// the name that ends right before the words, or before a note in
			// parentheses ("Marta Kowalczyk (Senior Engineering Manager)")
			stop := i
			if toks[i-1].s == ")" {
				for stop = i - 1; stop > 0 && toks[stop].s != "("; stop-- {
				}
			}
			// ... or before a relative clause: "Aisling O'Sullivan, who
			// leads our dbt work, will take his slot"
			// ... or an apposition: "Ifeoma Uzor, one of our senior
			// engineers, will cover his slot"
			if toks[i-1].s == "," {
				for k := i - 2; k > 0 && k > i-16 && toks[k].sent == toks[i].sent; k-- {
					// ... its title in capitals after a possessive: "Whitney
					// Carmody-Vance, our SRE manager, will sit in for him"
					if toks[k].s == "," && (relativeWords[toks[k+1].s] || lowerWords(toks[k+1:i-1]) || titleArticles[toks[k+1].s] && !toks[k+1].upper() && k+2 < i-1 || titleWords[toks[k+1].s] && k+2 < i-1) {
						stop = k
						break
					}
				}
			}
			// ... after an address in parentheses: "Jonah Feld
			// (jonah.feld@...), who runs our tooling, will sit in her place"
			if stop < i && stop > 0 && toks[stop-1].s == ")" {
				for stop--; stop > 0 && toks[stop].s != "("; stop-- {
				}
			}
			b := stop - 1
			for b > 0 && isNameWord(toks[b-1]) && (!toks[b].nl || wrappedName(toks, b)) {
				b--
			}
			if b < 0 {
				continue
			}
			in, end := nameAt(toks, b)
			if in == "" || end != stop {
				continue
			}
			j := i + len(w)
			for j+1 < len(toks) && honorifics[toks[j].s] {
				j = afterHonorific(toks, j)
			}
			if gone, _ := nameAt(toks, j); gone != "" {
				out = append(out, replacement{in: in, out: gone})
			} else if gone := ti.otherNameBefore(b, toks[i].sent); gone != "" && replacedPronoun(toks, i, j) {
				// "Marcus has been pulled onto a deadline, so Aisling will
				// take his slot": the one replaced is the one named before
				out = append(out, replacement{in: in, out: gone})
			}
		}
	}
	return out
}

// panelAdds are the words of a reply that keeps the panel of the message
// it quotes and adds to it: "Nothing else changes", "so it'll be the three
// of us". Section [panel_adds] of the language files.
var panelAdds = newSeqSet(sequenceTable(languages, "panel_adds"))

// addsToQuoted reports whether the new text adds its people to the panel
// of the quoted message: the interview's time stands in the quoted text
// only, and the new text says the rest stays ("adding Chidi Okafor to the
// thread. He ... will join for the second half. Nothing else changes.").
func (d *doc) addsToQuoted() bool {
	b, ok := d.bestTime()
	if !ok || b.reg != regQuoted {
		return false
	}
	toks := d.newT.toks
	for i := range toks {
		if _, ok := panelAdds.firstAt(toks, i); ok && !d.newT.condTok(i) {
			return true
		}
	}
	return false
}

// spelledByAddress reports whether a person's address spells their name
// ("rhys.morgan@" for "Rhys Morgan"): a person, whatever the company's
// name was read as.
func spelledByAddress(p Person) bool {
	at := strings.IndexByte(p.Email, '@')
	return at > 0 && localSpells(p.Email[:at], nameWords(p.Name), true)
}

// companyPart reports whether a name is one of the names an ampersand
// joins in the company's name: "Pennant" and "Finch" of "Pennant & Finch",
// read as two people in "your interviews with Pennant & Finch".
func companyPart(name, company string) bool {
	if !strings.Contains(company, "&") {
		return false
	}
	n := fold(name)
	for _, part := range strings.Split(company, "&") {
		if fold(strings.TrimSpace(part)) == n {
			return true
		}
	}
	return false
}

// lowerWords reports whether toks are words in lower case only, two or
// more: an apposition about the person before them.
func lowerWords(toks []token) bool {
	if len(toks) < 2 {
		return false
	}
	for ix := range toks {
		t := &toks[ix]
		if t.kind != tokWord || t.upper() {
			return false
		}
	}
	return true
}

// replacedPronouns stand for the one replaced, named before: "will take
// his slot", "will step in for her". Section [replaced_pronouns] of the
// language files.
var replacedPronouns = wordTable(languages, "replaced_pronouns")

// wordsInSentence reports whether the folded words ws stand at token i in
// one sentence, wrapped or not: "who runs our tooling, will" over "sit in
// her place".
func wordsInSentence(toks []token, i int, ws []string) bool {
	if i+len(ws) > len(toks) {
		return false
	}
	for k, w := range ws {
		if toks[i+k].s != w || toks[i+k].sent != toks[i].sent {
			return false
		}
	}
	return true
}

// replacedPronoun reports whether the replace words from token i to j, or
// the word after them, hold a pronoun that stands for the one replaced.
func replacedPronoun(toks []token, i, j int) bool {
	for k := i; k <= j && k < len(toks); k++ {
		if replacedPronouns[toks[k].s] {
			return true
		}
	}
	return false
}

// otherNameBefore returns the one name that stands in sentence sent
// before token b, "" when none or several do.
func (ti *textInfo) otherNameBefore(b, sent int) string {
	toks := ti.toks
	// the sentence of the replacement, else the one before it: "Rachel
	// Novak can no longer join. Devin Ashworth will step in for her"
	for s := sent; s >= sent-1 && s >= 0; s-- {
		name := ""
		for k := b - 1; k >= 0 && toks[k].sent >= s; k-- {
			if toks[k].sent != s || !isNameWord(toks[k]) || k > 0 && toks[k-1].sent == s && isNameWord(toks[k-1]) {
				continue
			}
			n, _ := nameAt(toks, k)
			// in the sentence before, only a full name: its opening word
			// ("Quick change to Thursday's panel") is none
			if n == "" || s < sent && !strings.Contains(n, " ") {
				continue
			}
			if name != "" {
				return ""
			}
			name = n
		}
		if name != "" {
			return name
		}
	}
	return ""
}

// sameFirstName reports whether two names share their first word ("Daniel"
// and "Daniel Brooks").
func sameFirstName(a, b string) bool {
	fa, fb := strings.Fields(fold(a)), strings.Fields(fold(b))
	return len(fa) > 0 && len(fb) > 0 && fa[0] == fb[0]
}

// peopleFound lists the people the message names as interviewers.
func (d *doc) peopleFound(r *Result) []Person {
	known := d.knownPeople()
	var out []Person
	seen := map[string]bool{}
	selfNames := d.selfNames()
	add := func(p Person) {
		p.Name = d.addressOrder(firstLast(withoutHonorifics(p.Name)), p.Email)
		if IsNoReply(p.Email) {
			p.Email = "" // never thank a mailbox nobody reads
		}
		// "interview with Vireo Labs": the employer is not a person, nor
		// is a sending name such as "Indigo Loom Interviews"
		if orgWordIn(p.Name) || teamName(p.Name) || r.Company != "" && (fold(p.Name) == fold(r.Company) || companyPart(p.Name, r.Company)) && !spelledByAddress(p) {
			return
		}
		key := strings.ToLower(p.Email)
		if key == "" {
			key = strings.ToLower(p.Name)
		}
		if key == "" || seen[key] || d.self[strings.ToLower(p.Email)] || selfNames[fold(p.Name)] {
			return
		}
		seen[key] = true
		seen[strings.ToLower(p.Name)] = true
		out = append(out, p)
	}
	if e := d.ev; e != nil && (len(e.Attendees) > 0) {
		var attendees []message.Attendee
		for _, a := range d.sessionAttendees() {
			if d.self[a.Email] || a.Role == "NON-PARTICIPANT" || a.CUType == "ROOM" || a.CUType == "RESOURCE" || roomLike(a.Name, a.Email) || notAnInterviewer(a) {
				continue
			}
			// an optional attendee the text never names is kept informed
			// ... or that the text names only to leave out ("Omar is
			// added as optional only ...; he is not part of the interview")
			if a.Role == "OPT-PARTICIPANT" && (!d.textNames(a) || d.namedLeftOut(a.Name)) {
				continue
			}
			if strings.EqualFold(a.Email, d.from.Email) && (d.senderAbsent() || d.senderCoordinates(e)) {
				continue
			}
			attendees = append(attendees, a)
		}
		for _, a := range withoutOutsiders(attendees, e.Organizer.Email, d.from.Email) {
			name := a.Name
			if name == "" || strings.Contains(name, "@") {
				name = known.nameFor(a.Email)
			}
			// "Jane Doe (Acme)": the company in parentheses is not part of the name
			if o := strings.Index(name, " ("); o > 0 && strings.HasSuffix(name, ")") {
				name = name[:o]
			}
			add(Person{Name: firstLast(name), Email: a.Email})
		}
		// an organiser left out of the attendee list who writes "I'll run
		// the session with Aisha" interviews too
		// ... or "Ngozi Obi from our analytics team will join me"
		// ... or "Ik ben er zelf ook bij" ([sender_interviews])
		// (a scheduling tool that sends the host's note is no one)
		if len(out) > 0 && !d.senderAbsent() && !d.fromPlatform() && !IsNoReply(d.from.Email) && (d.senderRuns() || d.senderInterviews()) {
			add(Person{Name: firstLast(d.senderName()), Email: d.from.Email})
		}
		// an organiser left out of the attendee list who writes "you'll
		// meet me and Lisa" interviews too, recruiter or not: saying "me"
		// among the people met is taking part
		// ... and so does one the text lists by name among them
		// ("Teilnehmende seitens Alpenquell: Mag. Georg Pichler
		// (Finanzvorstand) und Zsófia Horváth")
		if len(out) > 0 && !d.senderAbsent() {
			sender := fold(firstLast(d.senderName()))
			for _, p := range d.proseInterviewers(d.newT) {
				if p.self && !d.forwardedSelf(p) || sender != "" && strings.Contains(sender, " ") && fold(firstLast(withoutHonorifics(p.name))) == sender {
					add(Person{Name: d.senderName(), Email: d.from.Email})
					break
				}
			}
		}
		// an agenda in the text that names more people than the invite
		// holds ("Priyanka Deshpande · Senior Quant (joining from
		// Singapore)"): those who dial in are not on the room's invite
		if len(out) > 0 {
			for _, p := range d.agendaExtras(known, out) {
				add(p)
			}
		}
		// an invitation whose only other attendee is the organiser who sent
		// it, while the text names a panel: the text knows who interviews
		onlyOrganiser := len(out) == 1 && (strings.EqualFold(out[0].Email, e.Organizer.Email) || strings.EqualFold(out[0].Email, d.from.Email))
		if len(out) > 0 && !(onlyOrganiser && d.textNamesOthers(known, out[0])) {
			return out
		}
		if onlyOrganiser {
			out, seen = nil, map[string]bool{}
		}
	}
	// a calendar program's text without its ICS: "Who:" and one guest a line
	if d.ev == nil {
		for _, g := range guestList(d.newT.text) {
			if d.self[g] || strings.EqualFold(g, d.from.Email) && d.senderAbsent() {
				continue
			}
			name := known.nameFor(g)
			if name == "" {
				local := g[:strings.IndexByte(g, '@')]
				if strings.IndexFunc(local, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
					continue
				}
				name = upperFirst(local)
			}
			add(Person{Name: name, Email: g})
		}
		if len(out) > 0 {
			return out
		}
	}
	adds := false // the new text adds people to the panel of the quoted one
	for _, ti := range d.peopleTexts() {
		ps := d.proseInterviewers(ti)
		if ti == d.quoted && !adds {
			ps = d.referredQuoted(ps, known)
		}
		for _, p := range ps {
			if p.self && ti.reg == regQuoted {
				// "with me" in a forwarded or quoted message is its author
				name, email := quotedAuthor(ti.text, p.at)
				if name == "" && email == "" {
					name, email = d.senderName(), d.from.Email // a reply quoting the sender's own mail
				}
				if d.self[email] || selfNames[fold(name)] {
					continue
				}
				if name == "" && strings.EqualFold(email, d.from.Email) {
					name = d.senderName()
				} else if name == "" {
					name = known.nameFor(email)
				}
				if full, e := known.resolve(name); email == "" && full != "" {
					name, email = full, e
				}
				add(Person{Name: name, Email: email})
				continue
			}
			// "me" under a forwarded message's header in the new text is
			// that message's author ("Begin forwarded message: From:
			// Patrick ..." over "15:45-16:30  me - wrap-up")
			if p.self {
				if name, email := quotedAuthor(ti.text, p.at); email != "" && !strings.EqualFold(email, d.from.Email) && !d.self[strings.ToLower(email)] {
					if name == "" {
						name = known.nameFor(email)
					}
					add(Person{Name: name, Email: email})
					continue
				}
			}
			if p.self {
				// "hosted by me" from a coordinator: they only organise
				if !d.signsAsOrganiser() {
					add(Person{Name: d.senderName(), Email: d.from.Email})
				}
				continue
			}
			full, email := known.resolve(p.name)
			if p.email != "" && !IsNoReply(p.email) && !d.self[p.email] && !sharedMailbox(p.email) {
				full, email = p.name, p.email // the address written beside the name
			}
			if full == "" {
				continue
			}
			add(Person{Name: full, Email: email})
		}
		// a reply that adds to the quoted panel reads the quoted text too
		if len(out) > 0 && ti == d.newT && d.addsToQuoted() {
			adds = true
			continue
		}
		if len(out) > 0 && !adds {
			break
		}
	}
	// "It'll be the two of us ... Mei & Tobias": the two who sign interview
	if len(out) == 0 {
		for _, p := range d.jointSigners(known) {
			add(p)
		}
	}
	// "The two people on copy are the engineers who'll run it"
	for _, p := range d.ccInterviewers() {
		add(p)
	}
	// people copied on the message and named next to the interview time;
	// a headed list of the panel already says who interviews
	if r.Start.IsZero() {
		if d.senderInterviews() {
			d.addPresentSender(out, add)
		}
		return out
	}
	listed, _ := d.panelPeople(d.newT)
	if len(listed) == 0 || len(out) == 0 {
		for _, a := range d.m.Cc {
			if d.self[a.Email] || a.Name == "" || IsNoReply(a.Email) || seen[strings.ToLower(a.Email)] {
				continue
			}
			first := strings.Fields(a.Name)[0]
			if d.namedNearTime(first) && !d.techCheckNamed(first) && !d.organiserNamed(a.Name) {
				add(a)
			}
		}
	}
	if len(listed) == 0 || d.senderInterviews() {
		d.addPresentSender(out, add)
	}
	if len(out) == 0 && (d.senderCalls() || d.senderMeetsYou() || d.senderAlone()) {
		add(Person{Name: d.senderName(), Email: d.from.Email})
	}
	return out
}

// jointSigners returns the two people who sign the sender's words together
// on one line ("Mei & Tobias", "Anna Keller und Mehmet Yılmaz"), one of
// them the sender, when the sender's text says both take part
// ([both_of_us]: "it'll be the two of us", "wir sind beide dabei"): a
// manager writing for herself and a colleague lists nobody, yet both
// interview. The colleague's full name and address come from the
// message's people (a copy, the signature); none is invented.
func (d *doc) jointSigners(known *peopleIndex) []Person {
	if d.from.Email == "" || IsNoReply(d.from.Email) || d.senderAbsent() || d.signsAsOrganiser() || !d.saysAny(bothSet) {
		return nil
	}
	sender := nameWords(d.senderName())
	if len(sender) == 0 {
		return nil
	}
	toks := d.newT.toks[:d.senderEnd()]
	// the last line that holds two names joined by "&" or an and-word, and
	// nothing else
	for i := len(toks) - 1; i >= 0; i-- {
		if i > 0 && toks[i-1].line == toks[i].line {
			continue
		}
		line := toks[i].line
		a, end := nameAt(toks, i)
		if a == "" || end+1 >= len(toks) || toks[end].line != line || !listJoins[toks[end].s] || toks[end+1].line != line {
			continue
		}
		b, end2 := nameAt(toks, end+1)
		if b == "" || end2 < len(toks) && toks[end2].line == line {
			continue
		}
		other := ""
		switch {
		case nameWords(a)[0] == sender[0]:
			other = b
		case nameWords(b)[0] == sender[0]:
			other = a
		default:
			return nil
		}
		full, email := known.resolve(other)
		// "Kwame" is "Kwame Mensah" in the signature, whose address
		// "kwame@" stands apart
		if email == "" && strings.Contains(full, " ") {
			full, email = known.resolve(full)
		}
		if strings.EqualFold(email, d.from.Email) {
			return nil
		}
		return []Person{{Name: d.senderName(), Email: d.from.Email}, {Name: full, Email: email}}
	}
	return nil
}

// bothSet are the words of the sender saying they and one other both take
// part: "the two of us", "wir sind beide". Section [both_of_us] of the
// language files.
var bothSet = newSeqSet(sequenceTable(languages, "both_of_us"))

// agendaExtras returns the people of the new text's headed lists and
// agenda rows (see panelPeople) named in full who are none of the people
// found on the invite (the same name without its honorific, the same
// address), nor a room: a full name, no first name alone ("Priyanka will
// dial in" names one already read).
func (d *doc) agendaExtras(known *peopleIndex, found []Person) []Person {
	listed, _ := d.panelPeople(d.newT)
	var out []Person
	for _, p := range listed {
		if p.self || !strings.Contains(p.name, " ") {
			continue
		}
		full, email := known.resolve(p.name)
		// "Sala Brera": a room the agenda names is no person
		if roomLike(full, email) {
			continue
		}
		dup := false
		for _, f := range found {
			dup = dup || bareName(f.Name) == bareName(p.name) || email != "" && strings.EqualFold(f.Email, email)
		}
		if !dup {
			out = append(out, Person{Name: full, Email: email})
		}
	}
	return out
}

// bareName is a name's folded words without the honorifics before them:
// "Dr. Matthias Brenner" and "Matthias Brenner" are one person.
func bareName(name string) string {
	ws := nameWords(name)
	for len(ws) > 2 && honorifics[ws[0]] {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// forwardedSelf reports whether the "me" at p stands under the header of a
// message forwarded in the new text and written by someone else: the
// forwarded note's author, not the sender ("see below from the client" over
// Lisa's "Jordan will meet with me and Jon Ito").
func (d *doc) forwardedSelf(p person) bool {
	_, email := quotedAuthor(d.newT.text, p.at)
	return email != "" && !strings.EqualFold(email, d.from.Email)
}

// senderEnd returns the token of the new text where the sender's own words
// end: the header of a message forwarded in it and written by someone else
// ("From: Lisa Park <lisa.park@...>"), or the text's end. What the
// forwarded note says of "me" is its author's.
func (d *doc) senderEnd() int {
	if d.senderEndDone {
		return d.senderEndTok
	}
	d.senderEndDone, d.senderEndTok = true, len(d.newT.toks)
	text := d.newT.text
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		// a header names its author's address on its own line
		if !strings.Contains(text[off:end], "@") {
			off = end + 1
			continue
		}
		if _, email := quotedAuthor(text, end); email != "" && !strings.EqualFold(email, d.from.Email) {
			for i := range d.newT.toks {
				t := &d.newT.toks[i]
				if t.start >= off {
					d.senderEndTok = i
					break
				}
			}
			return d.senderEndTok
		}
		off = end + 1
	}
	return d.senderEndTok
}

// addPresentSender adds the sender to the people found when they say they
// take part beside them ("ci vediamo giovedì ... Parteciperà anche Stefano
// Conti", "Ik ben er zelf ook bij"). Under a headed list of the panel, or
// without the interview's time, only the sender's saying they interview
// or join others counts (see senderInterviews): "Tot dan!" is a greeting.
func (d *doc) addPresentSender(out []Person, add func(Person)) {
	if len(out) > 0 && d.from.Email != "" && !d.senderAbsent() && !IsNoReply(d.from.Email) && d.senderPresent() {
		add(Person{Name: d.senderName(), Email: d.from.Email})
	}
}

// textNames reports whether the new text or the calendar's description
// names an attendee: their address, full name or first name.
func (d *doc) textNames(a message.Attendee) bool {
	name := firstLast(vialess(a.Name))
	for _, t := range []string{d.newT.text, d.cal.text} {
		if a.Email != "" && strings.Contains(strings.ToLower(t), strings.ToLower(a.Email)) || name != "" && !strings.Contains(name, "@") && namesPerson(t, name) {
			return true
		}
	}
	return false
}

// pronouns open a sentence that goes on about the person just named. Section [pronouns] of the language files.
var pronouns = wordTable(languages, "pronouns")

// namedLeftOut reports whether the new text names a person (their first
// name) in sentences that leave them out of the interview: one about
// organising, one that denies, or a denial right after it that opens with
// a pronoun or the name ("Omar ... is added as optional only; he is not
// part of the interview").
func (d *doc) namedLeftOut(name string) bool {
	ws := strings.Fields(fold(firstLast(vialess(name))))
	if len(ws) == 0 {
		return false
	}
	ti := d.newT
	found := false
	for i := range ti.toks {
		t := &ti.toks[i]
		if t.s != ws[0] || !t.upper() {
			continue
		}
		found = true
		out := ti.sentDenied(t.sent) || d.organiserNamed(name)
		for k := i + 1; k < len(ti.toks) && !out; k++ {
			if ti.toks[k].sent == t.sent {
				continue
			}
			// ... or opens with their first name again ("Jess Alvarez will
			// also join as a shadow. Jess won't ask questions")
			out = ti.toks[k].sent == t.sent+1 && (pronouns[ti.toks[k].s] || ti.toks[k].s == ws[0]) && ti.sentDenied(ti.toks[k].sent)
			break
		}
		if !out {
			return false
		}
	}
	return found
}

// sessionAttendees returns the attendees of the message's event and of
// the other events of its calendar sent with it for the same day: an
// interview loop sent as one .ics of several sessions ("Each session has
// its own calendar invite") has one interviewer a session.
func (d *doc) sessionAttendees() []message.Attendee {
	e := d.ev
	out := append([]message.Attendee(nil), e.Attendees...)
	seen := map[string]bool{}
	for _, a := range out {
		seen[strings.ToLower(a.Email)] = true
	}
	for i := range d.m.Events {
		o := &d.m.Events[i]
		if o == e || o.Nested || o.Method != e.Method || o.UID == e.UID || !sameDay(o.Start, e.Start) {
			continue
		}
		for _, a := range o.Attendees {
			if k := strings.ToLower(a.Email); k != "" && !seen[k] {
				seen[k] = true
				out = append(out, a)
			}
		}
	}
	return out
}

// attribution reports whether a line ends as a reply's attribution does
// ([wrote_words]: "On Mon, ... Jordan Lee <j@...> wrote:", "... a écrit :").
func attribution(l string) bool {
	f := strings.TrimRight(fold(l), " :")
	for _, w := range wroteWords {
		if strings.HasSuffix(f, strings.TrimRight(w, " :")) {
			return true
		}
	}
	return false
}

// quotedTo returns the addresses on the To line of the quoted or forwarded
// header block above byte offset pos ("To: Sam Whitaker <sam@...>"), nil
// when the block has none.
func quotedTo(text string, pos int) []string {
	if pos > len(text) {
		pos = len(text)
	}
	lines := strings.Split(text[:pos], "\n")
	var to []string
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(strings.TrimLeft(lines[i], "> "))
		if foldedHasPrefixAny(l, quoteToLabels) {
			to = append(to, emailsIn(l)...)
		}
		if foldedHasPrefixAny(l, quoteFromLabels) {
			return to
		}
	}
	return nil
}

// quotedAuthor returns the author of the quoted or forwarded message that
// holds byte offset pos: the nearest "From:" header line above it
// ("From: Lisa Park <lisa.park@...>", "De : ...", "Von: ...").
func quotedAuthor(text string, pos int) (string, string) {
	if pos > len(text) {
		pos = len(text)
	}
	lines := strings.Split(text[:pos], "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(strings.TrimLeft(lines[i], "> "))
		rest := ""
		if foldedHasPrefixAny(l, quoteFromLabels) {
			rest = strings.TrimSpace(l[strings.IndexByte(l, ':')+1:])
		}
		// "On Mon, Oct 12, 2026 at 9:14 AM Jordan Lee <jordan.lee@...> wrote:"
		if rest == "" && attribution(l) {
			if as := emailsIn(l); len(as) > 0 {
				return "", as[0]
			}
			return "", ""
		}
		if rest == "" {
			continue
		}
		email := ""
		if as := emailsIn(rest); len(as) > 0 {
			email = as[0]
		}
		name := rest
		if k := strings.IndexAny(name, "<["); k >= 0 {
			name = name[:k]
		}
		name = strings.TrimSpace(strings.Trim(strings.TrimSpace(name), `"'`))
		if strings.Contains(name, "@") {
			name = ""
		}
		return name, email
	}
	return "", ""
}

// guestHeads label the guest list of a calendar program's invitation text:
// the [guest_heading] sections of the language files, whole lines.
var guestHeads = func() []string {
	var out []string
	for _, s := range sequenceTable(languages, "guest_heading") {
		out = append(out, strings.Join(s, " "))
	}
	return out
}()

// guestList returns the addresses listed one a line under a "Who:" heading
// (Google Calendar's text part), in order.
func guestList(text string) []string {
	var out []string
	in := false
	for _, l := range strings.Split(text, "\n") {
		if !in {
			// the heading, folded on the stack
			var buf [128]byte
			t := appendFold(buf[:0], strings.TrimSpace(l))
			for _, h := range guestHeads {
				if string(t) == h {
					in = true
				}
			}
			continue
		}
		t := fold(strings.TrimSpace(l))
		if t == "" {
			break
		}
		as := emailsIn(t)
		if len(as) != 1 {
			break
		}
		out = append(out, as[0])
	}
	return out
}

// peopleTexts returns the texts to read names from: new text, the calendar
// description, then the quoted thread.
func (d *doc) peopleTexts() []*textInfo {
	return []*textInfo{d.newT, d.subject, d.cal, d.quoted}
}

// roomLike reports whether an attendee is a room or resource by a word of
// its name or address ([room_words]: "Boardroom 4", "Salle Rivoli",
// "rm-3@resource.calendar.example").
func roomLike(name, email string) bool {
	for _, w := range strings.FieldsFunc(fold(name+" "+email), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if roomWords[w] {
			return true
		}
	}
	return false
}

// absentWords say the sender will not be there. Section [sender_absent] of
// the language files.
var absentWords = textTable(languages, "sender_absent")

// senderAbsent reports whether the sender says they will not be there,
// or that they only bring the candidate in and leave ([sender_leaves]:
// "I'll walk you to the room and head out").
func (d *doc) senderAbsent() bool {
	f := d.newT.foldedText()
	for _, p := range absentWords {
		for at := 0; ; {
			i := strings.Index(f[at:], p)
			if i < 0 {
				break
			}
			i += at
			at = i + len(p)
			// "She won't be on the call": someone else stays away
			if ws := strings.Fields(f[:i]); len(ws) == 0 || !pronouns[ws[len(ws)-1]] {
				return true
			}
		}
	}
	return d.says(leavesSet, false)
}

// leavesSet are the words of the sender who brings the candidate in and
// leaves: "and head out", "and leave you with". Section [sender_leaves]
// of the language files.
var leavesSet = newSeqSet(sequenceTable(languages, "sender_leaves"))

// senderRuns reports whether the sender says they will run the interview
// ("I'll run the session together with Aisha", "I will be interviewing you").
func (d *doc) senderRuns() bool { return d.newT.has(famSenderRuns) }

// senderCalls reports whether the sender says they will call or meet the
// candidate themselves.
func (d *doc) senderCalls() bool {
	ws := d.newT.ws
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].s == "i" && (ws[i+1].s == "will" || ws[i+1].s == "shall") && (ws[i+2].s == "call" || ws[i+2].s == "ring" || ws[i+2].s == "phone") {
			if i+3 < len(ws) && (ws[i+3].s == "you" || ws[i+3].s == "your") {
				// "I'll call you afterwards" after a panel is not the interview
				if i+4 < len(ws) && (ws[i+4].s == "afterwards" || ws[i+4].s == "after") {
					continue
				}
				return true
			}
		}
		// "ci vediamo giovedì", "dann sehen wir uns am Montag": the sender will be there
		if ws[i].s == "ci" && ws[i+1].s == "vediamo" || ws[i].s == "sehen" && ws[i+1].s == "wir" && ws[i+2].s == "uns" ||
			ws[i].s == "wir" && ws[i+1].s == "sehen" && ws[i+2].s == "uns" || ws[i].s == "nos" && ws[i+1].s == "vemos" {
			return true
		}
		// "I've sent you an invite for our chat": the sender takes part
		if ws[i].s == "our" && (ws[i+1].s == "chat" || ws[i+1].s == "call" || ws[i+1].s == "conversation") {
			return true
		}
		// "I'll give you a call", "I will give you a ring"
		if ws[i].s == "i" && ws[i+1].s == "will" && ws[i+2].s == "give" && i+5 < len(ws) && ws[i+3].s == "you" && (ws[i+5].s == "call" || ws[i+5].s == "ring") {
			return true
		}
		// "te llamaré", "la llamaré", "ti chiamerò", "ik bel je", "ich rufe Sie an"
		if (ws[i].s == "te" || ws[i].s == "le" || ws[i].s == "ti") && (ws[i+1].s == "llamare" || ws[i+1].s == "chiamero") ||
			ws[i].s == "ik" && ws[i+1].s == "bel" || ws[i].s == "ich" && ws[i+1].s == "rufe" {
			return true
		}
		if ws[i].s == "je" && (ws[i+1].s == "vous" || ws[i+1].s == "t'appellerai") {
			if strings.HasPrefix(ws[i+2].s, "appel") {
				return true
			}
		}
	}
	return false
}

// vialess drops what a sending service appends to a person's display name:
// "Felix Braun (via Google Calendar)", "Marta Kowalski via Lever".
func vialess(name string) string {
	if !strings.ContainsAny(name, "vV") {
		return name // no "via" in any case, not lower-cased
	}
	for _, sep := range []string{" (via ", " via "} {
		if i := strings.Index(strings.ToLower(name), sep); i > 0 {
			return strings.TrimSpace(name[:i])
		}
	}
	return name
}

// firstLast turns the "Doe, Jane" that Exchange writes into "Jane Doe".
func firstLast(name string) string {
	last, first, ok := strings.Cut(name, ", ")
	if !ok || strings.Contains(first, ",") || len(strings.Fields(last)) != 1 || !capitalised(first) || !capitalised(last) {
		return name
	}
	// "Wit, Jeroen de": the particles follow the first name in the sorted form
	fs := strings.Fields(first)
	for _, p := range fs[1:] {
		if !nameParticles[p] {
			return name
		}
	}
	return first + " " + last
}

// addressOrder turns a display name written family name first ("Besson
// Anne-Laure", "VERMEULEN Els", as company directories list people) into
// the order the message itself writes the name in, when the address spells
// it given name first ("a.besson@", "els.vermeulen@"). A name whose own
// order puts the family first ("Chen Yu-ting") is kept as the text has it.
func (d *doc) addressOrder(name, email string) string {
	ws := strings.Fields(name)
	local, _, ok := strings.Cut(strings.ToLower(email), "@")
	if len(ws) != 2 || !ok {
		return name
	}
	parts := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' })
	if len(parts) != 2 || parts[1] != fold(ws[0]) {
		return name
	}
	given := fold(ws[1])
	initials := ""
	for _, g := range strings.Split(given, "-") {
		if g != "" {
			initials += g[:1]
		}
	}
	if given == "" || parts[0] != given && parts[0] != given[:1] && parts[0] != initials && parts[0] != strings.ReplaceAll(given, "-", "") {
		return name
	}
	family := ws[0]
	if strings.ToUpper(family) == family {
		family = upperFirst(strings.ToLower(family))
	}
	turned := ws[1] + " " + family
	if f := fold(turned); !strings.Contains(fold(d.newT.text), f) && !strings.Contains(fold(d.quoted.text), f) {
		return name
	}
	return turned
}

// senderName is the sender's display name, or a name spelled by the address.
func (d *doc) senderName() string {
	if n := vialess(strings.TrimSpace(d.from.Name)); n != "" && !strings.Contains(n, "@") {
		return withoutLeadingHonorifics(firstLast(n))
	}
	return (&peopleIndex{}).nameFor(d.from.Email)
}

// namedNearTime reports whether a first name appears in the sentence that
// states the interview, or next to "(cc'd)".
func (d *doc) namedNearTime(first string) bool {
	f := fold(first)
	ti := d.newT
	for i := range ti.toks {
		t := &ti.toks[i]
		if t.s != f {
			continue
		}
		sent := t.sent
		for _, h := range ti.hits {
			if (h.fam == famInterview || h.fam == famConfirm) && ti.ws[h.from].sent == sent {
				return true
			}
		}
		for k := i + 1; k < len(ti.toks) && k < i+6; k++ {
			if ccMarkAt(ti.toks, k) {
				return true
			}
		}
	}
	return false
}

// pastWhenAt reports whether a past time of [past_when] ("last week",
// "yesterday") opens at token j or the one after, in sentence sent.
func pastWhenAt(toks []token, j, sent int) bool {
	for k := j; k < len(toks) && k <= j+1 && toks[k].sent == sent; k++ {
		if _, ok := pastWhenSet.firstAt(toks, k); ok {
			return true
		}
	}
	return false
}

// pastWhenSet are the words of a time already past: "last week",
// "yesterday", "la semaine dernière". Section [past_when] of the language
// files.
var pastWhenSet = newSeqSet(sequenceTable(languages, "past_when"))

// proseInterviewers reads names after triggers such as "you'll meet",
// "Interviewers:", "with", and names at the end of agenda lines. The result
// is computed once per text and shared: callers must not modify it.
func (d *doc) proseInterviewers(ti *textInfo) []person {
	if !ti.proseDone {
		ti.prose, ti.proseDone = slices.Clip(d.readProseInterviewers(ti)), true
	}
	return ti.prose
}

// readProseInterviewers is proseInterviewers without the memo.
func (d *doc) readProseInterviewers(ti *textInfo) []person {
	toks := ti.toks
	// headed lists first; their headings are not read again as prose
	out, heads := d.panelPeople(ti)
	selfs := d.selfNames()
	for i := 0; i < len(toks); i++ {
		var trig []string
		if n := triggerAt(toks, i); n > 0 {
			trig = peopleTriggers[n-1]
		} else if t := ti.labelTriggerAt(i); t != nil {
			trig = t
		} else if selfs[toks[i].s] && toks[i].upper() {
			// the candidate by name: "Jordan will meet Aroha Ngata"
			trig = candidateTrigger(toks, i)
		}
		// a heading the panel reader took is not read again, unless its
		// names follow it on its line ("Interviewer(s): Jansen, Pieter
		// (Product Owner); El Amrani, Yasmina (Scrum Master)")
		if trig == nil || heads[toks[i].line] && !inlineLabel(toks, i, trig) {
			continue
		}
		strong := len(trig) > 1 || !genericTrigger[toks[i].s]
		j := i + len(trig)
		// generic "with" only next to interview words; never in a condition
		// ("if it goes well, the next step is a session with Marco")
		if !strong && !d.nearInterview(ti, i) || ti.condTok(i) {
			continue
		}
		// "as discussed with Mia": a past conversation, not the interview
		if !strong && i > 0 && pastTalk[toks[i-1].s] {
			continue
		}
		// "Thank you for speaking with me on Wednesday": a sentence that
		// thanks for a talk speaks of one already held
		if thanksBefore(toks, i) {
			continue
		}
		// "meet.google.com", "acme.com": a word glued to the one before is
		// part of an address, not the Portuguese "com" (with)
		if i > 0 && toks[i-1].start+len(toks[i-1].raw) == toks[i].start {
			continue
		}
		j = skipPunct(toks, j, ":", "|")
		got, end := readNameListEnd(toks, j, toks[i].sent)
		// "the chat with Paula last week": a past time after the names
		// speaks of a talk already held ([past_when])
		if pastWhenAt(toks, end, toks[i].sent) {
			continue
		}
		for k := range got {
			got[k].at = toks[i].start
		}
		out = append(out, got...)
		if len(got) > 0 {
			i = j
		}
	}
	out = append(out, ti.inlineHeadings(heads)...)
	out = append(out, ti.namesBeforeSender(heads)...)
	// agenda lines: "1:00 – 1:45 PM  System design – Ravi Shah, Engineering Manager"
	for i := 0; i < len(toks); i++ {
		if !toks[i].nl {
			continue
		}
		if _, ok := clockAt(toks, i); !ok || heads[toks[i].line] {
			continue
		}
		line := toks[i].line
		for k := i + 1; k < len(toks) && toks[k].line == line; k++ {
			// "11:00 - 11:45 AM PDT  Systems design with Grace Okoro"
			if agendaWith[toks[k].s] && k > i+2 {
				// "Welcome - hosted by Maya Chen (Recruiting Coordinator)"
				var row []string
				for r := i; r < len(toks) && toks[r].line == line; r++ {
					row = append(row, toks[r].s)
				}
				if titleLeavesOut(strings.Join(row, " ")) {
					break
				}
				found := false
				for _, p := range readNameList(toks, k+1, toks[k].sent) {
					if !p.self && strings.Contains(p.name, " ") {
						out, found = append(out, p), true
					}
				}
				if found {
					break
				}
			}
			// a table row: "1:00 PM - 1:45 PM ET | Coding | Ahmed Farouk"
			if toks[k].s == "|" && k > i+2 {
				if name, end := nameAt(toks, k+1); name != "" && strings.Contains(name, " ") && (end >= len(toks) || toks[end].line != line) {
					out = append(out, person{name: name})
					break
				}
			}
			if toks[k].s == "-" && k > i+4 && k+1 < len(toks) && toks[k+1].line == line {
				if name, end := nameAt(toks, k+1); name != "" && strings.Contains(name, " ") {
					if end >= len(toks) || toks[end].line != line || toks[end].s == "," || toks[end].s == "(" || toks[end].s == "-" {
						out = append(out, person{name: name})
					}
				}
			}
		}
	}
	return out
}

// labelTriggerAt returns, at token i opening its line, the words of a
// trigger written with a colon ("staff :") that stand there as a field's
// label in a cell of their own, the value after a gap of spaces or a bar
// as an HTML table's row reads ("Staff | Eleanor Pryce, Rhys Morgan"); nil
// when none does.
func (ti *textInfo) labelTriggerAt(i int) []string {
	toks := ti.toks
	if !toks[i].nl || !triggerKeys.may(toks[i].s) {
		return nil
	}
	for _, n := range triggerIndex[toks[i].s] {
		trig := peopleTriggers[n]
		if len(trig) < 2 || trig[len(trig)-1] != ":" {
			continue
		}
		words := trig[:len(trig)-1]
		end := i + len(words)
		if end < len(toks) && wordsAt(toks, i, words) && toks[end].line == toks[i].line && (ti.spacedGap(end) || toks[end].s == "|") {
			return words
		}
	}
	return nil
}

// candidateTrigger returns the trigger that follows the candidate's name
// at token i as it would follow "you" ("Jordan will meet", as "you will
// meet"), with the name in place of "you", or nil: the longest one.
func candidateTrigger(toks []token, i int) []string {
	var best []string
	for _, trig := range peopleTriggers {
		if len(trig) < 3 || trig[0] != "you" || len(trig) <= len(best) {
			continue
		}
		ok := true
		for k := 1; k < len(trig); k++ {
			if i+k >= len(toks) || toks[i+k].s != trig[k] || toks[i+k].nl {
				ok = false
				break
			}
		}
		if ok {
			best = append([]string{toks[i].s}, trig[1:]...)
		}
	}
	return best
}

// nearInterview reports whether token i sits in a sentence about the interview.
func (d *doc) nearInterview(ti *textInfo, i int) bool {
	sent := ti.toks[i].sent
	// "It's 45 minutes with Sam": a duration speaks of the meeting itself
	for k := i - 1; k > 0 && ti.toks[k].sent == sent; k-- {
		if ti.toks[k-1].kind == tokNum && durationWords[ti.toks[k].s] {
			return true
		}
	}
	for _, h := range ti.hits {
		if (h.fam == famInterview || h.fam == famCall || h.fam == famConfirm) && ti.ws[h.from].sent == sent {
			return true
		}
	}
	// "with" opening the line under a session and its time: "Round 1 - Data
	// modelling (13:00-14:00)" over "with Małgorzata Wiśniewska"
	return ti.toks[i].nl && ti.timeOnLineBefore(i)
}

// timeOnLineBefore reports whether the line right before token i holds a
// time of day and ends with it (or its closing parenthesis, its am or pm):
// a session's row, not prose wrapped before "with" ("... 11:00 am Pacific.
// I'll run it" over "with Lena Park").
func (ti *textInfo) timeOnLineBefore(i int) bool {
	if i == 0 {
		return false
	}
	line := ti.toks[i].line - 1
	if last := ti.toks[i-1]; last.line != line || !(last.kind == tokNum || last.s == ")" || last.s == "am" || last.s == "pm") {
		return false
	}
	for k := i - 1; k >= 0 && ti.toks[k].line >= line; k-- {
		if ti.toks[k].line != line || ti.toks[k].kind != tokNum {
			continue
		}
		if _, ok := clockAt(ti.toks, k); ok {
			return true
		}
	}
	return false
}

func triggerAt(toks []token, i int) int {
	if !triggerKeys.may(toks[i].s) {
		return 0
	}
	// the longest trigger that matches: "met wie :" over "met"
	best := 0
	for _, n := range triggerIndex[toks[i].s] {
		trig := peopleTriggers[n]
		ok := true
		for k, w := range trig {
			if i+k >= len(toks) || toks[i+k].s != w {
				ok = false
				break
			}
		}
		if ok && (best == 0 || len(trig) > len(peopleTriggers[best-1])) {
			best = n + 1
		}
	}
	return best
}

func skipPunct(toks []token, j int, ps ...string) int {
	for j < len(toks) {
		hit := false
		for _, p := range ps {
			if toks[j].s == p {
				hit = true
			}
		}
		if !hit {
			return j
		}
		j++
	}
	return j
}

// countedGroupEnd returns the token after a counted group of people and
// its colon ("two engineers from my team:", "due colleghi del mio team:"),
// whose names follow, or j when none opens at token j: a number of
// [people_count], then up to seven words of its sentence ("dos personas
// de mi" over "equipo:").
func countedGroupEnd(toks []token, j int) int {
	if j >= len(toks) || toks[j].kind != tokWord || toks[j].upper() {
		return j
	}
	if _, ok := countWords[toks[j].s]; !ok {
		return j
	}
	for k := j + 1; k < len(toks) && k <= j+8 && toks[k].sent == toks[j].sent; k++ {
		if toks[k].s == ":" {
			if k == j+1 || k+1 >= len(toks) || toks[k+1].sent != toks[j].sent {
				return j
			}
			return k + 1
		}
		if toks[k].kind != tokWord {
			return j
		}
	}
	return j
}

// capsNameAt reads a name written all in capitals at token j, as an
// applicant-tracking system prints a list item ("PATRICK DOYLE", "ÉLODIE
// MARCHAND (LEAD)"): two to four words of two letters or more on one line,
// none a title, a month, a zone or an organisation's word, that end the
// line or stand before a parenthesis, a comma or a dash. Read only where a
// list of people is expected: a run of capitals anywhere else is a heading.
// It returns "" and j when none stands there.
func capsNameAt(toks []token, j int) (string, int) {
	var parts []string
	k := j
	for k < len(toks) && len(parts) < 5 && (k == j || !toks[k].nl) && toks[k].kind == tokWord && inCapitals(toks[k].raw) {
		t := toks[k]
		if utf8.RuneCountInString(t.raw) < 2 || titleWords[t.s] || nameStop[t.s] || nonNameCaps(t.raw) {
			return "", j
		}
		parts = append(parts, t.raw)
		k++
	}
	if len(parts) < 2 || len(parts) > 4 {
		return "", j
	}
	if k < len(toks) && !toks[k].nl && toks[k].s != "(" && toks[k].s != "," && toks[k].s != "-" {
		return "", j
	}
	name := strings.Join(parts, " ")
	if orgWordIn(name) || teamName(name) {
		return "", j
	}
	return name, k
}

// capsLineAhead reports whether the line at token j holds a name in
// capitals (see capsNameAt) and nothing after it but a note in parentheses.
func capsLineAhead(toks []token, j int) bool {
	name, end := capsNameAt(toks, j)
	return name != "" && (end >= len(toks) || toks[end].nl || toks[end].s == "(")
}

// teamAfter returns the token after a [from_words] word and the one to
// three capitalised words of a team or company after it on its line ("from
// Data", "from Site Reliability"), or j when none stands at token j.
func teamAfter(toks []token, j int) int {
	if j+1 >= len(toks) || !fromWords[toks[j].s] || toks[j].kind != tokWord {
		return j
	}
	k := j + 1
	for k < len(toks) && k < j+4 && toks[k].kind == tokWord && toks[k].upper() && toks[k].line == toks[j].line {
		k++
	}
	if k == j+1 {
		return j
	}
	return k
}

// teamBetweenCommas returns the comma that closes a note of the person's
// team or side opened by a comma and a [from_words] word ("Sam, de
// l'équipe Data, qui ...", "Ana, from our platform team, and ..."): up to
// six words of its sentence; j when none opens at token j.
func teamBetweenCommas(toks []token, j int) int {
	if j+2 >= len(toks) || toks[j].s != "," || !fromWords[toks[j+1].s] {
		return j
	}
	for k := j + 2; k < len(toks) && k <= j+8 && toks[k].sent == toks[j].sent; k++ {
		if toks[k].s == "," {
			return k
		}
		if toks[k].kind != tokWord {
			return j
		}
	}
	return j
}

// noteEnd returns the token after the note in parentheses that opens at
// token j, within its sentence and twenty tokens, or j when it does not
// close there.
func noteEnd(toks []token, j int) int {
	for k := j + 1; k < len(toks) && k < j+20 && toks[k].sent == toks[j].sent; k++ {
		if toks[k].s == ")" {
			return k + 1
		}
	}
	return j
}

// readNameList reads "Priya Raman (Head of Data) and Tom Wu", "Fiona and
// Dev", "me and Tom", a bulleted list, or "Name – Title" lines.
func readNameList(toks []token, j, sent int) []person {
	out, _ := readNameListEnd(toks, j, sent)
	return out
}

// readNameListEnd is readNameList that also returns the index of the token
// where the list stopped.
// lowerTitleDot reports whether token j is a title in lower case with its
// dot, before a name: "ir. Pieter", "drs. Marloes".
func lowerTitleDot(toks []token, j int) bool {
	return !toks[j].upper() && j+2 < len(toks) && toks[j+1].s == "." && isNameWord(toks[j+2])
}

func readNameListEnd(toks []token, j, sent int) ([]person, int) {
	var out []person
	for j < len(toks) && len(out) < 12 {
		// bullets and separators
		for j < len(toks) && (toks[j].s == "-" || toks[j].s == "|" || toks[j].s == ":" || toks[j].s == "*") {
			j++
		}
		// "me and two engineers from my team: Ravi and Chloe": a counted
		// group before a colon gives the names after it
		j = countedGroupEnd(toks, j)
		// a numbered label: "Interviewer 1: Çağla Yıldız"
		if len(out) == 0 && j+1 < len(toks) && toks[j].kind == tokNum && len(toks[j].s) <= 2 && toks[j+1].s == ":" {
			j += 2
		}
		if j >= len(toks) {
			break
		}
		// "our CTO, Maria Gonzalez", "my colleague Sam Lee"
		// ... but no team: "con el equipo de Tecnología" names a department
		if k := j; titleArticles[toks[k].s] {
			k++
			n, titled := 0, false
			for k < len(toks) && toks[k].kind == tokWord && (titleWords[toks[k].s] || toks[k].s == "colleague" || toks[k].s == "of" || !toks[k].upper() || toks[k-1].s == "of") && n < 5 {
				titled = titled || titleWords[toks[k].s] || toks[k].s == "colleague" || compoundTitle(toks[k].s)
				k++
				n++
			}
			if k < len(toks) && toks[k].s == "," {
				k++
			}
			// ... a capital after "of" ("del Servicio") goes on with the title
			ofLink := k > 0 && (toks[k-1].s == "of" || nameParticles[toks[k-1].s])
			if n > 0 && titled && k < len(toks) && isNameWord(toks[k]) && !ofLink {
				j = k
			} else if j+1 < len(toks) && titleWords[toks[j+1].s] {
				// a longer title, then the name after its comma: "la jefa del
				// Servicio de Medicina Física y Rehabilitación, Carolina
				// Fuentealba Muñoz"
				for c := j + 2; c+1 < len(toks) && c <= j+16 && toks[c].sent == toks[j].sent; c++ {
					if toks[c].s == "," && isNameWord(toks[c+1]) {
						j = c + 1
						break
					}
				}
			}
		}
		// a title before the name: "Senior Engineer Jane Doe"
		for k := j; k < len(toks) && k < j+4 && toks[k].kind == tokWord && titleWords[toks[k].s] && toks[k].upper(); k++ {
			if k+1 < len(toks) && isNameWord(toks[k+1]) {
				j = k + 1
				break
			}
		}
		// "still with Sam", "ist weiterhin Herr Wagner", "com o Rui", "con l'Ing. Ferri"
		for k := 0; k < 2 && j+1 < len(toks) && (listAdverbs[toks[j].s] || nameArticles[toks[j].s] && (isNameWord(toks[j+1]) || honorifics[toks[j+1].s])); k++ {
			j++
		}
		// honorifics: "Herrn Jonas Weber", "Dr. Ana Ruiz", "Mme Claire Roy",
		// after an article in lower case: "la dott.ssa Giulia Bianchi"
		// ... or Dutch academic titles, written in lower case with their dot:
		// "ir. Pieter van den Berg", "drs. Marloes Jansen"
		// ... or written out in lower case before a name or another
		// honorific: "u spreekt met mevrouw drs. Eva de Vries"
		for j+1 < len(toks) && (honorifics[toks[j].s] || honorifics[elided(toks[j].s)]) && (toks[j].upper() == (elided(toks[j].s) == "") || j > 0 && nameArticles[toks[j-1].s] || lowerTitleDot(toks, j) ||
			len(toks[j].s) >= 4 && (isNameWord(toks[j+1]) || honorifics[toks[j+1].s])) && !letterInitial(toks, j) {
			j = afterHonorific(toks, j)
		}
		if j >= len(toks) {
			break
		}
		if selfWords[toks[j].s] {
			out = append(out, person{self: true})
			j++
			// "yo mismo", "ich selbst", "moi-même", "myself"
			if j < len(toks) && selfEmphasis[toks[j].s] {
				j++
			}
		} else {
			name, end := nameAt(toks, j)
			// "Okonkwo, Chidinma; Bergström, Anders": a directory's family
			// name first, the items parted by semicolons
			if given, e := familyFirstAt(toks, j); given != "" {
				name, end = given, e
			}
			// "PATRICK DOYLE" / "DEVIKA NAIR": a list in capitals
			if name == "" {
				name, end = capsNameAt(toks, j)
			}
			if name == "" {
				break
			}
			out = append(out, person{name: name})
			j = end
		}
		// a link or address in angle brackets after the name: "Pieter van der
		// Linden <https://www.linkedin.example/in/...>, our Engineering Manager"
		if j < len(toks) && toks[j].s == "<" {
			k := j + 1
			for k < len(toks) && k < j+40 && toks[k].s != ">" {
				k++
			}
			if k < len(toks) && toks[k].s == ">" {
				j = k + 1
			}
		}
		// title: "(Head of Data)", ", Engineering Manager", " – Senior Engineer"
		// "Aoife Brennan (aoife.brennan@...), our Lead Engineer, and ...":
		// an address or a title in parentheses, then a title after a comma
		// ... the full name of one called by a short name: "Faiz (Muhammad
		// Faiz bin Rosli, our CTO)"
		if j+1 < len(toks) && toks[j].s == "(" && len(out) > 0 && !out[len(out)-1].self {
			last := &out[len(out)-1]
			if full, _ := nameAt(toks, j+1); !strings.Contains(last.name, " ") && strings.Contains(full, " ") && slices.Contains(strings.Fields(fold(full)), fold(last.name)) {
				last.name = full
			}
		}
		if j < len(toks) && toks[j].s == "(" {
			for j < len(toks) && toks[j].s != ")" {
				j++
			}
			j++
		}
		if j+1 < len(toks) && (toks[j].s == "," || toks[j].s == "-") && !toks[j+1].nl && titleAhead(toks, j+1) {
			line, sent := toks[j].line, toks[j].sent
			j++
			// a title never runs past its sentence ("..., our Head of Research. The interview will be ...")
			for j < len(toks) && (toks[j].sent == sent || wrappedTitle(toks, j)) && (toks[j].line == line || toks[j].kind == tokWord && !toks[j].upper() || toks[j].nl && titleWords[toks[j].s] || toks[j-1].s == "of" || toks[j-1].s == "&" || titleArticles[toks[j-1].s] || titleWords[toks[j-1].s] && titleWords[toks[j].s]) && toks[j].s != ")" && (!listJoins[toks[j].s] || gluedAmp(toks, j)) {
				// a title wrapped onto the next line goes on to the end of
				// it: "our VP of" over "Engineering (copied), and Desmond",
				// "our Engineering Manager" over "for Search, and Femke"
				if toks[j].line != line && toks[j].nl {
					line, sent = toks[j].line, toks[j].sent
				}
				// a title ends at the next name on the same line ("Manager Ewan Tremblay")
				if !toks[j].nl && isNameWord(toks[j]) && j+1 < len(toks) && isNameWord(toks[j+1]) && !titleWords[toks[j].s] && toks[j-1].kind == tokWord && titleWords[toks[j-1].s] {
					break
				}
				if toks[j].s == "," && j+1 < len(toks) && !titleAhead(toks, j+1) || toks[j].s == ";" {
					// ... but a department after the title, ending a line
					// the next item follows: "Arvind Rao, Engineering
					// Manager, Data Platform" over "Farah Siddiqui, ..."
					if k := departmentToLineEnd(toks, j); k > j {
						j = k
					}
					break
				}
				// "our Head of Infrastructure (in copy), and ...": a
				// parenthesis inside the title is part of it
				if toks[j].s == "(" {
					for j < len(toks) && toks[j].s != ")" && toks[j].sent == sent {
						j++
					}
				}
				j++
			}
		}
		// a note in parentheses after the title, wrapped onto the next
		// line, then the next person: "Gerente de Ingeniería" over "(lo
		// copio en este correo), y la Lic. ..."
		if j < len(toks) && toks[j].s == "(" {
			if k := noteEnd(toks, j); k < len(toks) && (toks[k].s == "," || listJoins[toks[k].s]) {
				j = k
			}
		}
		// whose team the person is on, before the next person: "Sam from
		// Data, Priya from Platform and Jo from Design"
		if k := teamAfter(toks, j); k > j && k < len(toks) && (toks[k].s == "," || listJoins[toks[k].s]) {
			j = k
		}
		// ... or between commas: "Sam, de l'équipe Data, qui ..."
		if k := teamBetweenCommas(toks, j); k > j {
			j = k
		}
		if j >= len(toks) {
			break
		}
		// a relative clause after the name: "Elena Vasquez, who leads our
		// Platform group, and Kofi Boateng"
		if k := relativeClauseEnd(toks, j); k > j {
			j = k
		}
		// "ainsi que", "as well as", "sowie": a join of several words
		if n := multiJoinAt(toks, j); n > 0 {
			j += n
			continue
		}
		// "K. Tanaka / R. Osei / M. Lindqvist": a slash between spaces
		spacedSlash := toks[j].s == "/" && j > 0 && toks[j].start > toks[j-1].start+len(toks[j-1].raw) && j+1 < len(toks) && toks[j+1].start > toks[j].start+1
		if toks[j].s == "," || toks[j].s == ";" || listJoins[toks[j].s] || spacedSlash {
			j++
			if n := multiJoinAt(toks, j); n > 0 {
				// ", e por Camila": a join of several words after the comma
				j += n
			} else if j < len(toks) && listJoins[toks[j].s] {
				j++
			}
			if n := multiJoinAt(toks, j); n > 0 {
				j += n
			}
			// "en met mij", "e con me", "und mit mir"
			if j < len(toks) && genericTrigger[toks[j].s] {
				j++
			}
			continue
		}
		// a list continues on the next line with a bullet or a "Name Surname"
		// line, in capitals under one in capitals; a blank line ends it (a
		// signature's name is no item)
		if toks[j].nl && j > 0 && toks[j].line == toks[j-1].line+1 && (toks[j].s == "-" || listLineAhead(toks, j) || len(out) > 0 && inCapitals(out[len(out)-1].name) && capsLineAhead(toks, j)) {
			continue
		}
		if !toks[j].nl && isNameWord(toks[j]) && j > 0 && toks[j-1].kind == tokWord && titleWords[toks[j-1].s] {
			continue
		}
		break
	}
	return out, j
}

// familyFirstAt reads a name written family name first at token j, as a
// directory lists it, in a list whose items a semicolon parts ("Okonkwo,
// Chidinma; Bergström, Anders"): it returns the name given name first and
// the token after it, or "" when no such item starts at j. Without a
// semicolon before or after the item, "Sam, Priya" are two people.
func familyFirstAt(toks []token, j int) (string, int) {
	family, end := nameAt(toks, j)
	if family == "" || end+1 >= len(toks) || toks[end].s != "," || toks[end+1].nl {
		return "", j
	}
	given, gend := nameAt(toks, end+1)
	if given == "" || strings.Contains(given, " ") {
		return "", j
	}
	// "Jansen, Pieter (Product Owner); El Amrani, Yasmina (Scrum Master)":
	// a title in parentheses may stand before the semicolon
	k := gend
	if k < len(toks) && toks[k].s == "(" {
		for c := k + 1; c < len(toks) && c <= k+12 && !toks[c].nl; c++ {
			if toks[c].s == ")" {
				k = c + 1
				break
			}
		}
	}
	after := k < len(toks) && toks[k].s == ";" && !toks[k].nl
	before := j > 0 && toks[j-1].s == ";"
	if !after && !before {
		return "", j
	}
	// the item ends at the semicolon or with its line
	if !after && gend < len(toks) && !toks[gend].nl && toks[gend].kind != tokPunct {
		return "", j
	}
	return given + " " + family, gend
}

// inlineLabel reports whether the trigger trig at token i is a label that
// ends in a colon with its names after it on its line: a semicolon-separated
// list, or the next cell of a table's row.
func inlineLabel(toks []token, i int, trig []string) bool {
	end := i + len(trig)
	if trig[len(trig)-1] != ":" || end >= len(toks) || toks[end].line != toks[i].line {
		return false
	}
	// "Interview Team: | Gregory Walsh, Director": the value in the next
	// cell of a table's row
	if toks[end].s == "|" {
		return true
	}
	for k := end; k < len(toks) && toks[k].line == toks[i].line; k++ {
		if toks[k].s == ";" {
			return true
		}
	}
	return false
}

// multiJoins join two names of a list in more words than "and" ("Hélène
// Marchetti, directrice technique, ainsi que Yacine Benali"). Section [multi_join] of the language files.
var multiJoins = sequenceTable(languages, "multi_join")

// multiJoinAt returns the number of tokens of a multiJoins join at token
// j followed by a name on its line, or 0.
func multiJoinAt(toks []token, j int) int {
	for _, w := range multiJoins {
		// the name may open the next line of wrapped prose
		if wordsAt(toks, j, w) && j+len(w) < len(toks) && toks[j+len(w)].line <= toks[j+len(w)-1].line+1 && (isNameWord(toks[j+len(w)]) || selfWords[toks[j+len(w)].s]) {
			return len(w)
		}
	}
	return 0
}

// relativeWords open a relative clause about the person before them
// ("who leads our Platform group", "qui dirige", "que lidera", "der das
// Team leitet", "che guida", "die het team leidt"). Section [relative_words] of the language files.
var relativeWords = wordTable(languages, "relative_words")

// relativeClauseEnd returns, when a relative clause set off by commas
// follows at token j and the list goes on after it with "and" and a name
// (", who leads our Platform group, and Kofi"), the index of the comma that
// closes it; else j.
func relativeClauseEnd(toks []token, j int) int {
	if j+1 >= len(toks) || toks[j].s != "," || !relativeWords[toks[j+1].s] {
		return j
	}
	sent := toks[j].sent
	for k := j + 2; k < len(toks) && k < j+16 && toks[k].sent == sent; k++ {
		if toks[k].s != "," {
			continue
		}
		// "..., puis Inès", "..., e pelo João": a join of several words
		// ([multi_join]), else "and"
		n := k + 1
		if m := multiJoinAt(toks, n); m > 0 {
			n += m
		} else if n < len(toks) && listJoins[toks[n].s] {
			n++
		}
		if n > k+1 && n < len(toks) && isNameWord(toks[n]) {
			return k
		}
		return j
	}
	return j
}

// titleAhead reports whether a job title starts at token j.
func titleAhead(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+5; k++ {
		if toks[k].kind != tokWord {
			return false
		}
		if titleWords[toks[k].s] || compoundTitle(toks[k].s) {
			return true
		}
	}
	return false
}

// titleEnds are the endings of titles written as one word: "teamlead",
// "projectmanager", "Softwareentwickler", "Teamleiterin". Section [title_endings] of the language files.
var titleEnds = wordList(languages, "title_endings")

// compoundTitle reports whether a folded word is a title written as one
// word: a title ending after at least three letters ("teamlead").
func compoundTitle(w string) bool {
	for _, e := range titleEnds {
		if len(w) >= len(e)+3 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// peopleIndex holds every named address of the message.
type peopleIndex struct {
	names  []string // full names
	emails []string // their addresses ("" when unknown)
	folded []string // fold of each name, folded once for every lookup
}

func (d *doc) knownPeople() *peopleIndex {
	ix := &peopleIndex{}
	add := func(name, email string) {
		// a display name with an academic title: "Dr. Ingrid Weiss"
		name = d.addressOrder(firstLast(withoutHonorifics(withoutLeadingHonorifics(vialess(strings.TrimSpace(strings.Trim(name, `"'`)))))), email)
		email = strings.ToLower(email)
		if d.self[email] {
			return
		}
		for i, n := range ix.names {
			if strings.EqualFold(n, name) && name != "" {
				if ix.emails[i] == "" {
					ix.emails[i] = email
				}
				return
			}
		}
		ix.names = append(ix.names, name)
		ix.emails = append(ix.emails, email)
		ix.folded = append(ix.folded, fold(name))
	}
	m := d.m
	for _, l := range [][]message.Address{m.From, m.ReplyTo, m.To, m.Cc} {
		for _, a := range l {
			add(a.Name, a.Email)
		}
	}
	for _, e := range m.Events {
		add(e.Organizer.Name, e.Organizer.Email)
		for _, a := range e.Attendees {
			add(a.Name, a.Email)
		}
	}
	// a name linked to its address in the HTML part: "<a
	// href="mailto:jonas.brandt@...">Jonas Brandt</a>"
	for _, a := range mailtoAnchors(m.HTML) {
		if linkedName(a[0]) && !IsNoReply(a[1]) && !sharedMailbox(a[1]) {
			add(a[0], a[1])
		}
	}
	// addresses written alone in the new text ("contact priya.raman@..."):
	// a name is matched to them by their local part (see resolve)
	for _, e := range emailsIn(d.newT.text) {
		if !IsNoReply(e) {
			add("", e)
		}
	}
	// "Name <addr>" and "Name (addr)" and "Name, at addr" in the texts
	for _, ti := range []*textInfo{d.newT, d.quoted, d.cal} {
		toks := ti.toks
		for i := range toks {
			// a name inside another is not read again
			if i > 0 && isNameWord(toks[i-1]) {
				continue
			}
			name, end := nameAt(toks, i)
			if name == "" || !strings.Contains(name, " ") {
				continue
			}
			k := end
			for k < len(toks) && k < end+4 && (toks[k].s == "<" || toks[k].s == "(" || toks[k].s == "," || toks[k].s == "at" || toks[k].s == ":") {
				k++
			}
			if k < len(toks) {
				if a := emailAt(ti.text, toks[k].start); a != "" {
					add(name, a)
					continue
				}
			}
			add(name, "")
		}
	}
	return ix
}

// emailAt returns the address starting at byte offset i, if any.
func emailAt(text string, i int) string {
	e := i
	for e < len(text) && isAddrByte(text[e]) {
		e++
	}
	if e < len(text) && text[e] == '@' {
		if as := emailsIn(text[i:min(len(text), e+256)]); len(as) > 0 {
			return as[0]
		}
	}
	return ""
}

// resolve completes a name from the message's people: "Fiona" becomes "Fiona
// Hale" when the thread names her so, and an address is attached when one is
// known. A lone first name that nobody completes is returned as written.
func (ix *peopleIndex) resolve(name string) (string, string) {
	fn := fold(name)
	for i, n := range ix.names {
		if ix.folded[i] == fn && n != "" {
			if ix.emails[i] != "" || !strings.Contains(n, " ") {
				return n, ix.emails[i]
			}
			name = n // known without an address: look for one below
		}
	}
	if !strings.Contains(name, " ") {
		for i, n := range ix.names {
			if f := strings.Fields(n); len(f) > 1 && fold(f[0]) == fn {
				return n, ix.emails[i]
			}
		}
		for i, e := range ix.emails {
			if e != "" && ix.names[i] == "" && strings.HasPrefix(e, fn+".") {
				return name, e
			}
		}
		// a family name after an honorific: "Herr Özdemir (in Kopie)" is
		// the one person of the message so named
		found := -1
		for i, n := range ix.names {
			// "Herr Özdemir" itself names no one else
			if f := strings.Fields(n); len(f) > 1 && fold(f[len(f)-1]) == fn && !honorifics[strings.TrimSuffix(fold(f[0]), ".")] {
				if found >= 0 && ix.folded[found] != ix.folded[i] {
					return name, ""
				}
				found = i
			}
		}
		if found >= 0 {
			return ix.names[found], ix.emails[found]
		}
		return name, ""
	}
	// an address whose local part spells the name
	parts := strings.Fields(fn)
	if len(parts) == 0 {
		return name, ""
	}
	for _, e := range ix.emails {
		at := strings.IndexByte(e, '@')
		if at <= 0 {
			continue
		}
		local := e[:at]
		if strings.Contains(local, parts[0]) && strings.Contains(local, parts[len(parts)-1]) {
			return name, e
		}
	}
	// an address written alone whose local part spells the name
	// ("joaquin.ibanez@" for Joaquín Ibáñez Peña, "jbrandt@"), when only
	// one address is so spelled; the first name alone ("joaquin@") when no
	// other person of the message shares it
	ws := nameWords(name)
	alone := true
	for i, n := range ix.names {
		if o := nameWords(n); len(o) > 0 && len(ws) > 0 && o[0] == ws[0] && ix.folded[i] != fn {
			alone = false
		}
	}
	spelled := ""
	for i, e := range ix.emails {
		at := strings.IndexByte(e, '@')
		if at <= 0 || ix.names[i] != "" || IsNoReply(e) || !localSpells(e[:at], ws, alone) {
			continue
		}
		if spelled != "" && spelled != e {
			spelled = "-"
			break
		}
		spelled = e
	}
	if spelled != "" && spelled != "-" {
		return name, spelled
	}
	// an address without a name spelled by the initial and the last name
	// ("praman@", "p.raman@"), when only one address is so spelled
	found := ""
	for i, e := range ix.emails {
		at := strings.IndexByte(e, '@')
		if at <= 0 || ix.names[i] != "" {
			continue
		}
		last := compact(parts[len(parts)-1])
		if l := compact(e[:at]); len(last) >= 2 && (l == parts[0][:1]+last || l == last+parts[0][:1]) {
			if found != "" {
				return name, ""
			}
			found = e
		}
	}
	return name, found
}

// nameFor returns the display name known for an address, else one spelled
// by its local part ("jane.doe@" is "Jane Doe").
func (ix *peopleIndex) nameFor(email string) string {
	for i, e := range ix.emails {
		if strings.EqualFold(e, email) && ix.names[i] != "" && !strings.Contains(ix.names[i], "@") {
			return ix.names[i]
		}
	}
	at := strings.IndexByte(email, '@')
	if at <= 0 {
		return ""
	}
	parts := strings.FieldsFunc(email[:at], func(r rune) bool { return r == '.' || r == '_' || r == '-' })
	if len(parts) < 2 {
		return ""
	}
	for i, p := range parts {
		if p == "" || strings.IndexFunc(p, unicode.IsDigit) >= 0 {
			return ""
		}
		parts[i] = upperFirst(p)
	}
	return strings.Join(parts, " ")
}

// capitalised reports whether s starts with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// condTok reports whether token i sits in a sentence with a condition before it.
func (ti *textInfo) condTok(i int) bool {
	sent := ti.toks[i].sent
	for _, h := range ti.hits {
		if h.fam == famCond && ti.ws[h.from].sent == sent {
			if hf, _ := ti.hitTok(h); hf < i {
				return true
			}
		}
	}
	return false
}

// recruiterWords say the sender recruits or coordinates ("talent
// acquisition", "ufficio selezione"), found anywhere in the folded text:
// the [recruiter_words] sections of the language files.
var recruiterWords = textTable(languages, "recruiter_words")

// senderCoordinates reports whether the sender of a calendar invitation is a
// recruiter or coordinator who only organises while others interview.
func (d *doc) senderCoordinates(e *message.Event) bool {
	others := 0
	for _, a := range e.Attendees {
		if !d.self[a.Email] && !strings.EqualFold(a.Email, d.from.Email) {
			others++
		}
	}
	if others == 0 {
		return false
	}
	f := d.newT.foldedText()
	for _, w := range recruiterWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

func init() {
	// longest triggers first: "interviewer ( s )" before "interviewer"
	sort.SliceStable(peopleTriggers, func(a, b int) bool { return len(peopleTriggers[a]) > len(peopleTriggers[b]) })
	triggerIndex = map[string][]int{}
	for n, trig := range peopleTriggers {
		triggerIndex[trig[0]] = append(triggerIndex[trig[0]], n)
		// a one-word trigger capitalised at a sentence's start opens the
		// names and is none of them: "Parteciperemo Marco Bianchi e io"
		if len(trig) == 1 {
			nameStop[trig[0]] = true
		}
	}
	triggerKeys = keysOf(triggerIndex)
}

// triggerIndex lists the peopleTriggers by their first word, longest first;
// triggerKeys holds its keys.
var (
	triggerIndex map[string][]int
	triggerKeys  *keySet
)

// listLineAhead reports whether a line starting at token j holds just a name
// ("Ewan Tremblay, Senior Cloud Engineer"), not a new sentence ("Need to
// reschedule?").
func listLineAhead(toks []token, j int) bool {
	name, end := nameAt(toks, j)
	if name == "" || !strings.Contains(name, " ") {
		return false
	}
	return end >= len(toks) || toks[end].nl || toks[end].s == "," || toks[end].s == "(" || toks[end].s == "-"
}

// afterHonorific returns the index after the honorific at token j, its dot
// and its feminine ending: "Dr.", "Dott.ssa", "Sig.ra", "Eng.ª".
func afterHonorific(toks []token, j int) int {
	j++
	if j < len(toks) && toks[j].s == "." {
		j++
		// the ending glued to the dot: "ssa" in "Dott.ssa"
		if j < len(toks) && toks[j].kind == tokWord && !toks[j].upper() && len(toks[j].s) <= 3 && toks[j].start == toks[j-1].start+len(toks[j-1].raw) {
			j++
		}
	}
	// Portuguese feminine ordinal mark: "Eng.ª", "Dr.ª"
	if j < len(toks) && (toks[j].s == "ª" || toks[j].s == "º") {
		j++
	}
	return j
}

// withoutLeadingHonorifics drops the honorifics before a name of two words
// or more: "Dr. Ingrid Weiss" is known as "Ingrid Weiss", as the text
// names her after "Frau Dr.".
func withoutLeadingHonorifics(name string) string {
	if singleSpaced(name) {
		// its words are parted by single spaces: they are read in place
		// and the name kept is a part of it
		for n := strings.Count(name, " ") + 1; n > 2; n-- {
			w, rest, _ := strings.Cut(name, " ")
			if !(honorifics[strings.TrimSuffix(strings.ToLower(w), ".")] && capitalised(w)) {
				break
			}
			name = rest
		}
		return name
	}
	ws := strings.Fields(name)
	for len(ws) > 2 && honorifics[strings.TrimSuffix(strings.ToLower(ws[0]), ".")] && capitalised(ws[0]) {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// withoutHonorifics drops the honorifics a display name carries after the
// name, as directories sort it: "Kühl, Fabian Dr." is "Kühl, Fabian". One
// written before the name ("Dr. Katrin Vogel") stays: the name is written
// as its bearer writes it.
func withoutHonorifics(name string) string {
	h := func(w string) bool {
		return honorifics[strings.TrimSuffix(strings.ToLower(strings.Trim(w, ",")), ".")] && capitalised(w)
	}
	if singleSpaced(name) {
		// its words are parted by single spaces: they are read in place
		// and the name kept is a part of it
		for n := strings.Count(name, " ") + 1; n > 2; n-- {
			sp := strings.LastIndexByte(name, ' ')
			if !h(name[sp+1:]) {
				break
			}
			name = name[:sp]
		}
		return name
	}
	ws := strings.Fields(name)
	for len(ws) > 2 && h(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

// singleSpaced reports whether s is words parted by single spaces: no
// other white space, none at either end. strings.Join(strings.Fields(s),
// " ") is s itself then.
func singleSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i, r := range s {
		if r == ' ' {
			if s[i-1] == ' ' {
				return false
			}
		} else if unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// honorifics come before a name and are not part of it. Section [honorifics] of the language files.
var honorifics = wordTable(languages, "honorifics")

// durationWords are units of a meeting's length. Section [duration_words] of the language files.
var durationWords = wordTable(languages, "duration_words")

// titleArticles may open "the head of the area, Felipe Ramos" in other
// languages: "o gestor da área, Felipe Ramos", "la responsable de datos, Ana Gil". Section [title_articles] of the language files.
var titleArticles = wordTable(languages, "title_articles")

// listAdverbs may stand between a trigger and the names: "still with Sam". Section [list_adverbs] of the language files.
var listAdverbs = wordTable(languages, "list_adverbs")

// nameArticles are the articles some languages put before a name ("com o
// Rui", "con la dott.ssa Bianchi", "mit der Frau"). Section [name_articles] of the language files.
var nameArticles = wordTable(languages, "name_articles")

// selfWords are the sender speaking of themselves in a list of people. Section [self_words] of the language files.
var selfWords = wordTable(languages, "self_words")

// selfEmphasis stress a self word: "yo mismo", "ich selbst", "moi même". Section [self_emphasis] of the language files.
var selfEmphasis = wordTable(languages, "self_emphasis")

// selfNames returns the owner's display names, folded, and their first names:
// the candidate is never one of the interviewers.
func (d *doc) selfNames() map[string]bool {
	out := map[string]bool{}
	m := d.m
	for _, l := range [][]message.Address{m.To, m.Cc, m.From} {
		for _, a := range l {
			if d.self[strings.ToLower(a.Email)] && a.Name != "" && !strings.Contains(a.Name, "@") {
				f := fold(a.Name)
				out[f] = true
				if ws := strings.Fields(f); len(ws) > 1 {
					out[ws[0]] = true
				}
			}
		}
	}
	for _, e := range m.Events {
		for _, a := range e.Attendees {
			if d.self[strings.ToLower(a.Email)] && a.Name != "" && !strings.Contains(a.Name, "@") {
				out[fold(a.Name)] = true
			}
		}
	}
	return out
}

// textNamesOthers reports whether the new text or the calendar description
// names interviewers other than p after a strong trigger ("Interviewers:",
// "you'll meet").
func (d *doc) textNamesOthers(known *peopleIndex, p Person) bool {
	for _, ti := range []*textInfo{d.newT, d.cal} {
		for _, q := range d.proseInterviewers(ti) {
			if q.self {
				continue
			}
			full, _ := known.resolve(q.name)
			if full != "" && fold(full) != fold(p.Name) && strings.Contains(full, " ") && !d.selfNames()[fold(full)] {
				return true
			}
		}
	}
	return false
}

// quotedName returns the name, and the address when known, of a person read
// in the quoted text: "with me" there is the quoted message's author.
func (d *doc) quotedName(p person, known *peopleIndex) (string, string) {
	if !p.self {
		return known.resolve(p.name)
	}
	name, email := quotedAuthor(d.quoted.text, p.at)
	if name == "" && (email == "" || strings.EqualFold(email, d.from.Email)) {
		return d.senderName(), d.from.Email
	}
	if name == "" {
		name = known.nameFor(email)
	}
	return name, email
}

// referredQuoted keeps the people read in the quoted earlier message of the
// thread that the new text refers to: those whose first or full name the
// new text mentions, outside a negation ("Declan and Ravi are both in the
// office"), or all of them when the new text confirms or moves the
// interview ("we're now confirmed for Tuesday", "hemos movido la
// entrevista al jueves") and names nobody else, or replaces one of them.
// A quoted message the new text does not refer to gives nobody.
func (d *doc) referredQuoted(ps []person, known *peopleIndex) []person {
	if len(ps) == 0 {
		return nil
	}
	// "Grace had a conflict, so Peter will take her slot": a reply that
	// replaces one of the quoted panel keeps the others
	if len(d.replacements()) > 0 {
		return ps
	}
	// the sender's own first name in the new text is their signature
	sender := ""
	if ws := strings.Fields(fold(d.senderName())); len(ws) > 0 {
		sender = ws[0]
	}
	confirms := d.newT.hasLive(famConfirm) || d.newT.hasLive(famNewTime)
	var named, senders []person
	firsts := map[string]bool{}
	for _, p := range ps {
		name, email := d.quotedName(p, known)
		ws := strings.Fields(fold(name))
		if len(ws) == 0 {
			continue
		}
		firsts[ws[0]] = true
		switch {
		case ws[0] == sender || strings.EqualFold(email, d.from.Email) && email != "":
			senders = append(senders, p)
		case d.newT.mentions(ws[0]):
			named = append(named, p)
		}
	}
	if len(named) > 0 {
		if confirms {
			named = append(named, senders...)
		}
		return named
	}
	if !confirms || d.namesOthers(known, firsts) {
		return nil
	}
	return ps
}

// mentions reports whether the folded word w stands in the text in a
// sentence that neither negates nor cancels.
func (ti *textInfo) mentions(w string) bool {
	for ix := range ti.toks {
		t := &ti.toks[ix]
		if t.s != w || !t.upper() {
			continue
		}
		denied := false
		for _, h := range ti.hits {
			if (h.fam == famNeg || h.fam == famCancel) && ti.ws[h.from].sent == t.sent {
				denied = true
			}
		}
		if !denied {
			return true
		}
	}
	return false
}

// sameWords say the people met are those already known: "the same panel",
// "le même jury", "el mismo equipo", "dieselben Gesprächspartner". Section [same_words] of the language files.
var sameWords = wordTable(languages, "same_words")

// namesOthers reports whether the new text speaks of people the candidate
// will meet other than those whose first names are in firsts: the first
// name of one of the message's people known with an address (not the
// sender nor the owner), or a people trigger before a description ("your final
// interview will be with our CEO").
func (d *doc) namesOthers(known *peopleIndex, firsts map[string]bool) bool {
	ti := d.newT
	skip := d.selfNames()
	if ws := strings.Fields(fold(d.senderName())); len(ws) > 0 {
		skip[ws[0]] = true
	}
	for k := range known.names {
		ws := strings.Fields(known.folded[k])
		if len(ws) < 2 || known.emails[k] == "" || firsts[ws[0]] || skip[ws[0]] || d.self[known.emails[k]] || strings.EqualFold(known.emails[k], d.from.Email) {
			continue
		}
		if ti.mentions(ws[0]) {
			return true
		}
	}
	toks := ti.toks
	for i := range toks {
		n := triggerAt(toks, i)
		if n == 0 || ti.condTok(i) {
			continue
		}
		trig := peopleTriggers[n-1]
		if len(trig) == 1 && genericTrigger[trig[0]] && !d.nearInterview(ti, i) {
			continue
		}
		j := skipPunct(toks, i+len(trig), ":")
		if j+1 >= len(toks) || toks[j].sent != toks[i].sent {
			continue
		}
		if titleArticles[toks[j].s] && !sameWords[toks[j+1].s] {
			return true
		}
	}
	return false
}

// teamName reports whether a display name is a company's team, not a
// person: a name of two words or more whose last word is a team mailbox's
// ("Indigo Loom Interviews", "Acme Recruiting", "Lumière RH").
func teamName(name string) bool {
	ws := strings.Fields(fold(name))
	if len(ws) < 2 {
		return false
	}
	last := strings.Trim(ws[len(ws)-1], ".,()")
	return teamLocal[last] && (len(last) > 2 || last == "hr" || last == "rh")
}

// ccMarkAt reports whether token i says that people are on copy: "cc'd",
// "copied", "on copy", "en copie", "in Kopie", "en copia", "in copia",
// "em cópia", "in de cc".
func ccMarkAt(toks []token, i int) bool {
	for _, m := range ccMarks {
		if k := i + 1 - len(m); k >= 0 && wordsAt(toks, k, m) {
			return true
		}
	}
	return false
}

// ccMarks are the [cc_mark] sections of the language files.
var ccMarks = sequenceTable(languages, "cc_mark")

// ccRunWords start the words that make a sentence about people on copy one
// about who interviews: "who will interview you", "the engineers who'll run
// it", "mèneront l'entretien", "führen das Gespräch". Section [cc_run_prefix] of the language files.
var ccRunWords = wordList(languages, "cc_run_prefix")

// ccOrganiseWords start the words of a sentence about people who organise
// the interview rather than hold it, or who are only kept informed. Section [cc_organise_prefix] of the language files.
var ccOrganiseWords = wordList(languages, "cc_organise_prefix")

// countWords are the numbers of people a sentence may give ("the two
// people on copy"). Section [people_count] of the language files.
var countWords = valueTable(languages, "people_count")

// sentHasPrefix reports whether a sentence of the text holds a word that
// starts with one of the prefixes.
func (ti *textInfo) sentHasPrefix(sent int, prefixes []string) bool {
	for ix := range ti.toks {
		t := &ti.toks[ix]
		if t.sent != sent || t.kind != tokWord {
			continue
		}
		for _, p := range prefixes {
			if strings.HasPrefix(t.s, p) {
				return true
			}
		}
	}
	return false
}

// sentDenied reports whether a sentence negates, cancels or checks the
// set-up ("Priya is on copy but won't interview you").
func (ti *textInfo) sentDenied(sent int) bool {
	if ti.denied == nil {
		ti.denied = ti.deniedSentences()
	}
	return sent >= 0 && sent < len(ti.denied) && ti.denied[sent]
}

// deniedSentences marks, in one pass, the sentences sentDenied reports.
func (ti *textInfo) deniedSentences() []bool {
	n := 1 // never nil: sentDenied computes it once
	if len(ti.toks) > 0 {
		n = ti.toks[len(ti.toks)-1].sent + 1
	}
	out := make([]bool, n)
	for _, h := range ti.hits {
		if h.fam == famNeg || h.fam == famCancel || h.fam == famTechCheck {
			out[ti.ws[h.from].sent] = true
		}
	}
	for i := range ti.toks {
		if _, ok := techCheckSet.firstAt(ti.toks, i); ok {
			out[ti.toks[i].sent] = true
		}
	}
	return out
}

// organiserNamed reports whether the new text names a person (any word of
// the name) in a sentence about organising the interview ("I've copied
// Priya from our recruiting team, who will send the calendar invite") or
// with a title that leaves them out ("Maya, our coordinator").
func (d *doc) organiserNamed(name string) bool {
	ti := d.newT
	words := map[string]bool{}
	for _, w := range strings.Fields(fold(name)) {
		if len(w) > 1 {
			words[w] = true
		}
	}
	for ix := range ti.toks {
		t := &ti.toks[ix]
		if !words[t.s] || !t.upper() {
			continue
		}
		if ti.sentHasPrefix(t.sent, ccOrganiseWords) || titleLeavesOut(ti.sentenceText(t.sent)) {
			return true
		}
	}
	return false
}

// sentenceText returns the folded words of one sentence, space separated.
func (ti *textInfo) sentenceText(sent int) string {
	var ws []string
	for ix := range ti.toks {
		t := &ti.toks[ix]
		if t.sent == sent {
			ws = append(ws, t.s)
		}
	}
	return strings.Join(ws, " ")
}

// firstDotLast spells the name of an address whose local part clearly is
// "first.last" (julien.petit@ is "Julien Petit"), else "".
func firstDotLast(email string) string {
	local, _, ok := strings.Cut(email, "@")
	if !ok {
		return ""
	}
	parts := strings.Split(local, ".")
	if len(parts) != 2 {
		return ""
	}
	for i, p := range parts {
		if len(p) < 2 || strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return ""
		}
		parts[i] = upperFirst(strings.ToLower(p))
	}
	return parts[0] + " " + parts[1]
}

// ccPerson is an address on copy that may be an interviewer, with the name
// it goes by.
type ccPerson struct {
	p     Person
	words map[string]bool // the name's words, folded
}

// ccCandidates lists the Cc addresses that may be interviewers: not the
// owner, the sender, a shared or automated mailbox, a team or a company,
// nor anyone the new text names as organising; each with its display name,
// or a name spelled by a first.last address. An address with neither is
// left out: a Person always has a name.
func (d *doc) ccCandidates() []ccPerson {
	var out []ccPerson
	for _, a := range d.m.Cc {
		e := strings.ToLower(a.Email)
		if e == "" || d.self[e] || strings.EqualFold(e, d.from.Email) || IsNoReply(e) || sharedMailbox(e) || d.listAddress(e) ||
			roomLike(a.Name, e) || notAnInterviewer(message.Attendee{Email: a.Email, Name: a.Name}) {
			continue
		}
		name := d.addressOrder(firstLast(vialess(strings.TrimSpace(strings.Trim(a.Name, `"' `)))), a.Email)
		if name == "" || strings.Contains(name, "@") {
			name = firstDotLast(e)
		}
		if name == "" || orgWordIn(name) || teamName(name) || d.organiserNamed(name) {
			continue
		}
		c := ccPerson{p: Person{Name: name, Email: a.Email}, words: map[string]bool{}}
		for _, w := range strings.Fields(fold(name)) {
			if len(w) > 1 {
				c.words[w] = true
			}
		}
		out = append(out, c)
	}
	return out
}

// ccInterviewers reads a new-text sentence saying the people on copy are
// the interviewers ("The two people on copy are the engineers who'll run
// it", "I've copied Priya and Tom, who will interview you", "Les personnes
// en copie mèneront l'entretien") and returns those Cc addresses: the ones
// the sentence names, or, when it names nobody, every candidate (see
// ccCandidates) unless there are more of them than the sentence counts.
func (d *doc) ccInterviewers() []Person {
	ti := d.newT
	toks := ti.toks
	done := map[int]bool{}
	var out []Person
	for i := range toks {
		sent := toks[i].sent
		if done[sent] || !ccMarkAt(toks, i) || ti.condTok(i) {
			continue
		}
		done[sent] = true
		if ti.sentDenied(sent) || ti.sentHasPrefix(sent, ccOrganiseWords) {
			continue
		}
		runs := ti.sentHasPrefix(sent, ccRunWords)
		for _, h := range ti.hits {
			if (h.fam == famInterview || h.fam == famPanel) && ti.ws[h.from].sent == sent {
				runs = true
			}
		}
		if !runs {
			continue
		}
		cands := d.ccCandidates()
		var named []Person
		others, count := false, 0
		for k := range toks {
			t := &toks[k]
			if t.sent != sent {
				continue
			}
			if n, ok := countWords[t.s]; ok && t.kind == tokWord {
				count = n
			}
			// the second half of "I've" is no name
			if !isNameWord(*t) || k == 0 || toks[k-1].sent != sent || toks[k-1].start == t.start {
				continue
			}
			hit := false
			for _, c := range cands {
				if c.words[t.s] {
					named, hit = append(named, c.p), true
					break
				}
			}
			others = others || !hit && !honorifics[t.s]
		}
		if len(named) == 0 && !others && (count == 0 || len(cands) <= count) {
			for _, c := range cands {
				named = append(named, c.p)
			}
		}
		out = append(out, named...)
	}
	return out
}

// greetsSomeoneElse returns the name the new text's greeting gives when
// it is not the owner's ("Dear Morgan," in Jordan Lee's inbox: another
// candidate's letter sent by mistake), "" otherwise, when the owner's
// name is unknown, or for a generic address ("Dear Candidate", "Madame,
// Monsieur"). A short form of the owner's name ("Jo") is the owner.
func (d *doc) greetsSomeoneElse() string {
	w, owner := d.greeting()
	if owner {
		return ""
	}
	return w
}

// greeting returns the name the new text's greeting gives, as written, and
// whether it is the owner's; "" when there is no greeting by name or the
// owner's name is unknown.
func (d *doc) greeting() (string, bool) {
	ti := d.newT
	ws := ti.ws
	if len(ws) < 2 || !greetingWords[ws[0].s] || ws[1].sent != ws[0].sent {
		return "", false
	}
	k := 1
	for k+1 < len(ws) && honorifics[ws[k].s] {
		k++
	}
	w := ws[k]
	if !isNameWord(w) || honorifics[w.s] || nameStop[w.s] || len(w.s) < 2 || isJobNoun(w.s) || greetingWords[w.s] ||
		ti.inFam(k, famJob) || ti.inFam(k, famJobWeak) {
		return "", false
	}
	self := d.selfNames()
	if len(self) == 0 {
		return "", false
	}
	for n := range self {
		for _, p := range strings.Fields(n) {
			if strings.HasPrefix(p, w.s) || strings.HasPrefix(w.s, p) {
				return w.raw, true
			}
		}
	}
	return w.raw, false
}
