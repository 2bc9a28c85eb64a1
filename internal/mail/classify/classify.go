// Package classify reads one parsed message from a job seeker's inbox and says
// what it is (interview scheduled or offered, cancelled, rejection, offer,
// acknowledgement, other) and pulls out what the daemon needs to act on it:
// company, role, reference, the interviewers, the interview's start and end in
// the zone where it was stated, and a human address to reply to.
//
// The rules are general signals, never a particular sender's wording: calendar
// methods (RFC 5545), header signals of automatic mail (RFC 3834
// Auto-Submitted, Precedence, List-Unsubscribe), the sending domains of
// hiring platforms, phrase families in English, French, Spanish, German,
// Italian, Portuguese and Dutch, and the split between new and quoted text (the
// kind is decided on the new text; quoted text only supplies details such as a
// time agreed earlier in the thread).
package classify

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/followupd/followupd/internal/mail/message"
)

// Kind is what a message is about.
type Kind string

// The kinds a message can have.
const (
	InterviewScheduled  Kind = "interview_scheduled"  // an interview with a fixed date and time
	InterviewInvitation Kind = "interview_invitation" // the employer wants an interview; no time fixed yet
	InterviewCancelled  Kind = "interview_cancelled"  // a scheduled interview is called off, no new time
	Rejection           Kind = "rejection"            // the employer declines the candidate
	Offer               Kind = "offer"                // a job offer
	ApplicationReceived Kind = "application_received" // acknowledgement of an application, no decision
	Other               Kind = "other"                // everything else
)

// Person is someone the candidate will meet. Email is "" when unknown. It is
// message.Address, the one person type of followupd.
type Person = message.Address

// Options tunes Classify.
type Options struct {
	// Self holds the owner's addresses: they are never interviewers nor reply
	// targets. When empty, the message's To addresses are taken as the owner.
	Self []string
}

// Result is what Classify found. Empty strings and zero times mean unknown.
type Result struct {
	Kind       Kind
	Confidence float64  // 0..1
	Reasons    []string // the signals that decided, in order of weight
	Company    string
	Role       string
	Reference  string
	// Interviewers are the people the candidate will meet (interview_scheduled
	// only): never the candidate, rooms, or coordinators who only organise.
	Interviewers []Person
	// Start and End of the interview (interview_scheduled only). Their
	// Location is the zone where the interview is stated, so the offset is the
	// real one on that date.
	Start, End time.Time
	// Zone is the IANA zone of the interview, else of the employer when the
	// message shows it (calendar, a stated zone, a city in the signature).
	Zone string
	// ReplyTo is a human address to write to (Reply-To, else From, else a
	// contact named in the body); never a no-reply or automated mailbox.
	ReplyTo string
	// Automated is true for bulk, list, auto-submitted or auto-reply mail.
	// RFC 3834: such mail is never answered automatically.
	Automated   bool
	CalendarUID string // UID of the calendar event, when the message carries one
	Sequence    int    // its SEQUENCE
	// Reschedule is true when the message moves an existing interview.
	Reschedule bool
	// CancelledDay is the calendar day a plain-text cancellation names for
	// the interview it calls off ("we need to cancel Thursday's final
	// round"), at noon UTC; zero when it names none or the message carries
	// the cancelled event itself. It tells which of several interviews is
	// meant; it is not one of the classify command's fields.
	CancelledDay time.Time
	// Language is the ISO 639-1 code of the language the new text is
	// written in ("en", "fr"), "" when it cannot be told.
	Language string
	// JobRelated is true when the message is about a job application (a
	// kind other than Other, or job words, a role, a reference or a hiring
	// platform's sender that outweigh other applications' words), even
	// when no kind was recognised: such mail is worth asking the owner about.
	JobRelated bool
}

