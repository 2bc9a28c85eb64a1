package classify

import (
	"strings"
	"testing"
)

// TestEveryLanguageFillsEveryClass keeps the languages level: a class one
// language lacks is a signal the classifier misses in that language.
func TestEveryLanguageFillsEveryClass(t *testing.T) {
	required := []string{"function_words", "months", "weekdays", "people_trigger", "list_heading", "guest_heading", "sender_present", "sender_joined", "names_before",
		// people and panels
		"not_names", "sentence_articles", "title_words", "title_endings", "title_articles", "name_articles", "honorifics",
		"pronouns", "relative_words", "and_words", "multi_join", "list_adverbs", "self_words", "self_emphasis", "us_words",
		"same_words", "generic_with", "past_talk", "thanks_words", "duration_words", "name_column", "role_column", "agenda_with", "from_words",
		"leave_out_title", "tech_check_words", "recruit_prefix", "recruiter_words", "cc_mark", "cc_run_prefix",
		"cc_organise_prefix", "people_count", "contact_words", "sender_absent", "purpose_contact_words",
		// times, agendas, agencies, mail programs
		"hours_words", "or_words", "until_words", "approx_words", "range_from", "name_particles", "pay_words", "time_labels", "old_labels", "social_words", "welcome_words", "organiser_titles", "client_words",
		"auto_reply_prefix", "forward_prefix", "not_interview_row",
		// job titles, references and employers
		"job_nouns", "lower_title_nouns", "team_words", "job_suffixes", "ref_words", "seniority_abbrevs", "role_keywords", "role_intro", "role_intro_weak",
		"role_stop_back", "role_stop_words", "role_forward_stop", "role_articles", "role_elided_intro",
		"org_intro", "org_articles", "meeting_adjectives", "agency_name_words", "department_words", "subject_noise",
		"disclaimer_words", "disclaimer_context", "region_words", "abbrev_titles"}
	// the sections a language truly has no words for, and why
	none := map[string]string{
		"fr title_endings":      "Romance languages write a title in several words (chef de projet), not as one compound",
		"es title_endings":      "Romance languages write a title in several words (jefe de proyecto), not as one compound",
		"it title_endings":      "Romance languages write a title in several words (capo progetto), not as one compound",
		"pt title_endings":      "Romance languages write a title in several words (gerente de projeto), not as one compound",
		"en name_articles":      "English puts no article before a person's name",
		"fr name_articles":      "French puts no article before a person's name",
		"de name_articles":      "written German puts no article before a person's name (\"der Tom\" is spoken only)",
		"en self_emphasis":      "English stresses the sender in one word, \"myself\", a [self_words] word",
		"fr job_suffixes":       "Romance languages write a title in several words (chef de projet), not as one compound",
		"es job_suffixes":       "Romance languages write a title in several words (jefe de proyecto), not as one compound",
		"it job_suffixes":       "Romance languages write a title in several words (capo progetto), not as one compound",
		"pt job_suffixes":       "Romance languages write a title in several words (gerente de projeto), not as one compound",
		"en lower_title_nouns":  "English titles stop at the first lower-case word after the noun (Data Engineer with ...)",
		"de lower_title_nouns":  "German titles stop at the first lower-case word after the noun",
		"nl lower_title_nouns":  "Dutch titles stop at the first lower-case word after the noun",
		"fr role_keywords":      "French names the post before the title (le poste de ...), a [role_intro]",
		"es role_keywords":      "Spanish names the post before the title (el puesto de ...), a [role_intro]",
		"it role_keywords":      "Italian names the post before the title (la posizione di ...), a [role_intro]",
		"pt role_keywords":      "Portuguese names the post before the title (a vaga de ...), a [role_intro]",
		"en role_elided_intro":  "English elides no preposition before a title",
		"de role_elided_intro":  "German elides no preposition before a title",
		"nl role_elided_intro":  "Dutch elides no preposition before a title",
		"it role_elided_intro":  "Italian writes the preposition before a title in full (la posizione di ...)",
		"pt role_elided_intro":  "Portuguese writes the preposition before a title in full (a vaga de ...)",
		"en org_articles":       "English puts no article between \"at\" and a company's name",
		"pt org_articles":       "Portuguese joins the article to the preposition (na Acme), an [org_intro] word",
		"fr meeting_adjectives": "French puts the qualifier after the meeting word (entretien technique)",
		"es meeting_adjectives": "Spanish puts the qualifier after the meeting word (entrevista tecnica)",
		"it meeting_adjectives": "Italian puts the qualifier after the meeting word (colloquio tecnico)",
		"pt meeting_adjectives": "Portuguese puts the qualifier after the meeting word (entrevista tecnica)",
		"fr seniority_abbrevs":  "French titles write seniority out (senior, confirme, junior), never abbreviated",
		"de seniority_abbrevs":  "German titles write seniority out (Senior, Junior), never abbreviated",
		"it seniority_abbrevs":  "Italian titles write seniority out (senior, junior), never abbreviated",
		"nl seniority_abbrevs":  "Dutch titles write seniority out (senior, medior, junior), never abbreviated",
	}
	var missing []string
	for _, l := range languages {
		for f := family(0); f < famCount; f++ {
			if len(l.phrases[f]) == 0 {
				missing = append(missing, l.code+" "+famClasses[f])
			}
		}
		for _, s := range required {
			empty := len(l.values[s]) == 0 && len(l.words[s]) == 0 && len(l.seqs[s]) == 0
			if _, ok := none[l.code+" "+s]; ok != empty {
				if ok {
					missing = append(missing, l.code+" "+s+": filled, yet listed as having no words")
				} else {
					missing = append(missing, l.code+" "+s)
				}
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
