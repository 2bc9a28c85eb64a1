package classify

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Language knowledge as data. Every language the classifier reads has one
// file, lang/<ISO 639-1 code>.txt, embedded in the binary and parsed once at
// init. The format is described at the top of each file and in HACKING.md:
//
//	# a comment, on its own line
//	[reject]                 a section: a phrase class or a word table
//	regret to inform|advise  a phrase in the phrase language (see compilePhrases)
//	[months]
//	janvier = 1              a valued word
//
// Adding a language is adding a file; adding a wording is adding a line. A
// bad file (unknown section, malformed line or phrase) panics at init with
// the file name and line number, so it can never ship.

//go:embed lang/*.txt
var langFiles embed.FS

// famClasses names each phrase family in the language files. It is the only
// place where class names meet the family constants.
var famClasses = [famCount]string{
	famReject: "reject", famOffer: "offer", famOfferNeg: "offer_negation", famAck: "ack", famAckNeg: "ack_negation",
	famInterview: "interview", famCall: "call", famPractice: "practice", famConfirm: "confirm", famAvail: "avail",
	famInvite: "invite", famCancel: "cancel", famHold: "hold", famNewTime: "new_time", famOOO: "ooo",
	famAssess: "assess", famSurvey: "survey", famBulk: "bulk", famAgency: "agency", famCond: "condition",
	famOld: "old_time", famDeadline: "deadline", famConvert: "time_conversion", famTechCheck: "tech_check",
	famPersonal: "personal", famRing: "ring", famWithdraw: "withdraw", famReopen: "reopen", famNeg: "negation",
	famNegIdiom: "negation_idiom", famProgress: "progress", famChoose: "choose", famOtherCand: "other_candidate",
	famFilled: "filled", famJob: "job", famJobWeak: "job_weak", famNonJob: "non_job", famPanel: "panel_heading",
	famOtherWeak: "other_described", famDecision: "decision", famContrast: "contrast", famFit: "fit",
	famConcede: "concession", famRound: "round", famHypo: "hypothetical", famOptOut: "opt_out",
	famWishWell: "wish_well", famKeepFile: "keep_on_file", famConfirmLater: "confirm_later",
	famReferences: "references", famSenderRuns: "sender_runs", famConfirmAsk: "confirm_ask",
	famGivenTo: "given_to", famNamedHire: "named_hire", famOtherRole: "other_role", famOthersCand: "others_candidacy",
}

// valueSections are the sections of "word = value" lines, with the range a
// value must fall in.
var valueSections = map[string][2]int{
	"months":           {1, 12}, // January is 1
	"name_months":      {1, 12}, // months that are also first names: months only after a day number
	"weekdays":         {0, 6},  // Sunday is 0
	"numbers":          {1, 12}, // hour numbers in words: "half past two"
	"duration_numbers": {1, 600},
	"duration_units":   {1, 60}, // minutes in one unit
	"people_count":     {1, 12}, // the number of people a word gives: "the two people on copy"
	"hour_words":       {1, 23}, // hours in words: "à quatorze heures", "alle ore quindici"
	"minute_words":     {1, 59}, // minutes in words after them: "y media", "e trenta"
}

