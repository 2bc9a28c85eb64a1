package compose

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/mail/message"
)

// letterData is what the letter templates (thankyou.txt,
// thankyou-group.txt, feedback.txt) see.
type letterData struct {
	Owner Owner
	// To is the recipient; GreetName the name(s) to greet, "" when unknown
	// (the templates then use a neutral greeting).
	To        Person
	GreetName string
	Company   string
	Role      string
	Reference string
	// Position names the job as prose: "the Senior Data Analyst role at
	// Acme (reference R-1234)", "the role at Acme", "the role".
	Position string
	Notes    Notes
	// Group letters only: Met lists the interviewers' first names (the
	// arranger excluded); Others is the same list when an arranger is known
	// to pass the note on ("" otherwise); ArrangerFirst is the arranger's
	// first name; ArrangerInterviewed is set when the arranger was one of the
	// interviewers; ArrangedOnly when the arranger is known but no
	// interviewer is (the note then thanks for arranging the interview).
	Met                 string
	Others              string
	ArrangerFirst       string
	ArrangerInterviewed bool
	ArrangedOnly        bool
	// Feedback letters only: the subject of the answer ("Re: ..."), and
	// whether the owner was interviewed (else the rejection was on the
	// application alone).
	ReplySubject string
	Interviewed  bool

	// Letters in other languages than English: Greeting is the whole
	// salutation line in the letter's language and register ("Bonjour
	// Madame Dupont,", "Sehr geehrte Damen und Herren,"); Discussed the
	// owner's topics as one list in the language ("A, B et C"); OthersFull
	// the interviewers to pass a group note on to, by full name.
	Lang       string
	Greeting   string
	Discussed  string
	OthersFull string
	// Status checks only: the day the employer said it would decide or
	// come back by (StatedDate, "vendredi 14 novembre"), and the day it
	// wrote so (WroteOn, "3 novembre"), in the letter's language.
	StatedDate string
	WroteOn    string
}

// letterFile is the template of a letter kind in a language: the English
// file itself, or "<code>/<file>".
func letterFile(code, file string) string {
	if code == "" || code == English {
		return file
	}
	return code + "/" + file
}

