package classify

import (
	"math"
	"slices"
	"strings"
)

// After the structural rules (the owner's own mail, automatic replies,
// calendar methods, bulk mail), a message is decided by a table of named
// rules and a small linear model:
//
//   - every rule of the table is a yes/no signal read off the message
//     ("a rejection frame", "an interview time stated as fixed");
//   - gates say which kinds the evidence allows at all: no rejection without
//     a rejection frame in a job application's context, no interview
//     scheduled without a time, no offer without an offer phrase;
//   - learned weights (weights.txt, trained from the labelled corpora in
//     testdata by `go test -run TestWeights -update`) score the allowed
//     kinds from the signals, and the best one wins. The model may weigh
//     signals against each other; it can never create a kind its gate
//     forbids, so a rejection always rests on a frame.

// deadlineReach is how many tokens a deadline phrase reaches forward to the
// time it sets: "no later than Friday, November 20, 2026 at 4:00 p.m.".
const deadlineReach = 12

// evidence is what the rules read, computed once per message.
type evidence struct {
	rej                  []frameHit
	cancel, hold         []hit
	offer                []hit
	confirm, interview   bool
	best                 candidate
	timeOK               bool
	avail, invite, asked bool
	stated, confirmed    bool
	ack                  bool
	context              bool
	lang                 string
	// vetoes read once
	withdrawn, quiet, assess, futureConfirmed, newSlot, foreign bool
	assigned                                                    bool // an assessment to do now, not a step described
	moved                                                       bool // the interview moved to one new time
	proposed                                                    bool // one time set, with a way out
	sole                                                        bool // the one time an interview mail gives, asking nothing
	onlySurvey                                                  bool // quiet for a survey alone
	ooo, practice, survey, references                           bool
	othersCand                                                  bool // someone else's candidacy: a referral, a panel the owner sits on
}