// sequenceSections are the sections of word sequences, matched word for
// word (punctuation included: "panel :", "interviewer ( s )").
var sequenceSections = map[string]bool{
	"people_trigger": true, // words before the people the candidate will meet: "you will meet", "gesprach mit"
	"list_heading":   true, // a heading over a list of them: "your panel", "ihre gesprachspartner"
	"guest_heading":  true, // a calendar program's guest list heading, a whole line: "guests:"
	"sender_present": true, // the sender will be there: "ci vediamo", "see you then"
	"sender_joined":  true, // the sender takes part beside others: "Ngozi will join me"
	"names_before":   true, // after the names of those who run the interview: "Priya and Tom will interview you"
	// the sender is the interviewer, alone or not: "it's just me", "ik voer het gesprek zelf"
	"sender_interviews": true,
	"multi_join":        true, // joins of several words between two names: "as well as", "ainsi que"
	"replace_words":     true, // the one who steps in, then the one replaced: "Sam replaces Kim"
	"stays_on":          true, // after a name, in a message that replaces someone: the person stays, "joins as planned"
	"panel_adds":        true, // an update that keeps the panel and adds to it: "nothing else changes", "as well"
	// the sender and one other both take part: "the two of us", "wir sind beide"
	"both_of_us": true,
	"past_when":  true, // a time already past: "last week", "yesterday"
	// the sender brings the candidate in and leaves: "and head out"
	"sender_leaves": true,
	// the words of a title whose holder only organises or checks the line:
	// "coordinator", "note taker", "prise de notes"
	"leave_out_title": true,
	// a sentence about checking the candidate's set-up: "tech check", "prueba tecnica"
	"tech_check_words": true,
	"cc_mark":          true, // people are on copy: "cc'd", "en copie" (matched ending at the mark)
	// matched inside the folded text, not word for word:
	"recruiter_words":       true, // the sender recruits or coordinates: "talent acquisition", "ufficio selezione"
	"contact_words":         true, // before an address to write to: "reach out", "escribenos"
	"sender_absent":         true, // the sender will not be there: "won't be on the call", "ne serai pas present"
	"purpose_contact_words": true, // before an address for one purpose only: "accommodation", "datos personales"
	"client_words":          true, // an agency speaks of its client: "on behalf of", "opdrachtgever"
	"unattended_words":      true, // the sender's mailbox is read by nobody: "do not reply", "no responda"
	"wrote_words":           true, // a reply's attribution line: "wrote:", "a ecrit", "schrieb:"
	// matched at the start of a quoted header's line: "sent:", "gesendet:"
	"quote_sent_labels": true,
	"quote_from_labels": true, // "from:", "de :", "von:": the author's line of a quoted header
	"quote_to_labels":   true, // "to:", "a :", "an:": the recipients' line of a quoted header
	// matched at the start of a subject:
	"auto_reply_prefix": true, // an automatic reply: "automatic reply", "abwesenheitsnotiz"
	"forward_prefix":    true, // a forward: "fwd:", "wg:", "tr:"
	"not_interview_row": true, // an agenda row that says it is none: "(not an interview)"
	// anywhere in a subject: an automatic reply, "out of office"
	"auto_reply_anywhere": true,
	// before a job title (details.go), tried longest first
	"role_intro":      true, // "le poste de", "stelle als", "job title :"
	"role_intro_weak": true, // before a title but also other words, tried last: "application for", "als"
	// a whole subject segment a calendar program or hiring system adds: "updated invitation"
	"subject_noise": true,
	// make a confidentiality mention a legal footer, matched inside the folded text: "in error", "ontvanger"
	"disclaimer_context": true,
}

