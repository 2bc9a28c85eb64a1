package classify

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A rejection is recognised as a frame built from word classes, not as a
// fixed string: whatever the language fills the classes with, the same
// frames apply.
//
//   - refusal: a set expression of refusal ("regret to inform", "keine Zusage")
//   - negated progression: a negation that reaches a step forward within its
//     sentence ("we will not be moving your application forward", "you were
//     not among those shortlisted")
//   - another candidate: a choice made for someone else ("we have offered the
//     role to another applicant", "decided to go with someone whose ...")
//   - filled: the position itself is gone ("the role has been filled")
//
// Negation has the sentence as its scope and stops at a turn ("but",
// "however"): "we are not able to wait, please confirm your slot" holds no
// progression, and "not only ... but we'd love to move you forward" turns.

// frameKind names a rejection frame.
type frameKind uint8

const (
	frameRefusal frameKind = iota
	frameNegProgress
	frameOtherCandidate
	frameFilled
	frameFarewell
	frameCount
)

var frameNames = [...]string{
	frameRefusal: "refusal", frameNegProgress: "negated progression",
	frameOtherCandidate: "another candidate chosen", frameFilled: "position filled or closed",
	frameFarewell: "a farewell with nothing else said",
}

// frameHit is one rejection frame found in a text.
type frameHit struct {
	kind frameKind
	at   hit // the hit that anchors the frame
}

// negScope is how far before a progression a negation may stand (words), and
// after it: post-verbal negations ("donnerons pas suite", "berücksichtigen
// Sie nicht") follow the verb.
const (
	negBefore = 8
	negAfter  = 2
	// choiceGap is how many words may separate a choice from the other
	// candidate it names.
	choiceGap = 10
	// meetingGap is how many words may stand between a meeting and the
	// negated progression it is the subject of: "interview with Daniel
	// Pereira won't be going ahead".
	meetingGap = 7
)

// rejectFrames returns the rejection frames of ti, conditional sentences
// excluded ("if you are not selected ...").
func (ti *textInfo) rejectFrames() []frameHit {
	var out []frameHit
	for _, h := range ti.live(famReject) {
		// "we're not moving forward with next Tuesday's slot" moves a
		// meeting: a refusal made of a progression about a meeting
		if ti.refusesMeeting(h) {
			continue
		}
		out = append(out, frameHit{frameRefusal, h})
	}
	for _, h := range ti.live(famProgress) {
		if ti.negated(h) && !ti.aboutMeeting(h) && !ti.meetingSubject(h) {
			out = append(out, frameHit{frameNegProgress, h})
		}
	}
	// "you are not the right fit", "your profile does not fully match the
	// requirements"; a time that does not suit ("Tuesday doesn't work, any
	// other slot?") is about a meeting, not the candidate
	// "we can't match your salary expectation" is about money, "Passt
	// nicht? Passe deine Suchkriterien an" asks: neither judges the candidate
	for _, h := range ti.live(famFit) {
		if ti.negated(h) && !ti.aboutTime(h) && !ti.aboutPay(h) && !questionSent(ti, ti.ws[h.from].sent) {
			out = append(out, frameHit{frameNegProgress, h})
		}
	}
	for _, f := range []family{famOtherCand, famOtherWeak} {
		for _, h := range ti.live(f) {
			if !ti.chosen(h) {
				continue
			}
			// "someone whose ...", "the successful candidate": only in a
			// sentence that announces a decision, or right after one
			if f == famOtherWeak && !ti.nearFam(h, famDecision, 1) && !ti.nearFam(h, famReject, 1) {
				continue
			}
			out = append(out, frameHit{frameOtherCandidate, h})
		}
	}
	for _, h := range ti.live(famFilled) {
		// "we will not be hiring for it" holds its negation: only one
		// outside the phrase undoes it ("the role is not filled yet")
		if !ti.negatedOutside(h) {
			out = append(out, frameHit{frameFilled, h})
		}
	}
	return out
}