// gather reads the evidence of the rule table off d.
func (d *doc) gather() *evidence {
	e := &evidence{rej: d.rejections(), cancel: d.cancelHits(), context: d.applicationContext()}
	newT := d.newT
	e.hold = newT.live(famHold)
	if newT.hasLive(famReopen) {
		e.hold = nil // "open again after the hiring freeze"
	}
	if e.context {
		e.offer = d.offerHits()
		e.ack = newT.hasLive(famAck) || d.subject.hasLive(famAck)
	}
	// "full remote is not possible, we tried to make it fit ... we'd love
	// you to join as Platform Engineer": a term that does not fit, in an
	// offer, refuses the term, not the candidate
	if len(e.offer) > 0 && slices.ContainsFunc(e.rej, func(f frameHit) bool { return f.at.fam == famFit }) {
		e.rej = slices.DeleteFunc(slices.Clone(e.rej), func(f frameHit) bool { return f.at.fam == famFit })
	}
	// "the answer is no ... That said, I'm delighted to offer you the
	// position": an offer after a turn answers the request refused before it
	if len(e.offer) > 0 && len(e.rej) > 0 && d.offerAfterTurn(e.rej, e.offer) {
		e.rej = nil
	}
	// "we didn't shortlist you for Staff ... a level down ... grab a slot
	// with Femi": another role put forward with a call to book answers
	// the refusal before it
	if len(e.rej) > 0 && d.otherRoleAfter(e.rej) {
		e.rej = nil
	}
	e.confirm = len(d.confirmHits()) > 0 || d.subject.has(famConfirm)
	// a confirmation in reply to a thread about an interview: "That's all
	// booked: you'll be speaking with Fiona and Dev on Monday"
	e.interview = newT.has(famInterview) || d.subject.has(famInterview) ||
		(newT.has(famCall) || d.subject.has(famCall) || newT.headsPanel()) && (d.jobContext() || e.context)
	e.best, e.timeOK = d.bestTime()
	best, ok := e.best, e.timeOK
	// "I'll give you a ring on Thursday at 4:30pm": a plan with its time
	if !e.confirm && ok && best.reg == regNew {
		for _, h := range newT.live(famRing) {
			if newT.ws[h.from].sent == newT.toks[best.tok].sent {
				e.confirm = true
			}
		}
	}
	if !e.interview && ok && e.confirm && (d.quoted.has(famInterview) || d.quoted.has(famCall) && d.jobContext()) && (len(d.m.InReplyTo) > 0 || isReplySubject(d.m.Subject)) {
		e.interview = d.confirmsTime(best)
	}
	e.avail = len(d.availHits()) > 0
	e.invite = newT.hasLive(famInvite)
	e.stated = e.interview && ok && !e.confirm && d.statesInterviewTime(best)
	// a time asked about ("Sounds good. Could you do Tuesday at 10am?") is not
	// fixed; "could we do Wednesday? Dana has confirmed the new slot" is
	e.asked = e.avail && best.reg == regNew && questionSent(newT, newT.toks[best.tok].sent)
	// "choose an interview slot no later than Friday at 4:00 p.m.": a
	// deadline's time is no interview's
	due := ok && best.reg == regNew && d.newT.deadlineBefore(best.tok)
	// "submitted on 21/09/2026 at 16:04": a time before the mail was sent
	// is none to come
	past := ok && !d.ref.IsZero() && !best.start.After(d.ref)
	e.stated = e.stated && !due
	// an invitation that asks for times confirms a time only where it says
	// so of that time: "choose a moment ... slots on Tuesday 9.00-12.00 ...
	// the conversation takes place at our office" confirms none
	e.confirmed = e.interview && ok && e.confirm && !e.asked && !due && !past && !(e.avail && best.reg != regNew) && !(e.avail && d.slotList() && !d.confirmsTime(best)) &&
		!(e.invite && e.avail && !d.confirmsTime(best))
	// "hiring freeze for Q4 - your interview on 6 October stays as
	// agreed": a pause next to an interview confirmed in the new text,
	// with nothing called off, keeps the interview
	if len(e.hold) > 0 && len(e.cancel) == 0 && e.confirmed && best.reg == regNew {
		e.hold = nil
	}
	e.lang = d.language()
	// the candidate withdrew: "your application has been withdrawn, as you
	// asked. It won't be considered further" decides nothing; a post given
	// to another or filled still does
	e.withdrawn = (newT.hasLive(famWithdraw) || d.subject.hasLive(famWithdraw)) &&
		!hasFrame(e.rej, frameOtherCandidate) && !hasFrame(e.rej, frameFilled)
	e.futureConfirmed = len(e.rej) > 0 && d.confirmsFutureInterview()
	// the time an old-time marker names ("the interview that was set for
	// Thursday at 1 pm") is the one called off, not a new one
	old := ok && best.reg == regNew && newT.oldMarked(best.tok)
	e.newSlot = len(e.cancel) > 0 && ok && best.reg == regNew && (lineHas(newT, best.line, famNewTime) || sentHas(newT, newT.toks[best.tok].sent, famNewTime) || newTimeAbove(newT, best.line)) && !old
	// "could we shift our chat from Thursday 14:00 to Friday at 11:30
	// instead?": the employer moves the interview to one time, asked
	// politely; a move that asks for the candidate's times is an invitation
	e.moved = e.interview && ok && best.reg == regNew && !e.avail && sentHas(newT, newT.toks[best.tok].sent, famNewTime) && !old
	// an assessment morning with its interview is a sitting, not a test
	e.assess = slices.ContainsFunc(newT.live(famAssess), func(h hit) bool { return !newT.inFam(h.from, famInterview) })
	e.assigned = d.assessmentAssigned()
	// "Tuesday the 15th, 2:00 to 3:30 pm Central, here at the West Loop
	// office": the one time a mail about an interview for a named job
	// gives, in a sentence that asks and conditions nothing, with no choice
	// of slots; a call word before a number is a helpdesk's ("or call
	// 1-888-555-0144"), not a meeting
	e.sole = e.interview && ok && best.reg == regNew && !e.avail && !e.assess && !d.slotList() && d.plainTime(best) && d.jobNamed() &&
		(newT.has(famInterview) || d.subject.has(famInterview) || d.subject.has(famCall) || newT.meetingCall())
	// "How about Monday the 9th at half past ten? ... If that time's bad,
	// just say so": one time set by the sender, who offers a way out
	e.proposed = e.interview && ok && best.reg == regNew && newT.has(famOptOut) && !d.slotList() && !e.assess && d.availOnlyIn(famOptOut)
	e.foreign = d.foreignContext()
	// an out-of-office in a thread, a friend's good luck, an agency's
	// outreach, coaching or an event, a survey, an unsent application:
	// none is an interview or an acknowledgement; nor is a visa interview
	e.ooo = newT.has(famOOO) && len(newT.text) < 700 && len(d.confirmHits()) == 0 && d.inThread()
	e.practice = d.practiceMeant(best, ok)
	// a survey mentioned under a confirmed schedule ("you will get a short
	// survey afterwards") leaves the interview an interview
	e.survey = d.subject.has(famSurvey) || newT.has(famSurvey) && !e.confirmed
	// an agency relaying its client's interview at a set time, or its
	// client's invitation ("Ardent Mutual want to meet you"), is no outreach
	relays := newT.has(famInterview) && (d.inThread() || e.confirm && e.timeOK && e.best.reg == regNew || newT.hasLive(famInvite)) ||
		// ... or one confirmed: "our client would like to meet you ...
		// Confirmed: Wednesday 11 November, 11:00-12:00 GMT, video call"
		(e.avail || e.confirmed && e.best.reg == regNew) && clientInvites(newT)
	// a call with the candidate's referee is about the candidate, not
	// with them: so the subject says, or the sentence of its time, or a
	// text that names no interview ("after your interview we will call
	// your referees" still confirms the interview)
	e.references = d.subject.has(famReferences) || newT.has(famReferences) && (!newT.has(famInterview) ||
		e.timeOK && e.best.reg == regNew && sentHas(newT, newT.toks[e.best.tok].sent, famReferences))
	// "Your referral Maya Chen is moving to onsite", "Interview kit: Alex
	// Rivera": the owner refers, interviews or vouches for someone else,
	// whose interview or verdict it is
	e.othersCand = d.othersCandidacy()
	others := e.foreign || d.personalNote() || newT.has(famAgency) && !relays || e.practice || newT.hasLive(famAckNeg) || e.references || e.othersCand
	e.quiet = e.ooo || others || e.survey
	e.onlySurvey = e.survey && !others
	return e
}

