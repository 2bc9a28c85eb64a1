package proofread

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// TestCheck runs the real hunspell with Debian's dictionaries; a language
// whose dictionary is not installed is skipped, naming its package.
func TestCheck(t *testing.T) {
	known := []string{"Dana Whitfield", "Northwind", "Senior Data Analyst", "Ngozi Adeyemi-Okafor"}
	tests := []struct {
		lang, pkg, text string
		want            []string
	}{
		{"", "hunspell-en-us", "Dear Dana Whitfield, I wanted to follow up on my aplication to Northwind for the Senior Data Analyst role.", []string{"aplication"}},
		{"fr", "hunspell-fr", "Bonjour Dana Whitfield, je me permets de revenir vers vous au sujet de ma candidatur chez Northwind.", []string{"candidatur"}},
		{"es", "hunspell-es", "Estimada Dana Whitfield: le escribo para preguntar por mi candidatura en Northwind. Atentamente, Ngozi Adeyemi-Okafor", nil},
		{"de", "hunspell-de-de", "Sehr geehrte Frau Whitfield, ich möchte mich nach dem Stand meiner Bewerbng bei Northwind erkundigen.", []string{"Bewerbng"}},
		{"it", "hunspell-it", "Gentile Dana Whitfield, le scrivo per avere notizie sulla mia candidatura presso Northwind.", nil},
		{"pt", "hunspell-pt-pt", "Cara Dana Whitfield, escrevo para saber se há novidades sobre a minha candidatura na Northwind. Contacto: dana@northwind.example, +351 21 000 0000", nil},
		{"nl", "hunspell-nl", "Beste Dana Whitfield, ik wilde graag vragen of er al nieuws is over mijn solicitatie bij Northwind.", []string{"solicitatie"}},
	}
	for _, tt := range tests {
		t.Run("lang="+tt.lang, func(t *testing.T) {
			r, err := Checker{}.Check(context.Background(), tt.lang, tt.text, known)
			if errors.Is(err, ErrNoDictionary) {
				t.Skipf("%v: install %s", err, tt.pkg)
			}
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(r.Unknown) != fmt.Sprint(tt.want) {
				t.Errorf("Check(%s).Unknown = %q, want %q (dictionary %s)", tt.lang, r.Unknown, tt.want, r.Dict)
			}
		})
	}
}

func TestNoDictionary(t *testing.T) {
	tests := []struct {
		name string
		c    Checker
		lang string
	}{
		{"no dictionary folder", Checker{Dirs: []string{t.TempDir()}}, "fr"},
		{"a language without dictionaries", Checker{}, "xx"},
		{"no program", Checker{Program: "hunspell-not-installed"}, "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.c.Check(context.Background(), tt.lang, "text", nil)
			if tt.name == "no program" {
				if _, derr := tt.c.Dictionary("en"); derr != nil {
					t.Skip("no English dictionary installed")
				}
			}
			if !errors.Is(err, ErrNoDictionary) {
				t.Errorf("Check = %v, want ErrNoDictionary", err)
			}
		})
	}
}
