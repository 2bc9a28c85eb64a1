package compose

import (
	"regexp"
	"strings"
	"text/template"
	"unicode"
	"unicode/utf8"
)

// Notes are the owner's notes about an interview or a rejection, split into
// the parts the letters weave in.
//
// The format is deliberately simple and predictable (the approval request
// repeats it to the owner):
//   - a line starting with "discussed:" names a topic of the conversation;
//     all topics become one sentence: "I especially enjoyed our conversation
//     about A, B and C."
//   - a line starting with "promised:" is the rest of a sentence starting
//     with "As promised, ...", e.g. "promised: I will send you my portfolio
//     by Friday" becomes "As promised, I will send you my portfolio by
//     Friday."
//   - any other text is kept in the owner's own words as paragraphs (an
//     empty line starts a new paragraph; lines of one paragraph are joined).
//
// The prefixes are case-insensitive; "discuss:" and "promise:" work too.
type Notes struct {
	Discussed  []string
	Promised   []string
	Paragraphs []string
}

// Empty reports whether the notes hold nothing to weave in.
func (n Notes) Empty() bool {
	return len(n.Discussed) == 0 && len(n.Promised) == 0 && len(n.Paragraphs) == 0
}

var labelAfterSemicolon = regexp.MustCompile(`(?i);\s*((?:discuss(?:ed)?|promise[d]?)\s*:)`)

// ParseNotes splits the owner's free-form notes as described on Notes.
func ParseNotes(s string) Notes {
	var n Notes
	var para []string
	flush := func() {
		if len(para) > 0 {
			n.Paragraphs = append(n.Paragraphs, strings.Join(para, " "))
			para = nil
		}
	}
	// A phone user often writes "discussed: …; promised: …" on one line:
	// a label after ";" starts an item of its own.
	s = labelAfterSemicolon.ReplaceAllString(strings.ReplaceAll(s, "\r\n", "\n"), "\n$1")
	for line := range strings.SplitSeq(s, "\n") {
		line = collapseSpaces(strings.TrimSpace(line))
		if line == "" {
			flush()
			continue
		}
		if v, ok := cutLabel(line, "discussed", "discuss"); ok {
			flush()
			if v = strings.TrimRight(v, ".;, "); v != "" {
				n.Discussed = append(n.Discussed, v)
			}
			continue
		}
		if v, ok := cutLabel(line, "promised", "promise"); ok {
			flush()
			if v != "" {
				n.Promised = append(n.Promised, sentence(v))
			}
			continue
		}
		para = append(para, line)
	}
	flush()
	for i, p := range n.Paragraphs {
		n.Paragraphs[i] = sentence(p)
	}
	return n
}

