package classify

import (
	"testing"
)

// TestRejectionFrames checks that rejections said in ordinary words no phrase
// list holds are read through their frame, and that the same words outside a
// job application, or with the negation out of reach, are not.
func TestRejectionFrames(t *testing.T) {
	const date = "Mon, 07 Dec 2026 10:00:00 +0000"
	tests := []struct {
		name, subject, text string
		want                Kind
	}{
		// negated progression
		{"not picked to go on", "Your application", "Thank you for applying for the Analyst role. Your application was not picked to go on to the next stage.", Rejection},
		{"not among those shortlisted", "Product Designer", "Thanks for your interest in the Product Designer position. You were not among those shortlisted this time.", Rejection},
		{"will not be taking further", "Application update", "After reviewing your CV for the Support Engineer role, we will not be taking your application further.", Rejection},
		{"won't be moving to the next round", "Interview outcome", "Thank you for interviewing with us for the Backend role. After careful review we won't be moving you to the next round.", Rejection},
		{"unable to progress", "Data Engineer", "We appreciate your interest in the Data Engineer vacancy but are unable to progress your candidacy.", Rejection},
		// another candidate
		{"chose someone else", "Update on your application", "Thanks for your time last week. The hiring team chose someone else for the QA Lead role.", Rejection},
		{"gave the role to another person", "Marketing Manager", "I'm sorry to say we gave the Marketing Manager job to another person.", Rejection},
		{"offered to and accepted by", "Your candidacy", "The position has been offered to and accepted by another candidate.", Rejection},
		{"go with a candidate whose", "Engineering Manager", "Unfortunately we've decided to go with a candidate whose background is closer to the role.", Rejection},
		// filled
		{"we've closed the role", "Your application", "Thanks for applying. We've closed the role for now and are not hiring for it this year.", Rejection},
		// traps: no job context
		{"rental turned down", "Your rental application", "Thank you for your application for the apartment at 12 Elm Street. Unfortunately the landlord has decided to move forward with another applicant.", Other},
		{"grant not selected", "Grant decision", "We regret that your grant application was not selected for funding this cycle.", Other},
		{"talk proposal", "CFP results", "Thank you for your talk proposal. Unfortunately we are unable to accept it for this year's conference; we chose other speakers whose talks fit the programme.", Other},
		{"school admission", "Admission decision", "After careful review of your application to the MSc programme, the admissions committee is unable to offer you a place.", Other},
		// traps: negation out of reach
		{"can't wait to move forward", "Next steps", "Great news about the Analyst role: we can't wait to move forward with you! Are you free Tuesday or Wednesday for a second interview?", InterviewInvitation},
		{"not able to wait", "Interview slot", "We're not able to wait much longer for the Analyst interview, please choose a time slot that works for you this week.", InterviewInvitation},
		{"selected you and other candidates", "Final round", "We have selected you and two other candidates for the final round interview. Could you share your availability next week?", InterviewInvitation},
		{"cannot proceed with the interview", "Interview on Friday", "Sorry, we cannot proceed with the interview on Friday as planned; the interview is cancelled and I will be in touch.", InterviewCancelled},
		{"not the right fit", "Web Designer", "Thanks for your interest in the Web Designer position. Unfortunately, you are not the right fit for the position at this time.", Rejection},
		{"did not work out", "Your application", "Thank you for applying for the Analyst position. Unfortunately it didn't work out this time.", Rejection},
		{"a time that does not work is no rejection", "Re: Analyst interview", "Thursday at 3pm doesn't work for the hiring manager, unfortunately. Would Friday at 10am suit you for the interview instead?", InterviewInvitation},
		{"filled internally", "Update", "The client decided to fill the Analyst role internally, so it's a no on this occasion.", Rejection},
		{"others further along", "Your application", "For the Data Engineer role we felt other candidates were further along in the areas we need.", Rejection},
		{"a friend quoting her rejection", "guess what", "My final round went nowhere. They wrote: \"we have decided not to proceed with your application\". Drinks Friday?", Other},
		{"German concession is no condition", "Ihre Bewerbung", "Auch wenn uns die Entscheidung nicht leichtfällt, müssen wir Ihnen diesmal leider absagen.", Rejection},
		{"French candidate described", "Votre candidature", "Après mûre réflexion, nous avons fait le choix de poursuivre avec un candidat dont l'expérience correspond davantage au poste.", Rejection},
		{"Dutch not invited, separable verb", "Uw sollicitatie", "Na zorgvuldige afweging hebben wij besloten u niet uit te nodigen voor een gesprek voor de functie.", Rejection},
		{"German slots that may not suit", "Einladung zum Vorstellungsgespräch", "Wir laden Sie zu einem Vorstellungsgespräch ein. Bitte wählen Sie einen Termin aus. Sollte keiner passen, melden Sie sich.", InterviewInvitation},
		{"Portuguese 'no' is 'in the', not 'not'", "Entrevista com o time", "Segue a confirmação da sua próxima etapa no processo para a vaga de Engenheira de Dados: quarta-feira, 16 de dezembro de 2026, das 10h às 11h30 (horário de Brasília). Você vai conversar com Fernanda Lima.", InterviewScheduled},
		{"if not selected", "Thanks for applying", "Thank you for applying for the Analyst role. If you are not selected for an interview, we will keep your CV on file.", ApplicationReceived},
	}
	for _, tt := range tests {
		r := classifyMail(date, tt.subject, tt.text)
		if r.Kind != tt.want {
			t.Errorf("%s: Kind = %s, want %s (%v)", tt.name, r.Kind, tt.want, r.Reasons)
		}
	}
}
