// Package reply reads the owner's answer to an approval request: it strips
// quoted text, phone footers and signatures (Visible), finds the command in
// what is left (Interpret), and makes and checks the approval token carried
// by the request's Message-ID (MessageID, ParseMessageID, FindToken).
//
// A wrong reading sends a letter the owner did not want sent, so the reading
// is strict: only short, unambiguous answers become Approve or Cancel, and
// anything else is Unknown, which the caller answers by telling the owner what
// was read and which answers are understood.
package reply

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/followupd/followupd/internal/mail/quote"
)

// Visible returns what the owner wrote in a plain-text reply: the fresh text
// (quote.Split) without phone footers ("Sent from my iPhone", "Get Outlook
// for Android", "Envoyé de mon iPhone", "Von meinem iPhone gesendet" …),
// without a signature that starts at a "-- " line (or "--", a "____" line
// after a blank line, or a "-Name" line after a blank line), with trailing
// white space removed.
//
// A closing such as "Thanks,\nJane" is kept, because an edited letter needs
// it; Interpret ignores it when it reads a short command.
func Visible(text string) string {
	fresh, _ := quote.Split(text)
	lines := strings.Split(fresh, "\n")
	out := lines[:0]
	for i, l := range lines {
		if isDeviceLine(l) {
			continue
		}
		if isSignatureStart(lines, i) {
			break
		}
		out = append(out, strings.TrimRightFunc(l, unicode.IsSpace))
	}
	return strings.TrimRightFunc(strings.TrimLeft(strings.Join(out, "\n"), "\n"), unicode.IsSpace)
}

// VisibleHTML is Visible for a reply that has only an HTML body: it splits
// off the quote in the HTML (quote.SplitHTML), converts the fresh part to
// text and strips it like Visible.
func VisibleHTML(html string) string {
	fresh, _ := quote.SplitHTML(html)
	return Visible(quote.HTMLText(fresh))
}

// devicePrefixes start the footer lines phones and mail apps add, lower case.
var devicePrefixes = []string{
	"sent from my ", "sent from ", "sent with ", "sent via ", "sent using ",
	"get outlook for ", "obtenir outlook pour ", "outlook für ", "obtener outlook para ", "envoyé de mon ", "envoyé depuis mon ", "envoye de mon ",
	"envoyé à partir de ", "von meinem ", "gesendet von meinem ", "gesendet mit ",
	"enviado desde mi ", "enviado desde ", "enviado con ", "inviato da ",
	"verzonden vanaf mijn ", "verstuurd vanaf mijn ", "skickat från min ",
	"отправлено с ", "wysłane z ",
}

// isDeviceLine reports whether a line is only a phone or app footer: a known
// prefix followed by a few words, maybe a link, and no sentence punctuation
// ("Sent from my desk, is much easier …" is a sentence and stays).
func isDeviceLine(l string) bool {
	t := strings.ToLower(strings.TrimSpace(l))
	if t == "" || len(t) > 120 {
		return false
	}
	var rest string
	found := false
	for _, p := range devicePrefixes {
		if strings.HasPrefix(t, p) {
			rest, found = t[len(p):], true
			break
		}
	}
	if !found {
		return false
	}
	rest = dropLinks(rest)
	rest = strings.TrimRight(rest, ". ")
	if strings.ContainsAny(rest, ",;?!:") {
		return false
	}
	n := len(strings.Fields(rest))
	return n >= 1 && n <= 6
}

// dropLinks removes "(http…)" and "<http…>" parts of a footer line.
func dropLinks(s string) string {
	for _, pair := range [][2]string{{"(", ")"}, {"<", ">"}} {
		for {
			i := strings.Index(s, pair[0]+"http")
			if i < 0 {
				break
			}
			j := strings.Index(s[i:], pair[1])
			if j < 0 {
				s = s[:i]
				break
			}
			s = s[:i] + s[i+j+1:]
		}
	}
	return strings.Join(strings.Fields(s), " ")
}

// isSignatureStart reports whether lines[i] starts a signature: the "-- "
// delimiter of RFC 3676 §4.3 (or "--"), or, after a blank line, a line of
// underscores or a "-Name" line.
func isSignatureStart(lines []string, i int) bool {
	l := strings.TrimRightFunc(lines[i], unicode.IsSpace)
	if l == "--" || l == "—" {
		return true
	}
	if i == 0 || strings.TrimSpace(lines[i-1]) != "" {
		return false
	}
	t := strings.TrimSpace(l)
	if len(t) >= 2 && strings.Trim(t, "_") == "" {
		return true
	}
	// "-Alex" ends the text only when nothing but a sign-off follows it:
	// "-Alex\n\nP.S. hold it" keeps the postscript for Interpret to see.
	return isDashName(t) && signOff(strings.Join(lines[i:], "\n"))
}