// newTimeAbove reports whether a new-time marker ends one of the three
// lines above line: "Wir haben einen neuen Termin gefunden ... findet
// jetzt statt am" over "Donnerstag, 29. Oktober 2026, 14:30 - 15:30 Uhr".
func newTimeAbove(ti *textInfo, line int) bool {
	for _, h := range ti.hits {
		if h.fam == famNewTime {
			if l := ti.ws[h.to-1].line; l < line && l >= line-3 {
				return true
			}
		}
	}
	return false
}

// offerAfterTurn reports whether an offer phrase of the new text follows a
// turn ([contrast]: "That said", "However") that follows every rejection
// frame of the new text; frames in the subject keep the rejection.
func (d *doc) offerAfterTurn(rej []frameHit, offer []hit) bool {
	ti := d.newT
	last, ok := d.newFramesEnd(rej)
	if !ok {
		return false
	}
	for _, c := range ti.hits {
		if c.fam != famContrast || c.from < last {
			continue
		}
		for _, o := range offer {
			if o.from >= c.to && slices.ContainsFunc(ti.hits, func(h hit) bool { return h == o }) {
				return true
			}
		}
	}
	return false
}

// otherRoleReach is how many sentences after another role is put forward
// a call to book still belongs to it: the role is described in between.
const otherRoleReach = 4

// otherRoleAfter reports whether, after every rejection frame of the new
// text, another role is put forward ([other_role]) and, in its sentence or
// the few after it (otherRoleReach), a call or a time is asked for ([avail],
// [invite]): "I've just taken on a Senior Embedded brief ... Are you free
// for a call tomorrow?". "Keep an eye on other roles" asks nothing; frames
// in the subject keep the rejection.
func (d *doc) otherRoleAfter(rej []frameHit) bool {
	ti := d.newT
	last, ok := d.newFramesEnd(rej)
	if !ok {
		return false
	}
	for _, r := range ti.live(famOtherRole) {
		if r.from < last {
			continue
		}
		sent := ti.ws[r.from].sent
		for _, a := range ti.hits {
			if (a.fam == famAvail || a.fam == famInvite) && !ti.conditional(a) {
				if s := ti.ws[a.from].sent; s >= sent && s <= sent+otherRoleReach {
					return true
				}
			}
		}
	}
	return false
}

