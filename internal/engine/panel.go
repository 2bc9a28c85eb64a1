package engine

// Who an interview's thank-yous go to, and which person a letter is for:
// letters are kept in line with the panel by person, not only by address,
// since an interviewer may be known by name only (issue 10, point 5).

import (
	"fmt"
	"strings"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/classify"
	"github.com/followupd/followupd/internal/mail/message"
)

// maxPersonalThankYous is the most interviewers who each get their own
// thank-you. A longer list (an assessment day, a panel, an event read as
// an interview, other candidates among the attendees) gets one letter to
// the person who arranged it instead of dozens of letters.
const maxPersonalThankYous = 6

// target is one thank-you an interview calls for: its Recipient and
// GreetNames, and for a personal letter the interviewer it is for (zero
// for the one letter to the person who arranged the interview).
type target struct {
	f      followup.Followup
	person followup.Person
}

// thankYouTargets returns the letters an interview calls for. When at
// least one interviewer has an address (and at most maxPersonalThankYous
// do), every interviewer gets a letter: to their address, or, for one
// known by name only, with no recipient and their name as GreetNames: the
// owner is asked for the address, which is never guessed. Otherwise there
// is one letter to the person who arranged it greeting everyone, or (no
// human address at all) one without a recipient, for which the owner is
// asked.
func (e *Engine) thankYouTargets(iv followup.Interview) []target {
	var targets []target
	if e.onePerPerson(iv) {
		for _, p := range e.addressed(iv) {
			p.Email = strings.ToLower(p.Email)
			targets = append(targets, target{f: followup.Followup{Recipient: p}, person: p})
		}
		for _, p := range e.unaddressed(iv) {
			targets = append(targets, target{f: followup.Followup{Recipient: followup.Person{Name: p.Name}, GreetNames: p.Name}, person: p})
		}
		return targets
	}
	var names []string
	for _, p := range iv.People {
		if p.Name != "" {
			names = append(names, p.Name)
		}
	}
	greet := strings.Join(names, ", ")
	if e.bigPanel(iv) {
		greet = fmt.Sprintf("everyone at the interview (%d people)", len(iv.People))
	}
	rcpt := iv.Arranger
	if classify.IsNoReply(rcpt.Email) {
		rcpt = followup.Person{}
	}
	rcpt.Email = strings.ToLower(rcpt.Email)
	return []target{{f: followup.Followup{Recipient: rcpt, GreetNames: greet}}}
}

// addressed returns the interviewers who could each get a letter: those
// with an address that is neither a no-reply one nor the owner's.
func (e *Engine) addressed(iv followup.Interview) []followup.Person {
	var out []followup.Person
	for _, p := range iv.People {
		if p.Email != "" && !classify.IsNoReply(p.Email) && !e.isOwner(p.Email) {
			out = append(out, p)
		}
	}
	return out
}

// unaddressed returns the interviewers known by name only (or by a
// no-reply address), once each: never the owner, nor someone listed
// elsewhere with an address.
func (e *Engine) unaddressed(iv followup.Interview) []followup.Person {
	known := e.addressed(iv)
	var out []followup.Person
	seen := func(list []followup.Person, name string) bool {
		for _, q := range list {
			if message.SameName(q.Name, name) {
				return true
			}
		}
		return false
	}
	for _, p := range iv.People {
		if p.Name == "" || (p.Email != "" && !classify.IsNoReply(p.Email)) || message.SameName(p.Name, e.owner().Name) ||
			seen(known, p.Name) || seen(out, p.Name) {
			continue
		}
		out = append(out, followup.Person{Name: p.Name})
	}
	return out
}

// onePerPerson reports whether an interview's thank-yous are one per
// interviewer: some interviewer has an address, and not too many do.
func (e *Engine) onePerPerson(iv followup.Interview) bool {
	n := len(e.addressed(iv))
	return n > 0 && n <= maxPersonalThankYous
}

// bigPanel reports whether an interview lists too many interviewers with
// an address for a letter each (see maxPersonalThankYous).
func (e *Engine) bigPanel(iv followup.Interview) bool {
	return len(e.addressed(iv)) > maxPersonalThankYous
}

// personOf returns the interviewer a thank-you is for, when the
// interview's letters are one per interviewer: the one at the letter's
// address, or else, the letter's address being no interviewer's, the one
// of the name it was written for. That is the letter of someone known by
// name only, before or after the owner gave their address with "to:"
// (GreetNames keeps the name), or a letter to an address the panel no
// longer lists for that person (Recipient.Name). A letter whose address
// the employer gave (GreetNames empty) is not theirs when the panel now
// gives them another address, and the letter to the person who arranged
// the interview is nobody's.
func (e *Engine) personOf(iv followup.Interview, f *followup.Followup) (followup.Person, bool) {
	if !e.onePerPerson(iv) {
		return followup.Person{}, false
	}
	addressed := e.addressed(iv)
	if f.Recipient.Email != "" {
		for _, p := range addressed {
			if strings.EqualFold(p.Email, f.Recipient.Email) {
				return p, true
			}
		}
		if hasInterviewer(iv, f.Recipient.Email) {
			return followup.Person{}, false
		}
	}
	name := f.GreetNames
	if name == "" {
		name = f.Recipient.Name
	}
	arranger := iv.Arranger
	toArranger := f.Recipient.Email != "" && strings.EqualFold(f.Recipient.Email, arranger.Email) &&
		(f.Recipient.Name == arranger.Name || message.SameName(f.Recipient.Name, arranger.Name))
	if toArranger && !message.SameName(name, arranger.Name) {
		return followup.Person{}, false
	}
	for _, p := range addressed {
		if message.SameName(p.Name, name) {
			if f.GreetNames == "" && f.Recipient.Email != "" {
				return followup.Person{}, false // the employer's address for them changed
			}
			return p, true
		}
	}
	for _, p := range e.unaddressed(iv) {
		if message.SameName(p.Name, name) {
			return p, true
		}
	}
	return followup.Person{}, false
}

// targetOf returns the index in targets of the letter f stands for, or
// -1: in the one letter per interviewer, the letter of the same person
// (see personOf); otherwise the letter to the same address.
func (e *Engine) targetOf(iv followup.Interview, targets []target, f *followup.Followup) int {
	if !e.onePerPerson(iv) {
		for i, t := range targets {
			if strings.EqualFold(t.f.Recipient.Email, f.Recipient.Email) {
				return i
			}
		}
		return -1
	}
	p, ok := e.personOf(iv, f)
	if !ok {
		return -1
	}
	for i, t := range targets {
		if (p.Email != "" && strings.EqualFold(t.person.Email, p.Email)) || (p.Email == "" && t.person.Email == "" && message.SameName(t.person.Name, p.Name)) {
			return i
		}
	}
	return -1
}
