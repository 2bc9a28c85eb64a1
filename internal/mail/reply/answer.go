package reply

import (
	netmail "net/mail"
	"strings"

	"github.com/followupd/followupd/internal/mail/quote"
)

// annotate adds to a command what only some questions need: the name
// given with a new recipient, and whether the answer says the letter went
// out or is a bare yes or no.
func annotate(c Command) Command {
	if c.Action == Recipient {
		c.ToName = recipientName(c.Read, c.To)
	}
	c.SaysSent, c.YesNo = saysSent(c.Read), yesOrNo(c.Read)
	return c
}

// EditedDraft finds a letter the owner edited between the approval
// request's marker lines (beginMark and endMark, compose.DraftBegin and
// compose.DraftEnd) in the new part of a
// reply's text, and returns it as an Edit command: Body is the letter and
// Subject the subject, if the owner kept the header lines. Markers inside
// quoted text (a client quoting the request whole, as Outlook does) do not
// count, nor a letter unchanged from current.
func EditedDraft(text, current, beginMark, endMark string) (Command, bool) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	begin, off := -1, 0
	for _, line := range strings.SplitAfter(text, "\n") {
		if strings.TrimSpace(line) == beginMark {
			begin = off
			break
		}
		off += len(line)
	}
	if begin < 0 {
		return Command{}, false
	}
	if _, quoted := quote.Split(text[:begin]); strings.TrimSpace(quoted) != "" {
		return Command{}, false
	}
	rest := text[begin+len(beginMark):]
	letter, _, found := strings.Cut(rest, endMark)
	if !found {
		return Command{}, false
	}
	subject := ""
	lines := strings.Split(strings.Trim(letter, "\n"), "\n")
	i := 0
	for ; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if k, v, isHeader := strings.Cut(l, ":"); isHeader && (strings.EqualFold(k, "From") || strings.EqualFold(k, "To") || strings.EqualFold(k, "Subject")) {
			if strings.EqualFold(k, "Subject") {
				subject = strings.TrimSpace(v)
			}
			continue
		}
		if l != "" {
			break
		}
	}
	body := strings.TrimSpace(strings.Join(lines[i:], "\n"))
	if body == "" || strings.Join(strings.Fields(body), " ") == strings.Join(strings.Fields(current), " ") {
		return Command{}, false
	}
	return Command{Action: Edit, Body: body, Read: body, Subject: subject}, true
}

// recipientName returns the display name the owner gave with the address
// in a "to:" line ("to: Sam Patel <sam@example.com>" gives "Sam Patel"),
// so that the letter greets them; "" when the line has none.
func recipientName(read, addr string) string {
	for _, line := range strings.Split(read, "\n") {
		line = strings.TrimSpace(line)
		if len(line) < 3 || !strings.EqualFold(line[:3], "to:") {
			continue
		}
		a, err := netmail.ParseAddress(strings.TrimSpace(line[3:]))
		if err != nil || !strings.EqualFold(a.Address, addr) {
			continue
		}
		name := strings.Join(strings.Fields(a.Name), " ")
		if strings.Contains(name, "@") {
			return ""
		}
		return name
	}
	return ""
}

// yesOrNo reports whether an answer is a bare yes or no, which cannot
// answer "Did it go out?" without ambiguity.
func yesOrNo(text string) bool {
	t := strings.Trim(strings.ToLower(strings.Join(strings.Fields(text), " ")), " .!,")
	switch t {
	case "yes", "y", "yep", "yeah", "yup", "ya", "sure", "ok", "okay", "k", "correct", "right", "👍", "✅",
		"no", "n", "nope", "nah", "no it didn't", "no it did not", "👎", "❌",
		"oui", "non", "ja", "nein", "sí", "si":
		return true
	}
	return false
}

// saysSent reports whether the owner's answer to "Did it go out?" says it
// did ("sent", "it was sent", "it went out", "already sent").
func saysSent(text string) bool {
	t := strings.Trim(strings.ToLower(strings.Join(strings.Fields(text), " ")), " .!")
	switch t {
	case "sent", "it was sent", "it went out", "it went", "already sent", "was sent", "it's sent", "it is sent", "went out":
		return true
	}
	return false
}