// newFramesEnd returns where the last of the rejection frames ends in the
// new text, and false when one of them stands in another text (the
// subject): what follows them there cannot answer it.
func (d *doc) newFramesEnd(rej []frameHit) (int, bool) {
	ti := d.newT
	last := -1
	for _, f := range rej {
		if !slices.ContainsFunc(ti.hits, func(h hit) bool { return h == f.at }) {
			return 0, false
		}
		last = max(last, f.at.to)
	}
	return last, true
}

// deadlineBefore reports whether a deadline phrase stands shortly before
// token tok in its sentence: "no later than Friday, November 20 at 4 pm".
func (ti *textInfo) deadlineBefore(tok int) bool {
	for _, h := range ti.hits {
		if h.fam != famDeadline {
			continue
		}
		_, end := ti.hitTok(h)
		if ti.toks[end-1].sent == ti.toks[tok].sent && end <= tok && tok-end <= deadlineReach {
			return true
		}
	}
	return false
}

// clientInvites reports whether an invitation of ti has the agency's client
// for its subject, named in its sentence or the one before: "my client ...
// read your resume and wants to meet you".
func clientInvites(ti *textInfo) bool {
	for _, h := range ti.live(famInvite) {
		// "our client (the Series B healthtech I described on the phone;
		// ...) would like to meet you": the client may be named in the
		// sentence before
		if s := ti.ws[h.from].sent; sentHas(ti, s, famAgency) || s > 0 && sentHas(ti, s-1, famAgency) {
			return true
		}
	}
	return false
}

// assessmentAssigned reports whether the message gives the candidate an
// assessment to do: so its subject says, or a sentence naming one sets a
// deadline, asks for a time, invites or links to it ("Start your
// assessments: https://..."). A step described ("any invitation to
// assessment will be posted") is none.
func (d *doc) assessmentAssigned() bool {
	if d.subject.has(famAssess) {
		return true
	}
	ti := d.newT
	for _, h := range ti.live(famAssess) {
		sent := ti.ws[h.from].sent
		if sentHas(ti, sent, famDeadline) || sentHas(ti, sent, famAvail) || sentHas(ti, sent, famInvite) || ti.linkLabel(h) {
			return true
		}
	}
	return false
}

// meetingCall reports whether a call word of ti speaks of a meeting, not of
// a number to ring: "a phone call with Graham", not "or call 1-888-555-0144".
func (ti *textInfo) meetingCall() bool {
	for _, h := range ti.hits {
		if h.fam != famCall {
			continue
		}
		if _, next := ti.hitTok(h); next >= len(ti.toks) || ti.toks[next].kind != tokNum {
			return true
		}
	}
	return false
}

// practiceMeant reports whether the message is about practice, coaching or
// an event: so its subject says, or its new text where that is what the text
// is about: in the sentence of its time, or in a text that names no
// interview of its own and answers no thread about one. An event named in
// passing ("I was away at a hiring event", "as I said at the meetup") does
// not make an interview's confirmation an event's.
func (d *doc) practiceMeant(best candidate, timeOK bool) bool {
	if d.subject.has(famPractice) {
		return true
	}
	ti := d.newT
	var practice []hit
	for _, h := range ti.hits {
		if h.fam == famPractice {
			practice = append(practice, h)
		}
	}
	if len(practice) == 0 {
		return false
	}
	// a practice phrase about the interview itself ("mock interview", "not a
	// job interview") always counts
	interview := false
	for _, h := range ti.hits {
		if h.fam != famInterview {
			continue
		}
		if slices.ContainsFunc(practice, func(p hit) bool { return overlap(p, h) }) {
			return true
		}
		interview = true
	}
	if !interview && !d.quoted.has(famInterview) {
		return true
	}
	if timeOK && best.reg == regNew {
		sent := ti.toks[best.tok].sent
		for _, p := range practice {
			if ti.ws[p.from].sent == sent {
				return true
			}
		}
	}
	return false
}

