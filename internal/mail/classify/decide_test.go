package classify

import (
	"mime"
	"strings"
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
		r := classifyMail(tt.date, tt.subject, tt.text)
		if r.Kind != tt.want {
			t.Errorf("Classify(%s).Kind = %s, want %s (%v)", tt.name, r.Kind, tt.want, r.Reasons)
		}
	}
}

// TestKindPhrasings checks phrasings first missed on blind holdout batches;
// each row is one generic way of saying the kind.
func TestKindPhrasings(t *testing.T) {
	const date = "Mon, 07 Dec 2026 10:00:00 +0000"
	tests := []struct {
		name, subject, text string
		want                Kind
	}{
		{"German: a bank's advice meeting is no interview", "Terminbestätigung: Beratungsgespräch", "Hiermit bestätigen wir Ihr Gespräch zur Baufinanzierung am Dienstag, 8.12.2026, um 15:00 Uhr. Bitte bringen Sie Ihre Gehaltsnachweise und einen Eigenkapitalnachweis mit.", Other},
		{"Spanish: an appointment at a police office is no interview", "Confirmación de cita", "Le confirmamos su cita previa para el trámite de renovación de la tarjeta el 10/12/2026 a las 09:20 en la comisaría. Traiga su pasaporte.", Other},
		{"Dutch: a podcast recording is no interview", "Opname aflevering", "We nemen de aflevering op dinsdag 15 december om 10:00 op. Ik interview je samen met onze co-host over je talk.", Other},
		{"French: someone already trained chosen, the post not offered", "Votre candidature", "Après réflexion, nous avons retenu une personne déjà formée à nos outils. Je ne suis donc pas en mesure de vous proposer le poste de Comptable.", Rejection},
		{"Spanish: focusing on people with more experience", "Tu candidatura", "Tras revisar tu perfil, vamos a centrarnos en personas con más experiencia en banca para el puesto de Analista.", Rejection},
		{"German: the post filled with a person", "Ihre Bewerbung", "Wir haben die Stelle als Buchhalter inzwischen mit einer Person besetzt, die bereits Erfahrung mit SAP hat.", Rejection},
		{"German: solved from within, no outside hire", "Kurzes Update", "Die Rolle als Teamleitung haben wir intern gelöst, damit entfällt die externe Besetzung.", Rejection},
		{"Dutch: the role filled otherwise, the procedure stopped", "Terugkoppeling", "We hebben besloten de functie van Data Analist anders in te vullen en stoppen daarom de procedure, ook met jou.", Rejection},
		{"Portuguese: going on with people whose profile fits", "Atualização do processo", "Depois de analisar as candidaturas, decidimos seguir com pessoas cujo perfil está mais próximo da vaga de Analista de Dados.", Rejection},
		{"not part of the group going ahead", "Your application", "We've read every application for the Support Engineer role. We're moving ahead with applicants whose background is closer to our stack, and you are not part of that group.", Rejection},
		{"closing things out with the candidate", "Re: take-home", "We've met someone who has led this kind of migration twice, so I'm going to close things out with you on the Platform Lead role.", Rejection},
		{"the other candidate asked to join", "An update", "It was close, but in the end we asked the other candidate to join the team as our new Analyst.", Rejection},
		{"a few people asked in, in the end", "your application", "In the end we've invited four applicants in for a trial shift, all of them with bakery experience.", Rejection},
		{"whatever the outcome: a receipt describing both answers", "Thanks for applying", "Thanks for applying for the Data Engineer role. Whatever the outcome, we will write to you: either to invite you to talk, or to let you know we have decided not to proceed.", ApplicationReceived},
		{"French: a receipt saying what silence means", "Accusé de réception", "Nous accusons réception de votre candidature au poste de Comptable. À défaut de réponse sous trois semaines, considérez que nous ne pouvons pas donner suite.", ApplicationReceived},
		{"a day called off", "Thursday", "Sorry Jordan, Priya is unwell, so we'll have to call Thursday off. I'll come back with a new date for your interview.", InterviewCancelled},
		{"French: the offer letter attached", "Proposition", "Suite à vos entretiens, vous trouverez ci-joint notre lettre d'offre pour le poste de Chef de projet, avec une entrée en fonction proposée le 4 janvier.", Offer},
		{"Spanish: we want you to be our next analyst", "¡Buenas noticias!", "Lo hemos hablado con el equipo: queremos que seas nuestra próxima Analista de Datos. Mañana te envío la carta oficial para que la firmes.", Offer},
		{"Portuguese: moved, the old time before the new one", "Reagendamento da entrevista", "A entrevista para a vaga de Analista prevista para terça-feira, 8 de dezembro, às 10h00, foi reagendada para quinta-feira, 10 de dezembro, às 15h00. Agradecemos que confirme a sua disponibilidade.", InterviewScheduled},
		{"French: book a slot in the planning tool", "Entrevue", "Nous aimerions poursuivre avec une entrevue de 30 minutes pour le poste d'Analyste. Vous pouvez réserver la plage horaire qui vous convient dans notre outil de planification.", InterviewInvitation},
		{"an assessment day with its interview is a sitting", "Assessment day invitation", "We'd like you to join our assessment day for the Customer Adviser vacancy on Tuesday 15 December, 10am start, finishing around 2pm. It includes a group exercise and a one-to-one interview with Sam Lee.", InterviewScheduled},
		{"a grant not awarded is no rejection", "Round 3 outcome", "The panel reviewed 120 applications for this funding round. We're sorry that your project was not selected for a grant this time.", Other},
		{"not one taken to the interview stage", "Your application", "We've been through every application for the Data Engineer opening, and yours isn't one we'll be taking to the interview stage.", Rejection},
		{"the vacancy therefore closed, the process ended for all outside applicants", "QA Lead opening", "A colleague from our test team applied and has been appointed to the QA Lead role. The vacancy is therefore closed, and we are ending the process for all external applicants.", Rejection},
		{"a withdrawal the candidate asked for, confirmed", "Your application has been withdrawn", "As you asked, we've withdrawn your application for the Analyst role. It won't be considered further, and Tuesday's interview has been released. Congratulations on the new job!", Other},
		{"French: the path stopped after a test", "Résultat du test technique", "Vos résultats au test technique pour le poste de Développeur sont en dessous du seuil fixé. Nous arrêtons donc ici votre parcours de recrutement.", Rejection},
		{"Spanish: not going on with you", "Re: Prueba técnica", "Revisamos tu prueba para la vacante de Desarrollador. La concurrencia no quedó resuelta, así que no vamos a seguir contigo en el proceso.", Rejection},
		{"German: the client decided against a first meeting", "Mandat Leitung IT - Rückmeldung", "Unser Mandant hat sich Ihr Profil angesehen und sich gegen eine Einladung zum Erstgespräch entschieden.", Rejection},
		{"German: the post given to a candidate", "Ihre Bewerbung", "Nach allen Gesprächen haben wir uns entschieden, die Stelle als Entwickler mit einer Kandidatin zu besetzen, die mehr SAP-Erfahrung mitbringt.", Rejection},
		{"German: a daycare place refused is no rejection", "Ihre Platzanfrage", "Vielen Dank für Ihre Bewerbung um einen Betreuungsplatz in unserer Kita. Leider können wir Ihnen keinen Platz anbieten; Ihre Bewerbung bleibt auf unserer Warteliste.", Other},
		{"Spanish: a grant call turned down is no rejection", "Resolución provisional", "Le comunicamos la resolución provisional de la convocatoria de ayudas: su solicitud no ha resultado seleccionada. Dispone de diez días para presentar alegaciones.", Other},
		{"Italian: the withdrawal asked for, its interview called off", "Re: Ritiro candidatura", "Come da tua richiesta ho ritirato la tua candidatura per la posizione di Analista, quindi il colloquio di venerdì è annullato.", Other},
		{"Spanish: an offer that first refuses full remote", "Tu propuesta", "El teletrabajo al 100 % no es posible en este puesto; lo hemos intentado encajar y no sale. Dicho esto, nos encantaría que te unieras como Ingeniera de Plataforma: te mando la carta de oferta.", Offer},
		{"Portuguese: the offer revised", "Re: Proposta", "Não conseguimos chegar no valor que você pediu, mas ajustamos a proposta para a vaga de Engenheira de Software. A carta-oferta atualizada foi enviada.", Offer},
		{"French: yours is not among those kept", "Votre candidature", "Nous avons retenu quelques profils dont l'expérience colle mieux au poste de Data Engineer. Le vôtre n'en fait pas partie cette fois-ci.", Rejection},
		{"Italian: the role entrusted to a colleague", "Posizione Analista", "Abbiamo deciso di affidare il ruolo di Analista a un collega della sede di Milano. La ringrazio per la disponibilità.", Rejection},
		{"Italian: a portal's status no longer under consideration", "La tua candidatura per Analista", "Posizione: Analista\nNuovo stato: Non più in considerazione", Rejection},
		{"Dutch: the post to be filled from within", "Tweede gesprek", "Na de tweede ronde hebben we beslist om de functie van Analist intern in te vullen.", Rejection},
		{"German: the post filled with someone", "Re: Termin", "Wir besetzen die Stelle als Analyst mit jemandem, der schon lange mit Kotlin arbeitet. Für uns heißt das, dass es diesmal nicht zusammenpasst.", Rejection},
		{"Portuguese: a portal's table closes the process", "Atualização da sua candidatura", "Vaga | Analista de Dados\nCódigo | 2026-0441\nEtapa atual | Processo encerrado para você", Rejection},
		{"the post offered to her, the other finalist", "Thursday", "Choosing between you and the other finalist for the Teacher of Mathematics post was hard. In the end we have offered the post to her.", Rejection},
		{"the position filled with an internal transfer", "RE: Checking in", "We've now filled the Analyst position with an internal transfer from our Halifax office.", Rejection},
		{"a friend not hiring on their team is no rejection", "coffee?", "Saw your post that you're looking. We're not hiring on my team right now, but happy to tell you what the buy side is like. Coffee Tuesday the 15th at 8:30?", Other},
		{"a hiring system's 'application submitted'", "Application submitted: Staff Accountant", "Your application for the position of Staff Accountant (Requisition R-1234) has been submitted. Only applicants selected for an interview will be contacted.", ApplicationReceived},
		{"a receipt promising an answer within working days", "Thanks, Jordan!", "Your application for Supply Chain Analyst at Northline is in. Ingrid will read it and come back to you within 10 working days.", ApplicationReceived},
		{"open windows offered for a first conversation", "Operations Analyst", "Maria asked me to set up a first video conversation about the Operations Analyst opening. Windows that are open on her side next week: Tue 9:00-11:00, Wed after 1:00 PM.", InterviewInvitation},
		{"an hour with the manager, dates asked", "Intro + next step", "I'm hiring a Senior Pricing Analyst and I'd like to get an hour with you and have you meet Keisha from my team. Send me two or three dates that suit you.", InterviewInvitation},
		{"French: a bank's mortgage meeting is no interview", "Confirmation de votre rendez-vous", "Votre rendez-vous est confirmé. Objet : entretien projet immobilier, étude de financement. Date : mardi 15 décembre 2026 à 17h15. Pensez à apporter vos bulletins de salaire et votre dernier avis d'imposition.", Other},
		{"Portuguese: a master's admission interview is no job interview", "Convocação para entrevista", "Você está convocado(a) para a etapa de entrevista do Mestrado em Computação da Universidade Federal. Data: 16/12/2026, às 9h. Banca examinadora: Profa. Helena Duarte.", Other},
		{"Dutch: an agency's outreach for an unnamed client", "Vraagje", "Ik werk voor een scale-up die een Lead Backend Engineer zoekt; de naam mag ik nog niet noemen. Zin in een kort kennismakingsgesprek? Laat maar weten wanneer het je uitkomt.", Other},
		{"French: a receipt describing who will hear", "Accusé de réception", "Nous accusons réception de votre candidature au poste de chef de projet. Les candidats dont le dossier n'aura pas été retenu à l'issue de la présélection en seront informés par courriel.", ApplicationReceived},
		{"a move written as 'Was:' and 'Now:'", "Moving your panel", "We need to move your panel for the Senior SRE role.\nWas: Tuesday, December 8, 2:00 - 3:30 pm CT\nNow: Thursday, December 10, 3:00 - 4:30 pm CT\nSame link as before.", InterviewScheduled},
		{"a deadline for slides is no second slot", "Invitation to interview", "I am pleased to invite you to interview for the post of Data Architect.\nDate: Tuesday 15 December 2026\nTime: 11:15am\nPlease email your slides by 5pm on Friday 11 December. Please confirm your attendance.", InterviewScheduled},
		{"a call set up for a fixed time", "Chat on Thursday", "Thanks for the code sample. Beatriz and I would like to talk with you properly, so I've set up a call for Thursday 10 December, 17:00-18:00 Lisbon time, on Google Meet.", InterviewScheduled},
		{"a tech team's squad is no sports club", "Next chat - Tuesday", "I've booked Tuesday 8 December, 3:00 to 4:00pm, for the next conversation about your take-home. I'll be joined by Mei Lin Zhao, our design lead, and Rhys Doyle from the platform squad.", InterviewScheduled},
		{"French: asked to confirm which slot suits", "Entretien - Analyste", "Nous souhaitons vous rencontrer pour le poste d'Analyste. Merci de confirmer quel créneau vous convient : mardi 15 décembre à 10h ou mercredi 16 décembre à 14h.", InterviewInvitation},
		{"Italian: the interview will be held, please confirm", "Colloquio tecnico", "Il colloquio per la posizione di Data Engineer si terrà giovedì 10 dicembre alle ore 15:00 su Teams. La preghiamo di confermare la Sua disponibilità.", InterviewScheduled},
		{"an event named in passing leaves the interview confirmed", "Re: next steps", "Wednesday at 2pm it is! Pavel and Ines will run the technical interview, plan on the full hour. Sorry for the slow reply - I was away at a recruiting event all week.", InterviewScheduled},
		{"a place at the table chosen for another person is a rejection", "Quick update", "Thanks for the final round on Monday. In the end we've decided to bring the other finalist onto the data team, mostly for their retail background.", Rejection},
		{"Dutch: the choice did not fall on you", "Je sollicitatie", "We hebben alle reacties doorgenomen en een keuze gemaakt. Die is helaas niet op jou gevallen.", Rejection},
		{"Italian: not in the shortlist", "Esito candidatura", "Dopo un confronto con il team, la sua candidatura non è rientrata nella rosa ristretta dei profili che accederanno ai colloqui tecnici.", Rejection},
		{"Spanish: the place filled from inside", "Novedades", "Una compañera ha pedido el traslado y encaja muy bien en el puesto, así que la plaza de Analista queda cubierta y cerramos aquí el proceso externo.", Rejection},
		{"German: a half hour before the hour", "Re: Vorstellungsgespräch", "Donnerstag passt super! Dann machen wir das Gespräch am 10.12. um halb drei bei uns im Büro.", InterviewScheduled},
		{"German inclusive plural: continuing with other candidates", "Deine Bewerbung", "Wir haben uns dein Profil genau angesehen. Für diese Position setzen wir den Prozess mit Kandidat:innen fort, die mehr Erfahrung mit Zahlungsverkehr mitbringen.", Rejection},
		{"Italian: a short call, asking for time windows", "Breve call conoscitiva?", "Ho visto la candidatura per la posizione di Data Engineer e mi piacerebbe fissare una breve chiamata conoscitiva. Mi indica due o tre fasce orarie in cui è disponibile la prossima settimana?", InterviewInvitation},
		{"Spanish: which of these slots suits you", "Primera entrevista", "El equipo quiere hacerte una primera entrevista para la posición de Analista. ¿Me confirmas cuál de estas franjas te viene mejor? Lunes 19 entre las 10:00 y las 12:00, o martes 20 a partir de las 16:00.", InterviewInvitation},
		{"a coworking desk accepted is no offer", "Deine Bewerbung für einen Fixdesk - Zusage", "Deine Bewerbung für einen Fixdesk hat unserem Community-Team gefallen. Bitte unterschreibe den Mitgliedsvertrag und überweise die erste Monatsgebühr. Zum Start laden wir dich zu einem Gespräch am Montag, 2. November, um 10:00 Uhr ein.", Other},
		{"a podcast interview recording is no job interview", "Interview recording confirmed", "Thanks for agreeing to come on our podcast! Our interview recording is locked in for Thursday, December 10 at 4:00pm Eastern. Plan on about 50 minutes.", Other},
		{"a language school's level check is no job interview", "Esito domanda di iscrizione", "La sua domanda di iscrizione al corso intensivo di lingua è stata accolta. Le chiediamo di sostenere il colloquio orale di verifica del livello, fissato per giovedì 10 dicembre alle ore 17:00, con l'insegnante.", Other},
		{"not picking a new day is no rejection", "Fwd: tomorrow's call", "Nadia is ill, so we have to cancel tomorrow's interview at 3pm. She'd rather not pick a new day until she knows how she's doing.", InterviewCancelled},
		{"same time, same room after a panel change", "Re: Re: loop on Tuesday", "Last tweak: Greg is out sick, so Femi is taking the systems slot of your interview on Tuesday 15 December at 10am instead. Same time, same room, same everything else.", InterviewScheduled},
		{"a slot the manager blocked", "Next step - Friday", "You'll meet me and two engineers from my team. I've blocked Friday, December 11 at 1 pm Eastern for 90 minutes at our Boston office.", InterviewScheduled},
		{"in advance is no progression", "Interview confirmation", "Here are the details of your interview for the Grid Engineer role: Tuesday 8 December, 2pm-3.30pm (Irish time). You won't need to prepare anything in advance.", InterviewScheduled},
		{"Spanish: we have a slot", "Entrevista con el equipo", "Ya tenemos hueco para la entrevista con el equipo: martes 15/12, de 16:30 a 17:30 (hora peninsular), en la oficina de Barcelona.", InterviewScheduled},
		{"German: then we fix it", "AW: Kennenlernen", "Danke für die schnelle Antwort zur Stelle als Lead Developer! Dann fixieren wir das Kennenlerngespräch: Mo., 14.12.2026, 09:30 Uhr, Dauer 60 Minuten, per Teams.", InterviewScheduled},
		{"Portuguese: scheduled, date first under Brazil's offset", "Entrevista agendada", "Sua entrevista para a vaga de Pessoa Desenvolvedora foi agendada.\n\nData: 10/12/2026 (quinta-feira)\nHorário: às 14h (horário de Brasília)", InterviewScheduled},
		{"meet me and a colleague, times offered", "Could we find a time?", "I'm the hiring manager for the Embedded Engineer opening and I'd like to get you in front of the team. You'd meet me and Tariq for about an hour. Any of these would suit us: Tue 15 Dec 10:00, Wed 16 Dec 14:00.", InterviewInvitation},
		{"an application closed along with the post", "Your application to Marlow Freight", "Following a budget review, the Logistics Analyst listing has been closed and no hire will be made. We've closed your application as well.", Rejection},
		{"the role given to an insider, outside hiring ended", "Update on the QA Lead role", "Thanks for your patience. One of our testers has been doing this work informally, and we've decided to promote him into the role, so we will not be hiring externally for it.", Rejection},
		{"Italian: the candidate's path closed after a freeze", "Aggiornamento candidatura", "La selezione per il ruolo di Analista è stata sospesa per motivi di budget. Di conseguenza chiudiamo anche il suo percorso di selezione.", Rejection},
		{"French: the post filled from within, outside recruitment over", "Votre candidature", "Une collègue du service client s'est positionnée sur le poste de Chef de produit et le reprendra. Le recrutement externe est donc clos.", Rejection},
		{"the job given to someone described, in the end", "Re: Warehouse Supervisor", "Thanks for coming by the depot last week. In the end I've given the job to someone who has run a night shift before, which is what we need most right now.", Rejection},
		{"French: in the end someone from nearby was hired", "Re: Candidature assistante", "Merci pour votre patience. Nous avons finalement engagé quelqu'un de la région qui connaissait déjà notre logiciel.", Rejection},
		{"Portuguese: going on with another person", "Retorno - vaga de Analista", "Depois de pensar bastante, a gente resolveu seguir com outra pessoa, que já conhece o nosso mercado.", Rejection},
		{"German: the decision fell in another person's favour", "Ihre Bewerbung", "Das Auswahlverfahren für die Stelle als Sachbearbeiter ist abgeschlossen; die Entscheidung ist zugunsten einer anderen Person gefallen.", Rejection},
		{"Spanish: not on the list of those going to interview", "Proceso de selección Ref. ADM-7", "La comisión ha publicado la relación de personas que pasan a la fase de entrevista, en la que no figura su candidatura.", Rejection},
		{"an interview that will not go ahead is called off, not a rejection", "Tomorrow's interview", "Sorry for the late notice: tomorrow's 2pm interview with Priya won't be going ahead, as she has been called away. I'll come back to you with another time.", InterviewCancelled},
		{"a panel that decides not to offer is a rejection", "Data Analyst - outcome", "Thank you for attending interview on Tuesday. I am sorry to tell you that the panel has decided not to offer you the post.", Rejection},
		{"a call with a referee is no interview", "Reference call re Alex Doe - Friday 11 December", "Thank you for agreeing to act as a referee for Alex Doe, who has applied for our Finance Manager post. I've put a 15-minute call in the diary for Friday 11 December at 9.30am and will ring you then.", Other},
		{"a helpdesk number to call is no interview", "Before your first shift", "Welcome aboard! Your assignment as Stock Associate starts on Saturday, December 12, 6:00 a.m. - 2:00 p.m. If anything is unclear, call 1-888-555-0144.", Other},
		{"online assessments are not an acknowledgement", "Next step: online assessments", "Thank you for applying for the Payments Analyst role. The next step is two short online assessments; please complete both by 23:59 GMT on Tuesday 15 December.", Other},
		{"first and second choice among slots", "Analyst II - interview availability", "The team would like to bring you in for a panel interview for the Analyst II role. Here's what they have open: Tuesday 12/15 9:00 am, Wednesday 12/16 1:30 pm. Just reply with your first and second choice and I'll send a calendar invite.", InterviewInvitation},
		{"French: with a stable connection names no interviewer", "Questionnaires en ligne", "Dans le cadre de votre candidature au poste de Chef de projet, merci de compléter le questionnaire en ligne avant le dimanche 13 décembre, 23 h 59. Installez-vous au calme, avec une connexion stable.", Other},
		{"a receipt that describes later assessment steps", "Application received: Competition 2026-0917", "This confirms that we have received your application for the Business Analyst competition. Only applicants selected for further assessment will be contacted.", ApplicationReceived},
		{"materials that came through in full", "We have your materials", "Your materials for Clinical Integrations Engineer (Requisition 2026-4471) came through in full. Our recruiters look at every submission themselves.", ApplicationReceived},
		{"a short reply that passes the CV on", "Re: Application - Store Manager", "Got it, thanks! I'll pass your CV to the area manager today and come back to you by the end of next week either way.", ApplicationReceived},
		{"Dutch: you will hear from us either way", "Gelukt: je sollicitatie voor Data Analist", "Gelukt! Je sollicitatie staat bij ons in de inbox. Je hoort in ieder geval van ons binnen tien werkdagen.", ApplicationReceived},
		{"Italian: not found suitable after the interview", "Comunicazione esito colloquio", "Si comunica che, a seguito del colloquio sostenuto per l'avviso di Collaboratore Amministrativo, la S.V. non è risultata idonea.", Rejection},
		{"an agency's client who wants to meet, times asked", "Client wants to meet", "Quick one: my client, a regional retailer, has read your profile and wants to meet you for their Store Operations Manager opening. Send me a few windows for a 45-minute video call and I'll take it from there.", InterviewInvitation},
		{"Dutch: an agency's client would like to meet, which afternoons suit", "Havenwerk wil kennismaken!", "Leuk nieuws: Havenwerk wil graag met je kennismaken voor de rol van Data Engineer. Kun je me laten weten welke middagen jou schikken volgende week?", InterviewInvitation},
		{"a client that would like to interview you, availability asked", "Interview request - Backend Engineer", "Good news - my client, a payments company in Lisbon, would like to interview you for the Backend Engineer role. Could you send me your availability for Thursday or Friday next week?", InterviewInvitation},
		{"'easiest is if you grab' a time suggests, it conditions nothing", "Lanternfish - first engineer?", "I'd love to talk - we're hiring our first engineer. Easiest is if you grab 30 minutes on my calendar here: https://calendly.example/founder/30min", InterviewInvitation},
		{"'not every applicant is invited' describes the process", "Your application to Tarang", "Thanks for applying for the Data Analyst role (TF/DA/0921). We've received your application and our team is reviewing it. Not every applicant is invited to every step.", ApplicationReceived},
		{"French: a receipt whose portal lets you withdraw", "Nous avons bien reçu votre candidature", "Nous vous remercions pour votre candidature au poste d'Enseignant d'anglais. Elle a bien été enregistrée. Vous pouvez à tout moment consulter ou retirer votre candidature depuis votre espace candidat.", ApplicationReceived},
		{"ended up hiring someone from the team's own pool", "Re: Lead Teacher", "Quick note so you're not left waiting. We ended up hiring someone from our own tutor pool for the lead teacher spot.", Rejection},
		{"German: not invited to an interview after choosing others", "Ihre Bewerbung als Lagerleitung", "Wir haben uns deshalb für Bewerberinnen und Bewerber entschieden, die diese Anforderungen erfüllen, und können Sie nicht zu einem Vorstellungsgespräch einladen.", Rejection},
		{"French: only those retained will be contacted", "Accusé de réception", "Votre candidature au poste d'Analyste (numéro d'affichage 2026-SM-0877) a bien été transmise à notre équipe de dotation. Seules les personnes dont la candidature sera retenue pour la suite du processus seront contactées.", ApplicationReceived},
		{"Italian: no follow-up given to the application", "Candidatura responsabile sistemi informativi", "La ringrazio per essere passato a trovarci. Ci serve una persona con esperienza di manutenzione in linea: per questo motivo non daremo seguito alla sua candidatura.", Rejection},
		{"Dutch: the role goes another way", "Re: Even checken - Frontend Developer", "Eerlijk antwoord: we gaan met de rol een andere kant op. Daarmee val jij helaas af.", Rejection},
		{"Spanish: the post will be filled by another person", "Actualización sobre tu candidatura", "Hemos revisado todas las candidaturas y la vacante se cubrirá con una persona cuya trayectoria se ajusta más, por lo que tu candidatura no continuará en este proceso.", Rejection},
		{"Italian: a bank's mortgage meeting called a colloquio is no interview", "Conferma appuntamento", "Le confermo il colloquio con il nostro consulente per la richiesta di mutuo, giovedì 10 dicembre alle ore 15:00 presso la filiale.", Other},
		{"Dutch: not invited, separable verb", "Je sollicitatie bij Polderwerk", "We zoeken voor deze functie iemand met meer ervaring in Kotlin. Daarom nodigen we je niet uit voor een kennismakingsgesprek.", Rejection},
		{"Flemish: not retained any further", "Uw kandidatuur", "Wij hebben beslist de functie in te vullen met een kandidaat met meer ervaring. Wij kunnen uw kandidatuur niet verder weerhouden.", Rejection},
		{"German word order: continuing with other candidates", "Ihre Bewerbung", "Für die Stelle als Controller führen wir das Verfahren mit Bewerberinnen und Bewerbern weiter, die mehr Erfahrung mitbringen.", Rejection},
		{"Portuguese: the application came into the system", "Candidatura recebida", "A sua candidatura à vaga de Analista de Sistemas deu entrada no nosso sistema. Entraremos em contacto caso o seu perfil corresponda.", ApplicationReceived},
		{"Spanish: the application was registered", "Postulación enviada", "Tu postulación a la vacante de Desarrollador Web quedó registrada y la empresa ya puede ver tu perfil.", ApplicationReceived},
		{"Spanish: we want you to come with us", "Nuestra propuesta", "Después de las entrevistas lo tenemos claro: queremos que te vengas con nosotros como Analista de Datos. Salario: 42.000 € brutos anuales.", Offer},
		{"bring you into the final round, times to follow", "Next step", "Thanks for Tuesday's conversation about the Platform Engineer role. We'd like to bring you into our final round; our coordinator will send a few options for dates.", InterviewInvitation},
		{"a row of an agenda marked as no interview", "Your onsite on Dec 15", "Here's your onsite plan for Tuesday, December 15, all times Eastern.\n9:00 - 9:45 AM   Systems design   Ruth Abara\n9:45 - 10:30 AM   Lunch with the team (not an interview)\n10:30 - 11:15 AM   Coding   Felix Ng", InterviewScheduled},
		{"a panel change, time and place stand", "RE: Onsite for Data Engineer", "Small update on your interview: Ravi will be travelling that week, so Helen Obi takes his place. The time and location do not change.\n\n> Your interview is confirmed for Tuesday, December 15 at 10am ET at our office.", InterviewScheduled},
		{"a founder's short no: not where your experience is", "Re: Embedded Engineer", "Thanks for coming in on Monday. We're going to pass; we need someone who's led a hardware team, and that's not where your experience is.", Rejection},
		{"the manager moves the interview to one new time, asked politely", "Moving our interview to Thursday", "Something came up on Wednesday, so could we shift our interview from Wed 9 Dec 10:00 to Thursday 10 Dec at 15:00 instead? Same video link, still an hour.", InterviewScheduled},
		{"a move that asks for the candidate's times is an invitation", "Moving our interview", "Something came up on Wednesday. Could we move our interview to next week? Let me know which times work for you.", InterviewInvitation},
		{"Dutch: a receipt confirmation named in the subject", "Ontvangstbevestiging sollicitatie Beleidsmedewerker", "Uw sollicitatie op de vacature Beleidsmedewerker Wonen (vacaturenummer 2026-88) is goed bij ons binnengekomen. U hoort binnen drie weken van ons.", ApplicationReceived},
		{"one time set with a way out", "Re: quick call?", "Thanks for getting back to me. How about Tuesday the 15th at 11am Eastern for the phone interview? If that time's bad, just say so and we'll find another.", InterviewScheduled},
		{"a way out of a take-home deadline is no interview", "Take-home exercise", "Thanks for the interview on Monday. The next step is a small take-home. If you can send it back by Monday, December 14 at noon Pacific, we'll review it. If that deadline doesn't work, just tell me.", Other},
		{"Spanish: a way out of several slots offered is an invitation", "Entrevista", "Nos gustaría conocerte en una primera entrevista. ¿Podrías indicarme tu disponibilidad? Tenemos huecos el martes 15 y el jueves 17 de diciembre, de 9:00 a 13:00. Si no te encaja ninguno, dime qué te viene mejor.", InterviewInvitation},
		{"a farewell with nothing else said", "Your application - Data Analyst", "Thank you for the time you gave us during the process for the Data Analyst role. We'll keep your CV on file for future openings and wish you every success in your search.", Rejection},
		{"German: a farewell, kept in the talent pool", "Ihre Bewerbung als Controller", "Vielen Dank für das offene Gespräch letzte Woche. Gerne nehmen wir Ihr Profil in unseren Talentpool auf und wünschen Ihnen für Ihren weiteren Weg alles Gute.", Rejection},
		{"a receipt that keeps the CV on file is no farewell", "Application received - Data Analyst", "We have received your application for the Data Analyst role. If you are not selected, we'll keep your CV on file for future openings. Good luck with your search!", ApplicationReceived},
		{"a flat kept on file is no job farewell", "Your rental application", "Thank you for viewing the flat on Saturday. We'll keep your application on file for future openings in our buildings and wish you the best of luck with your search.", Other},
		{"the one time of a mail about an interview", "Data Platform loop, part 1", "Here is part 1 of your interview loop for the Senior Data Engineer opening. Tuesday 15 December, 2:00 to 3:30 pm Central, at our West Loop office, 4th floor.", InterviewScheduled},
		{"sessions back to back are one sitting, not slots", "Your onsite for the QA Lead role", "Your onsite interview for the QA Lead role is on Wednesday 16 December, all times CET.\n14:00-14:45 Test strategy\n14:45-15:30 Automation", InterviewScheduled},
		{"Italian: a range written with ore, summoned to the interview", "Convocazione colloquio", "Con la presente La convochiamo al colloquio per la posizione di Analista Programmatore, che si terrà giovedì 17 dicembre 2026, dalle ore 10:30 alle ore 12:00, presso la nostra sede.", InterviewScheduled},
		{"a friend's coffee that mentions an interview names no job", "coffee thurs?", "Want to grab coffee Thursday 17 December before work? I'm thinking 8:30 at the usual place. Happy to tell you how the interview loop went when I joined.", Other},
		{"a portal's outcome field", "Update on your application 77120", "The vacancy holder has recorded an outcome for the sift stage.\nJob title | Policy Analyst\nReference | 77120\nOutcome | Unsuccessful - did not meet the pass mark", Rejection},
		{"went another way", "Re: Thank you - final round", "Sorry, we went another way on this one. It was close, and your case study was one of the best we saw.", Rejection},
		{"not going any further", "Data Analyst (REQ-5521)", "Thank you for applying for the Data Analyst role, REQ-5521. We've finished shortlisting, and your application won't be going any further in this recruitment.", Rejection},
		{"a statement about candidates not shortlisted is no rejection", "Acknowledgement of online application", "Your online application for the post of Project Scientist (post code PS-12) has been submitted successfully. Candidates shortlisted for the interview will be listed on our website. No separate communication will be sent to candidates who are not shortlisted.", ApplicationReceived},
		{"this confirms the receipt, not an interview", "Application Received: Budget Analyst", "This confirms that the City received your application for Budget Analyst (exam 2026-88). Applicants who qualify will be invited to a written exam.", ApplicationReceived},
		{"Dutch: moments offered, a confirmation to come", "Uitnodiging eerste gesprek", "Bedankt voor je sollicitatie op de functie van beleidsadviseur. Deze momenten zijn nog vrij:\n- dinsdag 15 december, 14.00 uur\n- donderdag 17 december, 10.30 uur\nWil je laten weten welk moment je voorkeur heeft? Dan stuur ik je een bevestiging.", InterviewInvitation},
		{"a booking link after thanks for applying is an invitation", "RSE role - next step", "Thanks for applying for the Research Software Engineer role. I'd like to have a 30-minute video conversation with you. Please pick whichever suits you here: https://calendly.example/fg/rse", InterviewInvitation},
		{"a salary not matched opens an offer, not a rejection", "Your offer from Larchmont", "Unfortunately, we can't match your salary expectation of $150,000, but we'd like to offer you the position of Senior Analyst at Larchmont, with a base salary of $142,000.", Offer},
		{"German: a job alert asking whether it fits", "8 neue Jobs für Data Analyst", "Wir haben 8 neue Jobs gefunden, die zu deiner Suche passen. Passt nicht? Passe deine Suchkriterien an.", Other},
		{"a pause with no interview set is no cancellation", "Engineering Manager - pause on our side", "Unfortunately our finance team has paused hiring for the Engineering Manager role (REQ-7731) until the budget is signed off. Nobody's application has been declined; the panel will be the next step once we reopen.", Other},
		{"we'll pass, thanks", "Re: Founding engineer role", "Hi Jordan - we'll pass, thanks. Good luck with the search.", Rejection},
		{"German: no invitation to an interview", "Ihre Bewerbung als Backend-Entwickler", "Wir haben uns Ihre Unterlagen genau angesehen und können Ihnen für diese Position leider keine Einladung zu einem Gespräch aussprechen.", Rejection},
		{"a submission time before the mail is no interview time", "Acknowledgement of online application", "Your online application has been submitted successfully.\nPost applied: Data Scientist (DS-7)\nDate & Time of Submission: 07-12-2026 09:11\nCandidates shortlisted for the interview will be listed on our website.", ApplicationReceived},
		{"a day named by weekday and number, its end said apart", "Re: coffee - proper chat?", "Hey Jordan, done: Thursday the 10th at 3pm at our office for the Product Engineer role. Block out till about 4:30. It'll be me and my cofounder for the interview.", InterviewScheduled},
		{"a paused pipeline that closes every application", "An update, and an apology", "Our board asked us to stretch our runway, so we've paused the pipeline for the Platform Engineer role. Rather than leave you waiting, we're closing every application that's in progress for this role, and that includes yours.", Rejection},
		{"moving in a different direction for a hire", "Data Manager", "Thanks for coming in to meet the team. We've decided to move in a different direction for this hire.", Rejection},
		{"not moving to an offer", "Your application: next steps", "We've reached a decision on the Data Strategy position: we won't be moving to an offer with you. Reply with a couple of times that suit if you'd like feedback on a call.", Rejection},
		{"a frozen req calls off an interview without deciding", "Dec 11 final round", "This morning the studio announced a restructuring, and every open req is frozen, including Senior Backend Engineer. That means your final round on Friday, December 11 is cancelled. This isn't a decision about you.", InterviewCancelled},
		{"a mentoring programme's first meeting is no interview", "You're in: mentoring cohort", "Your application to the Bridge Mentoring Programme was successful. We've matched you with Catherine, VP Engineering. Catherine has suggested your first conversation for Thursday 10 December at 6:00pm ET.", Other},
		{"an agency relaying its client's wish to meet", "Ardent Mutual want to meet you", "Good news: Graham, their Head of Data, read your CV and wants to meet you for the Data Engineering Lead role. It would be an in-person first interview. What does your diary look like? Give me a couple of options.\n\nCallum Reid\nPrincipal Consultant, Pellucid Talent", InterviewInvitation},
		{"time and link have not changed", "Your interview on Dec 15 - a change to the panel", "Quick update for next Tuesday (Dec 15), 10-11am Pacific. Time and Zoom link haven't changed. Priya is taking Dana's seat.", InterviewScheduled},
		{"materials landed safely", "We have it from here - Data Analyst", "Your materials for Data Analyst, Network Planning landed safely with us. A real person on the talent team reads every submission.", ApplicationReceived},
		{"a submission made it to us", "Thanks, Jordan", "This note is just to say your submission for Product Analyst made it to us in one piece. We'll be in touch whichever way it goes.", ApplicationReceived},
		{"Dutch: arrived well", "Goed aangekomen", "Wat leuk dat je gereageerd hebt op onze vacature Data Analist! Je cv en motivatie zijn goed bij ons aangekomen.", ApplicationReceived},
		{"going with someone who fits better", "Re: our chat on Thursday", "Closing the loop after Thursday. We're going to go with someone who has run a loyalty programme at a larger chain for the analyst role.", Rejection},
		{"landed on another candidate", "Re: Thank you", "Thanks for the note. Bad news from my end, we landed on another candidate for the marketplace role.", Rejection},
		{"an agency: the client takes others forward", "Feedback", "I've had the client's feedback on the Pricing Analyst role: they're taking two others forward to the second stage.", Rejection},
		{"Spanish: we kept an internal candidate", "Seguimiento", "Gracias por la entrevista del martes. La decisión fue quedarnos con una candidata interna que ya conoce la operación.", Rejection},
		{"Spanish: we leaned towards a person with more experience", "Sobre la plaza", "Para la plaza de Analista de Datos nos hemos decantado por una persona con más recorrido en mercados eléctricos.", Rejection},
		{"Portuguese: the vacancy was filled", "Retorno", "A vaga de Analista de Dados foi preenchida por uma pessoa que já atuava com adquirência, e por isso encerramos a sua participação neste processo.", Rejection},
		{"bailing on a call is a cancellation", "friday - have to bail", "We've just decided to freeze the analytics hire, so I'm going to bail on Friday's 11am interview rather than waste your time.", InterviewCancelled},
		{"bring you in for the final loop, windows offered", "Final loop - pick a window?", "We'd like to bring you in for the final loop for Product Analyst. Here are three windows that work on our side: Tue Dec 15, 12:00 - 3:30 pm or Thu Dec 17, 10:00 am - 1:30 pm.", InterviewInvitation},
		{"Spanish: we propose you join", "Una propuesta para ti", "Después de las conversaciones con el comité, queremos proponerte que te sumes a Seguros Cordillera como Analista de Negocios. Renta bruta mensual: CLP 3.200.000.", Offer},
		{"French: it's set", "C'est calé", "C'est calé ! Rendez-vous jeudi 10 décembre de 16h à 17h, heure de Paris, pour votre entretien sur Google Meet.", InterviewScheduled},
		{"Italian: taken off the calendar", "Martedì 15 - aggiornamento", "Devo toglierti dal calendario il secondo colloquio che avevamo fissato per martedì 15 dicembre alle 10:00. La direzione ha deciso di congelare l'apertura della posizione.", InterviewCancelled},
		{"pulled off the calendar", "Canceled: Data Analyst - interview", "I'm sorry to be pulling this off your calendar: we can't hold Tuesday's interview for the Data Analyst role while the requisition is reworked. I don't have a new date to offer you yet.", InterviewCancelled},
		{"Dutch: we see you on a day", "Uitnodiging tweede gesprek", "Wat fijn dat je naar Eindhoven wilt komen voor de volgende ronde. We zien je op dinsdag 15 december, van 9.30 tot 11.30 uur.", InterviewScheduled},
		{"one time that works on the employer's side", "Re: Founding engineer", "Rather than another video call, why don't you come by the office for an interview? Thursday 10 December at 4pm works on our side. You'll meet Dev and me.", InterviewScheduled},
		{"a receipt that goes on to ask for a time to talk", "Founding Engineer - next step?", "Thanks for applying for the Founding Engineer role. I'd like to talk: my calendar is here, grab whatever works next week. If nothing suits, reply with a couple of times that do.", InterviewInvitation},
		{"Spanish: we would love you to join", "Propuesta de incorporación", "¡Enhorabuena! Después de las entrevistas con el equipo, nos encantaría que te unieras a Brisa Tecnologías como Ingeniera de Plataforma. Salario bruto anual: 68.000 €.", Offer},
		{"Dutch: whether we invite you is a condition", "Bedankt voor je sollicitatie!", "Bedankt voor je sollicitatie op de vacature Cloud Engineer. We hebben je gegevens in goede orde ontvangen. Binnen twee weken hoor je van ons of we je uitnodigen voor een kennismakingsgesprek.", ApplicationReceived},
		{"regret for a cancelled interview is no rejection", "Absage unseres Termins", "Leider muss ich Ihnen mitteilen, dass wir unser für Donnerstag, den 14. Januar 2027, um 10:30 Uhr vereinbartes Vorstellungsgespräch absagen müssen. Ihre Bewerbung bleibt weiterhin im Verfahren.", InterviewCancelled},
		{"a university place refused is no job", "Ihre Bewerbung um einen Studienplatz", "Vielen Dank für Ihre Bewerbung um einen Studienplatz im Masterstudiengang Data Science zum Sommersemester 2027. Leider müssen wir Ihnen mitteilen, dass wir Ihnen keinen Studienplatz anbieten können.", Other},
		{"a club's membership interview is no job", "Uw aanmelding als lid", "Hartelijk dank voor uw aanmelding als lid van de roeivereniging. Wij nodigen u uit voor een kennismakingsgesprek met de ballotagecommissie op dinsdag 12 januari om 19:30 uur.", Other},
		{"an interview set by the employer in French", "Votre entretien", "Comme convenu, votre entretien technique pour le poste de Développeur est fixé au 19/03/2027 à 14h30 (heure de Paris).", InterviewScheduled},
		{"we have scheduled, time on the next line", "Second interview", "We've scheduled your second interview for the ML Engineer role:\n\nWednesday 13 January 2027, 11:00-12:00 CET\nGoogle Meet: https://meet.example.com/x", InterviewScheduled},
		{"German conditional invitation by inversion is an acknowledgement", "Eingangsbestätigung Ihrer Bewerbung", "Vielen Dank für Ihre Bewerbung als Cloud Engineer. Ihre Unterlagen sind vollständig bei uns eingegangen. Sollten wir Sie zu einem Gespräch einladen, melden wir uns mit Terminvorschlägen.", ApplicationReceived},
		{"a school's admission interview with a fixed time is no job", "Convocation à l'entretien d'admission", "Suite à l'étude de votre dossier de candidature au Mastère Spécialisé Data (rentrée de septembre 2027), nous avons le plaisir de vous convoquer à un entretien d'admission le mercredi 24 mars 2027 à 15 h. Les frais de dossier doivent être réglés avant l'entretien.", Other},
		{"not extending an invitation to interview is a rejection", "Your application", "Thank you for applying to the Java Developer position. We have concluded our review and will not be extending an invitation to interview for this position.", Rejection},
		{"keep looking for someone else is a rejection", "Re: Thank you", "Thanks for your time on the 8th for the Platform Engineer role. We've decided to keep looking for someone who has run Kafka at a larger scale.", Rejection},
		{"Spanish: cannot count on you is a rejection", "Proceso de selección", "Te escribo para contarte que finalmente no vamos a poder contar contigo en esta ocasión para la posición de Backend Engineer.", Rejection},
		{"Spanish: an interview suspended without a new date is cancelled", "Entrevista del viernes", "Te escribo para avisarte que vamos a tener que suspender la entrevista técnica que teníamos agendada para mañana viernes 5 de marzo a las 15 h. Prefiero no proponerte una fecha nueva todavía.", InterviewCancelled},
		{"an interview set under a date heading", "Second interview", "We are pleased to invite you to the second interview for the iOS Engineer position.\n\nDate and time\nThursday, March 18, 2027, 10:00-11:00 Japan Standard Time\n\nThe link will be sent the day before.", InterviewScheduled},
		{"a date line after the sentence about the panel", "Final panel", "Great news - the client loved the tech screen and wants you in for the final panel for the Lead Platform Engineer role.\n\nFriday 12 March 2027, 10:00 AM Eastern, at their office.", InterviewScheduled},
		{"German: the minutes of 14.00 Uhr are no second time", "Einladung zum Vorstellungsgespräch", "Gerne laden wir Sie zu einem persönlichen Gespräch für die Stelle als Software Engineer ein.\n\nDatum: Dienstag, 9. März 2027\nZeit: 14.00 Uhr\n\nBitte melden Sie sich kurz vor 14.00 Uhr am Empfang.", InterviewScheduled},
		{"slots offered until we confirm stay an invitation", "Siguiente etapa", "Nos gustaría invitarte a una entrevista técnica para la vacante de Desarrollador. ¿Nos podrías compartir tu disponibilidad? Tenemos espacios de 10:00 a 14:00 de lunes a jueves y te mando la invitación en cuanto lo confirmemos.", InterviewInvitation},
		{"CV passed on is an acknowledgement", "Re: Data Engineer - application", "Thanks for sending this over, your CV landed in my inbox this morning and I've passed it to Marisa, who leads the data team.", ApplicationReceived},
		{"thanks for applying without you", "Thanks for applying!", "Thanks for applying for the Platform Engineer role! We read every application and will be in touch.", ApplicationReceived},
		{"resume arrived", "RE: Application", "Thanks for sending through your CV for the Analyst position. It arrived safely and I have passed it to the hiring manager.", ApplicationReceived},
		{"offer summary", "Your offer from Acme", "As promised, here is a written summary of the offer we discussed for the Analyst role: base salary 90,000, start date 1 March.", Offer},
		{"case exercise after a move forward", "Case exercise", "We'd like to move you forward for the Analyst role: the next step is a case exercise, due Friday at 5pm. The final interview comes after.", Other},
		{"focus on other applicants", "Your application", "Thanks for applying for the UX Researcher role. We've decided to focus on other applicants for now.", Rejection},
		{"requisition closed", "Update", "We've made the decision to close the Data Scientist position and will not be filling it this year.", Rejection},
		{"Dutch not invited", "Je sollicitatie", "Helaas moeten we je laten weten dat we je niet uitnodigen voor een gesprek.", Rejection},
		{"Dutch other candidate first", "Terugkoppeling", "We hebben besloten om met een andere kandidaat verder te gaan voor de functie van Data Engineer.", Rejection},
		{"German Unterlagen erhalten", "Ihre Bewerbung", "Wir haben Ihre Unterlagen für die Position Projektingenieur (m/w/d) erhalten und werden sie prüfen.", ApplicationReceived},
		{"Dutch conditional invitation is an acknowledgement", "Bedankt", "Bedankt voor je sollicitatie! Als je profiel aansluit, nodigen we je uit voor een kennismakingsgesprek.", ApplicationReceived},
		{"interview pushed without a new time", "Interview next week", "Unfortunately we'll need to push your interview for the Solutions Architect role to the week after. I'll send you some new times soon.", InterviewCancelled},
		{"the sender will ring at a time", "Phone screen", "Thanks for your application for the Data Engineer role. I'll give you a ring on Thursday at 4:30pm GMT for a 20-minute chat.", InterviewScheduled},
		{"confirm your availability after a fixed time", "Interview", "We are pleased to schedule your technical interview on Friday, 11 December 2026 at 11:00 AM GMT. Kindly confirm your availability.", InterviewScheduled},
		{"German keine Zusage is a no", "Ihre Bewerbung", "Leider können wir Ihnen keine Zusage geben. Wir haben uns für eine Person entschieden, deren Erfahrung besser passt.", Rejection},
		{"a hypothetical no is no decision", "Bedankt voor je sollicitatie", "Bedankt voor je sollicitatie als Designer! Je hoort binnen twee weken van ons, ook als het geen match blijkt te zijn.", ApplicationReceived},
		{"the main clause after a hypothetical stands", "Your application", "Even if it is not what you hoped for, we have decided not to move forward with your application.", Rejection},
		{"a negated offer is no offer", "Final interviews", "I'm sorry to tell you that we won't be extending an offer for the Storage Engineer role.", Rejection},
		{"not hiring is a no", "Re: Open application", "Thank you for your open application for a designer position! I'm afraid we are currently not looking for new part-time colleagues.", Rejection},
		{"Spanish vacancy cancelled", "Tu candidatura", "Por un cambio de prioridades hemos decidido cancelar la vacante de Desarrollador Backend y no vamos a continuar con ninguna candidatura.", Rejection},
		{"Italian search closed", "Selezione Analyst", "La informiamo che la ricerca per la posizione di Analyst è stata chiusa, avendo già individuato il profilo più in linea.", Rejection},
		{"German pick a slot", "Terminvorschläge", "Vielen Dank für Ihre Bewerbung als Data Scientist. Folgende Termine kämen für uns in Frage: Di., 08.09., 10:00 Uhr oder Mi., 09.09., 14:00 Uhr. Bitte sagen Sie mir, welcher Termin Ihnen passt.", InterviewInvitation},
		{"profile does not match what we look for", "Your application", "Unfortunately, your profile doesn't quite match what we're looking for at the moment, so we won't take it further.", Rejection},
		{"Spanish no encaja", "Tu candidatura", "Hemos revisado tu perfil y, por ahora, no encaja con lo que buscamos para la posición.", Rejection},
		{"Brazilian offer", "Proposta", "Temos o prazer de oferecer a você a vaga de Analista de Dados Sênior.", Offer},
		{"UK public-sector offer", "Outcome of interview", "I am delighted to confirm that the panel has recommended you for appointment to the post.", Offer},
		{"Italian application sent", "Candidatura inviata", "La tua candidatura per la posizione di Data Engineer è stata inviata con successo.", ApplicationReceived},
		{"German appointment called off is a cancellation", "Termin am Freitag", "Leider müssen wir den Termin am Freitag für das Vorstellungsgespräch absagen. Ich melde mich mit einem neuen Terminvorschlag.", InterviewCancelled},
		{"recruiter's tips with good luck are not personal", "Preparing for your interview", "Ahead of your interview, here are a few tips. Good luck!\n\nNell Hughes\nRecruitment Coordinator, Harbourline Bank", Other},
		{"a promise to call with a deadline is no interview", "Thank you for applying", "Thank you for applying for the Data Engineer role. We will call you if we would like to arrange an interview. Applications close on Friday 11 December at 5pm.", ApplicationReceived},
		{"cancelling an interview for a position is no rejection", "Interview", "We have decided to cancel the interview for this position on Thursday; I will send new times next week.", InterviewCancelled},
		{"do not fill the form is no rejection", "Your application", "Thank you for your application for the Data Engineer role. Please do not fill the form twice.", ApplicationReceived},
		{"shortlisted", "Congratulations", "Congratulations, you've been shortlisted for the Quantitative Analyst role! We'll be in touch this week to schedule your first interview.", InterviewInvitation},
		{"if so is no condition on a decision", "Data Analyst opportunity", "Are you still interested in the Data Analyst role? If so, we'd like to set up a short call with our analytics lead next week.", InterviewInvitation},
		{"if you are selected stays a condition", "Thank you for applying", "Thank you for applying for the Data Analyst role. If you are selected, we'd like to set up a call with our analytics lead.", ApplicationReceived},
		{"the candidate withdrew", "Thanks for letting us know", "Thanks for letting us know that you'd like to withdraw from the process for the Security Engineer role. We've cancelled your upcoming interview on Tuesday.", Other},
		{"role filled calls off a confirmed interview", "Your interview - an update", "We had confirmed your interview for Monday 14 December at 11:00 for the Analytics Engineer role. Unfortunately, the position has since been filled internally, so we have to cancel it.", Rejection},
		{"time stays the same", "Your interview - new panel member", "Omar can no longer join, so you'll meet Priya Desai and Chen Wu instead. The time stays the same, Wednesday, December 9 at 3:00 PM PT, for an hour.", InterviewScheduled},
		{"Italian reminder", "Promemoria colloquio", "Ciao Jordan, ti ricordo il colloquio di domani alle 10:00 per la posizione di Backend Developer.", InterviewScheduled},
		{"Dutch two new slots", "Gesprek morgen", "Helaas kan ik morgen toch niet. Kunnen we het gesprek verzetten naar vrijdag om 14:00 of maandag om 10:00? Laat maar weten wat jou het beste uitkomt.", InterviewInvitation},
		{"Dutch 'of dit schikt' confirms a fixed time", "Uitnodiging sollicitatiegesprek", "Het gesprek vindt plaats op dinsdag 15 december om 14.30 uur. Laat je even weten of dit schikt?", InterviewScheduled},
		{"a proposed move is a question, not a new time", "Moving our interview?", "Dev has a conflict on Thursday. Could we move your interview from Thursday at 2pm to Friday at 11am ET instead? Let me know if that works.", InterviewInvitation},
		{"a stated move is a new time", "Moving our interview", "Dev has a conflict on Thursday, so we've moved your interview to Friday, December 11 at 11am ET.", InterviewScheduled},
		{"French job alert", "Nouvelles offres : Product Manager à Lyon", "Voici les nouvelles offres qui correspondent à votre alerte :\n\nProduct Manager - Aubépine - Lyon\n\nVoir toutes les offres. Se désabonner.", Other},
		{"a reopened role is no pause", "Lab Automation Engineer", "The Lab Automation Engineer role is open again after the hiring freeze. Would you still like to be considered? If so, I'd love to set up a call with our hiring manager.", InterviewInvitation},
		{"a role that will reopen is still paused", "Interviews paused", "The Operations Analyst role has been put on hold, so we're pausing all interviews, including yours on Monday. I'll let you know as soon as the role reopens.", InterviewCancelled},
		{"Portuguese availability", "Convite para entrevista", "Gostaríamos de convidá-lo para uma entrevista técnica para a vaga de Desenvolvedor Go. Você tem disponibilidade na próxima semana?", InterviewInvitation},
		{"a time in a question after 'sounds good'", "Re: Interview", "Sounds good. Could you do the interview on Tuesday, December 8 at 10am?", InterviewInvitation},
		{"see you with a weekday confirms a quoted slot", "Re: Interview", "Sounds good - see you Thursday at 10!", InterviewScheduled},
		{"Italian ci vediamo", "R: Colloquio", "Perfetto, allora ci vediamo giovedì 10 dicembre alle 11:00 per il colloquio.", InterviewScheduled},
		{"Dutch rejection voort te zetten", "RE: Sollicitatie", "Helaas hebben we besloten de procedure met een andere kandidaat voort te zetten.", Rejection},
		{"an ATS footer on withdrawing is no withdrawal", "Thank you for applying", "Thank you for applying for the Data Analyst role. We have received your application. To withdraw your application, sign in to your candidate home.", ApplicationReceived},
		{"Spanish reflexive se is no condition", "Proceso de selección", "Se ha decidido continuar con otros candidatos para el puesto de Analista.", Rejection},
		{"Portuguese se is a condition", "Candidatura", "Recebemos a sua candidatura. Se o seu perfil for selecionado, vamos agendar uma entrevista com você.", ApplicationReceived},
		{"not offering a place", "RE: Interview", "Thank you for attending the interview. I'm sorry to tell you that we will not be offering you a place on this year's programme.", Rejection},
		{"agency's fintech client", "Exciting Staff Engineer role", "I'm working with a well-funded fintech client on a Staff Engineer search. Are you free for a quick call on Tuesday at 2pm?", Other},
		{"not progressing to the interview stage", "Your application", "We've reviewed your application for the Software Developer role and, unfortunately, will not be progressing it to the interview stage.", Rejection},
		{"open evening invitation is no interview", "Invitation: Technology Open Evening", "Meet our engineers at our open evening on Thursday 17 December, 18:00 - 20:00, with tips for our interview process.", Other},
	}
	for _, tt := range tests {
		r := classifyMail(date, tt.subject, tt.text)
		if r.Kind != tt.want {
			t.Errorf("Classify(%s).Kind = %s, want %s (%v)", tt.name, r.Kind, tt.want, r.Reasons)
		}
	}
}

