package engine

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/classify"
	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/mail/message"
	"github.com/followupd/followupd/internal/schedule"
	"github.com/followupd/followupd/internal/store"
)

// autoConfidence: in auto mode, a follow-up caused by a message classified
// with less confidence than this still waits for the owner's "send".
const autoConfidence = 0.9

// feedbackMaxAge: a rejection older than this when first seen (on the first
// scan of the inbox) is recorded but not answered.
const feedbackMaxAge = 7 * 24 * time.Hour

// platformDomains are the mail domains of applicant-tracking systems and
// job boards, which many employers share: like a personal mail service
// (classify.FreeMail) they never identify an application.
var platformDomains = []string{
	"greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co", "myworkday.com", "workday.com", "smartrecruiters.com",
	"icims.com", "jobvite.com", "ashbyhq.com", "workablemail.com", "workable.com", "teamtailor.com", "recruitee.com",
	"successfactors.com", "taleo.net", "bamboohr.com", "personio.de", "linkedin.com", "indeed.com", "calendly.com",
}

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
// employer ("" for a personal mail service or a hiring platform).
func employerDomain(addr string) string {
	_, d, ok := strings.Cut(strings.ToLower(addr), "@")
	if !ok || classify.FreeMail(addr) {
		return ""
	}
	for _, s := range platformDomains {
		if d == s || strings.HasSuffix(d, "."+s) {
			return ""
		}
	}
	return d
}