// rule is one named signal of the decision table.
type rule struct {
	name string
	on   func(d *doc, e *evidence) bool
}

// rules is the decision table. Its names key the learned weights: renaming
// a rule means training again.
var rules = []rule{
	{"withdrawal", func(d *doc, e *evidence) bool { return d.newT.hasLive(famWithdraw) }},
	{"rejection frame", func(d *doc, e *evidence) bool { return len(e.rej) > 0 }},
	{"refusal", func(d *doc, e *evidence) bool { return hasFrame(e.rej, frameRefusal) }},
	{"negated progression", func(d *doc, e *evidence) bool { return hasFrame(e.rej, frameNegProgress) }},
	{"another candidate chosen", func(d *doc, e *evidence) bool { return hasFrame(e.rej, frameOtherCandidate) }},
	{"position filled", func(d *doc, e *evidence) bool { return hasFrame(e.rej, frameFilled) }},
	{"farewell", func(d *doc, e *evidence) bool { return hasFrame(e.rej, frameFarewell) }},
	{"several rejection frames", func(d *doc, e *evidence) bool { return len(e.rej) > 1 }},
	{"rejection in the subject", func(d *doc, e *evidence) bool { return len(d.subject.rejectFrames()) > 0 }},
	{"rejection next to a future interview", func(d *doc, e *evidence) bool { return e.futureConfirmed }},
	{"interview cancelled in words", func(d *doc, e *evidence) bool { return len(e.cancel) > 0 }},
	{"requisition on hold", func(d *doc, e *evidence) bool { return len(e.hold) > 0 }},
	{"new time for a cancelled slot", func(d *doc, e *evidence) bool { return e.newSlot }},
	{"interview moved to a new time", func(d *doc, e *evidence) bool { return e.moved }},
	{"one time set, with a way out", func(d *doc, e *evidence) bool { return e.proposed }},
	{"the one time of an interview mail", func(d *doc, e *evidence) bool { return e.sole }},
	{"offer phrase", func(d *doc, e *evidence) bool { return len(e.offer) > 0 }},
	{"out-of-office text in a reply", func(d *doc, e *evidence) bool { return e.ooo }},
	{"personal well-wishing", func(d *doc, e *evidence) bool { return d.personalNote() }},
	{"agency outreach", func(d *doc, e *evidence) bool { return d.newT.has(famAgency) }},
	{"practice or event", func(d *doc, e *evidence) bool { return e.practice }},
	{"survey", func(d *doc, e *evidence) bool { return e.survey }},
	{"reference check", func(d *doc, e *evidence) bool { return e.references }},
	{"someone else's candidacy", func(d *doc, e *evidence) bool { return e.othersCand }},
	{"application not submitted", func(d *doc, e *evidence) bool { return d.newT.hasLive(famAckNeg) }},
	{"interview word", func(d *doc, e *evidence) bool { return e.interview }},
	{"time found", func(d *doc, e *evidence) bool { return e.timeOK }},
	{"time in the new text", func(d *doc, e *evidence) bool { return e.timeOK && e.best.reg == regNew }},
	{"confirmation", func(d *doc, e *evidence) bool { return e.confirm }},
	{"interview time stated as fixed", func(d *doc, e *evidence) bool { return e.stated }},
	{"interview confirmed with a date and time", func(d *doc, e *evidence) bool { return e.confirmed }},
	{"asks for availability", func(d *doc, e *evidence) bool { return e.avail }},
	{"invitation phrase", func(d *doc, e *evidence) bool { return e.invite }},
	// "Thanks for applying ... I'd like to talk: grab a time": a receipt that
	// goes on to invite is an invitation; the model weighs no conjunction
	// by itself
	{"invitation asking for times", func(d *doc, e *evidence) bool { return e.invite && e.avail }},
	{"assessment or take-home", func(d *doc, e *evidence) bool { return e.assess }},
	{"acknowledgement phrase", func(d *doc, e *evidence) bool { return e.ack }},
	{"list mail", func(d *doc, e *evidence) bool { return d.listUnsub }},
	{"job application context", func(d *doc, e *evidence) bool { return e.context }},
	{"automated sender", func(d *doc, e *evidence) bool { return d.automated }},
	{"hiring platform sender", func(d *doc, e *evidence) bool { return d.fromPlatform() }},
	{"reply in a thread", func(d *doc, e *evidence) bool { return d.inThread() }},
	{"English", func(d *doc, e *evidence) bool { return e.lang == "en" }},
}