// TestAutoReplyAcknowledgement: an applicant-tracking system marks its
// receipts as automatic replies (Precedence: auto_reply); one that says
// "thank you for your application", even in its subject only, is an
// acknowledgement, not an out-of-office.
func TestAutoReplyAcknowledgement(t *testing.T) {
	tests := []struct {
		name, subject, text string
		want                Kind
	}{
		{"receipt in the subject", "Merci pour votre candidature – Analyste", "Chaque dossier est lu par une personne de l'équipe.", ApplicationReceived},
		{"receipt in the text", "Your application", "Thank you for your application for the Analyst role.", ApplicationReceived},
		{"out of office", "Automatic reply: Analyst role", "I am away until Monday with no access to email.", Other},
	}
	for _, tt := range tests {
		raw := "From: Acme <no-reply@ats.example>\r\nTo: alex@candidate.example\r\nDate: Mon, 07 Dec 2026 10:00:00 +0000\r\n" +
			"Subject: " + mime.QEncoding.Encode("utf-8", tt.subject) + "\r\nAuto-Submitted: auto-generated\r\nPrecedence: auto_reply\r\n" +
			"Content-Type: text/plain; charset=utf-8\r\n\r\n" + tt.text + "\r\n"
		m, err := message.Parse(strings.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		if r := Classify(m, Options{}); r.Kind != tt.want {
			t.Errorf("%s: kind %s, want %s (%v)", tt.name, r.Kind, tt.want, r.Reasons)
		}
	}
}