// refusesMeeting reports whether the refusal h holds a progression about a
// meeting at a day or time, or has a meeting for its subject; "not move
// forward with the interview process" still refuses.
func (ti *textInfo) refusesMeeting(h hit) bool {
	for _, p := range ti.hits {
		if p.fam == famProgress && overlap(p, h) && (ti.aboutMeeting(p) && ti.dayOrClock(ti.ws[p.from].sent) || ti.meetingSubject(p)) {
			return true
		}
	}
	return false
}

// unquoted drops the frames that stand in quotation marks: a decision
// quoted in the text ("they wrote \"we have decided not to proceed\"", a
// mentor citing "your profile wasn't shortlisted") is someone else's words,
// not this sender's.
func (ti *textInfo) unquoted(fr []frameHit) []frameHit {
	kept := fr[:0]
	for _, f := range fr {
		if !ti.inQuotes(f.at) {
			kept = append(kept, f)
		}
	}
	return kept
}

// negated reports whether a negation in h's sentence reaches h: it stands
// within the scope around h, is no idiom ("can't wait", "not only"), and no
// turn ("but", "however") stands between the two.
func (ti *textInfo) negated(h hit) bool { return ti.negatedBy(h, false) }

// negatedOutside reports whether a negation outside hit h reaches it.
func (ti *textInfo) negatedOutside(h hit) bool { return ti.negatedBy(h, true) }

func (ti *textInfo) negatedBy(h hit, outside bool) bool {
	sent := ti.ws[h.from].sent
	for _, n := range ti.hits {
		if n.fam != famNeg || ti.ws[n.from].sent != sent || outside && n.from >= h.from && n.from < h.to {
			continue
		}
		if n.from < h.from-negBefore || n.from > h.to-1+negAfter {
			continue
		}
		if ti.inFam(n.from, famNegIdiom) || ti.between(n, h, famContrast) || ti.clauseBreak(n, h) {
			continue
		}
		return true
	}
	return false
}

// clauseBreak reports whether a colon or semicolon separates hits a and b:
// "I won't keep you waiting: we'd like to offer you the role" negates
// nothing after the colon; nor does a negation opening its sentence after
// its comma.
func (ti *textInfo) clauseBreak(a, b hit) bool {
	if a.from > b.from {
		a, b = b, a
	}
	if a.to > b.from {
		return false
	}
	// a negation that opens its sentence ends at its comma: "Rather than
	// leave you waiting, we're closing every application"
	opens := a.from == 0 || ti.ws[a.from-1].sent != ti.ws[a.from].sent
	for k := ti.wsTok[a.to-1] + 1; k < ti.wsTok[b.from]; k++ {
		if s := ti.toks[k].s; s == ":" || s == ";" || s == "," && opens {
			return true
		}
	}
	return false
}

// chosen reports whether a choice ("selected", "went with", "offered the
// role to") governs the other candidate h in its sentence, and was not made
// for the reader too ("we selected you and two other candidates").
func (ti *textInfo) chosen(h hit) bool {
	sent := ti.ws[h.from].sent
	for _, c := range ti.hits {
		if c.fam != famChoose || ti.ws[c.from].sent != sent {
			continue
		}
		switch {
		case c.to <= h.from && h.from-c.to <= choiceGap:
			if ti.wordBetween(c.to, h.from, "you") || ti.between(c, h, famNeg) {
				continue
			}
			return true
		case c.from >= h.to && c.from-h.to <= choiceGap/2:
			// "another candidate has been selected"
			if !ti.between(h, c, famNeg) {
				return true
			}
		}
	}
	return false
}

// aboutMeeting reports whether the progression h is about a meeting rather
// than the application: "we cannot proceed with the interview on Friday",
// "I'd rather not pick a new day until I know".
func (ti *textInfo) aboutMeeting(h hit) bool {
	sent := ti.ws[h.from].sent
	// "I'd rather not pick a new day yet", "I don't have a new date to
	// offer you": the choice or the offer is of a time
	for _, n := range ti.hits {
		after := n.from >= h.to && n.from <= h.to+1
		before := n.to <= h.from && h.from-n.to <= 2
		if n.fam == famNewTime && (after || before) && ti.ws[n.from].sent == sent {
			return true
		}
	}
	for k := h.to; k < len(ti.ws) && k < h.to+2 && ti.ws[k].sent == sent; k++ {
		if ti.ws[k].s != "with" {
			continue
		}
		// "not moving forward with next Tuesday's 10:00 slot": a day
		// names a meeting too
		for j := k + 1; j < len(ti.ws) && j <= k+3 && ti.ws[j].sent == sent; j++ {
			if ti.inFam(j, famInterview) || ti.inFam(j, famCall) || isWeekday(strings.TrimSuffix(ti.ws[j].s, "'s")) || ti.ws[j].kind == tokNum {
				return true
			}
		}
	}
	return false
}