// doc is a message prepared for the rules.
type doc struct {
	m         *message.Message
	self      map[string]bool
	subject   *textInfo
	newT      *textInfo
	quoted    *textInfo
	cal       *textInfo // calendar summary and description
	ev        *message.Event
	ref       time.Time
	from      message.Address
	autoReply bool
	bulk      bool // Precedence bulk/list/junk or List-Id
	listUnsub bool
	automated bool
	nonJob    bool // newsletter, event, practice, personal: no employer details
	reasons   []string

	// memoised results
	best        *candidate
	quotedBest  candidate // the quoted text's best time, zero when none
	bestOK      bool
	bestDone    bool
	roleV, refV string
	roleDone    bool
	refDone     bool
	confirmDone bool
	// senderEndTok is where the sender's own words end (see senderEnd)
	senderEndTok  int
	senderEndDone bool
	confirmCache  []hit
	rejDone       bool
	rejCache      []frameHit
	langDone      bool
	lang          string
	ctxDone       bool
	ctx           [3]int
	senderDone    bool
	sender        *time.Location
	sigZoneDone   bool
	sigZone       string
	// slotList, read once
	slotsDone, slotsV bool
}

func (d *doc) reason(s string) { d.reasons = append(d.reasons, s) }

// release hands the analysed texts back for the next message; d is done.
func (d *doc) release() {
	for _, ti := range [...]*textInfo{d.subject, d.newT, d.quoted, d.cal} {
		ti.release()
	}
	d.subject, d.newT, d.quoted, d.cal = nil, nil, nil, nil
}

// Classify decides the kind of m and extracts its details. It never fails:
// when nothing is recognised the kind is Other with a low confidence.
func Classify(m *message.Message, opt Options) Result {
	d := prepare(m, opt)
	defer d.release()
	return d.classify()
}

// classify is Classify on a prepared message.
func (d *doc) classify() Result {
	kind, conf := d.decide()
	r := Result{Kind: kind, Confidence: conf, Automated: d.automated}
	if d.ev != nil {
		r.CalendarUID, r.Sequence = d.ev.UID, d.ev.Sequence
	}
	// an employer's note that decides nothing ("Thanks for your time on
	// Thursday", signed "Engineering Manager, Copperleaf") still names it
	jobRelated := kind != Other || !d.nonJob && (d.jobContext() || d.titledSignature() || d.fromPlatform())
	if jobRelated {
		r.Reference = d.reference()
		r.Role = d.role()
		// an agency writing for its client names no employer; an in-house
		// recruiter's outreach ("We're hiring at Acme") does
		if !d.newT.has(famAgency) || !d.forClient() {
			r.Company = d.company()
		}
	}
	if kind == InterviewScheduled {
		d.schedule(&r)
		r.Interviewers = d.interviewers(&r)
	}
	if kind == InterviewCancelled && d.ev == nil {
		r.CancelledDay = d.mentionedDay()
	}
	if r.Zone == "" && kind != Other {
		r.Zone = d.employerZone()
	}
	r.ReplyTo = d.replyTo()
	r.Language = d.language()
	r.JobRelated = kind != Other || !d.nonJob && !r.Automated && d.applicationContext() || !d.nonJob && d.fromPlatform()
	r.Reasons = d.reasons
	return r
}