// gates says which kinds the evidence allows. They are the precision
// guards: a kind the message gives no evidence for, or whose evidence a
// stronger signal overrides (a rejection beats an offer; a friend's good
// luck, a coaching session or a survey is never an interview), is not
// weighed at all.
var gates = map[Kind]func(d *doc, e *evidence) bool{
	Rejection: func(d *doc, e *evidence) bool {
		if len(e.rej) == 0 {
			return false
		}
		// "we're not hiring on my team right now, but happy to have a
		// coffee": a post filled or closed ends an application only where
		// one is in sight: a job named, a thread, a hiring system, words
		// of applying
		if !d.aboutCandidate(e.rej) && !d.jobNamed() && !d.inThread() && !d.newT.has(famJobWeak) && !d.subject.has(famJobWeak) {
			return false
		}
		// "your referral was not selected" is someone else's verdict; so
		// is a reply to the owner's own refusal ("Totally understand going
		// with someone who's done fintech explainers before")
		if e.othersCand || d.ownerRefused() {
			return false
		}
		// "we are also meeting other candidates" next to a confirmed time:
		// the two signals disagree, unless the decision calls it off
		return !e.withdrawn && !e.pausedCancel() && !(e.futureConfirmed && len(e.cancel) == 0)
	},
	Offer: func(d *doc, e *evidence) bool { return len(e.offer) > 0 && e.open() },
	InterviewCancelled: func(d *doc, e *evidence) bool {
		// a pause calls off an interview only when one is set: a time, a
		// day or a calendar part ("the panel was to be the next step" sets
		// none)
		return e.pausedCancel() || (len(e.cancel) > 0 || len(e.hold) > 0 && e.interview && (e.timeOK || d.ev != nil || !d.mentionedDay().IsZero())) && e.open() && len(e.offer) == 0 && !e.quiet
	},
	InterviewScheduled: func(d *doc, e *evidence) bool {
		// a cancellation that gives no new time, or interviews paused, win;
		// an appointment with no job in sight (a police office's, a
		// bank's) is no interview, whatever it is called
		if !e.context {
			return false
		}
		fixed := (e.stated || e.confirmed || e.moved || e.proposed || e.sole) && len(e.cancel) == 0 && !(len(e.hold) > 0 && e.interview) || e.newSlot
		// "Dear Morgan" in Jordan's inbox: another candidate's interview,
		// nothing to thank anyone for
		return fixed && e.open() && len(e.offer) == 0 && !e.quiet && d.greetsSomeoneElse() == "" && !d.forwardedForOther(e)
	},
	InterviewInvitation: func(d *doc, e *evidence) bool {
		// an invitation to a take-home or a case exercise is not to an
		// interview; one that asks a job applicant for times arranges one
		// even when it says "talk" ("I'd like to talk: grab a time")
		arranging := e.context && e.invite && e.avail
		return (e.interview || arranging) && (e.avail || e.invite && !e.assess) && len(e.cancel) == 0 && e.open() && len(e.offer) == 0 && !e.quiet
	},
	ApplicationReceived: func(d *doc, e *evidence) bool {
		// an acknowledgement with a candidate-experience survey is still one
		// ... and one that describes the steps to come ("only applicants
		// selected for further assessment will be contacted") is one too;
		// an assessment to do now is not
		return e.ack && e.open() && len(e.offer) == 0 && (!e.quiet || e.onlySurvey) && !e.assigned
	},
	Other: func(d *doc, e *evidence) bool { return true },
}

// open reports whether nothing ends the application: no rejection, no
// withdrawal, no requisition paused with its interview cancelled.
func (e *evidence) open() bool { return len(e.rej) == 0 && !e.withdrawn && !e.pausedCancel() }

// pausedCancel reports an interview called off because the requisition is
// on hold.
func (e *evidence) pausedCancel() bool { return len(e.cancel) > 0 && len(e.hold) > 0 && !e.withdrawn }