// headsPanel reports whether ti names the people the candidate will meet
// under a heading or after a "with". A one-word heading that is also the
// everyday "with" ("avec", "mit", "con") counts only before its colon or
// before a person: "praat je met mij en Bas", "charla con Lucía", not
// "avec une connexion stable" or "Met vriendelijke groet".
func (ti *textInfo) headsPanel() bool {
	for _, h := range ti.hits {
		if h.fam != famPanel {
			continue
		}
		if h.to-h.from > 1 || !genericTrigger[ti.ws[h.from].s] {
			return true
		}
		_, next := ti.hitTok(h)
		if next >= len(ti.toks) {
			continue
		}
		if t := ti.toks[next]; t.s == ":" || isNameWord(t) || selfWords[t.s] || usWords[t.s] {
			return true
		}
	}
	return false
}

// meetingSubject reports whether the negated progression h has a meeting
// for its subject: "tomorrow's 11am interview with Daniel won't be going
// ahead" calls the interview off; "after the interview we won't move
// forward" (a subject of its own between them) or "following your call,
// we ..." (a comma) decides on the application.
func (ti *textInfo) meetingSubject(h hit) bool {
	sent := ti.ws[h.from].sent
	for _, m := range ti.hits {
		if m.fam != famInterview && m.fam != famCall || ti.ws[m.from].sent != sent || m.to > h.from || ti.wordsBetween(m.to, h.from) > meetingGap {
			continue
		}
		// "the panel has decided not to offer you the post": a decision
		// stands between them, the panel is people
		clean := !ti.between(m, h, famDecision) && !ti.between(m, h, famChoose)
		for k := m.to; k < h.from; k++ {
			if usWords[ti.ws[k].s] || pronouns[ti.ws[k].s] {
				clean = false
			}
		}
		for k := ti.wsTok[m.to-1] + 1; k < ti.wsTok[h.from]; k++ {
			if s := ti.toks[k].s; s == "," || s == ":" || s == ";" {
				clean = false
			}
		}
		if clean {
			return true
		}
	}
	return false
}

// wordsBetween counts the words from a to b, the names of people and the
// words joining them left out: "the panel with Rob Ellis and Lee Chang
// won't go ahead" is the panel, three words from its verb.
func (ti *textInfo) wordsBetween(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if w := ti.ws[k]; !(w.upper() && isNameWord(w)) && !listJoins[w.s] {
			n++
		}
	}
	return n
}

// aboutTime reports whether h's sentence speaks of times: a request for
// availability, a call, a weekday or a clock time ("Thursday at 3pm doesn't
// work"); a reference number ("25/07/FSW") is no time.
func (ti *textInfo) aboutTime(h hit) bool {
	if ti.sentHas(h, famAvail) || ti.sentHas(h, famCall) || ti.sentHas(h, famInterview) && ti.sentHas(h, famConfirm) {
		return true
	}
	return ti.dayOrClock(ti.ws[h.from].sent)
}

// dayOrClock reports whether sentence sent names a weekday or a clock time.
func (ti *textInfo) dayOrClock(sent int) bool {
	for k := range ti.toks {
		t := &ti.toks[k]
		if t.sent != sent {
			continue
		}
		if _, ok := weekdayWords[t.s]; ok && t.kind == tokWord {
			return true
		}
		if t.kind == tokNum && k+2 < len(ti.toks) && (ti.toks[k+1].s == ":" || hourLetterAfter(ti.toks, k)) && ti.toks[k+2].kind == tokNum {
			return true
		}
		if t.kind == tokNum && k+1 < len(ti.toks) && (ti.toks[k+1].s == "am" || ti.toks[k+1].s == "pm") {
			return true
		}
	}
	return false
}