func prepare(m *message.Message, opt Options) *doc {
	d := &doc{m: m, self: map[string]bool{}, ref: m.Date}
	for _, s := range opt.Self {
		d.self[strings.ToLower(strings.TrimSpace(s))] = true
	}
	if len(d.self) == 0 {
		for _, a := range ownerGuess(m) {
			d.self[strings.ToLower(a)] = true
		}
	}
	if len(m.From) > 0 {
		d.from = m.From[0]
	}
	if d.ref.IsZero() {
		d.ref = time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC)
	}
	newText, quoted := m.Text, m.Quoted
	if strings.TrimSpace(newText) == "" && strings.TrimSpace(quoted) == "" {
		newText = m.Body
	}
	// someone at the employer forwarding a colleague's note ("Forwarding
	// Gideon's note below so you have the panel details"), or a recruiter
	// who signs with a title or speaks of the client passing on the
	// employer's ("Their note is below", "see below from the client"): the
	// forwarded text is what the message says, not an earlier message of
	// the thread
	if isForwardSubject(m.Subject) && !d.self[strings.ToLower(d.from.Email)] && len(m.InReplyTo) == 0 &&
		(colleagueForward(d.from.Email, quoted) || signedWithTitle(newText) || foldedContainsAny(newText, clientWords)) {
		newText, quoted = newText+"\n\n"+quoted, ""
	}
	newText = dropDisclaimers(newText)
	// what decides a message is in its first pages; bounding the text keeps
	// the work per message bounded whatever arrives
	newText, quoted = clip(newText, maxText), clip(quoted, maxText)
	d.subject = analyse(regSubject, clip(m.Subject, 1024))
	d.newT = analyse(regNew, newText)
	d.quoted = analyse(regQuoted, quoted)
	d.ev = pickEvent(m.Events)
	var cal strings.Builder
	for _, e := range m.Events {
		cal.WriteString(e.Summary)
		cal.WriteString(".\n")
		cal.WriteString(e.Description)
		cal.WriteString("\n\n")
	}
	d.cal = analyse(regCalendar, clip(cal.String(), maxText))

	h := func(k string) string { return strings.ToLower(strings.TrimSpace(m.Get(k))) }
	auto := h("Auto-Submitted")
	prec := h("Precedence")
	d.autoReply = strings.HasPrefix(auto, "auto-replied") || h("X-Autoreply") != "" || h("X-Autorespond") != "" ||
		prec == "auto_reply" || subjectAutoReply(m.Subject)
	d.bulk = prec == "bulk" || prec == "list" || prec == "junk" || h("List-Id") != ""
	d.listUnsub = h("List-Unsubscribe") != ""
	d.automated = (auto != "" && auto != "no") || d.autoReply || d.bulk || d.listUnsub ||
		h("Return-Path") == "<>" || IsNoReply(d.from.Email)
	return d
}

// clientWords mark a recruiter writing for someone else's vacancy.

// colleagueForward reports whether the forwarded text starts with a header
// block whose sender shares the forwarder's domain: a colleague's note
// passed on (Outlook names a colleague without an address), not a friend
// passing on something they received.
func colleagueForward(from, quoted string) bool {
	_, dom, ok := strings.Cut(strings.ToLower(from), "@")
	if !ok || dom == "" {
		return false
	}
	for i, line := range strings.SplitN(quoted, "\n", 12) {
		if i == 11 {
			break
		}
		l := strings.ToLower(strings.TrimSpace(line))
		for _, key := range []string{"from:", "von:", "de:", "da:", "van:", "envoyé par:"} {
			if rest, ok := strings.CutPrefix(l, key); ok {
				at := strings.LastIndexByte(rest, '@')
				if at < 0 {
					// Outlook shows a sender of the same organisation by
					// name only ("From: Farah Qureshi")
					return strings.TrimSpace(rest) != ""
				}
				d := strings.TrimRight(rest[at+1:], "> ]);,")
				return d == dom
			}
		}
	}
	return false
}

// isForwardSubject reports whether a subject announces a forward ("Fwd:",
// "TR:", "WG:", "Enc:", "I:", "Doorst:").
func isForwardSubject(s string) bool {
	return foldedHasPrefixAny(strings.TrimSpace(s), forwardPrefix)
}