// wordSections are the sections of single words.
var wordSections = map[string]bool{
	"function_words":     true, // frequent words distinctive of the language: detectLanguage
	"hour_prep":          true, // "at" or "from" before a time written with an "h": "à 14h"
	"dot_time_prep":      true, // "at" before a time written with a dot: "om 14.30"
	"half_before":        true, // half an hour before the hour that follows: "halb drei" is 2:30
	"hours_words":        true, // after a four-digit time: "1400 hrs", "1400 Uhr"
	"hour_suffix":        true, // after an hour, making it a clock time: "14 Uhr", "17 hs"
	"pay_words":          true, // pay, whose mismatch judges no candidate: "salary", "Gehalt"
	"until_words":        true, // before the end of a sitting said apart: "till about 4:30", "bis 11 Uhr"
	"approx_words":       true, // the end of a range said roughly: "to about 15:00", "tot ongeveer 15:00"
	"range_to":           true, // between the two clocks of a range: "10am to 11am", "9 bis 10 Uhr"
	"elided_articles":    true, // before an apostrophe, the word after it read: "l'", "dell'"
	"org_words":          true, // an organisation's name, not a person's: "labs", "banca", "gmbh"
	"word_hour_lead":     true, // before an hour in words: "a las diez", "alle ore quindici"
	"hour_units":         true, // "hours" after an hour in words: "quatorze heures"
	"pm_words":           true, // the part of the day after noon: "de la tarde"
	"team_words":         true, // a team's name after a person's title ends with one: "Assay Development"
	"room_words":         true, // an attendee that is a room or a resource: "boardroom", "salle"
	"range_from":         true, // before a bare hour that starts a range: "de 11 a 12 h", "von 9 bis 10 Uhr"
	"name_particles":     true, // inside a name, in lower case: "Ana de la Cruz", "Jan van Dijk"
	"greeting_words":     true, // before the addressee's name: "Dear Morgan", "Hola Ana"
	"or_words":           true, // "or" between two times offered: "10:00 or 14:00"
	"hour_letter":        true, // between an hour and its minutes, joined or not: "14h30", "14 h 30"
	"hour_letter_joined": true, // the same, only joined to the hour: Flemish "10u30"
	"bare_hour_prep":     true, // before a bare hour: "at 10.", "um 14", "a las 17"
	"time_labels":        true, // a label before a date or time: "Time:", "Fecha:", "Uhrzeit"
	"social_words":       true, // plans that are not interviews: "dinner", "cena", "borrel"
	"welcome_words":      true, // an agenda row that receives the candidate: "arrival", "accueil"
	"old_labels":         true, // a label alone over the time it replaces: "PREVIOUS", "Bisher"
	// the title beside a person on an agenda row of one who organises: "HR",
	// "recruiter", "selezione"
	"organiser_titles": true,
	"open_words":       true, // articles and prepositions: a line wrapped after one goes on
	// people and panels (people.go, panel.go)
	"not_names":         true, // capitalised words that are no name: pronouns, greetings, schedule labels
	"sentence_articles": true, // articles capitalised at a sentence's start, before no name: "Das", "Het"
	"title_words":       true, // job title words, never part of a name: "manager", "leiterin"
	"title_endings":     true, // endings of one-word titles: "teamlead", "softwareentwickler"
	"title_articles":    true, // before a title a name follows: "our CTO, Maria", "o gestor da area, Felipe"
	"name_articles":     true, // articles before a name: "com o Rui", "con l'Ing. Ferri"
	"honorifics":        true, // before a name, not part of it, without their dot: "dr", "herrn", "dottssa"
	"name_suffixes":     true, // after a family name, part of the name, without their dot: "jr", "iii"
	"pronouns":          true, // open a sentence about the person just named: "he", "elle"
	"relative_words":    true, // open a relative clause about the person before: "who", "qui", "che"
	"and_words":         true, // join the last name of a list: "and", "et", "und"
	"list_adverbs":      true, // between a trigger and the names: "still with Sam", "weiterhin"
	"self_words":        true, // the sender in a list of people: "me", "moi", "conmigo"
	"self_emphasis":     true, // stress a self word: "yo mismo", "ich selbst"
	"us_words":          true, // the sender and colleagues: "us", "nous", "uns"
	"same_words":        true, // the people met are those known: "the same panel", "le meme jury"
	"generic_with":      true, // "with": a one-word trigger read only near interview words
	"past_talk":         true, // before "with", a talk already held: "as discussed with Mia"
	"thanks_words":      true, // words that thank: "thank you for speaking with me" is a talk held
	"duration_words":    true, // units of a meeting's length: "45 minutes with Sam"
	"name_column":       true, // a table's header cell over its names: "Name | Title"
	"role_column":       true, // first word of a header cell over roles: "Role in interview"
	"agenda_with":       true, // before the person on an agenda row: "with", "voor", "par"
	"from_words":        true, // whose side a heading's people are on: "Participants from Acme:"
	"replaced_pronouns": true, // the one replaced, named before: "will take his slot", "step in for her"
	// word beginnings (whole words when three letters or less, see senderRecruits)
	"recruit_prefix":     true, // a recruiter's or coordinator's title: "recrut", "werving"
	"cc_run_prefix":      true, // a sentence about people on copy says they interview: "intervist"
	"cc_organise_prefix": true, // ... or that they organise or are kept informed: "schedul", "convoca"
	// job titles and references (details.go)
	"job_nouns":         true, // words that name a job: "engineer", "desarrolladora", "stagiair"
	"lower_title_nouns": true, // job nouns after which a title goes on in lower case: "Chargé de clientèle"
	"job_suffixes":      true, // endings of one-word compound titles: "Softwareentwicklerin", "Datenanalyst"
	"ref_words":         true, // label a job reference: "ref", "requisition", "kennziffer"
	"seniority_abbrevs": true, // end a title with their full stop: "Ingeniero de Datos Sr."
	"role_keywords":     true, // follow a title: "the Data Engineer role"
	"role_stop_back":    true, // capitalised words that end a title read backwards: "the", "einladung"
	"role_stop_words":   true, // verbs, relative words, prepositions that end a title read forwards: "wird", "presso"
	"role_forward_stop": true, // also end a title read forwards, not a subject's: "at", "und", "puesto"
	"role_articles":     true, // articles around a title read forwards: "the", "el", "een"
	"role_elided_intro": true, // a post before an elided preposition: "poste d'ingenieur"
	// employers (company.go)
	"org_intro":          true, // before an employer's name: "at", "chez", "presso"
	"org_articles":       true, // between an org_intro word and the name: "bei der", "presso la"
	"meeting_adjectives": true, // capitalised before an interview word, no company: "Technical Interview"
	"department_words":   true, // name a department in a signature line: "RRHH", "People"
	// word beginnings matched inside the folded name: "TalentBridge Recruiting"
	"agency_name_words": true,
	// word beginnings of a confidentiality mention in a legal footer,
	// matched inside the folded text: "confidential", "riservat"
	"disclaimer_words": true,
	// zones and names (schedule.go, token.go)
	"region_words":  true, // words of zone names that also start company names: "Pacific", "Central"
	"abbrev_titles": true, // abbreviated titles before a name, whose full stop ends no sentence: "Dr.", "Mme."
}

