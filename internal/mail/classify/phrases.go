package classify

// Phrase families, in folded form (lower case, no accents). Each family is a
// signal; the rules in decide.go weigh them. Phrases are generic ways of
// saying a thing in English, French, Spanish, German, Italian, Portuguese and
// Dutch, never wording taken from one particular sender.
const (
	famReject family = iota
	famOffer
	famOfferNeg
	famAck
	famAckNeg
	famInterview
	famCall
	famPractice
	famConfirm
	famAvail
	famInvite
	famCancel
	famHold
	famNewTime
	famOOO
	famAssess
	famSurvey
	famBulk
	famAgency
	famCond
	famOld
	famDeadline
	famConvert
	famTechCheck
	famPersonal
	famRing
	famWithdraw
	famReopen
	famNeg       // negation: "not", "unable", "no longer"
	famNegIdiom  // a negation that negates nothing: "can't wait", "not only"
	famProgress  // a step forward for the application: "move forward", "shortlist", "invite"
	famChoose    // a choice of someone: "chose", "went with", "offered the role to"
	famOtherCand // someone else: "another candidate", "someone whose", "other applicants"
	famFilled    // the position is gone: "has been filled", "we closed the role"
	famJob       // evidence of a job application: "position", "hiring", "recruiter"
	famJobWeak   // words shared with other applications: "application", "applicant"
	famNonJob    // other applications: "apartment", "loan", "admission", "grant"
	famPanel     // a heading over the people the candidate will meet: "Interviewers:", "You will meet"
	famOtherWeak // someone described, not named as another: "someone whose", "the successful candidate"
	famDecision  // words that announce a decision: "unfortunately", "after careful consideration"
	famContrast  // a clause that turns: "but", "however"
	famFit       // the candidate matches the role: "the right fit", "meets the requirements"
	famCount
)

var famNames = [...]string{
	famReject: "rejection phrase", famOffer: "offer phrase", famOfferNeg: "negated offer",
	famAck: "acknowledgement phrase", famAckNeg: "unsent application", famInterview: "interview word",
	famCall: "call word", famPractice: "practice or event", famConfirm: "confirmation phrase",
	famAvail: "asks for availability", famInvite: "invitation phrase", famCancel: "cancellation phrase",
	famHold: "requisition on hold", famNewTime: "new time", famOOO: "out-of-office phrase",
	famAssess: "assessment or take-home", famSurvey: "survey", famBulk: "newsletter or job alert",
	famAgency: "agency outreach", famCond: "conditional", famOld: "old time", famDeadline: "deadline",
	famConvert: "time conversion", famTechCheck: "tech check", famPersonal: "personal well-wishing", famRing: "the sender will call", famWithdraw: "the candidate withdrew", famReopen: "the role reopened",
	famNeg: "negation", famNegIdiom: "idiom with a negation", famProgress: "progression", famChoose: "choice of someone",
	famOtherCand: "another candidate", famFilled: "position filled or closed", famJob: "job word", famJobWeak: "application word",
	famNonJob: "non-job application word", famPanel: "panel heading",
	famOtherWeak: "someone described", famDecision: "decision word", famContrast: "contrast", famFit: "fit",
}