// inQuotes reports whether hit h stands inside quotation marks opened in
// its paragraph: the quotation may run over wrapped lines.
func (ti *textInfo) inQuotes(h hit) bool {
	from, _ := ti.hitTok(h)
	end := ti.toks[from].start
	start := strings.LastIndex(ti.text[:end], "\n\n") + 1
	open, at := false, 0
	for i, r := range ti.text[start:end] {
		switch r {
		case '"', '“', '”', '«', '»', '„':
			open = !open
			at = start + i + utf8.RuneLen(r)
		}
	}
	if !open {
		return false
	}
	// a letter relayed whole by a hiring platform is the employer's to the
	// reader, not words cited: "Mira sent you a message: \"Hi Jordan,
	// ... we won't be moving your application on\""
	if ws := strings.FieldsFunc(ti.text[at:end], func(r rune) bool { return !unicode.IsLetter(r) }); len(ws) > 0 && greetingWords[fold(ws[0])] {
		return false
	}
	return true
}

// inFam reports whether word i lies inside a hit of family f.
func (ti *textInfo) inFam(i int, f family) bool {
	for _, c := range ti.hits {
		if c.fam == f && c.from <= i && i < c.to {
			return true
		}
	}
	return false
}

// between reports whether a hit of family f lies between hits a and b (in
// either order).
func (ti *textInfo) between(a, b hit, f family) bool {
	lo, hi := a.to, b.from
	if b.to <= a.from {
		lo, hi = b.to, a.from
	}
	for _, c := range ti.hits {
		if c.fam == f && c.from >= lo && c.from < hi {
			return true
		}
	}
	return false
}

// wordBetween reports whether the word w stands at an index in [from, to).
func (ti *textInfo) wordBetween(from, to int, w string) bool {
	for k := from; k < to && k < len(ti.ws); k++ {
		if ti.ws[k].s == w {
			return true
		}
	}
	return false
}

// nearFam reports whether a hit of family f stands in h's sentence or in one
// of the back sentences before it.
func (ti *textInfo) nearFam(h hit, f family, back int) bool {
	sent := ti.ws[h.from].sent
	for _, c := range ti.hits {
		if s := ti.ws[c.from].sent; c.fam == f && s <= sent && s >= sent-back {
			return true
		}
	}
	return false
}

// applicationContext reports whether the message is about a job application:
// job words (a role, hiring, a recruiter), a hiring platform's sender, a role
// or a reference, outweighing the words of other applications (a flat, a
// loan, a school, a grant) written in the same words.
func (d *doc) applicationContext() bool {
	strong, weak, other := d.contextEvidence()
	if strong == 0 {
		// "application" and "applicant" alone are anybody's: a flat's, a
		// loan's; they count only where nothing speaks of another kind
		return weak > 0 && other == 0
	}
	// "application" said six times is still one kind of evidence
	return 2*strong+min(weak, 2)-2*other >= 1
}

// jobTitles counts the job titles' nouns in the subject and the new text,
// up to max.
func (d *doc) jobTitles(max int) int {
	n := 0
	for _, ti := range []*textInfo{d.subject, d.newT} {
		for _, w := range ti.ws {
			if n == max {
				return n
			}
			if w.kind == tokWord && len(w.s) >= 5 && isJobNoun(w.s) {
				n++
			}
		}
	}
	return n
}

// foreignContext reports whether the words of another kind of application
// (a visa, a flat, a school) outnumber the job words: a "visa interview" is
// no job interview.
func (d *doc) foreignContext() bool {
	strong, _, other := d.contextEvidence()
	// "il colloquio con il nostro consulente per la richiesta di mutuo": an
	// interview word alone weighs no more than the other kind's word
	return other > strong || other > 0 && other == strong && d.onlyInterviewWords()
}

// onlyInterviewWords reports whether the message's only job evidence is the
// word for an interview: no other job word, no hiring platform, no role and
// no reference.
func (d *doc) onlyInterviewWords() bool {
	if d.fromPlatform() || d.role() != "" || d.reference() != "" {
		return false
	}
	for _, ti := range []*textInfo{d.subject, d.newT, d.quoted, d.cal} {
		if ti.jobWords() > 0 {
			return false
		}
	}
	return true
}

