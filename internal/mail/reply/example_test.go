package reply_test

import (
	"fmt"

	"github.com/followupd/followupd/internal/mail/reply"
)

func ExampleInterpret() {
	for _, body := range []string{
		"Yes, send it.\n\nSent from my iPhone\n\n> On 2 Feb 2026, at 10:02, followupd <f@example.com> wrote:\n> Dear Dana, ...",
		"No, send it",
		"notes: she prefers mornings",
		"to: dana.lee@acme.example",
	} {
		c := reply.Interpret(reply.Visible(body))
		fmt.Printf("%s %q\n", c.Action, c.Read)
	}
	// Output:
	// approve "Yes, send it."
	// unknown "No, send it"
	// notes "notes: she prefers mornings"
	// recipient "to: dana.lee@acme.example"
}

func ExampleFindToken() {
	secret := []byte("a secret of at least 16 bytes, kept in the state dir")
	id := reply.MessageID(secret, 42, 3, "followupd.example.com")
	followup, version, ok := reply.FindToken(secret, []string{id}, nil)
	fmt.Println(followup, version, ok)
	_, _, ok = reply.FindToken([]byte("another installation's secret!!"), []string{id}, nil)
	fmt.Println(ok)
	// Output:
	// 42 3 true
	// false
}
