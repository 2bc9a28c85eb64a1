package classify

// Phrase families, in folded form (lower case, no accents). Each family is a
// signal; the rules in classify.go weigh them. Phrases are generic ways of
// saying a thing in English, French, Spanish and German, never wording taken
// from one particular sender.
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
	famConvert: "time conversion", famTechCheck: "tech check", famPersonal: "personal well-wishing",
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
		"regret to inform|advise|let|tell",
		"position|role|vacancy|job|opening|requisition has|have|is|was [now] [already] been|being filled",
		"filled internally",
		"going|decided|decide|have|had|need to pass",
		"pass for|at now|this",
		"no longer under|being consideration|considered",
		"not be considered further",
		"unable|not|cannot [be] [able] to offer you [a|the] position|role|job|place|employment",
		"pursue|pursuing candidates|applicants|profiles whose|who|that",
		"proceed|proceeding|continue|continuing|move|moving|progress|progressing [forward|ahead] with candidates|applicants|profiles whose|who|that",
		"other|another candidate~|applicant~|profile~ are|is|were|was ... better|closer|stronger|more match|fit|suited|aligned|closely|experienced|relevant",
		// "we'll go through the case with someone from the team" is no rejection
		"go|going|gone|went|proceed|proceeding ... with someone|somebody else",
		"decided|decision|chosen|chose to go|proceed|move ... with someone|somebody",
		"internal candidate|applicant|hire",
		"decided not to|against move|moving|proceed|proceeding|progress|progressing|continue|pursue|pursuing|offer|advance|invite|take|extend",
		"not the right|a good fit|match",
		"not [be] proceeding|progressing further|forward",
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
		"regret de vous",
		"avons le regret",
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
		"lamentamos|lamento informarte|informarle|comunicarte|comunicarle|decirte",
		"puesto|vacante ha sido cubiert~",
		"hemos cubierto",
		"optado por otro|otra|otros",
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
		"nicht [weiter] berucksichtig~",
		"nicht in die engere",
		"gegen ihre|deine bewerbung|sie|dich entschieden",
		"stelle wurde|ist [bereits|schon|inzwischen|mittlerweile|anderweitig] besetzt",
		"bereits|schon besetzt",
		"keine positive",
		"nicht weiter verfolgen|fortsetzen",
		"nicht weiterverfolgen",
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
		// Dutch ("we spreken ook met andere kandidaten" is no decision)
		"verder|gekozen|kiezen|voorkeur ... andere kandidaat|kandidaten|kandidate",
		"niet verder [gaan|gegaan] met je|jouw|uw sollicitatie",
		"gekozen voor een|andere kandidaat|kandidaten|kandidate",
		"sollicitatie ... afgewezen",
		"helaas ... niet ... uitnodigen",
	},
	famOffer: {
		"like|pleased|delighted|happy|excited|thrilled|glad|love to offer you",
		"offer you the|a position|role|job|post",
		"offer of employment",
		"offer letter",
		"employment offer",
		"job|formal|verbal|written offer",
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
		"arbeitsvertrag",
	},
	famOfferNeg: {
		"unable|not|cannot [be] [able] to offer",
		"no podemos ofrecer~",
		"pas en mesure de vous proposer",
	},
	famAck: {
		"received your application|applications|cv|resume|candidacy|submission|details|profile",
		"got your application",
		"receipt of your application|cv|resume|candidacy",
		"application confirmation",
		"application|applications has|have|was|were [been] received|submitted|sent|delivered",
		"application received",
		"thank|thanks you for applying",
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
		"abbiamo ricevuto", "recebemos a sua candidatura", "sollicitatie ontvangen",
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
	},
	famCall: {"call", "chat", "conversation", "meeting", "session", "appel", "llamada", "videollamada", "telefonat", "anruf", "visio~", "reunion",
		"termin", "rendez-vous", "cita", "appuntamento", "afspraak",
		"echange", "videochiamata", "chiamata", "telefonata", "gesprek", "videogesprek", "chamada", "conversa", "reuniao", "videochamada"},
	famPractice: {
		"mock|practice|practise interview~|session",
		"career|interview|job coach|coaching",
		"coaching session|package|call",
		"coffee chat",
		"coffee with",
		"not|no [a|an] [formal] interview",
		"pas un entretien", "kein vorstellungsgesprach", "no es una entrevista",
		"informational interview|chat|call",
		"career|careers|job fair|night|day|event|expo",
		"webinar", "meetup", "info session", "information session", "networking event",
		"you are registered",
		"your ticket",
		"entretien blanc", "simulacro de entrevista", "probeinterview",
	},
	famConfirm: {
		"confirm~", "bestatig~", "bevestig~", "conferm~",
		"booked", "book it in", "locked in", "blocked out|off",
		"all set", "all booked",
		"let's do|go|say",
		"see you then|on",
		"speak|talk then",
		"works perfectly|great|well|for us|for me|for both",
		"here is|here's the|your invitation|invite|schedule|calendar",
		"invite|invitation for your interview",
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
		"reminder", "rappel", "recordatorio", "erinnerung",
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
		"what times|days work|suit",
		"a time that works|suits",
		"when would you be",
		"would|does|could|will ... work|suit|works|suits for you",
		"would|could ... work|suit",
		"suggest some|a few times",
		"vos disponibilites", "disponibilit~", "creneau~", "quand etes-vous disponible",
		"seriez-vous|etes-vous|serais-tu|seras-tu disponible", "estarias|estaria disponible", "saresti|sarebbe disponibile",
		"zou je|u ... kunnen", "wanneer ... beschikbaar", "estaria disponivel", "hatten sie zeit", "passt ihnen",
		"tu disponibilidad", "su disponibilidad", "cuando te viene bien",
		"wann sie zeit", "terminvorschlag~", "verfugbarkeit~",
	},
	famInvite: {
		"like to invite you",
		"invite you to|for",
		"move you forward",
		"would like to meet you",
		"like to set up|schedule|arrange",
		"like to speak|talk|chat with you",
		"inviter a un entretien",
		"vous inviter",
		"invitarte|invitarle a",
		"einladen|einzuladen",
		"aimerions|souhaiterions|souhaitons vous rencontrer",
		"gustaria conocerte|conocerle|entrevistarte|entrevistarle",
		"gerne kennenlernen",
	},
	famCancel: {
		"cancel~", "call|called off", "annul~", "abgesagt", "absagen",
		"remove|removed the event|invite",
		"postpone~", "reporter l'entretien", "aplazar~", "verschieben",
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
		"take-home", "take home", "assessment", "coding challenge|test|exercise|task", "technical test|exercise|assignment|task",
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
	},
	famAgency: {
		"my|our client", "partnering with", "came across your profile|background|cv", "cold email|outreach",
		"share the client's|company|company's name", "client's name", "on behalf of a|an|my|our client",
		"mon client", "nuestro cliente", "unser kunde|mandant",
		"found your profile", "your profile on", "would you be open to", "are you open to", "open to new opportunities",
		"exploring new opportunities", "not actively looking",
	},
	famCond: {"if", "unless", "should you", "in case", "si", "falls", "wenn", "sofern"},
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
	famPersonal: {
		"good luck", "fingers crossed", "break a leg", "how did it go", "how it goes", "proud of you", "you've got this",
		"you have got this", "you'll be great", "you will be great", "you're going to be great", "you are going to be great",
		"bonne chance", "mucha suerte", "viel gluck", "viel erfolg", "toi toi toi",
	},
	famTechCheck: {
		"tech|technical|sound|audio check", "audio", "hop on", "make sure your", "dial in early",
	},
}

var phrases = compilePhrases(phraseDefs)