var phraseDefs = map[family][]string{
	famReject: {
		// English: decisions in favour of someone else
		"move|moving|moved|go|going|proceed|proceeding|progress|progressing|advance|advancing|continue|continuing forward|ahead [with] [a|an] other|another|different|alternative|stronger candidate~|applicant~|profile~|individual~|person",
		"continue|continuing|proceed|proceeding|pursue|pursuing|progress|progressing|move|moving|go|going ... with other|another candidate~|applicant~|profiles",
		"pursue|pursuing|selected|select|chosen|chose|hired|appointed|identified|offered|offer|extend|extended [the] [role|position|offer] [to] other|another|a|stronger|different candidate~|applicant~",
		"offer|role|position|job to another|other|a|someone candidate|applicant|person|else|different",
		"go|gone|going|went in a|another different|new direction",
		// English: declining the application
		"not|unable|cannot [be] [to] move|moving|progress|progressing|proceed|proceeding|advance|advancing|take|taking|continue|continuing|go|going [forward|further|ahead] [with] [your] application|candidacy|candidature|you",
		"not|unable [be] able to move|progress|proceed|advance",
		"not be progressing|proceeding|moving|taking|considering any",
		"you|application|candidacy|candidature|applications have|has|were|was|are|is not [been] selected|shortlisted|successful|chosen|progressed",
		"you|application|candidacy|candidature|applications have|has|were|was|are|is [been] unsuccessful",
		"unsuccessful on|at this|that occasion|time|stage",
		"decline|declined|declining your application|candidacy|candidature",
		"position|role|vacancy|job|opening|requisition has|have|is|was [now] [already] been|being filled",
		"filled internally",
		"going|decided|decide|have|had|need to pass",
		"pass for|at now|this",
		"no longer under|being consideration|considered",
		"not be considered further",
		"unable|not|cannot [be] [able] to offer you [a|the] position|role|job|place|employment",
		"not be offering you a|the position|role|job|place|post",
		"not [be] progressing|moving|advancing|taking it|you|this|your [application] to|into the|an|a ... stage|round|step|interview|interviews",
		"pursue|pursuing candidates|applicants|profiles whose|who|that",
		"proceed|proceeding|continue|continuing|move|moving|progress|progressing [forward|ahead] with candidates|applicants|profiles whose|who|that",
		"proceed|proceeding|continue|continuing|move|moving|go|going [forward|ahead] with a|an candidate|applicant|profile|person whose|who|that",
		"other|another candidate~|applicant~|profile~ are|is|were|was ... better|closer|stronger|more match|fit|suited|aligned|closely|experienced|relevant",
		"other|another candidate~|applicant~|profile~|finalist~ are|is|were|was [a|a|little|bit|slightly] further|ahead|farther",
		"not a yes", "it is a no", "a no from", "not ... be a yes",
		// "we'll go through the case with someone from the team" is no rejection
		"go|going|gone|went|proceed|proceeding ... with someone|somebody else",
		"focus|focusing|concentrate|concentrating on other|another candidate~|applicant~|profile~",
		"decided|decision|chosen|chose to go|proceed|move ... with someone|somebody",
		"internal candidate|applicant|hire",
		"decided not to|against move|moving|proceed|proceeding|progress|progressing|continue|pursue|pursuing|offer|advance|invite|take|extend",
		"not the right|a good fit|match",
		"not [be] proceeding|progressing further|forward",
		"not [be] progressing|proceeding|taking|take|moving it|this|them|your [application] further|forward",
		"not [quite] [really] match|fit|suit what|the|our ... looking for|need|needs|requirements",
		"not [be] moving|move forward|ahead",
		"not [be] inviting|invite you",
		"filled the|this position|role|vacancy",
		"hired|selected|chosen someone|somebody",
		"close|closing your application|candidacy",
		// French
		"pas donner suite",
		"donnerons|pouvons|pourrons|pourrions pas [donner] suite",
		"pas ... suite favorable",
		"suite defavorable",
		"pas ete retenu~|selectionne~",
		"pas retenir|retenu|retenue",
		"retiendrons pas",
		"retenu ... autre|autres candidat~|candidature~|profil~",
		"profil ne correspond pas",
		// "nous rencontrons d'autres candidats" is no decision: a verb of choice is needed
		"poursuivre|poursuivons|continuer|continuons|avancer|avancons|aller|allons|privilegier|privilegions ... avec un|une autre candidat~|candidature|profil",
		"poursuivre|poursuivons|continuer|continuons|avancer|avancons|aller|allons|privilegier|privilegions ... avec d'autres candidat~|candidatures|profils",
		"pas de poste|postes ... correspondant|correspondre|correspond",
		"no open|current|suitable position|positions|role|roles|vacancy|vacancies|openings ... match|matching|suit|suits|fit|fits",
		"keine passende|passenden stelle|stellen|position|positionen|vakanz",
		"choix s'est porte",
		"poste a ete|est pourvu",
		"pourvu en interne",
		// Spanish
		"continuar|seguir|avanzar|proceder ... con otro|otros|otra|otras candidat~|perfil~|persona",
		"no ha|has sido seleccionad~",
		"no ... continuar|seguir|avanzar|continuaremos|seguiremos|avanzaremos ... tu|su candidatura|proceso|solicitud|perfil",
		"no podemos ofrecerte|ofrecerle",
		"puesto|vacante ha sido cubiert~",
		"hemos cubierto",
		"optado por otro|otra|otros",
		"no encaja|encajas|encajaba|encajan",
		"no se ajusta|ajustaba ... lo que buscamos|buscabamos",
		"puesto|vacante ... cubiert~",
		// German
		"fur|zugunsten [einen|eine|eines|einer] andere~ bewerber~|kandidat~|bewerbung~|profil~",
		"mussen|muss ... mitteilen",
		"anderweitig",
		"vorzug gegeben",
		"andere~ kandidat~|bewerber~|bewerbung~ ... entschieden",
		// "Absage" alone also calls off an appointment ("Absage Termin"):
		// only an Absage about the application is a rejection
		"absage auf|zu|fur ihre|deine bewerbung",
		"absage erteilen|geben|mitteilen",
		"ihnen|dir ... absage",
		"nicht [weiter|mehr|langer] [zu] berucksichtig~",
		"nicht in die engere",
		"gegen ihre|deine bewerbung|sie|dich entschieden",
		"stelle wurde|ist [bereits|schon|inzwischen|mittlerweile|anderweitig] besetzt",
		"bereits|schon besetzt",
		"keine zusage",
		"fur eine|einen person|kandidatin|kandidaten|bewerberin|bewerber entschieden",
		"keine positive",
		"nicht weiter verfolgen|fortsetzen",
		"nicht weiterverfolgen",
		"entschieden ... andere~ kandidat~|bewerber~|person",
		"andere~ kandidat~|bewerber~ ... fortzusetzen|fortsetzen|weiterzugehen|weiterzumachen",
		// French: another profile chosen
		"retenu|choisi|privilegie|selectionne un|une [autre] profil|candidat~|candidature plus|dont|qui|correspondant",
		// Italian ("stiamo incontrando altri candidati" is no decision)
		"non e stata selezionata",
		"proseguire|procedere|continuare|andare|preferito|scegliere ... altri|altre|altro|altra|un'altra candidat~|profil~",
		"non procedere|proseguire ... candidatura|profilo",
		"non andare avanti ... candidatura|profilo",
		"scelto|selezionato|individuato [un|una|altri|altre|un'altra] [altro|altra] profilo|profili|candidat~ [piu] [in] linea|adatt~|vicin~|coerent~",
		"candidatura non e stata selezionata|accolta",
		// Portuguese ("estamos conversando com outros candidatos" is no decision)
		"avancar|seguir|prosseguir|continuar|optamos|escolhemos|optar|escolher ... outros|outro|outra|outras candidat~|perfil|perfis",
		"nao ... prosseguir|avancar|seguir ... candidatura|processo",
		"candidatura nao foi selecionada",
		"nao seguira|avancara|prosseguira|passara ... proxima~|seguinte~ etapa~|fase~",
		"no avanzara|continuara|pasara ... siguiente~|proxima~ fase~|etapa~",
		"non passera|proseguira|avanzera ... fase|fasi|step",
		"niet door naar ... volgende ronde|fase",
		// Dutch ("we spreken ook met andere kandidaten" is no decision)
		"verder|gekozen|kiezen|voorkeur ... andere kandidaat|kandidaten|kandidate",
		"niet verder [gaan|gegaan] met je|jouw|uw sollicitatie",
		"gekozen voor een|andere kandidaat|kandidaten|kandidate",
		"sollicitatie ... afgewezen",
		"helaas ... niet ... uitnodigen",
		"niet uitnodigen|uitnodigt|uitgenodigd",
		"andere kandidaat|kandidaten|kandidate ... verder|door te gaan|gaan",
		"andere kandidaat|kandidaten|kandidate ... voort te zetten",
		"andere kandidaat|kandidaten|kandidate ... voortzetten",
		"niet voor een gesprek|sollicitatiegesprek uitnodigen|uitnodigt|uitgenodigd",
		// the requisition itself ends: "will not be filling it", "decided to close the ... position"
		"not be filling|fill the|this|it|that",
		"not fill the|this position|role|vacancy|opening",
		"decided|decision|decide to close ... position|role|requisition|vacancy|opening|search",
		"position|role|vacancy|requisition|opening has|have|was|is [been] closed|cancelled|canceled|withdrawn",
	},
	famOffer: {
		"like|pleased|delighted|happy|excited|thrilled|glad|love to offer you",
		"offer you the|a position|role|job|post",
		"offer of employment",
		"offer letter",
		"employment offer",
		"job|formal|verbal|written offer",
		"summary|details of the|your offer", "the offer we discussed|talked|spoke", "offer summary|details|package", "your offer from",
		"extend|make|making|extending [you] an|the|our [formal|verbal|written] offer",
		"been selected for the|this ... position|role|job",
		"extend|extending an|our offer to you",
		"proposition|promesse d'embauche|d'emploi",
		"proposition de contrat",
		"plaisir de vous proposer|offrir",
		"carta oferta",
		"complace ofrecerte|ofrecerle",
		"ofrecerte|ofrecerle el|la puesto|posicion",
		"vertragsangebot",
		"jobangebot",
		"stelle ... anbieten|anzubieten",
		"zusage",
		"heureux|ravis|heureuse|ravie de vous proposer|offrir",
		"oferta formal",
		"carta de oferta",
		"ihnen ein|einen angebot",
		// Dutch, Italian, Portuguese
		"aanbod doen|sturen|maken", "je|u een aanbod", "arbeidsvoorwaardenvoorstel", "contractvoorstel", "arbeidsovereenkomst",
		"offerta di lavoro|assunzione", "proposta di assunzione|lavoro", "lieti di offrirti|offrirle",
		"proposta de emprego|trabalho|contratacao", "oferta de emprego|trabalho", "carta proposta",
		"prazer de oferecer|oferecer-lhe|ofrecer|ofrecerte", "oferecer a voce|lhe a vaga|posicao|proposta",
		"recommended|recommend you for appointment", "offer you the post|appointment",
		"arbeitsvertrag",
	},
	famOfferNeg: {
		"keine zusage",
		"unable|not|cannot [be] [able] to offer",
		"no podemos ofrecer~",
		"pas en mesure de vous proposer",
	},
	famAck: {
		"received your application|applications|cv|resume|candidacy|submission|details|profile",
		"confirm that it|your application|your cv|your resume has|was [been] received",
		"got your application",
		"receipt of your application|cv|resume|candidacy",
		"application confirmation",
		"application|applications has|have|was|were [been] received|submitted|sent|delivered",
		"application received",
		"thank|thanks [you] for applying",
		"thank|thanks [you] for sending|submitting [through|over|in|us] your resume|cv|application|details",
		"arrived safely",
		"thank|thanks you for your application|applications|candidacy",
		"thank|thanks for submitting",
		"passed your application|cv|resume|details",
		"reviewing applications|your application",
		"review your application|profile|cv|resume|qualifications|experience",
		"application is|are under review",
		"bien recu votre candidature",
		"accusons ... reception",
		"candidature a bien ete",
		"merci pour|de votre candidature",
		"hemos recibido ... candidatura|solicitud|cv",
		"candidatura recibida",
		"gracias por tu|su candidatura|solicitud|postulacion",
		"bewerbung erhalten",
		"eingang ihrer|deiner bewerbung",
		"fur ihre|deine bewerbung",
		"eingangsbestatigung",
		"bewerbung ist bei uns eingegangen",
		"unterlagen ... erhalten|eingegangen",
		"haben ihre|deine unterlagen|bewerbungsunterlagen",
		"bewerbungsunterlagen ... erhalten|eingegangen",
		"abbiamo ricevuto", "recebemos a sua candidatura", "sollicitatie ontvangen",
		"candidatura e stata inviata|ricevuta|registrata", "inviata|ricevuta con successo",
		// Dutch, Italian, Portuguese thanks and receipts
		"bedankt|dank voor je|jouw|uw sollicitatie",
		"sollicitatie ... ontvangen",
		"grazie per la tua|sua candidatura",
		"grazie per esserti|essersi candidat~",
		"candidatura ... ricevut~",
		"obrigad~ pela|por sua candidatura",
		"recebemos ... candidatura",
		"candidatura ... recebida",
	},
	famAckNeg: {
		"not finish|submit|complete ... application|applying",
		"not been sent|submitted",
		"started an application",
		"finish applying|your application",
		"complete your application",
	},
	famInterview: {
		"interview~", "screening", "screen", "panel", "onsite", "on-site", "final round", "entretien~",
		"entrevista~", "vorstellungsgesprach~", "bewerbungsgesprach~", "kennenlerngesprach~", "gesprach~",
		"pairing session", "colloqui~", "sollicitatiegesprek~", "gesprek~", "kennismakingsgesprek~", "entrevue~",
		"portfolio review|presentation", "case study interview|session", "technical|final|first|second|third round",
		"intro|introductory|screening|recruiter call",
	},
	famCall: {"call", "chat", "chatting", "conversation", "meeting", "session", "appel", "llamada", "videollamada", "telefonat", "anruf", "visio~", "reunion",
		"termin", "rendez-vous", "cita", "appuntamento", "afspraak",
		"echange", "videochiamata", "chiamata", "telefonata", "gesprek", "videogesprek", "chamada", "conversa", "reuniao", "videochamada"},
	famPractice: {
		"mock|practice|practise interview~|session",
		"mock|practice|practise ... interview~",
		"career|interview|job coach|coaching",
		"coaching session|package|call",
		"coffee chat",
		"coffee with",
		"not|no [a|an] [formal] interview",
		"pas un entretien", "kein vorstellungsgesprach", "no es una entrevista",
		"informational interview|chat|call",
		"career|careers|job fair|night|day|event|expo",
		"webinar", "meetup", "info session", "information session", "networking event",
		"open evening|day|house", "information evening", "hiring|recruiting|recruitment|graduate event",
		"you are registered",
		"your ticket",
		"entretien blanc", "simulacro de entrevista", "probeinterview",
	},
	famConfirm: {
		"confirm~", "bestatig~", "bevestig~", "conferm~",
		"booked", "book it in", "locked in", "blocked out|off", "we have blocked|reserved|held|booked",
		"all set", "all booked",
		"let's do|go|say",
		"see you then|on",
		"speak|talk then",
		"speak|talk to you then",
		"see you", "sounds good|great|perfect", "ci vediamo", "sehen wir uns", "wir sehen uns", "nos vemos", "on se voit",
		"a bientot", "zien we elkaar|je", "tot dan", "nos vemos", "te vejo", "ate la", "confirmado|confirmada",

		"works perfectly|great|well|for us|for me|for both",
		"here is|here's the|your invitation|invite|schedule|calendar",
		"look|looking forward to welcoming|seeing|meeting|hosting you on|at",
		"popped|put|added ... in|into|to the|your|my calendar|diary",
		"send|sending you [over] a|the [calendar] [meet|zoom|teams|video] link|invite|invitation",
		"invite|invitation for your interview",
		// calendar programs' invitation text: "You have been invited to the following event"
		"invited to the following event|meeting",
		"invitacion para el siguiente evento", "invitado al siguiente evento", "invite a l'evenement suivant",
		"eingeladen ... folgende~ termin|ereignis|veranstaltung", "convidado para o seguinte evento", "convite para o seguinte evento",
		"uitgenodigd voor het volgende evenement|afspraak", "invitato al seguente evento", "invito al seguente evento",
		"we will|shall meet",
		"you will be speaking|meeting|talking",
		"has|have been scheduled",
		"is|are scheduled",
		"scheduled for",
		"set for",
		"as agreed",
		"new time",
		"rescheduled",
		"calendar invite|invitation",
		"reminder", "rappel", "recordatorio", "erinnerung", "promemoria", "lembrete", "herinnering",
		"ti|le|vi ricordo", "te|le|les recuerdo|recordamos", "je vous rappelle", "lembramos|lembro que",
		"stays|remains [the] same|unchanged", "still stands|stand", "time stays|remains",
		"nous vous retrouverons",
		"rendez-vous est fixe",
		"queda|quedamos|qued confirmad~|agendad~|programad~|fijad~",
		"termin steht", "termin",
		"convocation", "convoque~",
		"programada|programado|agendada|agendado|fijada|fijado",
	},
	famAvail: {
		"your availability|availabilities",
		"availability",
		"windows|times|slots|options that work|suit",
		"send me|us ... times|windows|slots|availability",
		"which of these|those",
		"which one|slot|time|option works",
		"following slots|times|options|dates",
		"slots available",
		"choose|select|pick|book|grab ... time|slot|slots",
		"self-schedul~",
		"schedule your interview",
		"schedule a time",
		"booking link",
		"use the link below",
		"when are you available|free",
		"would you be available|free",
		"are you available|free",
		"propose some|a few times",
		"let me know when|what|which",
		"let me know if that|this|it works|suits",
		"could|can you do", "would you be able to do",
		"what times|days work|suit",
		"a time that works|suits",
		"grab|pick|book|choose any|a ... that suits|works|suit|work [for] you",
		"when would you be",
		"would|does|could|will ... work|suit|works|suits for you",
		"would|could ... work|suit",
		"suggest some|a few times",
		"vos disponibilites", "disponibilit~", "disponibilidad~", "creneau~", "quand etes-vous disponible",
		"seriez-vous|etes-vous|serais-tu|seras-tu disponible", "estarias|estaria disponible", "saresti|sarebbe disponibile",
		"zou je|u ... kunnen", "wanneer ... beschikbaar", "laat ... weten wat|welke|wanneer", "estaria disponivel", "hatten sie zeit", "passt ihnen",
		"kies|kiest|selecteer een moment|tijdstip|datum|tijd", "plan je|jouw|een gesprek", "dat je|jou|u uitkomt", "scegli|prenota uno slot|un orario",
		"escolha|agende um horario", "elige|reserva un horario|hueco",
		"tu disponibilidad", "su disponibilidad", "cuando te viene bien",
		"wann sie zeit", "terminvorschlag~", "verfugbarkeit~",
	},
	famInvite: {
		"like to invite you",
		"invite you to|for",
		"move you forward",
		"been shortlisted|selected for an|the|a|your interview",
		"been shortlisted",
		"would like to meet you",
		"like|love to set up|schedule|arrange",
		"like to speak|talk|chat with you",
		"inviter a un entretien",
		"vous inviter",
		"invitarte|invitarle a",
		"einladen|einzuladen",
		"aimerions|souhaiterions|souhaitons vous rencontrer",
		"gustaria conocerte|conocerle|entrevistarte|entrevistarle",
		"gerne kennenlernen",
		"convid~ ... entrevista|conversa|bate-papo", "graag ... leren kennen", "nodigen|nodig ... uit", "uitnodigen", "uitnodiging voor", "piacerebbe conoscerti", "gostariamos de conhece-lo|conhece-la|conhecer",
	},
	famCancel: {
		"cancel~", "call|called off", "annul~", "abgesagt", "absagen",
		"not take place", "disregard the|this|our|that [interview] invitation|invite",
		"remove|removed the event|invite",
		"postpone~", "reporter l'entretien", "aplazar~", "verschieben",
		"push|pushing|pushed [back] your|the|our interview|call|meeting",
	},
	famHold: {
		"on hold", "nicht besetzt", "vorerst", "paused", "pausing", "hiring freeze", "en pause", "suspendu~", "en espera", "congelad~", "auf eis", "pausiert",
	},
	famNewTime: {
		"new time|date|slot",
		"rescheduled",
		"moved|move|moving your|the interview to",
		"moved to",
		"now on|at",
		"nouvelle date|heure",
		"nueva fecha|hora",
		"reprogramad~",
		"neuer termin",
		"verschoben auf",
		"deplacer|deplacons|decaler|decalons|reporter|reportons ... entretien|rendez-vous|appel|echange",
		"verschieben|verlegen|verlegt|verschoben ... gesprach~|termin|interview",
		"mover|movemos|cambiar|cambiamos ... entrevista|llamada|reunion",
		"spostare|spostiamo ... colloquio",
		"verplaatsen|verzetten ... gesprek",
		"move|moving|moved|push|pushing|pushed ... interview|call|meeting",
	},
	famOOO: {
		"out of the office", "out of office", "out-of-office", "limited access to email|e-mail",
		"i am away|out", "on vacation|holiday|leave", "annual leave",
		"automatic reply", "auto-reply", "autoreply",
		"absent du bureau", "reponse automatique", "suis absent~",
		"fuera de la oficina", "respuesta automatica", "estoy fuera",
		"nicht im buro", "ausser haus", "abwesenheitsnotiz", "automatische antwort",
	},
	famAssess: {
		"take-home", "take home", "assessment", "case exercise|study|assignment", "coding challenge|test|exercise|task", "technical test|exercise|assignment|task",
		"home assignment", "test technique", "prueba tecnica", "probeaufgabe",
		"online-assessment", "online-test", "eignungstest", "test en ligne", "prueba online", "test online", "prova tecnica", "teste tecnico", "assessment-center",
	},
	famSurvey: {
		"survey", "how likely are you to recommend", "rate your experience", "candidate experience", "encuesta", "sondage", "umfrage",
	},
	famBulk: {
		"job alert~", "jobalert~", "new jobs", "jobs match|matching", "recommended jobs", "jobs for you", "jobs you may",
		"you are receiving this", "newsletter", "issue #", "subscribed", "manage alerts", "manage job alerts",
		"unsubscribe", "see all|show all jobs", "easily apply", "view job",
		"alerte emploi|e-mail", "nouvelles offres", "desabonner", "se desabonner", "voir toutes les offres", "ofertas de empleo",
		"darse de baja", "abmelden", "neue jobs|stellenangebote", "nuove offerte", "novas vagas", "nieuwe vacatures", "uitschrijven",
		"descadastrar", "cancella iscrizione", "alerta de empleo|emprego", "jobagent",
	},
	famAgency: {
		"my|our client", "partnering with", "came across your profile|background|cv", "cold email|outreach",
		"share the client's|company|company's name", "client's name", "on behalf of a|an|my|our client",
		"mon client", "nuestro cliente", "unser kunde|mandant", "mein|meine|meinem|meines mandant~|kunde~|kunden",
		"mio cliente", "nosso cliente", "mijn|onze klant|opdrachtgever",
		"working|partnering with a|an ... client", "client is|are|has|was looking|hiring|seeking",
		"found your profile", "your profile on", "would you be open to", "are you open to", "open to new opportunities",
		"exploring new opportunities", "not actively looking",
	},
	famCond: {"if", "unless", "should you", "in case", "si", "falls", "wenn", "sofern", "qualora", "indien", "nel caso", "caso", "als", "se"},
	famOld: {
		"old|previous|original time|slot|date", "originally", "previously", "instead of", "no longer", "cancelled", "canceled",
	},
	famDeadline: {
		"deadline", "due", "expires|expire", "submit~", "no later than", "closes", "return it", "sign", "start date", "by",
		"avant le", "antes del", "bis zum",
	},
	famConvert: {
		"your local time", "local time", "for you", "that's", "that is", "which is", "for me", "your time",
		"it will be", "pour vous", "para ti", "fur sie",
	},
	famRing: {
		// the sender commits to calling: a plan only with a time in the same sentence
		"i|we will|shall give you a ring|call|buzz",
		"i|we will|shall call|ring|phone you",
	},
	famWithdraw: {
		// the candidate withdrew: nothing the employer decided
		// (done or asked for, never the ATS footer "to withdraw your application, sign in")
		"withdrawn from the|our process",
		"you have|you've withdrawn|withdrew", "you withdrew",
		"would like to withdraw", "your withdrawal", "request to withdraw", "decision to withdraw", "decided to withdraw",
		"retrait de votre candidature", "bewerbung ... zuruckgezogen", "ritiro della tua|sua candidatura",
		"sollicitatie ... ingetrokken", "retirada da sua candidatura", "retirada de tu candidatura",
	},
	famReopen: {
		// a paused requisition opens again: the hold is over
		"open|opened again", "reopened", "re-opened", "reopening", "back open", "after the hiring freeze|pause|hold",
		"freeze|hold|pause is|has [been] over|lifted|ended", "wieder offen|geoffnet|ausgeschrieben", "de nouveau ouvert", "reabierto|reabierta", "riaperto|riaperta",
		"reaberto|reaberta", "weer open",
	},
	famPersonal: {
		"good luck", "fingers crossed", "break a leg", "how did it go", "how it goes", "proud of you", "you've got this",
		"you have got this", "you'll be great", "you will be great", "you're going to be great", "you are going to be great",
		"bonne chance", "mucha suerte", "viel gluck", "viel erfolg", "toi toi toi",
	},
	famTechCheck: {
		"tech|technical|sound|audio check", "audio", "hop on", "make sure your", "dial in early",
	},
	famNeg: {
		"not", "never", "unable", "cannot", "no longer", "decided against", "rather than", "nor",
	},
	famNegIdiom: {
		"not only", "can not wait", "could not be happier|more", "not hesitate", "never hesitate", "no doubt", "not wait to",
		"not forget", "no problem", "not a problem", "not worry",
	},
	famProgress: {
		"move|moving|moved|go|going forward|ahead|further",
		"move|moving|moved|take|taking|put|putting|progress|progressing|advance|advancing you|your|it|this|them [application|candidacy|candidature] forward|ahead|further|on|to|into",
		"take|taking it|this|them|you|your [application|candidacy|candidature] further|forward",
		"proceed|proceeding|progress|progressing|advance|advancing|continue|continuing",
		"select|selected|shortlist~|pick|picked|chosen", "include|includes|including you",
		"invite|inviting you", "invited", "offer|offering you",
		"consider|considering you|your|it|this [application|candidacy|candidature] further|for",
		"among those|the candidates|applicants selected|shortlisted|chosen|invited|progressing",
		"next round|stage|step",
		"successful",
	},
	famChoose: {
		"chose|chosen|choose|select|selected|pick|picked|hire|hired|appoint|appointed",
		"offer|offered|extend|extended|give|gave|given|award|awarded the|this|that [role|position|job|offer|post]",
		"go|going|gone|went|proceed|proceeding|proceeded|move|moving|moved|continue|continuing|continued|progress|progressing|progressed [forward|ahead|on] with",
		"extend|extended|extending|make|made|making [out] [an|the] offer",
		"pursue|pursuing|prefer|preferred|favour|favor|favoured|favored|focus|focusing|concentrate|concentrating",
		"decided|decide|settled on|for",
		"accepted by",
	},
	famOtherCand: {
		"other|another|different|alternative|stronger|internal|external candidate~|applicant~|profile~|person|individual|people|finalist~",
		"someone|somebody else",
	},
	famOtherWeak: {
		"someone|somebody|candidates|applicants|individuals|people whose|who|that|with",
		"a candidate|an applicant|individual|person whose|who|that|with",
		"the successful candidate|applicant",
		"to a candidate|applicant|person",
		"more experienced|qualified|suitable|closely|relevant",
	},
	famDecision: {
		// "we regret to inform you" opens bad news of any kind: a
		// cancelled interview as well as a rejection
		"regret to inform|advise|let|tell", "regret de vous", "avons le regret", "lamentamos|lamento informarte|informarle|comunicarte|comunicarle|decirte",
		"unfortunately", "regret~", "regrettably", "sadly", "decided", "decision", "careful|careful consideration|review", "at this time|stage|point",
		"difficult|tough decision", "many|numerous|several|strong applications|applicants|candidates",
		"number of applications|applicants|candidates",
	},
	famFit: {
		"fit", "fits", "match", "matches", "matched", "suited", "suitable", "align~", "convinced", "work|worked|working out",
		"meet|meets|met the|our|all [necessary|specific] requirements|criteria|needs",
	},
	famContrast: {
		"but", "however", "although", "though", "whereas", "yet", "meanwhile",
	},
	famFilled: {
		"position|role|vacancy|job|opening|requisition|post|req has|have|is|was|were [now] [already] [since] been|being filled|closed|withdrawn|cancelled|canceled",
		"filled the|this|that position|role|vacancy|opening|post",
		"closed the|this|that position|role|vacancy|opening|requisition|search",
		"no longer hiring|recruiting|open|available",
		"filled internally",
		"fill|filling|filled ... position|role|vacancy|opening|post internally",
		"position|positions|role|roles|vacancy|vacancies|spot|spots|places|opening|openings ... are|is|were|was|been [already|now] filled",
	},
	famJob: {
		"position", "role", "vacancy", "vacancies", "job", "jobs", "opening", "requisition", "hiring", "hire", "recruit~", "talent",
		"interview~", "resume", "cv", "candidacy", "candidature", "employment", "career~", "team", "onboarding", "salary",
		"bewerbung~", "stelle", "stellen", "kandidat~", "bewerber~", "sollicitatie~", "vacature~", "functie", "puesto", "vacante", "poste",
		"vaga", "posizione", "ruolo", "emploi", "empleo", "emprego", "baan", "recrut~", "reclut~", "seleccion", "selecao", "selezione",
		"candidatura", "candidats", "candidato", "candidata", "candidatos", "candidati", "equipe", "equipo",
	},
	famJobWeak: {
		"application", "applications", "applicant~", "candidate~", "applied", "apply~", "opportunit~",
	},
	famNonJob: {
		"apartment", "flat", "tenancy", "tenant~", "lease", "landlord", "rental", "property", "viewing", "loan", "mortgage", "credit",
		"card", "admission~", "admitted", "enrol~", "enroll~", "university", "undergraduate", "mba", "msc", "phd", "school", "membership", "club",
		"grant", "grants", "funding", "scholarship~", "bursary", "proposal", "proposals", "talk", "talks", "speaker~", "conference", "cfp",
		"abstract", "paper", "volunteer~", "visa", "permit", "beta", "waitlist", "app", "listing", "merchant", "insurance", "policy",
		"adoption", "pet", "residency", "exhibition", "festival", "fellowship~", "fellows",
		"deposit", "showing", "leasing", "unit", "appointment",
	},
	famPanel: {
		"interviewers", "interview panel", "your panel", "panelists", "panellists", "you will meet",
		"you will be meeting|speaking with|to", "your schedule", "who you will meet",
	},
}

var phrases = compilePhrases(phraseDefs)
