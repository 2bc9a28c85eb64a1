package submit_test

import (
	"bytes"
	"mime"
	"net/mail"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/followupd/followupd/internal/mail/submit"
)

// FuzzBuild checks that whatever the fields hold, Build either refuses the
// mail or writes a message that parses, carries exactly the header fields
// followupd sets (nothing injected), and whose body decodes to the input.
func FuzzBuild(f *testing.F) {
	f.Add("Thank you — interview", "Jane Doe", "approval", "Dear Jane,\n\nThanks.\n")
	f.Add("Hi\r\nBcc: x@y.z", "Jane\nBcc: x@y.z", "a\r\nb", ".\n..\n")
	f.Add(strings.Repeat("long words ", 30), `"Doe, Jane"`, "x", "=?utf-8?q?x?=\n")
	f.Fuzz(func(t *testing.T, subject, name, header, body string) {
		m := letter()
		m.Subject, m.To[0].Name, m.Body = subject, name, body
		m.Headers = map[string]string{"X-Followupd": header}
		raw, err := submit.Build(m)
		if err != nil {
			return
		}
		msg, err := mail.ReadMessage(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("Build() output does not parse: %v\n%q", err, raw)
		}
		allowed := map[string]bool{"Date": true, "Mime-Version": true, "Message-Id": true, "Subject": true, "From": true,
			"To": true, "Content-Transfer-Encoding": true, "Content-Type": true, "X-Followupd": true}
		for k, v := range msg.Header {
			if !allowed[k] || len(v) != 1 {
				t.Fatalf("Build() wrote header %s %q (injected?):\n%q", k, v, raw)
			}
		}
		if utf8.ValidString(subject) && !strings.ContainsFunc(subject, unicode.IsControl) &&
			subject == strings.Join(strings.Fields(subject), " ") {
			got, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
			if err != nil || got != subject {
				t.Fatalf("subject round trip = %q (%v), want %q\n%q", got, err, subject, raw)
			}
		}
		if !utf8.ValidString(body) {
			return // invalid UTF-8 need not round-trip
		}
		_, got := parse(t, raw)
		if want := strings.ReplaceAll(strings.ReplaceAll(body, "\r\n", "\n"), "\r", "\n"); got != want {
			t.Fatalf("body round trip = %q, want %q", got, want)
		}
	})
}