// contextEvidence counts the job words (strong), the words any application
// uses (weak) and the words of other applications in the message.
func (d *doc) contextEvidence() (strong, weak, other int) {
	if d.ctxDone {
		return d.ctx[0], d.ctx[1], d.ctx[2]
	}
	for _, ti := range []*textInfo{d.subject, d.newT, d.quoted, d.cal} {
		// the interview said again is no new evidence: "Gespräch" three
		// times in a text is a bank's as much as an employer's
		strong += ti.jobWords() + min(ti.jobInterviews(), 1)
		weak += countFam(ti, famJobWeak)
		other += countFam(ti, famNonJob)
	}
	if d.fromPlatform() {
		strong += 2
	}
	if d.role() != "" {
		strong++
	}
	// a reference number is any application's ("réf. LOC-2291" of a
	// flat): job evidence only where no other kind is named
	if d.reference() != "" && other == 0 {
		strong++
	}
	// a job title ("Senior Platform Engineer") in the subject or the new
	// text: weak, since signatures carry titles too; read only where it can
	// tip the balance
	if other > 0 || strong == 0 {
		weak += d.jobTitles(2)
	}
	d.ctx, d.ctxDone = [3]int{strong, weak, other}, true
	return strong, weak, other
}

// jobInterviews counts the interview words that are not another
// application's: an "admissions interview", a "visa interview", the "MBA
// interview" is no evidence of a job.
func (ti *textInfo) jobInterviews() int {
	n := 0
	for _, h := range ti.hits {
		if h.fam != famInterview {
			continue
		}
		foreign := false
		for _, c := range ti.hits {
			// before it ("visa interview"), right after it ("entretien
			// d'admission", "entrevista de acogida") or a phrase that holds
			// it ("interview recording")
			// or a few words after it ("kennismakingsgesprek met onze
			// hypotheekadviseur")
			near := c.to <= h.from && h.from-c.to <= 1 || c.from >= h.to && c.from-h.to <= 3 || overlap(c, h)
			if c.fam == famNonJob && near && ti.ws[c.from].sent == ti.ws[h.from].sent {
				foreign = true
				break
			}
		}
		if !foreign {
			n++
		}
	}
	return n
}

// jobWords counts the job words that no phrase of another kind of
// application holds: the "interview" of "interview recording" is a
// podcast's.
func (ti *textInfo) jobWords() int {
	n := 0
	for _, h := range ti.hits {
		// an interview word is counted once, by jobInterviews
		if h.fam == famJob && !slices.ContainsFunc(ti.hits, func(c hit) bool { return (c.fam == famNonJob || c.fam == famInterview) && overlap(c, h) }) {
			n++
		}
	}
	return n
}

// overlap reports whether hits a and b share a word.
func overlap(a, b hit) bool { return a.from < b.to && b.from < a.to }

// rejections returns the rejection frames of the new text and the subject,
// none when the message is not about a job application: a flat, a loan or a
// school turned down in the same words is not a rejection.
func (d *doc) rejections() []frameHit {
	if !d.rejDone {
		d.rejDone = true
		fr := d.newT.rejectFrames()
		if d.ev == nil {
			// a calendar program quotes the organiser's own note: "This
			// event has been cancelled with a note: \"...\""
			fr = d.newT.unquoted(fr)
		}
		fr = d.regretForCancel(fr)
		fr = append(fr, d.subject.rejectFrames()...)
		fr = append(fr, d.givenToNamed()...)
		fr = append(fr, d.namedHires()...)
		if len(fr) == 0 {
			if h, ok := d.farewell(); ok {
				fr = append(fr, frameHit{frameFarewell, h})
			}
		}
		if len(fr) > 0 && d.applicationContext() {
			d.rejCache = fr
		}
	}
	return d.rejCache
}

// givenToNamed returns the frames of a post given to a person the text
// names, not the reader: "We've decided to give the job to Kim from our
// front desk". A post given to "you" or to the owner by name is an offer.
func (d *doc) givenToNamed() []frameHit { return d.namedOthers(famGivenTo, false) }

