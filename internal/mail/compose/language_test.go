package compose

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// englishWords are words that mark an English sentence; none may appear in
// a letter written in another language (names and the owner's signature
// aside).
var englishWords = regexp.MustCompile(`(?i)\b(?:the|and|you|your|thank|thanks|would|regards|dear|hello|please|interview|application|role|with|for|my)\b`)

// TestLettersInEveryLanguage renders every letter kind in every language
// into golden files (testdata/lang/CODE-KIND.golden) and checks that no
// letter outside English holds an English word.
func TestLettersInEveryLanguage(t *testing.T) {
	tm := mustLoad(t)
	paris := mustZone(t, "Europe/Paris")
	wrote := time.Date(2026, 11, 3, 10, 0, 0, 0, paris)
	notes := "discussed: data quality\ndiscussed: the team's roadmap"
	for _, code := range Languages() {
		iv := interview(t)
		iv.Lang, iv.Notes = code, notes
		iv.Interviewers = []Person{{Name: "Mme Claire Dupont", Email: "claire.dupont@acme.example"}}
		personal, err := tm.ThankYous(owner, iv)
		if err != nil {
			t.Fatalf("%s: ThankYous = %v", code, err)
		}
		iv.Interviewers = []Person{{Name: "Claire Dupont"}, {Name: "Jan de Vries"}}
		iv.Notes = ""
		group, err := tm.ThankYous(owner, iv)
		if err != nil {
			t.Fatalf("%s: group ThankYous = %v", code, err)
		}
		feedback, err := tm.Feedback(owner, Rejection{Company: "Acme Analytics", Role: "Data Analyst (m/w/d)", Reference: "R-1234",
			Contact: Person{Name: "Herr Dr. Jonas Weber", Email: "jonas.weber@acme.example"}, Subject: "Your application",
			MessageID: "rej-1@acme.example", Interviewed: true, Lang: code})
		if err != nil {
			t.Fatalf("%s: Feedback = %v", code, err)
		}
		anon, err := tm.Feedback(owner, Rejection{Company: "Acme Analytics", Contact: Person{Email: "jobs@acme.example"}, Lang: code})
		if err != nil {
			t.Fatalf("%s: Feedback without names = %v", code, err)
		}
		status, err := tm.StatusCheck(owner, StatusCheck{Company: "Acme Analytics", Role: "Data Analyst",
			Contact: Person{Name: "Jan de Vries", Email: "jan.devries@acme.example"}, Subject: "Next steps", MessageID: "steps-1@acme.example",
			Wrote: wrote, Stated: time.Date(2026, 11, 13, 0, 0, 0, 0, paris), Lang: code})
		if err != nil {
			t.Fatalf("%s: StatusCheck = %v", code, err)
		}
		for _, c := range []struct {
			kind string
			d    Draft
		}{
			{"thankyou", personal[0]}, {"thankyou-group", group[0]}, {"feedback", feedback}, {"feedback-anonymous", anon}, {"status", status},
		} {
			t.Run(code+"/"+c.kind, func(t *testing.T) {
				if c.d.Lang != code {
					t.Errorf("Lang = %q, want %q", c.d.Lang, code)
				}
				golden(t, "lang/"+code+"-"+c.kind+".golden", showDraft(c.d))
				if code == English {
					return
				}
				letter, _, _ := strings.Cut(c.d.Body, closing(owner))
				text := c.d.Subject + "\n" + letter
				text = strings.NewReplacer("Acme Analytics", "", "Data Analyst", "", "Your application", "", "data quality", "",
					"the team's roadmap", "", "Next steps", "").Replace(text)
				if m := englishWords.FindAllString(text, -1); len(m) > 0 {
					t.Errorf("English words %q in the %s letter:\n%s", m, LanguageName(code), c.d.Body)
				}
			})
		}
	}
}

