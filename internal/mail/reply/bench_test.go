package reply

import (
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkVisibleInterpret(b *testing.B) {
	inputs := map[string]string{
		"gmail reply": "Yes, send it.\n\nOn Mon, 2 Feb 2026 at 10:02, followupd <followupd@example.com>\nwrote:\n\n> Dear Dana,\n>\n> Thank you for taking the time.\n>\n> Best regards,\n> Jane\n",
	}
	dir := os.Getenv("FOLLOWUPD_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "..", "shared")
	}
	if data, err := os.ReadFile(filepath.Join(dir, "fixtures", "replies", "email_reply_parser", "email_long_quote.txt")); err == nil {
		inputs["email_long_quote.txt"] = string(data)
	}
	for name, in := range inputs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				Interpret(Visible(in))
			}
		})
	}
}

func BenchmarkVisibleHTML(b *testing.B) {
	in := `<div dir="ltr">Yes, send it.</div><br><div class="gmail_quote"><div class="gmail_attr">On Mon, 2 Feb 2026 at 10:02, followupd &lt;followupd@example.com&gt; wrote:<br></div><blockquote class="gmail_quote"><div>Dear Dana,</div><div><br></div><div>Thank you for taking the time.</div><div>Best regards,</div><div>Jane</div></blockquote></div>`
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		Interpret(VisibleHTML(in))
	}
}