// kinds lists every kind in a fixed order: the weights file and the
// training read it.
var kinds = []Kind{InterviewScheduled, InterviewInvitation, InterviewCancelled, Rejection, Offer, ApplicationReceived, Other}

func hasFrame(fr []frameHit, k frameKind) bool {
	for _, f := range fr {
		if f.kind == k {
			return true
		}
	}
	return false
}

// signals returns the index of every rule that fires.
func (d *doc) signals(e *evidence) []int {
	var on []int
	for i, r := range rules {
		if r.on(d, e) {
			on = append(on, i)
		}
	}
	return on
}

// allowed returns the kinds the gates let through, in the order of kinds.
func (d *doc) allowed(e *evidence) []Kind {
	var out []Kind
	for _, k := range kinds {
		if gates[k](d, e) {
			out = append(out, k)
		}
	}
	return out
}

// weigh decides among the kinds the gates allow by the learned weights, and
// records the rules that fired as reasons.
func (d *doc) weigh() (Kind, float64) {
	e := d.gather()
	on := d.signals(e)
	allowed := d.allowed(e)
	probs := weights.probs(on, allowed)
	best := 0
	for i := range allowed {
		if probs[i] > probs[best] {
			best = i
		}
	}
	k := allowed[best]
	switch {
	case k == Rejection:
		d.reason("rejection frame (" + frameNames[e.rej[0].kind] + "): " + e.rej[0].at.src)
	case k == Offer:
		d.reason(famNames[famOffer] + ": " + e.offer[0].src)
	}
	var names []string
	for _, i := range on {
		names = append(names, rules[i].name)
	}
	if len(names) == 0 {
		names = append(names, "no decisive signal")
	}
	d.reason("signals: " + strings.Join(names, ", "))
	if k == Other {
		d.nonJob = d.personalNote() || d.subject.has(famPractice) || d.newT.has(famPractice) || d.listUnsub && !e.ack ||
			!d.jobContext() && !d.titledSignature() && !d.fromPlatform() ||
			d.automated && d.role() == "" && d.reference() == "" && !d.fromPlatform()
	}
	// a learned probability is never certainty
	return k, math.Min(0.99, math.Round(probs[best]*100)/100)
}

// inThread reports whether the message answers an earlier one: a reply
// header or a reply subject. An agency that relays an interview writes in
// a thread the owner answered; its cold outreach starts one.
func (d *doc) inThread() bool { return len(d.m.InReplyTo) > 0 || isReplySubject(d.m.Subject) }

// personalNote reports whether the new text is a friend wishing luck for an
// interview rather than the employer writing.
func (d *doc) personalNote() bool {
	return d.newT.has(famPersonal) && !d.automated && !d.titledSignature() && d.role() == "" && d.reference() == "" &&
		!d.newT.has(famAck) && !d.confirmsSomething()
}

// forwardedForOther reports whether the interview's time stands only in a
// quoted or forwarded message sent to someone else ("To: Sam Whitaker"),
// and the new text confirms nothing of it: a friend asking about their own
// interview ("Could you sanity-check what a deep-dive means for them?").
func (d *doc) forwardedForOther(e *evidence) bool {
	if !e.timeOK || e.best.reg != regQuoted || len(d.confirmHits()) > 0 {
		return false
	}
	to := quotedTo(d.quoted.text, d.quoted.toks[e.best.tok].start)
	if len(to) == 0 {
		return false
	}
	for _, a := range to {
		if d.self[strings.ToLower(a)] {
			return false
		}
	}
	return true
}

// othersCandidacy reports whether the subject or the new text speaks of
// someone else's candidacy ([others_candidacy]): a referral, a panel the
// owner sits on.
func (d *doc) othersCandidacy() bool {
	return d.subject.hasLive(famOthersCand) || d.newT.hasLive(famOthersCand)
}

// ownerRefused reports whether the quoted message holds a rejection the
// owner wrote: the sender answers the owner's own "no", on the hiring side.
func (d *doc) ownerRefused() bool {
	q := d.quoted
	for _, f := range q.rejectFrames() {
		_, email := quotedAuthor(q.text, q.toks[q.wsTok[f.at.from]].start)
		if email != "" && d.self[strings.ToLower(email)] {
			return true
		}
	}
	return false
}