// localize fills in what a letter in language code needs beside the
// English fields: the greeting, the discussed topics as one list and the
// people to pass a note on to.
func (d *letterData) localize(code string, greet Person, others []Person) {
	if code == "" {
		code = English
	}
	l := lang(code)
	d.Lang = code
	d.Greeting, _ = l.greeting(greet.Name, d.Company)
	d.Discussed = l.list(d.Notes.Discussed)
	var names []string
	for _, p := range others {
		if _, _, n, _ := nameParts(p.Name, d.Company); n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	d.OthersFull = l.list(names)
}

// position describes the job as prose for the letters.
func position(company, role, ref string) string {
	s := "the role"
	if role != "" {
		s = "the " + role + " role"
	}
	if company != "" {
		s += " at " + company
	}
	if ref != "" {
		s += " (reference " + ref + ")"
	}
	return s
}

// ThankYous drafts the thank-you notes for one interview: a separate,
// personal note to each interviewer (never one mail to several people).
// An interviewer known by name only gets one too, with no recipient: the
// owner is asked for the address, which is never guessed. When no
// interviewer address is known at all, there is one note to the Arranger
// instead, that greets everyone by name and asks the arranger to pass it
// on. A note is a new message, never threaded onto the confirmation (which
// often comes from an applicant-tracking system). Each personal note's For
// is the interviewer it is for.
func (t *Templates) ThankYous(o Owner, iv Interview) ([]Draft, error) {
	iv.Arranger = cleanPerson(iv.Arranger)
	iv.Interviewers = append([]Person(nil), iv.Interviewers...)
	for i, p := range iv.Interviewers {
		iv.Interviewers[i] = cleanPerson(p)
	}
	base := newLetterData(o, iv.Company, iv.Role, iv.Reference, iv.Notes)
	code := LetterLanguage(iv.Lang, nil)

	var people, unreachable []Person
	known := func(list []Person, p Person) bool {
		for _, q := range list {
			if samePerson(p, q) {
				return true
			}
		}
		return false
	}
	for _, p := range iv.Interviewers {
		if p.Email != "" && !ownAddress(p.Email, o) && !known(people, p) { // never thank oneself
			people = append(people, p)
		}
	}
	for _, p := range iv.Interviewers {
		if p.Email == "" && p.Name != "" && !known(people, p) && !known(unreachable, p) {
			unreachable = append(unreachable, p)
		}
	}

	if len(people) == 0 {
		d, err := t.groupThankYou(base, o, iv, code)
		if err != nil {
			return nil, err
		}
		return []Draft{d}, nil
	}

	var common []string
	if n := len(people) + len(unreachable); n > 1 {
		common = append(common, fmt.Sprintf("%d interviewers get similar notes: consider making each one personal (answer with an edited letter)", n))
	}
	drafts := make([]Draft, 0, len(people)+len(unreachable))
	for _, p := range slices.Concat(people, unreachable) {
		data := base
		data.To = p
		data.GreetName = greetName(p.Name, data.Company)
		data.localize(code, p, nil)
		subject, body, err := t.render(letterFile(code, FileThankYou), data)
		if err != nil {
			return nil, err
		}
		d := Draft{Subject: subject, Body: body, Lang: code, For: p}
		if p.Email != "" {
			d.To = []Person{p}
		} else {
			d.Warnings = append(d.Warnings, fmt.Sprintf("no address known for %s: answer with \"to: %s <their address>\"; it is never sent without one", p.Name, p.Name))
		}
		if data.GreetName == "" {
			d.Warnings = append(d.Warnings, fmt.Sprintf("no name known for %s: the greeting is generic", p.Email))
		}
		d.Warnings = append(d.Warnings, common...)
		d.Warnings = append(d.Warnings, Check(d)...)
		drafts = append(drafts, d)
	}
	return drafts, nil
}

// ownAddress reports whether addr is the owner's own mailbox, however
// written: any case, a "+tag" (alex+jobs@example.com), and for Gmail the
// dots it ignores (a.lex@gmail.com). An invitation lists the owner under
// whichever address the employer had.
func ownAddress(addr string, o Owner) bool {
	return o.Email != "" && mailbox(addr) == mailbox(o.Email)
}

// mailbox reduces an address to the mailbox it delivers to.
func mailbox(addr string) string {
	local, domain, ok := message.Mailbox(addr)
	if !ok {
		return strings.ToLower(strings.TrimSpace(addr))
	}
	if domain == "gmail.com" || domain == "googlemail.com" {
		local, domain = strings.ReplaceAll(local, ".", ""), "gmail.com"
	}
	return local + "@" + domain
}

// groupThankYou drafts the single note sent through the arranger when no
// interviewer address is known.
func (t *Templates) groupThankYou(data letterData, o Owner, iv Interview, code string) (Draft, error) {
	arranger := iv.Arranger
	data.To = arranger
	data.ArrangerFirst = greetName(arranger.Name, data.Company)
	var greet, others []string
	var otherPeople []Person
	for _, p := range iv.Interviewers {
		n := greetName(p.Name, data.Company)
		if n == "" || (p.Email != "" && ownAddress(p.Email, o)) {
			continue
		}
		if samePerson(p, arranger) {
			data.ArrangerInterviewed = true
			continue
		}
		if !slices.Contains(others, n) {
			others = append(others, n)
			otherPeople = append(otherPeople, p)
		}
	}
	if data.ArrangerFirst != "" {
		greet = append(greet, data.ArrangerFirst)
	}
	greet = append(greet, others...)
	data.GreetName = list(greet)
	data.Met = list(others)
	known := arranger.Email != "" || data.ArrangerFirst != ""
	if known {
		data.Others = data.Met
	}
	data.ArrangedOnly = known && data.Met == "" && !data.ArrangerInterviewed
	data.localize(code, arranger, otherPeople)
	if !known {
		data.OthersFull = ""
	}
	if data.ArrangerFirst == "" && len(otherPeople) == 1 {
		// No arranger to greet: the one interviewer named is greeted.
		data.Greeting, _ = lang(code).greeting(otherPeople[0].Name, data.Company)
	}

	subject, body, err := t.render(letterFile(code, FileThankYouGroup), data)
	if err != nil {
		return Draft{}, err
	}
	d := Draft{Subject: subject, Body: body, Lang: code}
	if arranger.Email != "" {
		d.To = []Person{arranger}
	}
	if data.GreetName == "" {
		d.Warnings = append(d.Warnings, "no names known: the greeting is generic")
	}
	d.Warnings = append(d.Warnings, Check(d)...)
	return d, nil
}

// Feedback drafts the answer to a rejection that asks for feedback and to
// be remembered for future roles. It is a reply in the rejection's thread
// (RFC 5322 section 3.6.4): In-Reply-To is the rejection's Message-ID and
// References its References followed by its Message-ID. It is addressed to
// the rejection's human contact; without one the draft has no recipient and
// says so in its warnings.
func (t *Templates) Feedback(o Owner, r Rejection) (Draft, error) {
	data := newLetterData(o, r.Company, r.Role, r.Reference, r.Notes)
	data.Interviewed = r.Interviewed
	return t.reply(LetterLanguage(r.Lang, nil), FileFeedback, data, r.Contact, r.Subject, r.MessageID, r.References,
		"the rejection has no Message-ID: the request starts a new thread")
}

// newLetterData starts the data of a letter about a position: the facts
// from other people's mail folded to one line, the owner's notes parsed.
func newLetterData(o Owner, company, role, reference, notes string) letterData {
	company, role, reference = oneLine(company), cleanRole(role), oneLine(reference)
	return letterData{Owner: o, Company: company, Role: role, Reference: reference,
		Position: position(company, role, reference), Notes: ParseNotes(notes)}
}

// reply renders the letter file in language code from data, greeting
// contact, as a reply (subject and thread) to the message with subject
// original and Message-ID messageID; see thread.
func (t *Templates) reply(code, file string, data letterData, contact Person, original, messageID string, references []string, noID string) (Draft, error) {
	contact = cleanPerson(contact)
	data.To, data.GreetName, data.ReplySubject = contact, greetName(contact.Name, data.Company), ReplySubject(original)
	data.localize(code, contact, nil)
	subject, body, err := t.render(letterFile(code, file), data)
	if err != nil {
		return Draft{}, err
	}
	d := Draft{Subject: subject, Body: body, Lang: code}
	t.thread(&d, contact, messageID, references, noID)
	d.Warnings = append(d.Warnings, Check(d)...)
	return d, nil
}

// thread addresses d to contact and makes it a reply in the thread of the
// message messageID (RFC 5322 section 3.6.4), warning with noID when
// there is none.
func (t *Templates) thread(d *Draft, contact Person, messageID string, references []string, noID string) {
	if contact.Email != "" {
		d.To = []Person{contact}
	}
	if id := bareID(messageID); id != "" {
		d.InReplyTo = id
		for _, ref := range references {
			for f := range strings.FieldsSeq(ref) {
				if b := bareID(f); b != "" && b != id && !slices.Contains(d.References, b) {
					d.References = append(d.References, b)
				}
			}
		}
		d.References = append(d.References, id)
	} else {
		d.Warnings = append(d.Warnings, noID)
	}
}

// StatusCheck is what is known when the one polite status check is drafted:
// the employer said when it would decide or come back (Stated), in a
// message written at Wrote, and nothing came from it by then.
type StatusCheck struct {
	Company, Role, Reference string
	// Contact is the human to write to (the message's Reply-To or sender).
	Contact Person
	// Subject, MessageID and References are those of the message that
	// stated the date: the check is a reply in its thread.
	Subject, MessageID string
	References         []string
	// Wrote is when the employer wrote; Stated the day it said it would
	// decide or come back by.
	Wrote, Stated time.Time
	// Notes are the owner's notes, in the format of ParseNotes.
	Notes string
	// Lang is the ISO 639-1 code of the letter's language; "" is English.
	Lang string
}

// StatusCheck drafts the short, polite status check: a reply in the thread
// of the message that stated a date, recalling that date and asking
// whether there is news.
func (t *Templates) StatusCheck(o Owner, s StatusCheck) (Draft, error) {
	code := LetterLanguage(s.Lang, nil)
	l := lang(code)
	data := newLetterData(o, s.Company, s.Role, s.Reference, s.Notes)
	if !s.Stated.IsZero() {
		data.StatedDate = l.date(s.Stated)
	}
	if !s.Wrote.IsZero() {
		data.WroteOn = l.dayMonth(s.Wrote)
	}
	return t.reply(code, FileStatus, data, s.Contact, s.Subject, s.MessageID, s.References,
		"the employer's message has no Message-ID: the check starts a new thread")
}

// oneLine folds every run of white space (line breaks included) into one
// space: the facts woven into a letter come from other people's mail and
// must not be able to break its layout or its subject line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func cleanPerson(p Person) Person { return Person{Name: oneLine(p.Name), Email: oneLine(p.Email)} }

// bareID returns a message id without surrounding blanks and angle brackets.
func bareID(id string) string {
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(id), "<"), ">"))
}

