package reply

import "github.com/followupd/followupd/internal/mail/message"

// FromMessage reads the command of a parsed reply. The plain-text body
// (m.Body) is read with Visible and, when the mail also has an HTML body, the
// HTML is read on its own with VisibleHTML; when both readings give the same
// action the plain-text one is returned, and when they differ the answer is
// Unknown, so that no client quirk in one of the two bodies can make a reply
// act. A mail with an HTML body only (empty m.Body) is read from the HTML.
//
// The command also says what only an answer to "Did it go out?" needs
// (SaysSent, YesNo) and the name given with a new recipient (ToName).
func FromMessage(m *message.Message) Command { return annotate(fromMessage(m)) }

func fromMessage(m *message.Message) Command {
	if m == nil {
		return Command{Action: Unknown}
	}
	sender := ""
	if len(m.From) > 0 {
		// The names of the display name and of the address's local part.
		sender = m.From[0].Name + " " + m.From[0].Email
	}
	text := InterpretFrom(Visible(m.Body), sender)
	if m.HTML == "" {
		return text
	}
	html := InterpretFrom(VisibleHTML(m.HTML), sender)
	switch {
	case text.Action == html.Action:
		return text
	case text.Read == "":
		return html
	}
	return Command{Action: Unknown, Read: text.Read}
}