// isDashName reports whether a line is "-Name", "- Jane", "—J": a dash and at
// most four short words, the first starting with a letter.
func isDashName(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	if r != '-' && r != '—' && r != '–' {
		return false
	}
	rest := t[size:]
	if strings.HasPrefix(rest, " ") || rest == "" {
		// "- item" is a list bullet.
		return false
	}
	f, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLetter(f) {
		return false
	}
	return len(strings.Fields(rest)) <= 4 && utf8.RuneCountInString(rest) <= 40
}

// closings are the sign-off lines of letters, lower case, without the final
// punctuation.
var closings = map[string]bool{
	"thanks": true, "thank you": true, "thanks again": true, "many thanks": true, "thanks a lot": true,
	"thank you very much": true, "thanks so much": true, "thx": true, "cheers": true, "best": true,
	"best regards": true, "kind regards": true, "regards": true, "warm regards": true, "warmest regards": true,
	"best wishes": true, "all the best": true, "sincerely": true, "yours sincerely": true, "sincerely yours": true,
	"yours truly": true, "yours faithfully": true, "respectfully": true, "talk soon": true, "take care": true,
	"with thanks": true, "with best regards": true, "kindly": true, "br": true,
	"cordialement": true, "bien cordialement": true, "bien à vous": true, "merci": true, "merci beaucoup": true,
	"merci d'avance": true, "bonne journée": true, "amicalement": true, "sincères salutations": true,
	"mit freundlichen grüßen": true, "mit freundlichen grüssen": true, "freundliche grüße": true, "viele grüße": true,
	"beste grüße": true, "liebe grüße": true, "herzliche grüße": true, "grüße": true, "gruß": true, "lg": true, "vg": true, "mfg": true,
	"danke": true, "vielen dank": true,
	"saludos": true, "un saludo": true, "saludos cordiales": true, "atentamente": true, "cordialmente": true,
	"gracias": true, "muchas gracias": true, "un abrazo": true,
}

// isClosing reports whether a line is only a closing phrase:
// "Best regards,", "Thanks!", "Cordialement".
func isClosing(l string) bool {
	t := strings.ToLower(strings.TrimSpace(l))
	t = strings.TrimRight(t, ",.!;:— -")
	t = strings.ReplaceAll(t, "’", "'")
	return closings[t]
}

// Signature splits a trailing signature off a text (fresh text, quotes
// already removed): a block at the end of at most 15 non-blank lines that starts with
// a delimiter line ("--", "-----"), a closing ("Thanks,", "Best regards,"),
// a "-Name" line, or a line that names the sender (sender may be "Jane Doe",
// "jane@example.com" or empty), and whose lines are all short. It returns the
// text before the signature and the signature, both trimmed; sig is empty
// when none is found.
func Signature(text, sender string) (body, sig string) {
	text = strings.TrimRightFunc(strings.ReplaceAll(text, "\r\n", "\n"), unicode.IsSpace)
	lines := strings.Split(text, "\n")
	n := len(lines)
	names := senderNames(sender)
	from, count := n, 0
	for from > 1 && count < maxSignatureLines {
		from--
		if strings.TrimSpace(lines[from]) != "" {
			count++
		}
	}
	for s := from; s < n; s++ {
		l := strings.TrimSpace(lines[s])
		if l == "" {
			continue
		}
		limit := 60
		switch {
		case isDelimiter(l):
			limit = 100
		case isClosing(l), isDashName(l), namesSender(l, names):
		default:
			continue
		}
		if !allShort(lines[s:], limit) {
			continue
		}
		body = strings.TrimRightFunc(strings.Join(lines[:s], "\n"), unicode.IsSpace)
		if strings.TrimSpace(body) == "" {
			return strings.TrimSpace(text), ""
		}
		return body, strings.TrimSpace(strings.Join(lines[s:], "\n"))
	}
	return text, ""
}

// signOff reports whether a block that Signature set aside (or that starts
// at a "-Name" line) is only a sign-off: its first line (the closing, the
// "-Name" or a delimiter) followed by lines that each hold a name, a title,
// contact details (phone, address, link), a phone footer or quoted text, up
// to an RFC 3676 "-- " line or a "____" line after which anything may
// follow. A postscript
// or a second thought after the closing ("P.S. hold it until Monday") is
// none of these, so a short command that carries one is not read as one.
func signOff(sig string) bool {
	for i, l := range nonBlank(strings.Split(sig, "\n")) {
		switch {
		case l == "--" || l == "—", len(l) >= 2 && strings.Trim(l, "_") == "":
			// The delimiters Visible cuts at: a signature or a list footer.
			return true
		case isDelimiter(l), isClosing(l), isDeviceLine(l), strings.HasPrefix(l, ">"):
		case i == 0 && strings.TrimLeft(l, "-—–") != l && signatureLine(strings.TrimLeft(l, "-—– ")):
			// "-Alex", "— Alex"
		case !signatureLine(l):
			// The first line too: one found for holding the sender's name
			// must hold nothing else ("Alex, wait" is no signature).
			return false
		}
	}
	return true
}