// replyPrefix matches the reply (and forward) prefixes mail clients put in
// front of a subject, in several languages: Re, RE, Aw (German), Antw
// (Dutch), Sv (Scandinavian), Vs (Finnish), Ref, Rif (Italian), TR and Fwd,
// also numbered ("Re[2]:") and repeated ("Re: Aw: ").
var replyPrefix = regexp.MustCompile(`(?i)^\s*((re|aw|antw|sv|vs|ref|rif|tr|wg|fw|fwd)\s*(\[\d+\]|\(\d+\))?\s*[:：]\s*)+`)

// externalTag matches the tags corporate mail gateways put in subjects of
// mail from outside ("[EXTERNAL]", "[Ext]", "[CAUTION: EXTERNAL]").
var externalTag = regexp.MustCompile(`(?i)\[(?:caution:?\s*)?ext(?:ernal|ern)?\]\s*`)

// ReplySubject returns "Re: " followed by subject ("Re:" alone when
// nothing is left) without any reply or
// forward prefixes it already has (so answers never read "Re: RE: ...") and
// without gateway tags such as "[EXTERNAL]".
func ReplySubject(subject string) string {
	s := strings.Join(strings.Fields(externalTag.ReplaceAllString(subject, " ")), " ")
	s = strings.TrimSpace(replyPrefix.ReplaceAllString(s, ""))
	return strings.TrimSpace("Re: " + s)
}
