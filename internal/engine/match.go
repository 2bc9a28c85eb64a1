package engine

// Which application and which interview a message is about: matching
// by reference, company, mail domain, role, calendar UID, time, people and
// round.

import (
	"errors"
	"strings"
	"time"
	"unicode"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/classify"
	"github.com/followupd/followupd/internal/mail/message"
	"github.com/followupd/followupd/internal/mail/platform"
	"github.com/followupd/followupd/internal/schedule"
	"github.com/followupd/followupd/internal/store"
)

// personalKey is what ties a recruiter writing from a personal mail
// service to their applications, in place of an employer's domain: their
// own address (Reply-To, else From). It is "" for any other address.
func personalKey(addrs ...string) string {
	for _, a := range addrs {
		a = strings.ToLower(strings.TrimSpace(a))
		if strings.Contains(a, "@") && !classify.IsNoReply(a) && classify.FreeMail(a) {
			return a
		}
	}
	return ""
}

// employerDomain is the mail domain of addr when it can identify an
// employer: "" for a personal mail service or a hiring platform, job board
// or scheduling tool (package platform), which many employers share.
func employerDomain(addr string) string {
	_, d, ok := strings.Cut(strings.ToLower(addr), "@")
	if !ok || classify.FreeMail(addr) || platform.Is(d) {
		return ""
	}
	return d
}

// application finds the application a message belongs to, or starts one.
// With no company in the message, a new application has none: never the
// sender's name nor a mail domain, which a letter would name as the
// employer ("the role at Jane Smith"); the letters then leave it out.
func (h *handling) application(r classify.Result, domain string) (followup.Application, error) {
	app, err := h.findApplication(r, domain)
	if errors.Is(err, store.ErrNotFound) {
		app = followup.Application{Company: r.Company, Role: r.Role, Reference: r.Reference, Domain: domain, Stage: followup.Applied}
		err = h.tx.SaveApplication(&app, h.now)
	}
	if err != nil {
		return app, err
	}
	if app.Company == "" {
		app.Company = r.Company
	}
	if app.Role == "" {
		app.Role = r.Role
	}
	if app.Reference == "" {
		app.Reference = r.Reference
	}
	if app.Domain == "" {
		app.Domain = domain
	}
	return app, nil
}

// findApplication returns the application a message is about: the one
// with its reference; else, among the employer's applications (by company,
// else mail domain), the most recent one for the same job, one whose
// reference or role differs being another application (a rejection for
// another role must not answer about, nor cancel the thank-yous of, the
// first). A message about an interview prefers an application still open.
func (h *handling) findApplication(r classify.Result, domain string) (followup.Application, error) {
	if r.Reference != "" {
		app, err := h.tx.FindApplication("", r.Reference, "")
		if !errors.Is(err, store.ErrNotFound) {
			return app, err
		}
	}
	apps, err := h.tx.ApplicationsAt(r.Company, domain)
	if err != nil {
		return followup.Application{}, err
	}
	interview := r.Kind == classify.InterviewScheduled || r.Kind == classify.InterviewCancelled || r.Kind == classify.InterviewInvitation
	var closed *followup.Application
	for i := range apps {
		if !sameJob(apps[i], r) {
			continue
		}
		if interview && apps[i].Stage == followup.Rejected {
			if closed == nil {
				closed = &apps[i]
			}
			continue
		}
		return apps[i], nil
	}
	if closed != nil {
		return *closed, nil
	}
	return followup.Application{}, store.ErrNotFound
}

// sameJob reports whether a message may be about an application: no
// different reference, and no clearly different role.
func sameJob(app followup.Application, r classify.Result) bool {
	if app.Reference != "" && r.Reference != "" && !strings.EqualFold(app.Reference, r.Reference) {
		return false
	}
	if app.Role == "" || r.Role == "" {
		return true
	}
	return rolesMatch(app.Role, r.Role)
}

