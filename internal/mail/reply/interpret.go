package reply

import (
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Action is what the owner's reply asks for.
type Action string

// The actions a reply can carry.
const (
	// Approve sends the draft as it is.
	Approve Action = "approve"
	// Cancel drops the draft.
	Cancel Action = "cancel"
	// Notes stores the owner's notes (Command.Notes) with the follow-up.
	Notes Action = "notes"
	// Edit replaces the draft by the letter in Command.Body; the caller
	// should ask for approval of the edited letter, never send it directly.
	Edit Action = "edit"
	// Recipient changes the draft's recipient to Command.To; the caller
	// should ask for approval again.
	Recipient Action = "recipient"
	// Unknown means the reply was not understood or was ambiguous: nothing
	// must happen, and the owner is told what was read (Command.Read).
	Unknown Action = "unknown"
)

// Command is the reading of one reply.
type Command struct {
	Action Action
	Notes  string // Notes: the text after "notes:"
	Body   string // Edit: the edited letter, greeting to closing and name
	To     string // Recipient: the bare address from "to: name@example.com"
	Read   string // the text that was interpreted, to show back to the owner
	// ToName is the display name given with the address in a "to:" line
	// ("to: Sam Patel <sam@example.com>"), "" when none (FromMessage).
	ToName string
	// SaysSent: the answer says the letter went out ("sent", "it went
	// out"), which answers "Did it go out?" (FromMessage).
	SaysSent bool
	// YesNo: the answer is a bare yes or no, which cannot answer "Did it
	// go out?" without ambiguity (FromMessage).
	YesNo bool
	// Subject is the subject the owner kept above an edited letter
	// (EditedDraft), "" when none.
	Subject string
}

// maxCommandWords bounds a short command; a longer text is never read as
// Approve or Cancel.
const maxCommandWords = 10

// Interpret reads the command in the visible text of a reply (see Visible).
//
//   - A first line "notes: …" (or "note: …") gives Notes, with the rest of
//     the text but for the owner's closing and name ("Thanks,\nAlex"),
//     which are no part of the notes.
//   - A text that is only "to: name@example.com" (a closing may follow) gives
//     Recipient. Together with any other words it gives Unknown, so that a
//     new recipient is never combined with a send or cancel in one reply.
//   - A whole letter (a greeting line such as "Dear …", "Hi …", "Bonjour …",
//     "Hallo …", "Hola …" among the first lines, at least one body paragraph,
//     and a closing such as "Best regards," or "Cordialement,") gives Edit
//     with Body from the greeting to the end. Lines before the greeting are
//     allowed only when they end with ":" ("Use this one:").
//   - Otherwise, after a trailing closing block ("Thanks,\nJane") is set
//     aside, a short answer of at most three lines and ten words is read word
//     by word. Every word must be an approval ("send", "yes", "ok", "go
//     ahead", "lgtm", "👍", "oui", "ja", "sí" …), a cancellation ("cancel",
//     "no", "don't send", "skip", "stop", "👎", "❌", "non", "nein" …) or a
//     neutral word ("it", "please", "thanks" …), and only one of the two kinds
//     may occur. A question mark, an unknown word ("tomorrow", "yet", "but")
//     or both kinds ("no, send it") give Unknown.
func Interpret(visible string) Command { return InterpretFrom(visible, "") }

// InterpretFrom is Interpret for an answer from sender (a display name,
// an address, or both: "Camille Martin <cm@example.com>"), whose name on a
// line of its own after the command is a signature ("Yes, send it.\nCamille"),
// not an unknown word.
func InterpretFrom(visible, sender string) Command {
	v := strings.TrimSpace(strings.ReplaceAll(visible, "\r\n", "\n"))
	cmd := Command{Action: Unknown, Read: v}
	if v == "" {
		return cmd
	}
	lines := strings.Split(v, "\n")
	first := strings.TrimSpace(lines[0])

	if rest, ok := keyed(first, "notes", "note", "nota", "notiz", "notizen"); ok {
		notes := strings.TrimSpace(withoutClosing(rest + "\n" + strings.Join(lines[1:], "\n")))
		if notes != "" {
			return Command{Action: Notes, Notes: notes, Read: v}
		}
		return cmd
	}

	body, sig := Signature(v, sender)
	if hasCommandWord(sig) || !signOff(sig) {
		// A "closing" that carries a command, or is followed by more than
		// a name and contact details, is no closing: read it all.
		body = v
	}
	short := nonBlank(strings.Split(body, "\n"))

	if rest, ok := keyed(first, "to", "à", "an", "para"); ok {
		addr, err := mail.ParseAddress(strings.TrimSpace(rest))
		if err != nil || len(short) != 1 || !strings.Contains(addr.Address, "@") {
			return cmd
		}
		return Command{Action: Recipient, To: addr.Address, Read: v}
	}

	if letter, ok := editedLetter(lines); ok {
		return Command{Action: Edit, Body: letter, Read: v}
	}

	if len(short) == 0 || len(short) > 3 {
		return cmd
	}
	text := strings.Join(short, " ")
	cmd.Read = text
	cmd.Action = readShort(text)
	return cmd
}

// withoutClosing removes the last closing of a text ("Thanks,", "Best,
// Alex") and the name, title and contact lines that follow it; a text after
// them (a postscript) stays.
func withoutClosing(text string) string {
	lines := strings.Split(text, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if !isClosing(l) && !closingWithName(l) {
			continue
		}
		j := i + 1
		for j < len(lines) {
			t := strings.TrimSpace(lines[j])
			if t != "" && !signatureLine(t) && !isDeviceLine(t) {
				break
			}
			j++
		}
		before := strings.TrimRightFunc(strings.Join(lines[:i], "\n"), unicode.IsSpace)
		after := strings.Join(lines[j:], "\n")
		if before == "" || strings.TrimSpace(after) == "" {
			return before + after
		}
		return before + "\n\n" + after
	}
	return text
}

// closingWithName reports whether a line is a closing and a name:
// "Best, Alex Morgan".
func closingWithName(l string) bool {
	i := strings.IndexByte(l, ',')
	return i > 0 && isClosing(l[:i]) && namePart(l[i+1:])
}

// keyed reports whether a line is "key: rest" for one of the keys
// (case-insensitive, a space before the colon allowed, as French writes it).
func keyed(line string, keys ...string) (rest string, ok bool) {
	l := strings.ToLower(line)
	for _, k := range keys {
		if !strings.HasPrefix(l, k) {
			continue
		}
		t := strings.TrimLeft(line[len(k):], " \t\u00a0")
		for _, colon := range []string{":", "："} {
			if strings.HasPrefix(t, colon) {
				return t[len(colon):], true
			}
		}
	}
	return "", false
}

func nonBlank(lines []string) []string {
	var out []string
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// greetings open a letter, lower case.
var greetings = []string{
	"dear ", "dear,", "hi ", "hi,", "hello ", "hello,", "hey ", "good morning", "good afternoon", "good evening",
	"greetings", "bonjour", "bonsoir", "cher ", "chère ", "chers ", "madame", "monsieur", "salut ",
	"hallo", "guten tag", "guten morgen", "sehr geehrte", "liebe ", "lieber ", "moin",
	"hola", "estimado", "estimada", "buenos días", "buenos dias", "buenas tardes", "querido", "querida",
}

func isGreeting(l string) bool {
	t := strings.ToLower(strings.TrimSpace(l)) + " "
	if utf8.RuneCountInString(t) > 80 {
		return false
	}
	for _, g := range greetings {
		if strings.HasPrefix(t, g) {
			return true
		}
	}
	return false
}

// minLetterWords is the least number of words between greeting and closing
// for a text to count as a letter rather than a polite short answer.
const minLetterWords = 8

// editedLetter finds a whole letter in the reply: a greeting, body
// paragraphs and a closing. The body must not read as a short command.
func editedLetter(lines []string) (string, bool) {
	g := -1
	for i, seen := 0, 0; i < len(lines) && seen < 3; i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		if isGreeting(l) {
			g = i
			break
		}
		if !strings.HasSuffix(l, ":") {
			return "", false
		}
		seen++
	}
	if g < 0 {
		return "", false
	}
	c := -1
	for i := len(lines) - 1; i > g; i-- {
		l := strings.TrimSpace(lines[i])
		if isClosing(l) || isClosingWithName(l) {
			c = i
			break
		}
	}
	if c < 0 {
		return "", false
	}
	middle := strings.Join(nonBlank(lines[g+1:c]), " ")
	if len(strings.Fields(middle)) < minLetterWords || readShort(middle) != Unknown {
		return "", false
	}
	return strings.TrimSpace(strings.Join(lines[g:], "\n")), true
}

// isClosingWithName reports whether a line is a closing followed by a name
// on the same line: "Best regards, Jane".
func isClosingWithName(l string) bool {
	i := strings.IndexByte(l, ',')
	if i <= 0 || utf8.RuneCountInString(l) > 60 {
		return false
	}
	return isClosing(l[:i]) && len(strings.Fields(l[i+1:])) <= 3
}

type wordKind int

const (
	neutral wordKind = iota
	approving
	cancelling
)

// vocabulary maps the words and phrases of short answers, lower case, with
// "don't"/"do not" normalised to "dont", to their kind. Phrases are matched
// longest first, up to three words.
var vocabulary = map[string]wordKind{
	// approve
	"send": approving, "send it": approving, "yes": approving, "ok": approving, "okay": approving, "okey": approving,
	"k": approving, "kk": approving, "approve": approving, "approved": approving, "go ahead": approving,
	"looks good": approving, "look good": approving, "sounds good": approving, "lgtm": approving, "sure": approving,
	"y": approving, "yep": approving, "yeah": approving, "yup": approving, "ya": approving, "go for it": approving,
	"good to go": approving, "ok to send": approving, "okay to send": approving, "good to send": approving,
	"fine to send": approving, "all good": approving, "ship it": approving, "confirm": approving, "confirmed": approving, "agreed": approving,
	"👍": approving, "✅": approving, "👌": approving, "✔": approving, "☑": approving, "✓": approving,
	"oui": approving, "d'accord": approving, "daccord": approving, "envoyer": approving, "envoie": approving,
	"envoyez": approving, "envoie le": approving, "envoyez le": approving, "vas y": approving, "allez y": approving,
	"ja": approving, "senden": approving, "abschicken": approving, "schick es": approving, "schicken": approving, "passt": approving, "einverstanden": approving,
	"sí": approving, "si": approving, "vale": approving, "enviar": approving, "envíalo": approving, "envialo": approving,
	"envía": approving, "envia": approving, "adelante": approving, "de acuerdo": approving,
	// cancel
	"cancel": cancelling, "cancel it": cancelling, "no": cancelling, "nope": cancelling, "nah": cancelling,
	"n": cancelling, "skip": cancelling, "skip it": cancelling, "stop": cancelling, "dont send": cancelling,
	"dont send it": cancelling, "discard": cancelling, "abort": cancelling, "drop it": cancelling,
	"👎": cancelling, "❌": cancelling, "✖": cancelling, "🚫": cancelling, "✗": cancelling,
	"non": cancelling, "annuler": cancelling, "annule": cancelling, "annulez": cancelling, "ne pas envoyer": cancelling,
	"n'envoie pas": cancelling, "nein": cancelling, "abbrechen": cancelling, "nicht senden": cancelling,
	"nicht schicken": cancelling, "stopp": cancelling, "cancelar": cancelling, "no enviar": cancelling,
	"no lo envíes": cancelling, "no lo envies": cancelling,
	// neutral
	"it": neutral, "this": neutral, "that": neutral, "the": neutral, "email": neutral, "mail": neutral,
	"message": neutral, "draft": neutral, "letter": neutral, "one": neutral, "now": neutral, "please": neutral,
	"pls": neutral, "plz": neutral, "thanks": neutral, "thank you": neutral, "thx": neutral, "ty": neutral,
	"great": neutral, "perfect": neutral, "cool": neutral, "good": neutral, "fine": neutral, "and": neutral,
	"merci": neutral, "s'il te plaît": neutral, "s'il vous plaît": neutral, "stp": neutral, "svp": neutral,
	"parfait": neutral, "le": neutral, "danke": neutral, "bitte": neutral, "gut": neutral, "es": neutral,
	"gracias": neutral, "por favor": neutral, "perfecto": neutral, "lo": neutral,
	"🙏": neutral, "🙂": neutral, "😊": neutral, "😀": neutral,
}

// readShort reads a short answer word by word (see Interpret).
func readShort(text string) Action {
	if strings.ContainsAny(text, "?？¿") {
		return Unknown
	}
	words := tokens(text)
	if len(words) == 0 || len(words) > maxCommandWords {
		return Unknown
	}
	var approve, cancel bool
	for i := 0; i < len(words); {
		n, kind, ok := 0, neutral, false
		for size := min(3, len(words)-i); size >= 1; size-- {
			if k, found := vocabulary[strings.Join(words[i:i+size], " ")]; found {
				n, kind, ok = size, k, true
				break
			}
		}
		if !ok {
			return Unknown
		}
		switch kind {
		case approving:
			approve = true
		case cancelling:
			cancel = true
		}
		i += n
	}
	switch {
	case approve && !cancel:
		return Approve
	case cancel && !approve:
		return Cancel
	}
	return Unknown
}

// hasCommandWord reports whether a text holds an approving or cancelling
// word.
func hasCommandWord(text string) bool {
	words := tokens(text)
	for i := range words {
		for size := 1; size <= 3 && i+size <= len(words); size++ {
			if k, ok := vocabulary[strings.Join(words[i:i+size], " ")]; ok && k != neutral {
				return true
			}
		}
	}
	return false
}

var (
	apostrophes = strings.NewReplacer("’", "'", "‘", "'", "-", " ")
	negations   = strings.NewReplacer("do not", "dont", "don't", "dont")
)

// tokens lower-cases a short answer and splits it into words and emoji.
// Apostrophes stay inside words; "don't", "dont" and "do not" become "dont".
func tokens(text string) []string {
	t := strings.ToLower(text)
	t = apostrophes.Replace(t)
	t = negations.Replace(t)
	var words []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, strings.Trim(cur.String(), "'"))
			cur.Reset()
		}
	}
	for _, r := range t {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'':
			cur.WriteRune(r)
		case r == '\ufe0f' || r == '\u200d' || (r >= 0x1f3fb && r <= 0x1f3ff):
			// Emoji presentation selector, joiner and skin tones.
		case unicode.Is(unicode.So, r) || r == '✓' || r == '✗':
			flush()
			words = append(words, string(r))
		default:
			flush()
		}
	}
	flush()
	out := words[:0]
	for _, w := range words {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}