// namedHires returns the frames of a person the text names who joins in
// the post: "we've asked Dana Whitfield to join us as our second product
// designer", "a Beatriz Nunes vai assumir a função". The name stands right
// before the phrase; the owner's own name or a pronoun is no other.
func (d *doc) namedHires() []frameHit { return d.namedOthers(famNamedHire, true) }

// namedOthers returns, as another candidate chosen, the phrases of family f
// with a person's name right after them (or right before, when before is
// set) in their sentence: a name, not "you", a pronoun or the owner's.
func (d *doc) namedOthers(f family, before bool) []frameHit {
	ti := d.newT
	var out []frameHit
	var self map[string]bool
	for _, h := range ti.live(f) {
		k := h.to
		if before {
			k = h.from - 1
		}
		if k < 0 || k >= len(ti.ws) || ti.ws[k].sent != ti.ws[h.from].sent || ti.negated(h) || questionSent(ti, ti.ws[h.from].sent) {
			continue
		}
		w := ti.ws[k]
		if !isNameWord(w) || selfWords[w.s] || pronouns[w.s] || before && nameStop[w.s] {
			continue
		}
		if self == nil {
			self = d.selfNames()
		}
		if !self[w.s] {
			out = append(out, frameHit{frameOtherCandidate, h})
		}
	}
	return out
}

// regretForCancel drops the refusals whose sentence calls off the
// interview: "leider muss ich Ihnen mitteilen, dass wir unser
// Vorstellungsgespräch absagen müssen" regrets a cancellation and decides
// nothing about the application.
func (d *doc) regretForCancel(fr []frameHit) []frameHit {
	cancels := d.textCancelHits()
	if len(cancels) == 0 {
		return fr
	}
	ti := d.newT
	out := fr[:0]
	for _, f := range fr {
		drop := false
		for _, c := range cancels {
			if f.kind == frameRefusal && ti.ws[c.from].sent == ti.ws[f.at.from].sent {
				drop = true
			}
		}
		if !drop {
			out = append(out, f)
		}
	}
	return out
}

// farewell reports a letter that only takes its leave: it keeps the
// candidate in mind for later roles, with good wishes for the search or a
// word of bad news ("unfortunately"), and says nothing else an application mail says (no receipt, no interview, no
// time, no invitation, no question of availability, no offer, no
// cancellation or pause, no withdrawal, no exercise). In a job application
// that is how a refusal too indirect for any other frame still reads:
// "Thank you for your time with us. We'll keep your CV on file for future
// openings and wish you every success in your search." Never in list mail
// (Glance settles that without it) nor in an automatic reply.
func (d *doc) farewell() (hit, bool) {
	ti := d.newT
	keep := ti.live(famKeepFile)
	if len(keep) == 0 || !ti.hasLive(famWishWell) && !ti.hasLive(famDecision) || d.bulk || d.listUnsub || d.autoReply || d.ev != nil {
		return hit{}, false
	}
	for _, f := range []family{famAck, famConfirm, famInvite, famCancel, famHold, famWithdraw, famAssess, famNewTime, famOffer} {
		if ti.hasLive(f) || d.subject.hasLive(f) {
			return hit{}, false
		}
	}
	if len(d.availHits()) > 0 {
		return hit{}, false
	}
	if best, ok := d.bestTime(); ok && best.reg == regNew {
		return hit{}, false
	}
	// a job named, not only "openings": a flat's agent keeps files too
	if !d.jobNamed() {
		return hit{}, false
	}
	return keep[0], true
}

// jobNamed reports whether the message names a job: a role, a reference, a
// job title's noun, or a hiring platform as sender.
func (d *doc) jobNamed() bool {
	return d.role() != "" || d.reference() != "" || d.jobTitles(1) > 0 || d.fromPlatform()
}

// aboutPay reports whether hit h's sentence is about pay: a word of
// [pay_words] ("salary", "Gehalt", "retribuzione").
func (ti *textInfo) aboutPay(h hit) bool {
	return sentWord(ti, ti.ws[h.from].sent, payWords)
}