// cutLabel reports whether line starts with one of labels followed by a
// colon, and returns the text after it.
func cutLabel(line string, labels ...string) (string, bool) {
	head, rest, ok := strings.Cut(line, ":")
	if !ok {
		return "", false
	}
	head = strings.ToLower(strings.TrimSpace(head))
	for _, l := range labels {
		if head == l {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

// sentence makes s end with sentence punctuation, adding a full stop when
// it ends with a letter or digit.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeLastRuneInString(s)
	if s == "" || !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == ')' || r == '"' || r == '\'') {
		return s
	}
	return s + "."
}

// list joins items as English prose: "A", "A and B", "A, B and C".
func list(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// honorifics are kept in front of the surname when greeting ("Dr Lee").
var honorifics = map[string]bool{"dr": true, "dr.": true, "prof": true, "prof.": true, "professor": true,
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "mx": true, "mx.": true}

// roleWords mark the display names of shared mailboxes, systems and
// scheduling tools ("Acme Careers", "Talent Acquisition", "Workday
// Notifications", "Interviews", "Scheduling Assistant"), which are never
// greeted as if they were a first name.
var roleWords = map[string]bool{"careers": true, "career": true, "jobs": true, "talent": true, "recruiting": true,
	"recruitment": true, "recruiter": true, "recruiters": true, "team": true, "hr": true, "hiring": true, "people": true,
	"notifications": true, "notification": true, "noreply": true, "no-reply": true, "donotreply": true,
	"do-not-reply": true, "support": true, "info": true, "admin": true, "acquisition": true, "resources": true,
	"workday": true, "greenhouse": true, "lever": true, "system": true, "interview": true, "interviews": true,
	"interviewing": true, "scheduling": true, "scheduler": true, "coordinator": true, "coordination": true,
	"assistant": true, "panel": true, "calendar": true, "bot": true, "staffing": true, "onboarding": true,
	"office": true, "inbox": true, "mailbox": true, "service": true, "services": true, "automated": true,
	"mailer": true, "candidates": true, "applications": true, "applicants": true, "applicant": true}

// firstName returns the name to greet someone by: the given name of "Jane
// Doe", "Doe, Jane" or "DOE Jane" (the surname in capitals first, as many
// French and East Asian directories write it), the title and surname of
// "Dr. Wei Lee", "Priya" for a name written all in capitals, "" when the
// name is empty, looks like an address or names a shared mailbox.
func firstName(name string) string {
	name = strings.Trim(collapseSpaces(strings.TrimSpace(name)), `"'`)
	if name == "" || strings.Contains(name, "@") {
		return ""
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if roleWords[strings.Trim(w, "(),.-")] {
			return ""
		}
	}
	if last, first, ok := strings.Cut(name, ","); ok && strings.TrimSpace(first) != "" && !strings.Contains(strings.TrimSpace(last), " ") {
		name = strings.TrimSpace(first)
	}
	f := strings.Fields(name)
	if honorifics[strings.ToLower(f[0])] && len(f) > 1 {
		return capitalize(f[0]) + " " + capitalize(titleCase(f[len(f)-1]))
	}
	for i, w := range f {
		if !capitals(w) {
			// "DUPONT Jean"; but "JJ Abrams" is initials, so a surname
			// in capitals has three letters or more ("LI Wei" is greeted "LI").
			if i > 0 && capitals(f[0]) && utf8.RuneCountInString(strings.Trim(f[0], ".,")) >= 3 {
				return w
			}
			break
		}
	}
	if initial(f[0]) {
		return "" // "J. Smith": no first name to greet
	}
	return capitalize(titleCase(f[0]))
}

// initial reports whether a word is a lone initial ("J.", "J").
func initial(w string) bool {
	return utf8.RuneCountInString(strings.TrimSuffix(w, ".")) == 1
}

// capitalize writes a name typed all in lower case ("priya") with its
// capital ("Priya"); any other word is left as written ("McKenzie").
func capitalize(w string) string {
	if w == "" || strings.ToLower(w) != w {
		return w
	}
	r := []rune(w)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// capitals reports whether a word has two or more letters, all upper-case.
func capitals(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// titleCase writes a word in capitals ("PRIYA") as a name ("Priya"), and
// leaves any other word, and initials ("JJ"), as they are.
func titleCase(w string) string {
	if !capitals(w) || utf8.RuneCountInString(w) < 3 {
		return w
	}
	r := []rune(strings.ToLower(w))
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// greetName is firstName, except that a display name which is only the
// company's name ("Northwind" <jobs@northwind.example>) is no one to greet.
func greetName(name, company string) string {
	n := firstName(name)
	if n == "" || company == "" {
		return n
	}
	c := strings.ToLower(collapseSpaces(company))
	full := strings.ToLower(collapseSpaces(strings.Trim(strings.TrimSpace(name), `"'`)))
	first, _, _ := strings.Cut(c, " ")
	if full == c || strings.HasPrefix(full, c+" ") || strings.EqualFold(n, first) && !strings.Contains(full, " ") {
		return ""
	}
	return n
}

// samePerson reports whether two people are the same by address or, failing
// that, by name.
func samePerson(a, b Person) bool {
	if a.Email != "" && b.Email != "" {
		return strings.EqualFold(a.Email, b.Email)
	}
	return a.Name != "" && strings.EqualFold(collapseSpaces(a.Name), collapseSpaces(b.Name))
}

// closing returns the lines under "Best regards,": the owner's name unless
// the signature already starts with it, the signature, and the phone and
// address when the signature does not already carry them (no signature:
// name, phone, address).
func closing(o Owner) string {
	sig := strings.Trim(strings.ReplaceAll(o.Signature, "\r\n", "\n"), "\n")
	var lines []string
	firstLine, _, _ := strings.Cut(sig, "\n")
	if o.Name != "" && !strings.EqualFold(strings.TrimSpace(firstLine), o.Name) {
		lines = append(lines, o.Name)
	}
	if sig != "" {
		lines = append(lines, sig)
	}
	if o.Phone != "" && !strings.Contains(sig, o.Phone) {
		lines = append(lines, o.Phone)
	}
	if sig == "" && o.Email != "" {
		lines = append(lines, o.Email)
	}
	return strings.Join(lines, "\n")
}

// elide writes a French word that elides before a vowel ("de", "le",
// "que") in front of word: "d'Analyste", "de Data Analyst". A mute h is
// not guessed: "de Hachette".
func elide(small, word string) string {
	r, _ := utf8.DecodeRuneInString(word)
	if strings.ContainsRune("aeiouyàâäéèêëîïôöùûüAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ", r) && strings.HasSuffix(small, "e") {
		return strings.TrimSuffix(small, "e") + "'" + word
	}
	return small + " " + word
}

var funcs = template.FuncMap{
	"elide":     elide,
	"list":      list,
	"sentence":  sentence,
	"firstName": firstName,
	"closing":   closing,
}
