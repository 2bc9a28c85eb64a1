package classify

import (
	"testing"

	"github.com/followupd/followupd/internal/mail/message"
)

func TestMentions(t *testing.T) {
	tests := []struct {
		name, subject, text string
		who                 Person
		want                bool
	}{
		{"full name", "Interview", "You will meet priya raman.", Person{Name: "Priya Raman"}, true},
		{"first name", "Re: Thursday", "Tom has a conflict.", Person{Name: "Tom Wu"}, true},
		{"possessive", "Change", "Due to Tom's travel", Person{Name: "Tom Wu"}, true},
		{"inside a word", "Tomorrow", "Tomorrow works", Person{Name: "Tom Wu"}, false},
		{"short first name", "Call", "Al will call", Person{Name: "Al Bo"}, false},
		{"no name", "Call", "Tom has a conflict.", Person{}, false},
		{"address quoted", "Call", "Write to tom.wu@acme.example", Person{Name: "T", Email: "tom.wu@acme.example"}, true},
	}
	for _, tt := range tests {
		m := &message.Message{Subject: tt.subject, Text: tt.text}
		if got := Mentions(m, tt.who); got != tt.want {
			t.Errorf("%s: Mentions = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestRounds checks that two texts naming the same round share a key, in
// any language, and that a text naming none has none.
func TestRounds(t *testing.T) {
	same := [][2]string{
		{"your final-round interview", "Interview confirmed: Analyst - final round"},
		{"Technical interview on Friday", "Moving your technical interview"},
		{"Votre entretien technique", "Report de l'entretien technique"},
		{"Ihr Fachgespräch am Montag", "Verschiebung: Fachgespräch"},
	}
	for _, p := range same {
		a, b := Rounds(p[0]), Rounds(p[1])
		shared := false
		for k := range a {
			shared = shared || b[k]
		}
		if !shared {
			t.Errorf("Rounds(%q) = %v and Rounds(%q) = %v share no round", p[0], a, p[1], b)
		}
	}
	if r := Rounds("Interview confirmed"); len(r) != 0 {
		t.Errorf("Rounds(\"Interview confirmed\") = %v, want none", r)
	}
	if a, b := Rounds("first round"), Rounds("final round"); len(a) == 0 || len(b) == 0 || a[firstKey(b)] {
		t.Errorf("first round %v and final round %v must differ", a, b)
	}
}

func firstKey(m map[string]bool) string {
	for k := range m {
		return k
	}
	return ""
}