// language is what one file knows.
type language struct {
	code    string
	phrases [famCount][]string
	values  map[string]map[string]int
	words   map[string]map[string]bool
	seqs    map[string][][]string
}

// languages are the parsed files, in file-name order.
var languages = mustLoadLanguages(langFiles, "lang")

// parseLanguage reads one language file; errors name the file and line.
func parseLanguage(name string, data []byte) (*language, error) {
	l := &language{
		code:   strings.TrimSuffix(path.Base(name), ".txt"),
		values: map[string]map[string]int{},
		words:  map[string]map[string]bool{},
		seqs:   map[string][][]string{},
	}
	classes := map[string]family{}
	for f, c := range famClasses {
		classes[c] = family(f)
	}
	section := ""
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		bad := func(format string, a ...any) error {
			return fmt.Errorf("%s:%d: %s", name, n+1, fmt.Sprintf(format, a...))
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") && !strings.ContainsAny(line, " |") {
			section = line[1 : len(line)-1]
			_, isClass := classes[section]
			_, isValue := valueSections[section]
			if !isClass && !isValue && !wordSections[section] && !sequenceSections[section] {
				return nil, bad("unknown section [%s]", section)
			}
			continue
		}
		if section == "" {
			return nil, bad("%q before any [section]", line)
		}
		if fold(line) != line {
			return nil, bad("%q is not folded (lower case, no accents): write %q", line, fold(line))
		}
		if rng, ok := valueSections[section]; ok {
			w, v, ok := strings.Cut(line, "=")
			w, v = strings.TrimSpace(w), strings.TrimSpace(v)
			n, err := strconv.Atoi(v)
			if !ok || w == "" || strings.ContainsAny(w, " \t") || err != nil {
				return nil, bad("want \"word = number\" in [%s], got %q", section, line)
			}
			if n < rng[0] || n > rng[1] {
				return nil, bad("%s = %d: out of range %d..%d", w, n, rng[0], rng[1])
			}
			if l.values[section] == nil {
				l.values[section] = map[string]int{}
			}
			l.values[section][w] = n
			continue
		}
		if sequenceSections[section] {
			l.seqs[section] = append(l.seqs[section], strings.Fields(line))
			continue
		}
		if wordSections[section] {
			if strings.ContainsAny(line, " \t=|[]~") {
				return nil, bad("want one word a line in [%s], got %q", section, line)
			}
			if l.words[section] == nil {
				l.words[section] = map[string]bool{}
			}
			l.words[section][line] = true
			continue
		}
		if err := checkPhrase(line); err != nil {
			return nil, bad("%v", err)
		}
		f := classes[section]
		l.phrases[f] = append(l.phrases[f], line)
	}
	return l, nil
}