// rolesMatch reports whether two job titles may name the same job: one
// contains the other ("Data Analyst", "Senior Data Analyst") or they end
// in the same word (the title's noun: "Analyst"), so that a title read
// slightly differently in two messages does not split an application.
func rolesMatch(a, b string) bool {
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	wa, wb := words(a), words(b)
	ja, jb := strings.Join(wa, " "), strings.Join(wb, " ")
	if ja == "" || jb == "" || strings.Contains(ja, jb) || strings.Contains(jb, ja) {
		return true
	}
	last := func(ws []string) string {
		for i := len(ws) - 1; i >= 0; i-- {
			if len(ws[i]) > 1 && ws[i] != "m" && ws[i] != "w" && ws[i] != "d" && ws[i] != "f" && ws[i] != "h" {
				return ws[i]
			}
		}
		return ""
	}
	return last(wa) != "" && last(wa) == last(wb)
}

func (e *Engine) zoneAndCountry(zone string) (*time.Location, string, string) {
	c := e.Config()
	if zone != "" {
		if loc, err := time.LoadLocation(zone); err == nil {
			country := schedule.RegionForZone(zone)
			if country == "" {
				country = string(c.Owner.Country)
			}
			return loc, zone, country
		}
	}
	return c.OwnerLocation(), string(c.Owner.Timezone), string(c.Owner.Country)
}

// recipientZone is the zone to record for a recipient: the zone named (a
// valid IANA name) with its holiday country or region, or "" when none is
// known, with the owner's country. An unknown zone is planned on the
// owner's clock (zoneAndCountry), and the approval request says so.
func (e *Engine) recipientZone(zone string) (string, string) {
	if zone != "" {
		if _, err := time.LoadLocation(zone); err == nil {
			_, zone, country := e.zoneAndCountry(zone)
			return zone, country
		}
	}
	return "", string(e.Config().Owner.Country)
}

// guessZone is the employer's zone told by its mail domain's country
// ending (northwind.de → Europe/Berlin) when the mail names none: the
// application's domain, else the address written to. "" when neither
// tells (a .com, a free mail service): the owner's zone applies.
func guessZone(appDomain, addr string) string {
	if z := schedule.ZoneForDomain(appDomain); z != "" {
		return z
	}
	if d := employerDomain(addr); d != "" {
		return schedule.ZoneForDomain(d)
	}
	return ""
}

// calendarZone is the zone read from a message (zone), placed in the
// employer's country when a calendar wrote it as a Windows name that
// several countries share: Outlook's "Eastern Standard Time" is
// America/New_York for every country (CLDR's territory 001), but
// America/Toronto, with Ontario's holidays, for an employer on a .ca
// domain. The country is the application's domain's country-code ending,
// else that of the address written to; the zone is kept when neither
// names a country, no event of the message wrote zone as such a name, or
// CLDR gives the name no zone in that country.
func calendarZone(zone string, events []message.Event, appDomain, addr string) string {
	if zone == "" {
		return ""
	}
	country := schedule.CountryForDomain(appDomain)
	if country == "" {
		country = schedule.CountryForDomain(employerDomain(addr))
	}
	if country == "" {
		return zone
	}
	for _, ev := range events {
		if ev.Zone != zone || ev.TZID == "" {
			continue
		}
		if z, ok := message.ZoneInCountry(ev.TZID, country); ok {
			return z
		}
	}
	return zone
}

// interviewMatch is the interview a message is about: one, none (a new
// interview, or one not known), or several it may be about, when nothing
// in the message tells them apart (none of those is touched).
type interviewMatch struct {
	iv        *followup.Interview
	ambiguous []followup.Interview
}

