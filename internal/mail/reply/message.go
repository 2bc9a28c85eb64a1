package reply

import "github.com/followupd/followupd/internal/mail/message"

// FromMessage reads the command of a parsed reply. The plain-text body
// (m.Body) is read with Visible and, when the mail also has an HTML body, the
// HTML is read on its own with VisibleHTML; when both readings give the same
// action the plain-text one is returned, and when they differ the answer is
// Unknown, so that no client quirk in one of the two bodies can make a reply
// act. A mail with an HTML body only (empty m.Body) is read from the HTML.
func FromMessage(m *message.Message) Command {
	if m == nil {
		return Command{Action: Unknown}
	}
	text := Interpret(Visible(m.Body))
	if m.HTML == "" {
		return text
	}
	html := Interpret(VisibleHTML(m.HTML))
	switch {
	case text.Action == html.Action:
		return text
	case text.Read == "":
		return html
	}
	return Command{Action: Unknown, Read: text.Read}
}
