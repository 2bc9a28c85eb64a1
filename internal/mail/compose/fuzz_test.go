package compose

import (
	"strings"
	"testing"
)

// FuzzReplySubject checks that answering an answer never stacks prefixes.
func FuzzReplySubject(f *testing.F) {
	for _, s := range []string{"Your application", "RE: Aw: x", "Re[2]: TR: y", "[EXTERNAL] Re: z", "", "Re:", "Réf : a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := ReplySubject(s)
		if !strings.HasPrefix(once, "Re:") {
			t.Fatalf("ReplySubject(%q) = %q, want a \"Re:\" prefix", s, once)
		}
		if twice := ReplySubject(once); twice != once {
			t.Fatalf("ReplySubject(ReplySubject(%q)) = %q, want %q", s, twice, once)
		}
	})
}

// FuzzThankYous drafts with arbitrary notes and names: drafting never
// fails, and nothing of the template machinery leaks into the letter.
func FuzzThankYous(f *testing.F) {
	f.Add("discussed: dbt\npromised: I will send the deck\n\nA paragraph", "Jane Doe", "Acme", "Analyst")
	f.Add("promised:\ndiscussed:\n\n\n", "", "", "")
	f.Add("Discuss: a, b.\nPROMISE: c", "Doe, Jane", "A & B <Co>", "{{.Role}}")
	f.Add("", "Jane", "Acme", "Analyst\nBcc: x")
	tm, err := Load("")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, notes, name, company, role string) {
		iv := Interview{Company: company, Role: role, Notes: notes,
			Interviewers: []Person{{Name: name, Email: "jane@acme.example"}}}
		ds, err := tm.ThankYous(owner, iv)
		if err != nil {
			t.Fatalf("ThankYous() = %v", err)
		}
		for _, d := range ds {
			if strings.Contains(d.Body, "<no value>") || !(strings.HasPrefix(d.Body, "Dear ") || strings.HasPrefix(d.Body, "Hello,\n")) {
				t.Fatalf("ThankYous() letter is malformed: %q\n%s", d.Subject, d.Body)
			}
			in := notes + name + company + role
			if strings.Contains(d.Body+d.Subject, "{{") && !strings.Contains(in, "{") {
				t.Fatalf("ThankYous() leaked template text:\n%s", d.Body)
			}
		}
	})
}