// signatureLine reports whether a line of a signature holds only names,
// titles and contact details, in parts separated by "|", "•", "·" or ",":
// "Alex Morgan", "J.", "Senior Data Analyst | Contoso", "+1 (555) 010-0199",
// "alex@example.com".
func signatureLine(l string) bool {
	if strings.ContainsAny(l, "?!;") {
		return false
	}
	parts := strings.FieldsFunc(l, func(r rune) bool { return strings.ContainsRune("|•·,", r) })
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		if !contactPart(p) && !namePart(p) {
			return false
		}
	}
	return true
}

// contactPart reports whether a part of a signature line is a phone number,
// an e-mail address or a link, maybe after a label ("Tel: +1 555 0100").
func contactPart(p string) bool {
	p = strings.TrimSpace(p)
	if i := strings.IndexByte(p, ':'); i > 0 && i <= 8 && !strings.HasPrefix(p[i:], "://") {
		p = strings.TrimSpace(p[i+1:])
	}
	f := strings.Fields(p)
	if len(f) == 1 && (strings.Contains(f[0], "@") || strings.Contains(f[0], "://") ||
		strings.HasPrefix(strings.ToLower(f[0]), "www.")) {
		return true
	}
	digits := 0
	for _, r := range p {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune("+-(). /", r):
		default:
			return false
		}
	}
	return digits >= 6
}

// namePart reports whether a part of a signature line is a name or a title:
// at most six words, each capitalised ("Alex", "O'Brien", "Jean-Luc", "A.")
// or a joining word ("of", "and", "van"), none a word that starts an
// instruction ("Wait", "Actually", "P.S.").
func namePart(p string) bool {
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 6 || strings.Contains(p, ":") {
		return false
	}
	capital := false
	for _, w := range words {
		lw := strings.Trim(strings.ToLower(w), ".")
		if notInSignatures[lw] {
			return false
		}
		if nameJoiners[lw] {
			continue
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !strings.ContainsRune(".-'’&", r) {
				return false
			}
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		capital = true
	}
	return capital
}

// nameJoiners are the lower-case words names and titles carry:
// "Head of Data", "Ludwig van Beethoven".
var nameJoiners = map[string]bool{
	"of": true, "and": true, "&": true, "at": true, "for": true, "the": true, "de": true, "du": true, "des": true,
	"la": true, "le": true, "van": true, "von": true, "der": true, "den": true, "da": true, "di": true, "del": true,
	"y": true, "e": true, "bin": true, "al": true,
}

// notInSignatures are words that start a postscript or a second thought,
// lower case, never part of a name or title, even capitalised.
var notInSignatures = map[string]bool{
	"p.s": true, "ps": true, "pps": true, "p.p.s": true, "wait": true, "hold": true, "actually": true, "not": true,
	"don't": true, "dont": true, "do": true, "but": true, "please": true, "later": true, "tomorrow": true,
	"today": true, "tonight": true, "until": true, "till": true, "after": true, "before": true, "first": true,
	"instead": true, "also": true, "sorry": true, "never": true, "nevermind": true, "hmm": true, "oh": true,
	"on": true, "maybe": true, "yet": true, "again": true, "change": true, "edit": true, "no": true, "yes": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"i": true, "we": true, "it": true, "is": true, "this": true, "that": true, "let": true, "let's": true,
}

// maxSignatureLines is the most non-blank lines a signature may have.
const maxSignatureLines = 15

func isDelimiter(l string) bool {
	if len(l) < 2 {
		return false
	}
	return strings.Trim(l, "-_=~—–* ") == ""
}

func allShort(lines []string, limit int) bool {
	for _, l := range lines {
		if utf8.RuneCountInString(strings.TrimSpace(l)) > limit {
			return false
		}
	}
	return true
}

// senderNames returns the lower-case names a signature line may carry: the
// full name, and each name part or e-mail local part of three letters or more.
func senderNames(sender string) []string {
	s := strings.ToLower(strings.TrimSpace(sender))
	if s == "" {
		return nil
	}
	if i := strings.IndexByte(s, '@'); i >= 0 {
		s = s[:i]
	}
	names := []string{s}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(f) >= 3 && f != s {
			names = append(names, f)
		}
	}
	return names
}

// namesSender reports whether a short line contains one of the sender's names
// as a whole word.
func namesSender(l string, names []string) bool {
	if len(names) == 0 || utf8.RuneCountInString(l) > 40 {
		return false
	}
	t := strings.ToLower(l)
	for _, name := range names {
		for off := 0; ; {
			i := strings.Index(t[off:], name)
			if i < 0 {
				break
			}
			i += off
			before, _ := utf8.DecodeLastRuneInString(t[:i])
			after, _ := utf8.DecodeRuneInString(t[i+len(name):])
			if (i == 0 || !unicode.IsLetter(before)) && (i+len(name) == len(t) || !unicode.IsLetter(after)) {
				return true
			}
			off = i + len(name)
		}
	}
	return false
}
