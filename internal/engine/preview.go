package engine

// Preview: the letters followupd would draft for one message, without a
// store or a server, for `followupd draft`.

import (
	"strings"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/classify"
	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/mail/message"
	"github.com/followupd/followupd/internal/schedule"
)

// PreviewOptions is what Preview knows of the owner: from the config, or
// a placeholder owner without one.
type PreviewOptions struct {
	Owner compose.Owner
	// Self holds the owner's addresses (never recipients).
	Self []string
	// Languages are the languages the owner writes (config
	// owner.languages; empty: all).
	Languages []string
	// OwnerZone and OwnerCountry apply when the employer's are unknown.
	OwnerZone    *time.Location
	OwnerCountry string
	Policy       schedule.Policy
	// Notes are the owner's notes woven into the letters.
	Notes string
	// Interviewed says the owner was interviewed for the role (a store
	// would know; a preview is told).
	Interviewed bool
}

// Letter is one letter Preview would draft.
type Letter struct {
	Kind  followup.Kind
	Draft compose.Draft
	// Slot is when it would leave if approved at once, on Zone's clock
	// (ZoneKnown false: the owner's, since the employer's is unknown).
	Slot      schedule.Slot
	Zone      *time.Location
	ZoneKnown bool
	Country   string
}

// Preview returns the letters followupd would draft for the message m, as
// the daemon drafts them: a thank-you to each interviewer for an interview
// confirmation, a feedback request for a rejection, in the thread's
// language when the owner writes it. It reads no store and no clock: a
// message of any other kind gives no letter.
func Preview(t *compose.Templates, m *message.Message, opt PreviewOptions) ([]Letter, error) {
	r := classify.Classify(m, classify.Options{Self: opt.Self})
	code := compose.LetterLanguage(r.Language, opt.Languages)
	ownerZone := opt.OwnerZone
	if ownerZone == nil {
		ownerZone = time.UTC
	}
	from := ""
	if len(m.From) > 0 {
		from = m.From[0].Email
	}
	domain := employerDomain(r.ReplyTo)
	if domain == "" {
		domain = employerDomain(from)
	}
	place := func(zone, addr string) (*time.Location, bool, string) {
		zone = calendarZone(zone, m.Events, domain, addr)
		if zone == "" {
			zone = guessZone(domain, addr)
		}
		if zone != "" {
			if loc, err := time.LoadLocation(zone); err == nil {
				country := schedule.RegionForZone(zone)
				if country == "" {
					country = opt.OwnerCountry
				}
				return loc, true, country
			}
		}
		return ownerZone, false, opt.OwnerCountry
	}
	var out []Letter
	switch r.Kind {
	case classify.Rejection:
		rcpt := replyContact(r, m)
		d, err := t.Feedback(opt.Owner, compose.Rejection{Company: r.Company, Role: r.Role, Reference: r.Reference, Contact: rcpt,
			Subject: m.Subject, MessageID: m.MessageID, References: m.References, Notes: opt.Notes, Interviewed: opt.Interviewed, Lang: code})
		if err != nil {
			return nil, err
		}
		loc, known, country := place(r.Zone, rcpt.Email)
		slot, err := schedule.Plan(schedule.Request{Kind: schedule.Feedback, Event: m.Date, Zone: loc, Country: country}, opt.Policy)
		if err != nil {
			return nil, err
		}
		out = append(out, Letter{Kind: followup.Feedback, Draft: d, Slot: slot, Zone: loc, ZoneKnown: known, Country: country})
	case classify.InterviewScheduled:
		if r.Start.IsZero() {
			return nil, nil
		}
		end := r.End
		if end.IsZero() || !end.After(r.Start) {
			end = r.Start.Add(time.Hour)
		}
		zone := r.Zone
		if zone == "" && r.Start.Location() != time.UTC && r.Start.Location() != time.Local {
			zone = r.Start.Location().String()
		}
		loc, known, country := place(zone, r.ReplyTo)
		arranger := compose.Person{Email: r.ReplyTo}
		if len(m.From) > 0 && strings.EqualFold(m.From[0].Email, r.ReplyTo) {
			arranger.Name = m.From[0].Name
		}
		people := make([]compose.Person, 0, len(r.Interviewers))
		for _, p := range r.Interviewers {
			people = append(people, compose.Person{Name: p.Name, Email: strings.ToLower(p.Email)})
		}
		ds, err := t.ThankYous(opt.Owner, compose.Interview{Company: r.Company, Role: r.Role, Reference: r.Reference,
			Start: r.Start.In(loc), End: end.In(loc), Zone: loc, Interviewers: people, Arranger: arranger, Notes: opt.Notes, Lang: code})
		if err != nil {
			return nil, err
		}
		slot, err := schedule.Plan(schedule.Request{Kind: schedule.ThankYou, Event: end, Zone: loc, Country: country}, opt.Policy)
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			out = append(out, Letter{Kind: followup.ThankYou, Draft: d, Slot: slot, Zone: loc, ZoneKnown: known, Country: country})
		}
	}
	if nl := NotesLanguage(opt.Notes); nl != "" {
		for i := range out {
			if l := out[i].Draft.Lang; nl != l {
				out[i].Draft.Warnings = append(out[i].Draft.Warnings, "your notes look "+compose.LanguageName(nl)+" but the letter is in "+compose.LanguageName(l))
			}
		}
	}
	return out, nil
}