// findInterview returns the interview a message is about: by calendar UID;
// else, among the application's upcoming interviews, by the time it names
// (the same start for a confirmation; the calendar's or the classifier's
// time for a cancellation), then by the people and the round it names. A
// reschedule that names no interview is about the only upcoming one; a
// cancellation that names no time is sure only when it tells one of
// several interviews apart by its people or round (otherwise it may be
// about an interview followupd does not know).
func (h *handling) findInterview(appID int64, r classify.Result) (interviewMatch, error) {
	iv, err := h.tx.InterviewByUID(r.CalendarUID)
	if err == nil {
		return interviewMatch{iv: &iv}, nil
	}
	if !errors.Is(err, store.ErrNotFound) {
		return interviewMatch{}, err
	}
	ivs, err := h.tx.UpcomingInterviews(appID)
	if err != nil {
		return interviewMatch{}, err
	}
	var cands []followup.Interview
	for _, iv := range ivs {
		if r.CalendarUID == "" || iv.CalendarUID == "" { // another UID is another event
			cands = append(cands, iv)
		}
	}
	if r.Kind == classify.InterviewScheduled {
		for i := range cands {
			if cands[i].Start.Equal(r.Start) {
				return interviewMatch{iv: &cands[i]}, nil
			}
		}
		if !r.Reschedule || len(cands) == 0 {
			return interviewMatch{}, nil
		}
		if len(cands) == 1 {
			return interviewMatch{iv: &cands[0]}, nil
		}
		return h.narrow(cands)
	}
	// A cancellation.
	if stated := h.statedTime(r); !stated.IsZero() {
		var at []followup.Interview
		for _, iv := range cands {
			if iv.Start.Equal(stated) {
				at = append(at, iv)
			}
		}
		switch len(at) {
		case 0:
			return interviewMatch{}, nil // another interview, not known
		case 1:
			return interviewMatch{iv: &at[0]}, nil
		}
		return h.narrow(at)
	}
	if day := r.CancelledDay; !day.IsZero() {
		// "cancel your interview on Thursday": the interviews on that day,
		// read on their own clock; one on another day is not the one meant.
		var on []followup.Interview
		for _, iv := range cands {
			loc, _, _ := h.e.zoneAndCountry(iv.Zone)
			y, m, d := iv.Start.In(loc).Date()
			if dy, dm, dd := day.Date(); y == dy && m == dm && d == dd {
				on = append(on, iv)
			}
		}
		switch {
		case len(on) == 1:
			return interviewMatch{iv: &on[0]}, nil
		case len(on) > 1:
			return h.narrow(on)
		case len(cands) > 0:
			// No known interview that day: perhaps one not seen, perhaps a
			// known one moved first. The owner decides, nothing is guessed.
			return interviewMatch{ambiguous: cands}, nil
		}
		return interviewMatch{}, nil
	}
	if len(cands) == 0 {
		return interviewMatch{}, nil
	}
	m, err := h.narrow(cands)
	if err != nil || m.iv != nil && len(cands) > 1 {
		return m, err
	}
	return interviewMatch{ambiguous: cands}, nil
}

// statedTime is the start of the interview a cancellation names: the
// classifier's reading, else its calendar event's start.
func (h *handling) statedTime(r classify.Result) time.Time {
	if !r.Start.IsZero() {
		return r.Start
	}
	for _, ev := range h.msg.Events {
		if ev.UID != "" && ev.UID == r.CalendarUID && !ev.Start.IsZero() {
			return ev.Start
		}
	}
	return time.Time{}
}

// narrow picks among several interviews the one the message names by its
// people (an interviewer named in the subject or new text, or writing it)
// and then by its round ("final round", "technical"), as named in the
// subject of the message that announced it. It returns the candidates
// still in play as ambiguous when no single one remains.
func (h *handling) narrow(cands []followup.Interview) (interviewMatch, error) {
	cands = filterSome(cands, func(iv followup.Interview) bool {
		for _, p := range iv.People {
			if classify.Mentions(h.msg, p) {
				return true
			}
		}
		return false
	})
	if len(cands) > 1 {
		rounds := classify.Rounds(h.msg.Subject + "\n" + h.msg.Text)
		if len(rounds) > 0 {
			subjects := map[int64]string{}
			for _, iv := range cands {
				s, err := h.tx.MessageSubject(iv.SourceMessage)
				if err != nil {
					return interviewMatch{}, err
				}
				subjects[iv.ID] = s
			}
			cands = filterSome(cands, func(iv followup.Interview) bool {
				for w := range classify.Rounds(subjects[iv.ID]) {
					if rounds[w] {
						return true
					}
				}
				return false
			})
		}
	}
	if len(cands) == 1 {
		return interviewMatch{iv: &cands[0]}, nil
	}
	return interviewMatch{ambiguous: cands}, nil
}

// filterSome keeps the interviews that keep says to, unless that keeps
// none (then the signal tells nothing, and all stay).
func filterSome(ivs []followup.Interview, keep func(followup.Interview) bool) []followup.Interview {
	var out []followup.Interview
	for _, iv := range ivs {
		if keep(iv) {
			out = append(out, iv)
		}
	}
	if len(out) == 0 {
		return ivs
	}
	return out
}