// checkPhrase rejects what compilePhrases would refuse or never match.
func checkPhrase(src string) error {
	if strings.Contains(src, "=") {
		return fmt.Errorf("%q: \"=\" in a phrase class", src)
	}
	for i, part := range strings.Fields(src) {
		opt := strings.HasPrefix(part, "[") && strings.HasSuffix(part, "]")
		if i == 0 && (opt || part == "..." || part == "#" || part == "*") {
			return fmt.Errorf("%q must start with a word", src)
		}
		if opt {
			part = part[1 : len(part)-1]
		}
		if part == "..." || part == "#" || part == "*" {
			continue
		}
		for _, a := range strings.Split(part, "|") {
			a = strings.TrimSuffix(a, "~")
			if a == "" || strings.ContainsAny(a, "[]~") {
				return fmt.Errorf("%q: malformed word %q", src, part)
			}
			if x, y, ok := contraction(a); ok {
				return fmt.Errorf("%q: the tokenizer expands %q, write %q", src, a, x+" "+y)
			}
		}
	}
	return nil
}

// mustLoadLanguages parses every dir/*.txt of fsys and panics on the first
// error: the files are part of the program.
func mustLoadLanguages(fsys fs.FS, dir string) []*language {
	names, err := fs.Glob(fsys, dir+"/*.txt")
	if err != nil || len(names) == 0 {
		panic(fmt.Sprintf("classify: no language files in %s: %v", dir, err))
	}
	sort.Strings(names)
	var ls []*language
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			panic("classify: " + err.Error())
		}
		l, err := parseLanguage(name, data)
		if err != nil {
			panic("classify: " + err.Error())
		}
		ls = append(ls, l)
	}
	return ls
}

// phraseDefs gathers every language's phrases by family; a phrase several
// languages share is kept once.
// languagesOf maps each phrase to the languages whose files hold it.
func languagesOf(ls []*language) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, l := range ls {
		for f := family(0); f < famCount; f++ {
			for _, src := range l.phrases[f] {
				if out[src] == nil {
					out[src] = map[string]bool{}
				}
				out[src][l.code] = true
			}
		}
	}
	return out
}

func phraseDefs(ls []*language) map[family][]string {
	defs := map[family][]string{}
	for f := family(0); f < famCount; f++ {
		seen := map[string]bool{}
		for _, l := range ls {
			for _, src := range l.phrases[f] {
				if !seen[src] {
					seen[src] = true
					defs[f] = append(defs[f], src)
				}
			}
		}
	}
	return defs
}

// valueTable merges one value section of every language.
func valueTable(ls []*language, section string) map[string]int {
	t := map[string]int{}
	for _, l := range ls {
		for w, v := range l.values[section] {
			t[w] = v
		}
	}
	return t
}

