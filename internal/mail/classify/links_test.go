package classify

import (
	"fmt"
	"testing"
)

func TestMailtoAnchors(t *testing.T) {
	tests := []struct {
		name, html string
		want       string
	}{
		{"name linked", `<a href="mailto:jonas.brandt@lumen.example">Jonas Brandt</a>`, "[[Jonas Brandt jonas.brandt@lumen.example]]"},
		{"upper case, query, tags in the text", `<A HREF='MAILTO:tom.wu@x.example?subject=Hi'>Tom <b>Wu</b></A>`, "[[Tom Wu tom.wu@x.example]]"},
		{"entities", `<a href="mailto:ines@x.example">In&egrave;s Duarte</a>`, "[[Inès Duarte ines@x.example]]"},
		{"address as the text", `<a href="mailto:a.b@x.example">a.b@x.example</a>`, "[]"},
		{"no closing tag", `<a href="mailto:a.b@x.example">Ann B`, "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fmt.Sprint(mailtoAnchors(tt.html)); got != tt.want {
				t.Errorf("mailtoAnchors(%q) = %s, want %s", tt.html, got, tt.want)
			}
		})
	}
}

func TestLocalSpells(t *testing.T) {
	tests := []struct {
		local, name string
		alone, want bool
	}{
		{"joaquin.ibanez", "Joaquín Ibáñez Peña", false, true},
		{"jbrandt", "Jonas Brandt", false, true},
		{"brandt.j", "Jonas Brandt", false, true},
		{"jonas_brandt", "Jonas Brandt", false, true},
		{"jonas", "Jonas Brandt", true, true},
		{"jonas", "Jonas Brandt", false, false},
		{"sanne.devries", "Sanne de Vries", false, true},
		{"tom.wu", "Jonas Brandt", false, false},
		{"jo", "Jo", true, false},
	}
	for _, tt := range tests {
		if got := localSpells(tt.local, nameWords(tt.name), tt.alone); got != tt.want {
			t.Errorf("localSpells(%q, %q, %v) = %v, want %v", tt.local, tt.name, tt.alone, got, tt.want)
		}
	}
}
