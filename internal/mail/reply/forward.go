package reply

import (
	"bytes"
	"mime"
	netmail "net/mail"
	"regexp"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/mail/message"
)

// Forward is a message the owner forwarded to followupd with a verdict on
// its first line ("rejection", "interview Fri 10:00 with Tom Wu
// <tom@x.example>", "ignore").
type Forward struct {
	Answer   Answer
	Original *message.Message // the forwarded message, as far as the forward shows it
}

// ReadForward reads a forward to act: the first line of the new text is
// a verdict (ReadVerdict) and a forwarded message follows, inline (Gmail's
// "Forwarded message", Apple Mail's "Begin forwarded message:", Outlook's
// "Original Message" or a From/Sent/To/Subject block) or attached
// (message/rfc822, which message.Parse writes out the same way). The
// original is rebuilt from the header lines the forward shows (From,
// Reply-To, To, Cc, Date or Sent, Subject, Message-ID) and its text.
func ReadForward(m *message.Message) (Forward, bool) {
	if m == nil {
		return Forward{}, false
	}
	if !mayForward(m.Body) {
		return Forward{}, false
	}
	body := strings.ReplaceAll(m.Body, "\r\n", "\n")
	fresh := Visible(body)
	first := ""
	for _, l := range strings.Split(fresh, "\n") {
		if t := strings.TrimSpace(l); t != "" {
			first = t
			break
		}
	}
	a, ok := ReadVerdict(first)
	if !ok {
		return Forward{}, false
	}
	orig, ok := forwarded(body, m.Date)
	if !ok {
		return Forward{}, false
	}
	return Forward{Answer: a, Original: orig}, true
}

var (
	separatorRe = regexp.MustCompile(`(?i)^[-_ >]*(-{2,}\s*(forwarded message|original message)\s*-{2,}|begin forwarded message:?|_{10,})\s*$`)
	headerRe    = regexp.MustCompile(`^\*?(From|Von|De|Date|Sent|Envoyé|Gesendet|Datum|Subject|Objet|Betreff|Asunto|To|An|À|Para|Cc|Reply-To|Message-I[Dd])\*?:\s*(.*)$`)
	mailtoRe    = regexp.MustCompile(`\[mailto:([^\]]+)\]`)
)

var headerKeys = map[string]string{
	"from": "From", "von": "From", "de": "From",
	"date": "Date", "sent": "Date", "envoyé": "Date", "gesendet": "Date", "datum": "Date",
	"subject": "Subject", "objet": "Subject", "betreff": "Subject", "asunto": "Subject",
	"to": "To", "an": "To", "à": "To", "para": "To", "cc": "Cc", "reply-to": "Reply-To",
	"message-id": "Message-Id",
}

var dateLayouts = []string{
	"Mon, 2 Jan 2006 at 15:04", "Mon, Jan 2, 2006 at 3:04 PM", "Monday, January 2, 2006 3:04 PM", "Monday, January 2, 2006 at 3:04 PM",
	"Monday, 2 January 2006 15:04", "2 January 2006 at 15:04:05 MST", "January 2, 2006 at 3:04:05 PM MST", "2006-01-02 15:04",
	"Mon, 2 Jan 2006 15:04", "Mon, 2 Jan 2006 at 15:04 MST",
}

// fromLabels are the labels of a forwarded message's From line as headerRe
// reads them ("From:", "*From*:", "Von:", "De:").
var fromLabels = func() []string {
	var out []string
	for k, v := range headerKeys {
		if v == "From" {
			label := strings.ToUpper(k[:1]) + k[1:]
			out = append(out, label+":", label+"*:")
		}
	}
	return out
}()

// mayForward reports whether body can show a forwarded message at all:
// forwarded needs a From line, and most mail has none. It spares a long
// scan of an inbox reading the visible text of every message.
func mayForward(body string) bool {
	for _, l := range fromLabels {
		if strings.Contains(body, l) {
			return true
		}
	}
	return false
}

// forwarded finds the first forwarded message in body.
func forwarded(body string, fallback time.Time) (*message.Message, bool) {
	lines := strings.Split(body, "\n")
	start := -1
	for i, l := range lines {
		t := strings.TrimSpace(strings.TrimLeft(l, "> "))
		if separatorRe.MatchString(t) {
			start = i + 1
			break
		}
		if m := headerRe.FindStringSubmatch(t); m != nil && headerKeys[strings.ToLower(m[1])] == "From" && i > 0 && hasSubjectBelow(lines[i:]) {
			start = i
			break
		}
	}
	if start < 0 {
		return nil, false
	}
	for start < len(lines) && strings.TrimSpace(strings.TrimLeft(lines[start], "> ")) == "" {
		start++
	}
	hdr := map[string]string{}
	i := start
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(strings.TrimLeft(lines[i], ">"))
		if t == "" {
			break
		}
		m := headerRe.FindStringSubmatch(t)
		if m == nil {
			break
		}
		k := headerKeys[strings.ToLower(m[1])]
		if _, seen := hdr[k]; !seen {
			hdr[k] = strings.TrimSpace(m[2])
		}
	}
	from := mailtoRe.ReplaceAllString(hdr["From"], "<$1>")
	addr, err := netmail.ParseAddress(from)
	if err != nil {
		return nil, false
	}
	var text []string
	quoted := true
	for _, l := range lines[i:] {
		if l != "" && !strings.HasPrefix(l, ">") {
			quoted = false
		}
	}
	for _, l := range lines[i:] {
		if quoted {
			l = strings.TrimPrefix(strings.TrimPrefix(l, ">"), " ")
		}
		text = append(text, l)
	}
	date := fallback
	if d, ok := parseDate(hdr["Date"]); ok {
		date = d
	}
	var raw bytes.Buffer
	raw.WriteString("From: " + (&netmail.Address{Name: addr.Name, Address: addr.Address}).String() + "\r\n")
	for _, k := range []string{"To", "Cc", "Reply-To"} {
		if v := mailtoRe.ReplaceAllString(hdr[k], "<$1>"); v != "" {
			if list, err := netmail.ParseAddressList(v); err == nil {
				var out []string
				for _, a := range list {
					out = append(out, a.String())
				}
				raw.WriteString(k + ": " + strings.Join(out, ", ") + "\r\n")
			}
		}
	}
	raw.WriteString("Subject: " + mime.QEncoding.Encode("utf-8", hdr["Subject"]) + "\r\n")
	if !date.IsZero() {
		raw.WriteString("Date: " + date.Format(time.RFC1123Z) + "\r\n")
	}
	if id := strings.Trim(strings.TrimSpace(hdr["Message-Id"]), "<>"); id != "" && strings.Contains(id, "@") && !strings.ContainsAny(id, " \t") {
		raw.WriteString("Message-ID: <" + id + ">\r\n")
	}
	raw.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	raw.WriteString(strings.ReplaceAll(strings.TrimSpace(strings.Join(text, "\n")), "\n", "\r\n") + "\r\n")
	orig, err := message.Parse(&raw)
	if err != nil {
		return nil, false
	}
	return orig, true
}

func hasSubjectBelow(lines []string) bool {
	for j := 1; j < len(lines) && j < 8; j++ {
		m := headerRe.FindStringSubmatch(strings.TrimSpace(strings.TrimLeft(lines[j], "> ")))
		if m == nil {
			return false
		}
		if headerKeys[strings.ToLower(m[1])] == "Subject" {
			return true
		}
	}
	return false
}

func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	if t, err := netmail.ParseDate(s); err == nil {
		return t, true
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
