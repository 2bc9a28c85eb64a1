package classify

import (
	"strings"
	"testing"

	"github.com/followupd/followupd/internal/mail/message"
)

func TestRoleIn(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a title in guillemets after the post's word", "Tu postulación a la vacante «Desarrollador Web Senior» de Grupo Ceiba (Cali) quedó registrada.", "Desarrollador Web Senior"},
		{"a title in curly quotes after the post's word", "Thanks for applying to the position “Platform Engineer, Payments” at Brightmoor.", "Platform Engineer, Payments"},
		{"Spanish title stops at the date", "Te confirmo la entrevista para el puesto de Analista de Datos el jueves 19 de noviembre a las 10:00.", "Analista de Datos"},
		{"German gender marker kept", "vielen Dank für Ihre Bewerbung als Werkstudent Data Analytics (m/w/d) bei der Lindwurm Versicherung.", "Werkstudent Data Analytics (m/w/d)"},
		{"German Position without als", "die Einladung für die Position Data Engineer bei Kestrel Logistik.", "Data Engineer"},
		{"Italian posizione di ... presso", "la tua candidatura per la posizione di Sviluppatore Go presso Laguna Tech.", "Sviluppatore Go"},
		{"Portuguese lower-case continuation", "Obrigada pelo interesse na vaga de Engenheiro de Software Sênior na Caravela Pagamentos.", "Engenheiro de Software Sênior"},
		{"Dutch functie ... bij", "Bedankt voor je sollicitatie op de functie Backend Developer bij Duinstra.", "Backend Developer"},
		{"French title with a date after it", "le poste de Product Owner le mardi 8 septembre à 15h00.", "Product Owner"},
		{"Italian title stops at 'e'", "per aver sostenuto il colloquio per la posizione di Sviluppatore Backend Java e per l'interesse.", "Sviluppatore Backend Java"},
		{"Portuguese title stops at 'neste momento'", "não poderemos seguir com a sua candidatura para a vaga de Engenheira de Software neste momento.", "Engenheira de Software"},
		{"Portuguese vaga with a gender ending", "Sua entrevista para a vaga Desenvolvedor(a) Full Stack na Cajueiro Pagamentos foi agendada.", "Desenvolvedor(a) Full Stack"},
		{"a labelled title stops before the next line's label", "Position: Senior Support Engineer\nLocation: Leeds, hybrid", "Senior Support Engineer"},
		{"a labelled title stops before a French label with a space before its colon", "Merci pour votre candidature au poste de Chef de projet data\nRéférence : CP-2211", "Chef de projet data"},
		{"French chargé(e) goes on in lower case", "Nous avons bien reçu votre candidature au poste de Chargé(e) de relations presse et nous reviendrons vers vous.", "Chargé(e) de relations presse"},
		{"abbreviation dot kept", "Te confirmo tu entrevista para la vacante de Ingeniero de Datos Sr. el martes 6 de octubre.", "Ingeniero de Datos Sr."},
	}
	for _, tt := range tests {
		if got := roleIn(analyse(regNew, tt.text)); got != tt.want {
			t.Errorf("roleIn(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestJobCard(t *testing.T) {
	tests := []struct{ name, text, title, org string }{
		{"LinkedIn", "Jordan, your application was viewed\n\nData Engineer\nZalvo · Berlin (Hybrid)\nApplied 6 days ago", "Data Engineer", "Zalvo"},
		{"Indeed", "your application was sent.\n\nSupply Chain Analyst\nMeadowlark Foods - Columbus, OH\n", "Supply Chain Analyst", "Meadowlark Foods"},
		{"several cards are an alert", "New jobs for you\n\nData Engineer\nZalvo · Berlin\n\nAnalytics Engineer\nSternwarte Media · Berlin", "", ""},
		{"signature is no card", "Thanks,\nDerek Sun\nEngineering Manager, Brightline Robotics", "", ""},
	}
	for _, tt := range tests {
		if title, org := jobCard(tt.text); title != tt.title || org != tt.org {
			t.Errorf("jobCard(%s) = %q, %q, want %q, %q", tt.name, title, org, tt.title, tt.org)
		}
	}
}

func TestFirstLast(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Brandt, Markus", "Markus Brandt"},
		{"Wit, Jeroen de", "Jeroen de Wit"},
		{"Jane Doe", "Jane Doe"},
		{"Sales, Marketing, Ops", "Sales, Marketing, Ops"},
	}
	for _, tt := range tests {
		if got := firstLast(tt.in); got != tt.want {
			t.Errorf("firstLast(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanOrg(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Recrutement Axelle", "Axelle"},
		{"Careers at Brightforge", "Brightforge"},
		{"Karriere bei Hafenwerk Digital", "Hafenwerk Digital"},
		{"Laguna Tech S.r.l.", "Laguna Tech"},
		{"Polderpunt B.V.", "Polderpunt"},
		{"Brenntal Energie GmbH", "Brenntal Energie"},
		{"Recruiting", "Recruiting"}, // nothing follows: not stripped to nothing
		{"Neelkanth Systems Pvt. Ltd.", "Neelkanth Systems"},
		{"Greyfriars Consulting LLP", "Greyfriars Consulting"},
		{"Alpinbank AG", "Alpinbank"},
		{"Tallgrass Ag", "Tallgrass Ag"}, // a word, not the legal form AG
	}
	for _, tt := range tests {
		if got := cleanOrg(tt.in); got != tt.want {
			t.Errorf("cleanOrg(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCompany(t *testing.T) {
	tests := []struct {
		name      string
		from      message.Address
		text      string
		want      string
		wantReply string
	}{
		{"mailbox prefix on a no-reply sender", message.Address{Name: "Recrutement Axelle", Email: "noreply@axelle-conseil.example"},
			"Bonjour,\n\nVotre entretien pour le poste de Product Owner chez Axelle Conseil est confirmé le mardi 8 septembre 2026 à 15h00.\n\nCordialement,\nJulien Moreau\nAxelle Conseil",
			"Axelle Conseil", ""},
		{"German polite pronoun is no company", message.Address{Name: "Lindwurm Versicherung", Email: "noreply@personio.example"},
			"vielen Dank für Ihre Bewerbung als Werkstudent Data Analytics (m/w/d) bei der Lindwurm Versicherung. Wir melden uns bei Ihnen.",
			"Lindwurm Versicherung", ""},
		{"hiring-system mailbox names a contact", message.Address{Name: "Pemberton Foods", Email: "pembertonfoods@myworkday.example"},
			"Your interview for the Category Analyst position has been scheduled for 18 March 2026 at 14:00 GMT.\nIf you have any questions, please contact careers.team@pembertonfoods.example.",
			"Pemberton Foods", "careers.team@pembertonfoods.example"},
		{"an accommodations mailbox is nobody to follow up with", message.Address{Name: "Harlow Mutual", Email: "harlowmutual@myworkday.example"},
			"Thank you for applying to the Actuarial Analyst position at Harlow Mutual. If you need an adjustment at any stage, contact adjustments.hiring@harlowmutual.example.",
			"Harlow Mutual", ""},
		{"a data-protection mailbox from a no-reply sender is nobody either", message.Address{Name: "Grupo Calima", Email: "no-reply@grupocalima.example"},
			"Hemos recibido tu candidatura para el puesto de Analista en Grupo Calima. Puedes ejercer tus derechos en datos@grupocalima.example.",
			"Grupo Calima", ""},
		{"platform account named like the employer", message.Address{Name: "Corvane Aerospace", Email: "corvane@myworkday.example"},
			"Thank you for your interest in the Systems Test Engineer position at Corvane Aerospace. We have decided to move forward with other candidates.",
			"Corvane Aerospace", ""},
		{"agency passes on its client's interview", message.Address{Name: "Anika Sorensen", Email: "anika@nordlink-talent.example"},
			"Good news: your interview with Hexa Robotics is confirmed for Tuesday 15 December 2026 at 11:00 CET.\n\nAnika Sorensen\nSenior Consultant, Nordlink Talent",
			"Hexa Robotics", "anika@nordlink-talent.example"},
		{"in-house outreach names the employer", message.Address{Name: "Hannah Kim", Email: "hannah.kim@tidemarkpay.example"},
			"I came across your profile on LinkedIn. We're hiring for the Senior Go Engineer role at Tidemark Payments. Would you be open to a chat?\n\nHannah Kim\nSenior Technical Recruiter | Tidemark Payments",
			"Tidemark Payments", "hannah.kim@tidemarkpay.example"},
		{"agency outreach for a client names none", message.Address{Name: "Pieter Smit", Email: "pieter@smit-recruitment.example"},
			"I'm recruiting on behalf of my client, a fintech in Amsterdam, for a Senior Go Developer. Would you be open to a call?\n\nPieter Smit\nSmit Recruitment",
			"", "pieter@smit-recruitment.example"},
	}
	for _, tt := range tests {
		m := &message.Message{Date: mustDate("Mon, 06 Apr 2026 09:00:00 +0200"), Text: tt.text, Subject: "Candidature",
			From: []message.Address{tt.from}, To: []message.Address{{Name: "Alex Candidate", Email: "alex@candidate.example"}}}
		r := Classify(m, Options{})
		if r.Company != tt.want || r.ReplyTo != tt.wantReply {
			t.Errorf("Classify(%s) company, reply = %q, %q, want %q, %q", tt.name, r.Company, r.ReplyTo, tt.want, tt.wantReply)
		}
	}
}

func TestGuestList(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"Google text invitation", "When: Tuesday\nWho:\n* felix@kiezcode.example - organizer\n* jordan.lee@mail.example\n* mia@kiezcode.example\n\nInvitation from Google Calendar", "felix@kiezcode.example,jordan.lee@mail.example,mia@kiezcode.example"},
		{"no heading", "Contact felix@kiezcode.example\nor mia@kiezcode.example", ""},
		{"list ends at prose", "Who:\n* felix@kiezcode.example\nThanks, see felix@kiezcode.example or mia@kiezcode.example", "felix@kiezcode.example"},
	}
	for _, tt := range tests {
		if got := strings.Join(guestList(tt.text), ","); got != tt.want {
			t.Errorf("guestList(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestVialess(t *testing.T) {
	for in, want := range map[string]string{
		"Felix Braun (via Google Calendar)": "Felix Braun", "Marta Kowalski via Lever": "Marta Kowalski", "Olivia Viana": "Olivia Viana",
	} {
		if got := vialess(in); got != want {
			t.Errorf("vialess(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOrgWordIn(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Priya Raman", false},
		{"Indigo Loom Labs", true},
		{"Department of Revenue Appointments", true},
		{"Frontend-Team", true}, // a compound's last part names a team
		{"Anne-Marie Dubois", false},
	}
	for _, tt := range tests {
		if got := orgWordIn(tt.in); got != tt.want {
			t.Errorf("orgWordIn(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