// wordTable merges one word section of every language.
// sequenceTable gathers every language's sequences of a section, each once,
// in file order.
func sequenceTable(ls []*language, section string) [][]string {
	var out [][]string
	seen := map[string]bool{}
	for _, l := range ls {
		for _, s := range l.seqs[section] {
			if k := strings.Join(s, " "); !seen[k] {
				seen[k] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// longestFirst orders sequences longest first, keeping the order of those
// of one length: of two that match at a word, the longer is tried first
// ("as our new" before "as our").
func longestFirst(seqs [][]string) [][]string {
	sort.SliceStable(seqs, func(i, j int) bool { return len(seqs[i]) > len(seqs[j]) })
	return seqs
}

// union returns a table of the words of every table.
func union(ts ...map[string]bool) map[string]bool {
	u := map[string]bool{}
	for _, t := range ts {
		for w, ok := range t {
			if ok {
				u[w] = true
			}
		}
	}
	return u
}

func wordTable(ls []*language, section string) map[string]bool {
	t := map[string]bool{}
	for _, l := range ls {
		for w := range l.words[section] {
			t[w] = true
		}
	}
	return t
}

// wordList returns one word section of every language as a sorted list,
// for the sections of word beginnings and endings.
func wordList(ls []*language, section string) []string {
	var out []string
	for w := range wordTable(ls, section) {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// textTable returns one sequence section of every language as texts, its
// words joined by one space: the sections matched inside a folded text.
func textTable(ls []*language, section string) []string {
	var out []string
	for _, s := range sequenceTable(ls, section) {
		out = append(out, strings.Join(s, " "))
	}
	return out
}

func monthTable(ls []*language, section string) map[string]time.Month {
	t := map[string]time.Month{}
	for w, v := range valueTable(ls, section) {
		t[w] = time.Month(v)
	}
	return t
}

// The tables the rules read, built from the language files.
var (
	phrases         = compilePhrases(phraseDefs(languages))
	phraseLanguages = languagesOf(languages)
	monthWords      = monthTable(languages, "months")
	nameMonths      = monthTable(languages, "name_months")
	numberWords     = valueTable(languages, "numbers")
	hourWords       = valueTable(languages, "hour_words")
	minuteWords     = valueTable(languages, "minute_words")
	wordHourLead    = wordTable(languages, "word_hour_lead")
	hourUnits       = wordTable(languages, "hour_units")
	pmWords         = wordTable(languages, "pm_words")
	durationNumbers = valueTable(languages, "duration_numbers")
	durationUnits   = valueTable(languages, "duration_units")
	hourPrep        = wordTable(languages, "hour_prep")
	dotTimePrep     = wordTable(languages, "dot_time_prep")
	halfBefore      = wordTable(languages, "half_before")
	hoursWords      = wordTable(languages, "hours_words")
	hourSuffix      = wordTable(languages, "hour_suffix")
	hourLetter      = wordTable(languages, "hour_letter")
	orWords         = wordTable(languages, "or_words")
	untilWords      = wordTable(languages, "until_words")
	approxWords     = wordTable(languages, "approx_words")
	rangeFrom       = wordTable(languages, "range_from")
	elidedArticles  = wordTable(languages, "elided_articles")
	roomWords       = wordTable(languages, "room_words")
	teamWords       = wordTable(languages, "team_words")
	quoteSentLabels = textTable(languages, "quote_sent_labels")
	quoteFromLabels = textTable(languages, "quote_from_labels")
	quoteToLabels   = textTable(languages, "quote_to_labels")
	wroteWords      = textTable(languages, "wrote_words")
	unattendedWords = textTable(languages, "unattended_words")
	// nameParticles may sit inside a name: "Ana de la Cruz", "Jan van
	// Dijk", "Ana Belén de los Ríos", "Siân ap Rhys".
	nameParticles     = wordTable(languages, "name_particles")
	greetingWords     = wordTable(languages, "greeting_words")
	payWords          = wordTable(languages, "pay_words")
	hourLetterJoined  = wordTable(languages, "hour_letter_joined")
	bareHourPrep      = wordTable(languages, "bare_hour_prep")
	timeLabels        = wordTable(languages, "time_labels")
	oldLabels         = wordTable(languages, "old_labels")
	socialWords       = wordTable(languages, "social_words")
	welcomeWords      = wordTable(languages, "welcome_words")
	organiserTitles   = wordTable(languages, "organiser_titles")
	clientWords       = textTable(languages, "client_words")
	autoReplyPrefix   = textTable(languages, "auto_reply_prefix")
	forwardPrefix     = textTable(languages, "forward_prefix")
	autoReplyAnywhere = textTable(languages, "auto_reply_anywhere")
	notInterview      = sequenceTable(languages, "not_interview_row")
	openWords         = wordTable(languages, "open_words")
	jobNouns          = wordTable(languages, "job_nouns")
	jobSuffixes       = wordList(languages, "job_suffixes")
	lowerTitleNouns   = wordTable(languages, "lower_title_nouns")
	refWords          = wordTable(languages, "ref_words")
	seniorityAbbrevs  = wordTable(languages, "seniority_abbrevs")
	roleKeywords      = wordTable(languages, "role_keywords")
	roleIntro         = longestFirst(sequenceTable(languages, "role_intro"))
	roleIntroWeak     = longestFirst(sequenceTable(languages, "role_intro_weak"))
	roleStop          = wordTable(languages, "role_stop_back")
	roleStopWords     = wordTable(languages, "role_stop_words")
	roleArticles      = wordTable(languages, "role_articles")
	roleElidedIntro   = wordTable(languages, "role_elided_intro")
	orgIntro          = wordTable(languages, "org_intro")
	orgArticles       = wordTable(languages, "org_articles")
	meetingAdjective  = wordTable(languages, "meeting_adjectives")
	departmentWords   = wordTable(languages, "department_words")
	agencyWords       = wordList(languages, "agency_name_words")
	subjectNoise      = func() map[string]bool {
		t := map[string]bool{}
		for _, s := range textTable(languages, "subject_noise") {
			t[s] = true
		}
		return t
	}()
	disclaimerWords   = wordList(languages, "disclaimer_words")
	disclaimerContext = textTable(languages, "disclaimer_context")
	regionWords       = wordTable(languages, "region_words")
	titleAbbrev       = wordTable(languages, "abbrev_titles")
	// what ends a title read forwards: the words of the section, a
	// keyword after a title or a verb, relative word or preposition
	roleForwardStop = union(wordTable(languages, "role_forward_stop"), roleKeywords, roleStopWords)
	weekdayWords    = func() map[string]time.Weekday {
		t := map[string]time.Weekday{}
		for w, v := range valueTable(languages, "weekdays") {
			t[w] = time.Weekday(v)
		}
		return t
	}()
	// the keys of the tables asked at every token
	monthKeys    = keysOf(monthWords)
	nameMonthKey = keysOf(nameMonths)
	numberKeys   = keysOf(numberWords)
	weekdayKeys  = keysOf(weekdayWords)
	functionKeys = keysOf(functionWords)
	// clockWordKeys are the keys of the words that may start a time of
	// day (see clockAt)
	clockWordKeys = func() *keySet {
		k := keysOf(halfBefore)
		for w := range numberWords {
			k.add(w)
		}
		for w := range hourWords {
			k.add(w)
		}
		for _, w := range []string{"noon", "midday", "midi", "mediodia", "half", "quarter"} {
			k.add(w)
		}
		return k
	}()
	// dateWordKeys are the keys of the words that may start a date (see
	// dateAt)
	dateWordKeys = func() *keySet {
		k := keysOf(monthWords)
		for w := range nameMonths {
			k.add(w)
		}
		for w := range weekdayWords {
			k.add(w)
		}
		for _, w := range []string{"today", "tonight", "aujourd'hui", "hoy", "heute", "oggi", "hoje", "vandaag", "tomorrow", "demain", "domani", "amanha", "manana", "morgen", "ubermorgen"} {
			k.add(w)
		}
		return k
	}()

	functionWords = func() map[string][]string {
		t := map[string][]string{}
		for _, l := range languages {
			for w := range l.words["function_words"] {
				t[w] = append(t[w], l.code)
			}
		}
		return t
	}()
)

// detectLanguage returns the ISO 639-1 code of the language whose function
// words occur most often in ws, or "" when no language leads (a tie, or no
// function word at all).
func detectLanguage(ws []token) string {
	// a count per language, in the order met: a handful of languages
	var codeBuf [8]string
	var countBuf [8]int
	codes, counts := codeBuf[:0], countBuf[:0]
	for _, w := range ws {
		if !functionKeys.may(w.s) {
			continue
		}
	next:
		for _, code := range functionWords[w.s] {
			for k, c := range codes {
				if c == code {
					counts[k]++
					continue next
				}
			}
			codes, counts = append(codes, code), append(counts, 1)
		}
	}
	best, n, tie := "", 0, false
	for k, code := range codes {
		c := counts[k]
		switch {
		case c > n:
			best, n, tie = code, c, false
		case c == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}
