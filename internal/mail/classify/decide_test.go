package classify

import (
	"testing"

	"github.com/followupd/followupd/internal/mail/message"
)

// TestRejectionWordsInConfirmations checks that talk of other candidates in
// an interview confirmation never makes a rejection, and that a real conflict
// between a rejection and a confirmed time is left as other.
func TestRejectionWordsInConfirmations(t *testing.T) {
	tests := []struct {
		name, subject, text, date string
		want                      Kind
	}{
		{"Dutch other candidates", "Bevestiging gesprek", "Hierbij bevestig ik ons gesprek op donderdag 18 juni 2026 om 15:30 uur. We spreken deze week ook met andere kandidaten.",
			"Mon, 15 Jun 2026 09:00:00 +0200", InterviewScheduled},
		{"Portuguese other candidates", "Entrevista", "Confirmo a entrevista na quinta-feira, 12 de março de 2026, às 10h30. Estamos conversando com outros candidatos também.",
			"Mon, 09 Mar 2026 10:00:00 -0300", InterviewScheduled},
		{"Italian other candidates", "Colloquio", "Ti confermo il colloquio per venerdì 23 ottobre 2026 alle 9:30. Stiamo incontrando anche altri candidati.",
			"Mon, 19 Oct 2026 10:00:00 +0200", InterviewScheduled},
		{"French other candidates", "Entretien", "Je vous confirme l'entretien le 9 juillet 2026 à 10h30. Nous échangeons aussi avec d'autres candidats.",
			"Wed, 01 Jul 2026 10:00:00 +0200", InterviewScheduled},
		{"French decision", "Votre candidature", "Nous avons décidé de poursuivre le processus avec un autre candidat.",
			"Wed, 01 Jul 2026 10:00:00 +0200", Rejection},
		{"rejection and a confirmed time disagree", "Interview", "Your interview is confirmed for Wednesday, March 11 at 11:00 AM ET. We have decided to move forward with other candidates.",
			"Fri, 06 Mar 2026 10:00:00 -0500", Other},
		{"rejection that calls off the interview is a rejection", "Interview", "We have decided to move forward with other candidates, so your interview scheduled for Wednesday, March 11 at 11:00 AM ET is cancelled.",
			"Fri, 06 Mar 2026 10:00:00 -0500", Rejection},
	}
	for _, tt := range tests {
		m := &message.Message{Date: mustDate(tt.date), Subject: tt.subject, Text: tt.text,
			From: []message.Address{{Name: "Sam Recruiter", Email: "sam.recruiter@employer.example"}},
			To:   []message.Address{{Name: "Alex Candidate", Email: "alex@candidate.example"}}}
		if r := Classify(m, Options{}); r.Kind != tt.want {
			t.Errorf("Classify(%s).Kind = %s, want %s (%v)", tt.name, r.Kind, tt.want, r.Reasons)
		}
	}
}