func (h *handling) onEmployerMail() error {
	r := h.class
	h.rec.Kind, h.rec.Confidence = string(r.Kind), r.Confidence
	from := ""
	if len(h.msg.From) > 0 {
		from = h.msg.From[0].Email
	}
	domain := employerDomain(r.ReplyTo)
	if domain == "" {
		domain = employerDomain(from)
	}
	if domain == "" {
		domain = personalKey(r.ReplyTo, from)
	}
	h.log.Info("message classified", "kind", r.Kind, "confidence", r.Confidence, "company", r.Company)
	if r.Kind == classify.Other {
		return h.onOtherMail(r, domain)
	}
	app, err := h.application(r, domain)
	if err != nil {
		return err
	}
	h.rec.ApplicationID = app.ID
	switch r.Kind {
	case classify.InterviewScheduled:
		return h.onInterview(&app, r)
	case classify.InterviewCancelled:
		return h.onInterviewCancelled(&app, r)
	case classify.Rejection:
		return h.onRejection(&app, r)
	case classify.Offer:
		app.Stage, app.LastEvent = followup.Offer, "offer received "+h.rec.ReceivedAt.Format("Mon 2 Jan")
		if err := h.cancelFeedback(app.ID, followup.OfferArrived); err != nil {
			return err
		}
	case classify.InterviewInvitation:
		older, err := h.olderThanRejection(&app)
		if err != nil {
			return err
		}
		if older {
			h.rec.Note = "written before the rejection already read: the application stays rejected"
			break
		}
		if app.Stage != followup.InterviewScheduled {
			app.Stage = followup.Interviewing
		}
		app.LastEvent = "invited to interview"
		if err := h.cancelFeedback(app.ID, followup.EmployerWrote); err != nil {
			return err
		}
	case classify.ApplicationReceived:
		if app.LastEvent == "" {
			app.LastEvent = "application received"
		}
	}
	return h.tx.SaveApplication(&app, h.now)
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

// onOtherMail: a human message from an employer whose rejection is
// awaiting a feedback request makes that request pointless (they wrote
// again); bulk mail does not count.
func (h *handling) onOtherMail(r classify.Result, domain string) error {
	if r.Automated || domain == "" {
		return nil
	}
	app, err := h.tx.FindApplication("", "", domain)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	h.rec.ApplicationID = app.ID
	return h.cancelFeedback(app.ID, followup.EmployerWrote)
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

func (h *handling) onInterview(app *followup.Application, r classify.Result) error {
	if r.Start.IsZero() {
		h.rec.Note = "interview without a time: nothing to plan"
		return h.tx.SaveApplication(app, h.now)
	}
	end := r.End
	if end.IsZero() || !end.After(r.Start) {
		end = r.Start.Add(time.Hour) // no stated end: plan from a one-hour interview
	}
	zoneName := r.Zone
	if zoneName == "" && r.Start.Location() != time.UTC && r.Start.Location() != time.Local {
		zoneName = r.Start.Location().String()
	}
	if zoneName == "" {
		zoneName = guessZone(app.Domain, r.ReplyTo)
	}
	zoneName, country := h.e.recipientZone(zoneName)
	people := make([]followup.Person, 0, len(r.Interviewers))
	for _, p := range r.Interviewers {
		people = append(people, followup.Person{Name: p.Name, Email: strings.ToLower(p.Email)})
	}
	arranger := followup.Person{Email: r.ReplyTo}
	if len(h.msg.From) > 0 && strings.EqualFold(h.msg.From[0].Email, r.ReplyTo) {
		arranger.Name = h.msg.From[0].Name
	}
	// Written before the rejection that was read first: the rejection
	// stands; the interview is recorded but never thanked for.
	if older, err := h.olderThanRejection(app); err != nil || older {
		if err != nil {
			return err
		}
		return h.beforeRejection(app, r, end, zoneName, country, people, arranger)
	}
	match, err := h.findInterview(app.ID, r)
	if err != nil {
		return err
	}
	if len(match.ambiguous) > 0 {
		app.LastEvent = "an interview moved to " + r.Start.Format("Mon 2 Jan 15:04 MST") + " (which one is unclear)"
		if err := h.tx.SaveApplication(app, h.now); err != nil {
			return err
		}
		return h.holdAmbiguous(app, match.ambiguous, "seems to move an interview to "+r.Start.Format("Mon 2 Jan 15:04 MST"))
	}
	existing := match.iv
	app.Stage, app.LastEvent = followup.InterviewScheduled, "interview "+r.Start.Format("Mon 2 Jan 15:04 MST")
	// A new interview makes a pending request for feedback pointless.
	if err := h.cancelFeedback(app.ID, followup.EmployerWrote); err != nil {
		return err
	}
	if existing != nil {
		return h.onReschedule(app, existing, r, end, people, arranger)
	}
	iv := followup.Interview{ApplicationID: app.ID, CalendarUID: r.CalendarUID, Sequence: r.Sequence, Start: r.Start, End: end,
		Zone: zoneName, Country: country, State: followup.InterviewOn, Arranger: arranger, People: people, SourceMessage: h.msg.MessageID}
	deadline := end.Add(h.e.Config().Policy().ThankYouDeadline)
	if !deadline.After(h.now) {
		iv.State = followup.InterviewPast
		h.rec.Note = "interview long past: recorded, no thank-you"
	}
	if r.CalendarUID == "" && iv.State == followup.InterviewOn {
		// A cancellation without a calendar UID, written after this
		// confirmation but read before it, still cancels it.
		later, err := h.tx.CancelledSince(app.ID, h.rec.ReceivedAt)
		if err != nil {
			return err
		}
		if later {
			iv.State = followup.InterviewCancelled
			h.rec.Note = "a later cancellation was already read: no thank-you"
		}
	}
	if iv.State == followup.InterviewOn && h.ownerPartStat(r.CalendarUID) == "DECLINED" {
		// The owner's calendar already declined it (an update sent to
		// them after they said no): nothing to thank for.
		iv.State = followup.InterviewCancelled
		h.rec.Note = "the invitation shows the owner declined: no thank-you"
	}
	if err := h.tx.SaveApplication(app, h.now); err != nil {
		return err
	}
	if err := h.tx.SaveInterview(&iv, h.now); err != nil {
		return err
	}
	if iv.State != followup.InterviewOn {
		return nil
	}
	return h.addThankYous(app, &iv, r.Automated)
}

// olderThanRejection reports whether the message was written before the
// rejection of a rejected application (read first: mail is not read in
// the order it was written).
func (h *handling) olderThanRejection(app *followup.Application) (bool, error) {
	if app.Stage != followup.Rejected {
		return false, nil
	}
	return h.tx.KindSince(app.ID, string(classify.Rejection), h.rec.ReceivedAt)
}

// beforeRejection records an interview from a message written before the
// application's rejection (read after it): the application stays
// rejected, its feedback request stands, and the interview, marked past,
// is never thanked for.
func (h *handling) beforeRejection(app *followup.Application, r classify.Result, end time.Time, zone, country string, people []followup.Person, arranger followup.Person) error {
	h.rec.Note = "written before the rejection already read: recorded, no thank-you"
	h.log.Info("interview message older than the rejection: no thank-you")
	if _, err := h.tx.InterviewByUID(r.CalendarUID); err == nil {
		return h.tx.SaveApplication(app, h.now)
	} else if !errors.Is(err, store.ErrNotFound) {
		return err
	}
	iv := followup.Interview{ApplicationID: app.ID, CalendarUID: r.CalendarUID, Sequence: r.Sequence, Start: r.Start, End: end,
		Zone: zone, Country: country, State: followup.InterviewPast, Arranger: arranger, People: people, SourceMessage: h.msg.MessageID}
	if err := h.tx.SaveApplication(app, h.now); err != nil {
		return err
	}
	return h.tx.SaveInterview(&iv, h.now)
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
	text := h.msg.Subject + "\n" + h.msg.Text
	from := ""
	if len(h.msg.From) > 0 {
		from = strings.ToLower(h.msg.From[0].Email)
	}
	cands = filterSome(cands, func(iv followup.Interview) bool {
		for _, p := range iv.People {
			if p.Email != "" && (strings.EqualFold(p.Email, from) || strings.Contains(strings.ToLower(text), strings.ToLower(p.Email))) {
				return true
			}
			if namesPerson(text, p.Name) {
				return true
			}
		}
		return false
	})
	if len(cands) > 1 {
		rounds := roundsIn(text)
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
				for w := range roundsIn(subjects[iv.ID]) {
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

// namesPerson reports whether text names a person: their full name, or
// their first name as a word with a capital.
func namesPerson(text, name string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	if strings.Contains(strings.ToLower(text), strings.ToLower(name)) {
		return true
	}
	first := strings.Fields(name)[0]
	if len([]rune(first)) < 3 || strings.ToUpper(first[:1]) != first[:1] {
		return false
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if w == first {
			return true
		}
	}
	return false
}

// roundWords name an interview's round or kind, to tell interviews at one
// employer apart.
var roundWords = []string{"first round", "second round", "third round", "fourth round", "final round", "last round", "1st round", "2nd round",
	"3rd round", "first interview", "second interview", "final interview", "phone screen", "screening", "technical", "onsite", "on site",
	"hiring manager", "case study", "take home", "culture", "presentation", "panel interview", "coding"}

// roundsIn returns the round words in text (case and hyphens ignored).
func roundsIn(text string) map[string]bool {
	f := strings.ToLower(strings.ReplaceAll(text, "-", " "))
	out := map[string]bool{}
	for _, w := range roundWords {
		if strings.Contains(f, w) {
			out[w] = true
		}
	}
	return out
}

// holdAmbiguous puts on hold the thank-yous of the interviews a message
// may be about (what tells them apart is missing): they leave only on
// the owner's explicit "send", and the owner is told what arrived and why
// nothing was moved or cancelled.
func (h *handling) holdAmbiguous(app *followup.Application, ivs []followup.Interview, what string) error {
	var lines []string
	for _, iv := range ivs {
		loc, _, _ := h.e.zoneAndCountry(iv.Zone)
		line := "  - " + iv.Start.In(loc).Format("Mon 2 Jan 15:04 MST")
		var names []string
		for _, p := range iv.People {
			if p.Name != "" {
				names = append(names, p.Name)
			} else if p.Email != "" {
				names = append(names, p.Email)
			}
		}
		if len(names) > 0 {
			line += " with " + strings.Join(names, ", ")
		}
		lines = append(lines, line)
		fus, err := h.tx.InterviewFollowups(iv.ID)
		if err != nil {
			return err
		}
		for i := range fus {
			if _, err := h.e.decide(h.tx, &fus[i], followup.Hold{What: what}, h.now, about{}); err != nil {
				return err
			}
		}
	}
	sender := ""
	if len(h.msg.From) > 0 {
		sender = h.msg.From[0].String()
	}
	which := "which of these interviews it is about"
	if len(ivs) == 1 {
		which = "whether it is about this interview"
	}
	h.rec.Note = "unclear which interview: thank-yous on hold, owner asked"
	h.log.Info("message about an interview that cannot be told apart: thank-yous on hold", "interviews", len(ivs))
	return h.e.queueNotice(h.tx, 0, "Which interview? Thank-yous on hold",
		fmt.Sprintf("%s wrote (subject %q): it %s, but I cannot tell %s with %s:\n\n%s\n\nNothing was moved or cancelled. Their thank-yous now leave only on your explicit \"send\": answer \"send\" to the approval request of an interview that took place, \"cancel\" to the others.",
			sender, h.msg.Subject, what, which, companyText(app), strings.Join(lines, "\n")), h.now)
}

// maxPersonalThankYous is the most interviewers who each get their own
// thank-you. A longer list (an assessment day, a panel, an event read as
// an interview, other candidates among the attendees) gets one letter to
// the person who arranged it instead of dozens of letters.
const maxPersonalThankYous = 6

// thankYouTargets returns the letters an interview calls for: one per
// interviewer with an address (at most maxPersonalThankYous of them), or
// one to the person who arranged it greeting everyone, or (no human
// address at all) one without a recipient, for which the owner is asked.
// Only Recipient and GreetNames are set.
func (h *handling) thankYouTargets(iv *followup.Interview) []followup.Followup {
	var targets []followup.Followup
	for _, p := range h.e.addressed(*iv) {
		targets = append(targets, followup.Followup{Recipient: followup.Person{Name: p.Name, Email: strings.ToLower(p.Email)}})
	}
	big := len(targets) > maxPersonalThankYous
	if big {
		targets = nil
	}
	if len(targets) == 0 {
		var names []string
		for _, p := range iv.People {
			if p.Name != "" {
				names = append(names, p.Name)
			}
		}
		greet := strings.Join(names, ", ")
		if big {
			greet = fmt.Sprintf("everyone at the interview (%d people)", len(iv.People))
		}
		rcpt := iv.Arranger
		if classify.IsNoReply(rcpt.Email) {
			rcpt = followup.Person{}
		}
		rcpt.Email = strings.ToLower(rcpt.Email)
		targets = append(targets, followup.Followup{Recipient: rcpt, GreetNames: greet})
	}
	return targets
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

// bigPanel reports whether an interview lists too many interviewers with
// an address for a letter each (see maxPersonalThankYous).
func (e *Engine) bigPanel(iv followup.Interview) bool {
	return len(e.addressed(iv)) > maxPersonalThankYous
}

// addThankYous creates the thank-yous an interview calls for (see
// thankYouTargets).
func (h *handling) addThankYous(app *followup.Application, iv *followup.Interview, automated bool) error {
	for _, t := range h.thankYouTargets(iv) {
		if err := h.addThankYou(app, iv, t, automated); err != nil {
			return err
		}
	}
	return nil
}

// addThankYou creates one thank-you for target, asked about at the end of
// the interview. A letter that exists already is left as it is.
func (h *handling) addThankYou(app *followup.Application, iv *followup.Interview, f followup.Followup, automated bool) error {
	f.Kind, f.ApplicationID, f.InterviewID, f.State = followup.ThankYou, app.ID, iv.ID, followup.Drafted
	f.MessageID = h.e.newMessageID("thanks")
	f.SourceMessage, f.SourceAutomated, f.NeedsReply = h.msg.MessageID, automated, h.class.Confidence < autoConfidence
	f.Zone, f.Country, f.EventAt, f.RequestAt = iv.Zone, iv.Country, iv.End, iv.End
	wrote := false
	if f.Recipient.Email != "" {
		var err error
		if wrote, err = h.tx.OwnerWroteTo(f.Recipient.Email, iv.Start); err != nil {
			return err
		}
	}
	if err := h.tx.AddFollowup(&f, h.now); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil
		}
		return err
	}
	if wrote {
		// The owner's letter was read first (Sent and the inbox are read
		// in parallel): as onSent would have done, ours is not sent.
		h.log.Info("thank-you not needed: the owner already wrote", "followup", f.ID)
		_, err := h.e.decide(h.tx, &f, followup.Cancel{Reason: followup.OwnerWrote}, h.now, about{})
		return err
	}
	h.log.Info("thank-you planned", "followup", f.ID, "ask_owner_at", iv.End)
	return nil
}

// reconcileThankYous brings an interview's thank-yous in line with its
// panel and time after an update: letters to people no longer on the
// panel are cancelled (the owner is told about those they were shown),
// newcomers get a letter, group letters greet the new names. When the
// interview moved (old is its previous start), letters not yet approved
// are drafted again for the new time; a letter the owner approved to
// someone still on the panel is kept and planned again after the new end.
func (h *handling) reconcileThankYous(app *followup.Application, iv *followup.Interview, automated bool, old time.Time) error {
	targets := h.thankYouTargets(iv)
	want := map[string]followup.Followup{}
	for _, t := range targets {
		want[t.Recipient.Email] = t
	}
	fus, err := h.tx.InterviewFollowups(iv.ID)
	if err != nil {
		return err
	}
	covered := map[string]bool{}
	var pending []followup.Followup
	for _, f := range fus {
		key := strings.ToLower(f.Recipient.Email)
		_, on := want[key]
		switch f.State {
		case followup.Cancelled:
			reason, err := h.tx.CancelReason(f.ID)
			if err != nil {
				return err
			}
			if on && !reason.Undoable() {
				covered[key] = true // the owner's decision (or their own letter) stands
			}
		case followup.Sent, followup.Sending, followup.Unknown:
			covered[key] = covered[key] || on
		default:
			pending = append(pending, f)
		}
	}
	// Letters to who left (or a second letter to one person) are
	// cancelled first, so that the ones kept can take their new greeting.
	var keep []followup.Followup
	for _, f := range pending {
		key := strings.ToLower(f.Recipient.Email)
		if _, on := want[key]; on && !covered[key] {
			covered[key] = true
			keep = append(keep, f)
			continue
		}
		reason := followup.LeftPanel
		if h.e.bigPanel(*iv) && f.Recipient.Email != "" && hasInterviewer(*iv, f.Recipient.Email) {
			reason = followup.BigPanel
		}
		if err := h.e.cancel(h.tx, []followup.Followup{f}, reason, h.now); err != nil {
			return err
		}
	}
	for i := range keep {
		f := &keep[i]
		t := want[strings.ToLower(f.Recipient.Email)]
		f.GreetNames, f.Zone, f.Country = t.GreetNames, iv.Zone, iv.Country
		if t.Recipient.Name != "" {
			f.Recipient.Name = t.Recipient.Name
		}
		if old.IsZero() || f.EventAt.Equal(iv.End) {
			if err := h.tx.SaveFollowup(f, followup.NoReason, "", h.now); err != nil {
				return err
			}
			continue
		}
		if err := h.moveThankYou(app, iv, f, old); err != nil {
			return err
		}
	}
	for _, t := range targets {
		if covered[t.Recipient.Email] {
			continue
		}
		if err := h.addThankYou(app, iv, t, automated); err != nil {
			return err
		}
	}
	return nil
}

// moveThankYou plans a pending thank-you again after its interview moved
// from old to iv.Start (see followup.Moved): a letter the owner approved
// keeps its approval and leaves after the new end; any other is drafted
// again and asked about after the new end.
func (h *handling) moveThankYou(app *followup.Application, iv *followup.Interview, f *followup.Followup, old time.Time) error {
	loc, _, _ := h.e.zoneAndCountry(iv.Zone)
	moved := fmt.Sprintf("The interview with %s moved from %s to %s.", companyText(app), old.In(loc).Format("Mon 2 Jan 15:04 MST"), iv.Start.In(loc).Format("Mon 2 Jan 15:04 MST"))
	_, err := h.e.decide(h.tx, f, followup.Moved{End: iv.End}, h.now, about{moved: moved})
	return err
}

// companyText names the application's employer for the owner.
func companyText(app *followup.Application) string {
	if app.Company != "" {
		return app.Company
	}
	if app.Role != "" {
		return "the " + app.Role + " team"
	}
	return "the employer"
}

func (h *handling) onReschedule(app *followup.Application, iv *followup.Interview, r classify.Result, end time.Time, people []followup.Person, arranger followup.Person) error {
	if r.CalendarUID != "" && r.Sequence < iv.Sequence {
		h.rec.Note = "older version of a known invitation: ignored"
		return nil
	}
	if iv.State == followup.InterviewOn && h.ownerPartStat(r.CalendarUID) == "DECLINED" {
		// An update that shows the owner's decline, read before (or
		// without) the decline itself.
		iv.State = followup.InterviewCancelled
		if err := h.tx.SaveInterview(iv, h.now); err != nil {
			return err
		}
		h.rec.Note = "the update shows the owner declined: thank-yous cancelled"
		return h.cancelInterview(iv.ID, followup.OwnerDeclined)
	}
	if iv.State == followup.InterviewCancelled {
		if r.CalendarUID == "" || r.Sequence <= iv.Sequence {
			// The cancellation was read first (mail can arrive out of order).
			h.rec.Note = "invitation to an interview already cancelled: ignored"
			return nil
		}
		// The owner's own decline stands: an organiser's update (a new
		// link, another room) does not undo it. A new time does, unless it
		// still shows the owner declining: "can we do Thursday instead?"
		declined, err := h.ownerDeclined(iv, r.CalendarUID, !r.Start.Equal(iv.Start))
		if err != nil {
			return err
		}
		if declined {
			h.rec.Note = "update of an interview the owner declined: it stays off"
			return nil
		}
		// A newer invitation after a cancellation: the interview is on again.
		iv.State, iv.Start, iv.End, iv.Sequence, iv.SourceMessage = followup.InterviewOn, r.Start, end, r.Sequence, h.msg.MessageID
		if len(people) > 0 {
			iv.People = people
		}
		if arranger.Email != "" {
			iv.Arranger = arranger
		}
		if err := h.tx.SaveApplication(app, h.now); err != nil {
			return err
		}
		if err := h.tx.SaveInterview(iv, h.now); err != nil {
			return err
		}
		h.rec.Note = "cancelled interview set again"
		return h.reconcileThankYous(app, iv, r.Automated, time.Time{})
	}
	if iv.Start.Equal(r.Start) && iv.End.Equal(end) && r.Sequence <= iv.Sequence {
		h.rec.Note = "interview already known"
		return h.learnMore(app, iv, r, people)
	}
	old := iv.Start
	iv.Start, iv.End, iv.SourceMessage = r.Start, end, h.msg.MessageID
	if r.CalendarUID != "" {
		iv.Sequence = r.Sequence
		if iv.CalendarUID == "" {
			iv.CalendarUID = r.CalendarUID
		}
	}
	if len(people) > 0 {
		iv.People = people
	}
	if err := h.tx.SaveApplication(app, h.now); err != nil {
		return err
	}
	if err := h.tx.SaveInterview(iv, h.now); err != nil {
		return err
	}
	if old.Equal(r.Start) {
		old = time.Time{} // an update of the same time: the panel may have changed
		h.rec.Note = "interview updated"
	} else {
		h.rec.Note = "interview rescheduled"
		h.log.Info("interview rescheduled", "interview", iv.ID, "from", old, "to", r.Start)
	}
	return h.reconcileThankYous(app, iv, r.Automated, old)
}

// learnMore takes what a second message about a known interview adds (a
// calendar UID, interviewers' addresses): while nobody has been asked yet,
// a letter to the arranger gives way to one letter per interviewer.
func (h *handling) learnMore(app *followup.Application, iv *followup.Interview, r classify.Result, people []followup.Person) error {
	changed := false
	if iv.CalendarUID == "" && r.CalendarUID != "" {
		iv.CalendarUID, iv.Sequence, changed = r.CalendarUID, r.Sequence, true
	}
	if withEmail(people) > withEmail(iv.People) {
		iv.People, changed = people, true
	}
	if !changed {
		return nil
	}
	if err := h.tx.SaveInterview(iv, h.now); err != nil {
		return err
	}
	fus, err := h.tx.InterviewFollowups(iv.ID)
	if err != nil {
		return err
	}
	for _, f := range fus {
		if f.State == followup.Cancelled {
			continue
		}
		if f.State != followup.Drafted || (f.GreetNames == "" && f.Recipient.Email != "" && hasInterviewer(*iv, f.Recipient.Email)) {
			return nil // someone was asked already, or the letters are personal already
		}
	}
	if err := h.e.cancel(h.tx, fus, followup.AddressesKnown, h.now); err != nil {
		return err
	}
	return h.addThankYous(app, iv, r.Automated)
}

func withEmail(ps []followup.Person) int {
	n := 0
	for _, p := range ps {
		if p.Email != "" {
			n++
		}
	}
	return n
}

func (h *handling) onInterviewCancelled(app *followup.Application, r classify.Result) error {
	match, err := h.findInterview(app.ID, r)
	if err != nil {
		return err
	}
	if len(match.ambiguous) > 0 {
		app.LastEvent = "an interview cancelled " + h.rec.ReceivedAt.Format("Mon 2 Jan") + " (which one is unclear)"
		if err := h.tx.SaveApplication(app, h.now); err != nil {
			return err
		}
		return h.holdAmbiguous(app, match.ambiguous, "seems to cancel an interview")
	}
	iv := match.iv
	if iv != nil && r.CalendarUID != "" && iv.CalendarUID == r.CalendarUID && r.Sequence < iv.Sequence {
		// RFC 5546: a CANCEL older than the version in force (read late)
		// does not undo a newer invitation.
		h.rec.Note = fmt.Sprintf("cancellation with SEQUENCE %d older than the invitation in force (%d): ignored", r.Sequence, iv.Sequence)
		h.log.Info("stale cancellation ignored", "interview", iv.ID, "sequence", r.Sequence, "current", iv.Sequence)
		return nil
	}
	app.LastEvent = "interview cancelled " + h.rec.ReceivedAt.Format("Mon 2 Jan")
	if app.Stage == followup.InterviewScheduled {
		app.Stage = followup.Interviewing
	}
	if err := h.tx.SaveApplication(app, h.now); err != nil {
		return err
	}
	if iv == nil {
		h.rec.Note = "cancellation of an interview not known"
		if r.CalendarUID == "" {
			return nil // a later-read confirmation checks CancelledSince
		}
		// Remember it, so that the invitation, if it is read later, is
		// known to be cancelled.
		start := h.rec.ReceivedAt
		for _, ev := range h.msg.Events {
			if ev.UID == r.CalendarUID && !ev.Start.IsZero() {
				start = ev.Start
			}
		}
		_, zone, country := h.e.zoneAndCountry(r.Zone)
		tomb := followup.Interview{ApplicationID: app.ID, CalendarUID: r.CalendarUID, Sequence: r.Sequence, Start: start, End: start,
			Zone: zone, Country: country, State: followup.InterviewCancelled, SourceMessage: h.msg.MessageID}
		return h.tx.SaveInterview(&tomb, h.now)
	}
	iv.State = followup.InterviewCancelled
	if err := h.tx.SaveInterview(iv, h.now); err != nil {
		return err
	}
	return h.cancelInterview(iv.ID, followup.InterviewCalledOff)
}

func (h *handling) onRejection(app *followup.Application, r classify.Result) error {
	app.Stage, app.LastEvent = followup.Rejected, "rejection received "+h.rec.ReceivedAt.Format("Mon 2 Jan")
	if err := h.tx.SaveApplication(app, h.now); err != nil {
		return err
	}
	// A thank-you still waiting would read oddly after a rejection.
	if err := h.cancelKind(app.ID, followup.ThankYou, followup.RejectionArrived); err != nil {
		return err
	}
	received := h.rec.ReceivedAt
	if received.After(h.now) || received.IsZero() {
		received = h.now
	}
	if h.now.Sub(received) > feedbackMaxAge {
		h.rec.Note = "rejection too old to ask for feedback"
		return nil
	}
	rcpt := followup.Person{Email: r.ReplyTo}
	if r.ReplyTo != "" && classify.IsNoReply(r.ReplyTo) {
		rcpt.Email = "" // never a no-reply address
	}
	for _, a := range addrs(h.msg.ReplyTo, h.msg.From) {
		if strings.EqualFold(a.Email, rcpt.Email) && a.Name != "" {
			rcpt.Name = a.Name
			break
		}
	}
	zone := r.Zone
	if zone == "" {
		zone = guessZone(app.Domain, rcpt.Email)
	}
	zone, country := h.e.recipientZone(zone)
	f := followup.Followup{Kind: followup.Feedback, ApplicationID: app.ID, State: followup.Drafted, Recipient: rcpt,
		MessageID: h.e.newMessageID("feedback"), InReplyTo: h.msg.MessageID, References: h.msg.References, Subject: compose.ReplySubject(h.msg.Subject),
		SourceMessage: h.msg.MessageID, SourceAutomated: r.Automated, NeedsReply: r.Confidence < autoConfidence, Zone: zone, Country: country, EventAt: received, RequestAt: h.now}
	answered, err := h.tx.OwnerAnswered(h.msg.MessageID)
	if err != nil {
		return err
	}
	wrote := false
	if rcpt.Email != "" {
		if wrote, err = h.tx.OwnerWroteTo(rcpt.Email, received); err != nil {
			return err
		}
	}
	if err := h.tx.AddFollowup(&f, h.now); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			h.rec.Note = "feedback already requested for this application"
			return nil
		}
		return err
	}
	if answered || wrote {
		// The owner's answer was read first (Sent and the inbox are read
		// in parallel): as onSent would have done, ours is not sent.
		reason := followup.OwnerWrote
		if answered {
			reason = followup.OwnerAnswered
		}
		h.rec.Note = "the owner already answered: no feedback request"
		_, err := h.e.decide(h.tx, &f, followup.Cancel{Reason: reason}, h.now, about{})
		return err
	}
	h.log.Info("feedback request planned", "followup", f.ID)
	return nil
}

// addrs joins address lists.
func addrs(lists ...[]message.Address) []message.Address {
	var out []message.Address
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// cancelFeedback cancels an application's pending feedback request when
// this message is newer than the rejection it answers: a message written
// before the rejection (read late: INBOX order is not the writing order)
// changes nothing.
func (h *handling) cancelFeedback(appID int64, reason followup.Reason) error {
	fus, err := h.tx.ApplicationFollowups(appID)
	if err != nil {
		return err
	}
	received := h.rec.ReceivedAt.Truncate(time.Millisecond) // as the store keeps times
	fus = slices.DeleteFunc(fus, func(f followup.Followup) bool { return f.Kind != followup.Feedback || f.EventAt.After(received) })
	return h.e.cancel(h.tx, fus, reason, h.now)
}

// cancelKind cancels an application's follow-ups of a kind that have not
// been handed to the mail server yet.
func (h *handling) cancelKind(appID int64, kind followup.Kind, reason followup.Reason) error {
	fus, err := h.tx.ApplicationFollowups(appID)
	if err != nil {
		return err
	}
	fus = slices.DeleteFunc(fus, func(f followup.Followup) bool { return f.Kind != kind })
	return h.e.cancel(h.tx, fus, reason, h.now)
}

// cancelInterview cancels an interview's thank-yous that have not been
// handed to the mail server yet.
func (h *handling) cancelInterview(ivID int64, reason followup.Reason) error {
	fus, err := h.tx.InterviewFollowups(ivID)
	if err != nil {
		return err
	}
	return h.e.cancel(h.tx, fus, reason, h.now)
}

// onSent looks at mail the owner sent by hand: a message to an interviewer
// after the interview began makes our thank-you to them unnecessary; a
// message to the rejection's sender after it arrived, or an answer in its
// thread, makes our feedback request unnecessary.
// A copy of our own follow-up confirms it went out.
func (h *handling) onSent() error {
	m := h.msg
	sentAt := h.rec.ReceivedAt
	if h.class.Automated && len(m.Events) == 0 {
		// The owner's vacation responder, filed in Sent: no letter of
		// theirs, so it makes no thank-you or feedback request unnecessary.
		h.rec.Note = "an automatic reply from the owner's mailbox: not a letter"
		return nil
	}
	if err := h.onDeclined(); err != nil {
		return err
	}
	var to []string
	for _, a := range addrs(m.To, m.Cc) {
		if !h.e.isOwner(a.Email) {
			to = append(to, a.Email)
		}
	}
	if err := h.tx.RecordOwnerLetter(m.MessageID, to, append(append([]string{}, m.InReplyTo...), m.References...), sentAt); err != nil {
		return err
	}
	for _, a := range addrs(m.To, m.Cc) {
		fus, err := h.tx.FollowupsTo(a.Email)
		if err != nil {
			return err
		}
		for i := range fus {
			if !fus[i].State.Cancellable() {
				continue
			}
			since := fus[i].EventAt // a feedback request: after the rejection
			if fus[i].Kind == followup.ThankYou {
				iv, err := h.tx.Interview(fus[i].InterviewID)
				if err != nil {
					return err
				}
				since = iv.Start // a thank-you: after the interview began
			}
			if sentAt.Before(since) {
				continue
			}
			if err := h.e.cancel(h.tx, fus[i:i+1], followup.OwnerWrote, h.now); err != nil {
				return err
			}
		}
	}
	for _, id := range append(append([]string{}, m.InReplyTo...), m.References...) {
		fus, err := h.tx.FeedbackAnswering(id)
		if err != nil {
			return err
		}
		if err := h.e.cancel(h.tx, fus, followup.OwnerAnswered, h.now); err != nil {
			return err
		}
	}
	return nil
}

// onDeclined acts on the owner's calendar answer declining an invitation
// (RFC 5546 REPLY with the owner's PARTSTAT=DECLINED): the owner will not
// attend, so the interview is off and its thank-yous are cancelled. Read
// before the invitation (the Sent folder is read in parallel with the
// inbox), it is remembered as a cancelled interview of the application
// the organiser's domain names, so that the invitation read later is
// known to be declined. A decline of an older version (SEQUENCE) than the
// invitation in force changes nothing.
func (h *handling) onDeclined() error {
	for _, ev := range h.msg.Events {
		if !strings.EqualFold(ev.Method, "REPLY") || ev.Nested || ev.UID == "" {
			continue
		}
		declined := false
		for _, a := range ev.Attendees {
			if h.e.isOwner(a.Email) && strings.EqualFold(a.PartStat, "DECLINED") {
				declined = true
			}
		}
		if !declined {
			continue
		}
		iv, err := h.tx.InterviewByUID(ev.UID)
		if errors.Is(err, store.ErrNotFound) {
			if err := h.declinedFirst(ev); err != nil {
				return err
			}
			continue
		}
		if err != nil {
			return err
		}
		if ev.Sequence < iv.Sequence || iv.State == followup.InterviewCancelled {
			continue
		}
		iv.State = followup.InterviewCancelled
		if err := h.tx.SaveInterview(&iv, h.now); err != nil {
			return err
		}
		h.rec.Note = "the owner declined the invitation"
		h.log.Info("the owner declined an interview: its thank-yous are cancelled", "interview", iv.ID)
		if err := h.cancelInterview(iv.ID, followup.OwnerDeclined); err != nil {
			return err
		}
	}
	return nil
}

// ownerDeclined reports whether the owner's decline of the interview
// stands: the invitation in hand still shows the owner's DECLINED, or
// (when it neither shows them accepting nor moves the interview) its
// thank-yous were cancelled because the owner declined.
func (h *handling) ownerDeclined(iv *followup.Interview, uid string, moved bool) (bool, error) {
	switch h.ownerPartStat(uid) {
	case "DECLINED":
		return true, nil
	case "ACCEPTED", "TENTATIVE":
		return false, nil
	}
	if moved {
		return false, nil
	}
	if iv.SourceMessage != "" {
		// A decline read before its invitation left this interview,
		// cancelled, with the owner's decline as its source.
		mine, err := h.tx.IsOwnerLetter(iv.SourceMessage)
		if err != nil || mine {
			return mine, err
		}
	}
	fus, err := h.tx.InterviewFollowups(iv.ID)
	if err != nil {
		return false, err
	}
	for _, f := range fus {
		if f.State != followup.Cancelled {
			continue
		}
		reason, err := h.tx.CancelReason(f.ID)
		if err != nil {
			return false, err
		}
		if reason == followup.OwnerDeclined {
			return true, nil
		}
	}
	return false, nil
}

// ownerPartStat is the owner's answer (PARTSTAT, upper case) that the
// message's calendar event with uid shows, "" when it shows none.
func (h *handling) ownerPartStat(uid string) string {
	for _, ev := range h.msg.Events {
		if uid == "" || ev.UID != uid {
			continue
		}
		for _, a := range ev.Attendees {
			if h.e.isOwner(a.Email) && a.PartStat != "" {
				return strings.ToUpper(a.PartStat)
			}
		}
	}
	return ""
}

// declinedFirst remembers a decline read before its invitation.
func (h *handling) declinedFirst(ev message.Event) error {
	domain := employerDomain(ev.Organizer.Email)
	app, err := h.tx.FindApplication(h.class.Company, h.class.Reference, domain)
	if errors.Is(err, store.ErrNotFound) {
		if domain == "" || ev.UID == "" {
			h.rec.Note = "the owner declined an invitation not known"
			return nil
		}
		// Nothing from this employer read yet (the first scan reads the
		// mailboxes in parallel): remember the decline under a new
		// application, which the invitation, when read, will find.
		app = followup.Application{Company: h.class.Company, Reference: h.class.Reference, Domain: domain, Stage: followup.Interviewing,
			LastEvent: "you declined an interview"}
		if err := h.tx.SaveApplication(&app, h.now); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	start := ev.Start
	if start.IsZero() {
		start = h.rec.ReceivedAt
	}
	_, zone, country := h.e.zoneAndCountry(ev.Zone)
	h.rec.Note = "the owner declined an invitation not read yet: remembered"
	tomb := followup.Interview{ApplicationID: app.ID, CalendarUID: ev.UID, Sequence: ev.Sequence, Start: start, End: start,
		Zone: zone, Country: country, State: followup.InterviewCancelled, SourceMessage: h.msg.MessageID}
	return h.tx.SaveInterview(&tomb, h.now)
}