func TestGreeting(t *testing.T) {
	for _, c := range []struct {
		name, lang, display, want string
	}{
		{"fr title", "fr", "Mme Claire Dupont", "Bonjour Madame Dupont,"},
		{"fr no title", "fr", "Claire Dupont", "Bonjour Claire Dupont,"},
		{"fr nobody", "fr", "", "Madame, Monsieur,"},
		{"fr mailbox", "fr", "Acme Careers", "Madame, Monsieur,"},
		{"fr surname in capitals", "fr", "DUPONT Jean", "Bonjour Jean Dupont,"},
		{"de doctor", "de", "Frau Dr. Anna Becker", "Sehr geehrte Frau Dr. Becker,"},
		{"de man", "de", "Herr Jonas Weber", "Sehr geehrter Herr Weber,"},
		{"de neutral", "de", "Jonas Weber", "Guten Tag Jonas Weber,"},
		{"de nobody", "de", "", "Sehr geehrte Damen und Herren,"},
		{"es woman", "es", "Sra. Lucía Fernández García", "Estimada Sra. Fernández García:"},
		{"es neutral", "es", "Lucía Fernández", "Buenos días, Lucía Fernández:"},
		{"it man", "it", "Sig. Marco Rossi", "Gentile Sig. Rossi,"},
		{"it neutral", "it", "Marco Rossi", "Gentile Marco Rossi,"},
		{"pt woman", "pt", "Sra. Ana Silva", "Cara Sra. Silva,"},
		{"nl woman tussenvoegsel", "nl", "mevrouw Anna de Vries", "Geachte mevrouw De Vries,"},
		{"nl neutral", "nl", "Jan de Vries", "Geachte Jan de Vries,"},
		{"nl nobody", "nl", "", "Geachte heer, mevrouw,"},
		{"en", "en", "Ms Jane Doe", "Dear Ms Doe,"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got, _ := lang(c.lang).greeting(c.display, "Acme"); got != c.want {
				t.Errorf("greeting(%s, %q) = %q, want %q", c.lang, c.display, got, c.want)
			}
		})
	}
}

func TestTitledName(t *testing.T) {
	for _, c := range []struct{ name, display, text, want string }{
		{"signature", "Claire Dupont", "Bien cordialement,\n\nMme Claire Dupont\nRH", "Mme Claire Dupont"},
		{"surname only", "Anna Becker", "Ihre Ansprechpartnerin ist Frau Becker.", "Frau Anna Becker"},
		{"already titled", "Frau Anna Becker", "Herr Becker", "Frau Anna Becker"},
		{"nothing stated", "Claire Dupont", "Claire Dupont, RH", "Claire Dupont"},
		{"other person", "Claire Dupont", "M. Martin vous recevra.", "Claire Dupont"},
		{"one word", "Claire", "Mme Claire", "Claire"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := TitledName(c.display, c.text); got != c.want {
				t.Errorf("TitledName(%q, %q) = %q, want %q", c.display, c.text, got, c.want)
			}
		})
	}
}

func TestLetterLanguage(t *testing.T) {
	for _, c := range []struct {
		name, thread string
		allowed      []string
		want         string
	}{
		{"thread language", "fr", nil, "fr"},
		{"allowed", "de", []string{"en", "de"}, "de"},
		{"not allowed", "es", []string{"en", "de"}, "en"},
		{"unknown language", "sv", nil, "en"},
		{"unknown thread", "", nil, "en"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := LetterLanguage(c.thread, c.allowed); got != c.want {
				t.Errorf("LetterLanguage(%q, %v) = %q, want %q", c.thread, c.allowed, got, c.want)
			}
		})
	}
}

func TestDates(t *testing.T) {
	day := time.Date(2026, 11, 13, 0, 0, 0, 0, time.UTC)
	want := map[string]string{"en": "Friday 13 November", "fr": "vendredi 13 novembre", "es": "viernes 13 de noviembre",
		"de": "Freitag, 13. November", "it": "venerdì 13 novembre", "pt": "sexta-feira, 13 de novembro", "nl": "vrijdag 13 november"}
	for code, w := range want {
		if got := lang(code).date(day); got != w {
			t.Errorf("date(%s) = %q, want %q", code, got, w)
		}
	}
}