// forClient reports whether the new text speaks of a client employer.
func (d *doc) forClient() bool {
	f := d.newT.foldedText()
	for _, w := range clientWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// subjectAutoReply recognises the subject prefixes mail programs put on
// automatic replies.
func subjectAutoReply(s string) bool {
	// "out of (the) office" anywhere, the others at the start
	return foldedContainsAny(s, autoReplyAnywhere) || foldedHasPrefixAny(s, autoReplyPrefix)
}

// pickEvent chooses the event a message is about: the first one addressed to
// the reader. Replies (RFC 5546 REPLY, COUNTER) and events nested in a
// forwarded message are not addressed to the reader and decide nothing.
func pickEvent(evs []message.Event) *message.Event {
	for i := range evs {
		e := &evs[i]
		if e.Method == "REPLY" || e.Method == "COUNTER" || e.Nested {
			continue
		}
		return e
	}
	return nil
}

// ownerGuess returns the owner's addresses when the caller gives none: the To
// addresses, narrowed, when there are several, to the one the mail was
// delivered to or the one greeted in the first line ("Hi Jordan,").
func ownerGuess(m *message.Message) []string {
	var to []string
	for _, a := range m.To {
		if a.Email != "" {
			to = append(to, strings.ToLower(a.Email))
		}
	}
	if len(to) <= 1 {
		return to
	}
	for _, h := range []string{"Delivered-To", "X-Original-To", "Envelope-To"} {
		v := strings.ToLower(strings.Trim(strings.TrimSpace(m.Get(h)), "<>"))
		for _, a := range to {
			if v == a {
				return []string{a}
			}
		}
	}
	text := strings.TrimSpace(m.Text)
	if i := strings.IndexByte(text, '\n'); i > 0 {
		text = text[:i]
	}
	first := fold(text)
	for _, a := range m.To {
		if ws := strings.Fields(fold(a.Name)); len(ws) > 0 && len(ws[0]) >= 2 {
			for _, g := range []string{"hi ", "hello ", "dear ", "hey ", "bonjour ", "hola ", "hallo ", "guten tag ", "buongiorno ", "ola "} {
				if strings.HasPrefix(first, g) && strings.Contains(first, ws[0]) {
					return []string{strings.ToLower(a.Email)}
				}
			}
		}
	}
	return to
}

// disclaimerHints are what dropDisclaimers looks for in the text before
// folding its paragraphs: each of disclaimerWords without its first letter
// (capitalised or not), the words of one stem (their first six letters) cut
// to their common part: "onfiden" for confidential, confidentiel,
// confidencial.
var disclaimerHints = func() []string {
	var out []string
	at := map[string]int{}
	for _, w := range disclaimerWords {
		stem := w[:min(6, len(w))]
		k, ok := at[stem]
		if !ok {
			at[stem] = len(out)
			out = append(out, w[1:])
			continue
		}
		n := 0
		for n < len(out[k]) && n+1 < len(w) && out[k][n] == w[n+1] {
			n++
		}
		out[k] = out[k][:n]
	}
	return out
}()

// disclaimerAnchors holds, for each of disclaimerHints, the offset of its
// rarest letter in running text (see rareAnchor).
var disclaimerAnchors = func() []int {
	out := make([]int, len(disclaimerHints))
	for i, h := range disclaimerHints {
		out[i] = rareAnchor(h)
	}
	return out
}()

// letterRank orders the lower-case letters from the most to the least
// common in the languages of the mail (as in English).
const letterRank = "etaoinsrhldcumfpgwybvkxjqz"

// rareAnchor returns the offset of the byte of s that is rarest in
// running text: the byte a search for s looks for first.
func rareAnchor(s string) int {
	best, bestRank := 0, -1
	for i := 0; i < len(s); i++ {
		r := strings.IndexByte(letterRank, s[i])
		if r < 0 {
			r = len(letterRank) // no letter: rarer still
		}
		if r > bestRank {
			best, bestRank = i, r
		}
	}
	return best
}

// containsAt reports whether s contains sub, looking for the byte of sub
// at offset anchor first: strings.Contains(s, sub), fast when that byte
// is rare in s.
func containsAt(s, sub string, anchor int) bool {
	if sub == "" {
		return true
	}
	c := sub[anchor]
	for i := anchor; i < len(s); {
		k := strings.IndexByte(s[i:], c)
		if k < 0 {
			return false
		}
		i += k
		if at := i - anchor; at+len(sub) <= len(s) && s[at:at+len(sub)] == sub {
			return true
		}
		i++
	}
	return false
}

// dropDisclaimers removes the paragraphs of text that are legal footers.
func dropDisclaimers(text string) string {
	hinted := false
	for i, h := range disclaimerHints {
		if containsAt(text, h, disclaimerAnchors[i]) {
			hinted = true
			break
		}
	}
	if !hinted {
		return text
	}
	paras := strings.Split(text, "\n\n")
	keep := paras[:0]
	for _, p := range paras {
		f := fold(p)
		legal := false
		for _, w := range disclaimerWords {
			if strings.Contains(f, w) {
				for _, c := range disclaimerContext {
					if strings.Contains(f, c) {
						legal = true
						break
					}
				}
				break
			}
		}
		if !legal {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "\n\n")
}

// maxText bounds the new and the quoted text read by the rules.
const maxText = 64 << 10

// clip cuts s to at most n bytes, at a line break when there is one.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n], '\n'); i > n/2 {
		return s[:i]
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
