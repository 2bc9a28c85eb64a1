package reply

import (
	"strings"
	"testing"

	"github.com/followupd/followupd/internal/mail/message"
)

// TestAnswerSignedWithTheOwnersName: most people sign even a one-word
// answer; the owner's own name on the next line is a signature, not an
// unknown word that blocks the command. Another name is not.
func TestAnswerSignedWithTheOwnersName(t *testing.T) {
	tests := []struct {
		body string
		want Action
	}{
		{"Yes, send it.\nCamille", Approve},
		{"send\n\nCamille", Approve},
		{"Cancel\nCamille Martin", Cancel},
		{"send\n— Camille", Approve},
		{"Yes, send it.\nJordan", Unknown}, // not the sender's name
		{"send\nCamille\nP.S. hold it until Monday", Unknown},
		{"Camille", Unknown},
	}
	for _, tt := range tests {
		raw := "From: Camille Martin <candidate@example.test>\r\nTo: candidate@example.test\r\nSubject: Re: approve\r\n" +
			"Message-ID: <a@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + strings.ReplaceAll(tt.body, "\n", "\r\n") + "\r\n"
		m, err := message.Parse(strings.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		if got := FromMessage(m); got.Action != tt.want {
			t.Errorf("FromMessage(%q from Camille Martin) = %s (read %q), want %s", tt.body, got.Action, got.Read, tt.want)
		}
	}
}

// TestSenderNameLineIsNoSignatureWithMore: a line found for holding the
// sender's name is a signature only if it holds nothing else: "Alex,
// wait" takes the "send" back.
func TestSenderNameLineIsNoSignatureWithMore(t *testing.T) {
	for _, text := range []string{"send it\nAlex, wait", "yes\nAlex - not yet", "send it\nAlex, hold on, not yet", "send\nAlex wait"} {
		if got := InterpretFrom(text, "Alex Morgan <alex@example.com>"); got.Action != Unknown {
			t.Errorf("InterpretFrom(%q, Alex Morgan) = %s, want %s", text, got.Action, Unknown)
		}
	}
	for _, text := range []string{"send it\nAlex", "send it\n-Alex", "send it\n— Alex Morgan", "send it\n\nThanks,\nAlex"} {
		if got := InterpretFrom(text, "Alex Morgan <alex@example.com>"); got.Action != Approve {
			t.Errorf("InterpretFrom(%q, Alex Morgan) = %s, want %s", text, got.Action, Approve)
		}
	}
}
