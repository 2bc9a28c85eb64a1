package classify

import (
	"strings"
	"testing"
)

// TestEveryLanguageFillsEveryClass keeps the languages level: a class one
// language lacks is a signal the classifier misses in that language.
func TestEveryLanguageFillsEveryClass(t *testing.T) {
	required := []string{"function_words", "months", "weekdays", "people_trigger", "list_heading", "guest_heading", "sender_present", "sender_joined"}
	var missing []string
	for _, l := range languages {
		for f := family(0); f < famCount; f++ {
			if len(l.phrases[f]) == 0 {
				missing = append(missing, l.code+" "+famClasses[f])
			}
		}
		for _, s := range required {
			if len(l.values[s]) == 0 && len(l.words[s]) == 0 && len(l.seqs[s]) == 0 {
				missing = append(missing, l.code+" "+s)
			}
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d empty (language, class) pairs:\n%s", len(missing), strings.Join(missing, "\n"))
	}
}

// TestLanguagePhrases checks a few wordings of each language reach their
// class through the tokenizer (folding, elision, contractions).
func TestLanguagePhrases(t *testing.T) {
	tests := []struct {
		name, text string
		fam        family
	}{
		{"en idiom", "We can't wait to meet you.", famNegIdiom},
		{"fr idiom", "N'hésitez pas à me contacter.", famNegIdiom},
		{"fr filled", "Le poste a été pourvu en interne.", famFilled},
		{"fr other candidate", "Nous avons retenu un profil plus expérimenté.", famOtherCand},
		{"es filled", "La vacante ya ha sido cubierta.", famFilled},
		{"fr filled already", "Le poste a déjà été pourvu.", famFilled},
		{"es ack negation", "Comenzaste una solicitud pero no la has enviado.", famAckNeg},
		{"de other candidate", "Wir haben uns für eine andere Kandidatin entschieden.", famOtherCand},
		{"de ring", "Ich rufe Sie morgen um 10 Uhr an.", famRing},
		{"it ooo", "Sono fuori ufficio fino al 3 maggio.", famOOO},
		{"it progress", "Sei stato selezionato per la fase successiva.", famProgress},
		{"pt panel", "Você vai conhecer a Ana e o Rui.", famPanel},
		{"pt personal", "Boa sorte amanhã!", famPersonal},
		{"nl cancel", "Het gesprek van morgen gaat niet door.", famCancel},
		{"nl hold", "De vacature is helaas in de wacht gezet.", famHold},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ti := analyse(regNew, tt.text)
			for _, h := range ti.hits {
				if h.fam == tt.fam {
					return
				}
			}
			t.Errorf("analyse(%q) has no %s hit, hits %v", tt.text, famClasses[tt.fam], ti.hits)
		})
	}
}
