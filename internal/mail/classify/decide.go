package classify

import (
	"strings"
	"time"
)

// live returns the hits of a family in ti that do not sit in a conditional
// sentence ("if you are selected for an interview we will contact you", "if
// you do not hear from us, consider your application unsuccessful").
func (ti *textInfo) live(f family) []hit {
	var out []hit
	for _, h := range ti.hits {
		if h.fam != f || ti.conditional(h) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// hasLive reports whether ti holds a hit of the family outside a
// conditional sentence: len(ti.live(f)) > 0, without the list.
func (ti *textInfo) hasLive(f family) bool {
	for _, h := range ti.hits {
		if h.fam == f && !ti.conditional(h) {
			return true
		}
	}
	return false
}

// conditional reports whether hit h is in a sentence that holds a condition
// before it, or in the clause of a hypothetical concession: "you will hear
// from us, even if it is not a match" holds no decision, while the main
// clause after "even if ..., " stands.
func (ti *textInfo) conditional(h hit) bool {
	sent := ti.ws[h.from].sent
	for _, c := range ti.hits {
		if ti.ws[c.from].sent != sent || c.from >= h.from {
			continue
		}
		if c.fam == famCond || c.fam == famHypo && !ti.commaBetween(c.to-1, h.from) {
			return true
		}
	}
	return ti.conditionalList(ti.wsTok[h.from])
}

// conditionalList reports whether token k sits in a list item under a
// sentence that holds a condition and ends on a colon: "you'll hear one of
// two things from us:\n - an invitation ..., or\n - a note saying we won't
// be taking your application further" decides nothing in either item.
func (ti *textInfo) conditionalList(k int) bool {
	first := func(k int) int { // the first token of k's sentence
		for k > 0 && ti.toks[k-1].sent == ti.toks[k].sent {
			k--
		}
		return k
	}
	k = first(k)
	if !itemStart(ti.toks, k) {
		return false
	}
	for k > 0 {
		prev := first(k - 1)
		if ti.toks[k-1].s == ":" {
			sent := ti.toks[prev].sent
			for _, c := range ti.hits {
				if c.fam == famCond && ti.ws[c.from].sent == sent {
					return true
				}
			}
			return false
		}
		if !itemStart(ti.toks, prev) {
			return false
		}
		k = prev
	}
	return false
}

// itemStart reports whether token k opens a list item: a mark or a short
// number ("1." "2)") at the start of a line.
func itemStart(toks []token, k int) bool {
	t := toks[k]
	if !t.nl && k > 0 {
		return false
	}
	if listMark(t) {
		return true
	}
	return t.kind == tokNum && len(t.s) <= 2 && k+1 < len(toks) && (toks[k+1].s == "." || toks[k+1].s == ")")
}

// commaBetween reports whether a comma stands between words a and b (a <= b).
func (ti *textInfo) commaBetween(a, b int) bool {
	for k := ti.wsTok[a] + 1; k < ti.wsTok[b]; k++ {
		if ti.toks[k].s == "," {
			return true
		}
	}
	return false
}

// plainTime reports whether time c of the new text is said plainly: a
// date that is not only relative (or has its zone), in a sentence with no
// condition, no question, no social plan and no deadline, after the
// message was sent.
func (d *doc) plainTime(c candidate) bool {
	ti := d.newT
	// "Date & Time of Submission: 15-09-2026 18:11": a time before the
	// message was sent is none to come
	// "Thursday the 15th" names its day by weekday and number: no month is
	// needed to know which
	named := c.date.hasWD && c.date.d > 0 && c.start.Weekday() == c.date.wd
	if c.reg != regNew || c.date.rel && !c.zoneSaid && !named || !c.start.After(d.ref) {
		return false
	}
	sent := ti.toks[c.tok].sent
	// a plan for coffee is no interview's; a test's deadline is none either
	if sentHas(ti, sent, famCond) || socialSentence(ti, sent) || sent > 0 && socialSentence(ti, sent-1) || lineHas(ti, c.line, famDeadline) || sentHas(ti, sent, famDeadline) {
		return false
	}
	for k := c.rangeEnd; k < len(ti.toks) && ti.toks[k].sent == sent; k++ {
		if ti.toks[k].s == "?" {
			return false
		}
	}
	return true
}

// availOnlyIn reports whether every request for availability in the new
// text stands in a sentence with a phrase of family f: "if that time's bad,
// tell me when suits you" asks nothing of its own.
func (d *doc) availOnlyIn(f family) bool {
	for _, h := range d.availHits() {
		if !sentHas(d.newT, d.newT.ws[h.from].sent, f) {
			return false
		}
	}
	return true
}

// sentHas reports whether a hit of family f shares a sentence with h.
func (ti *textInfo) sentHas(h hit, f family) bool {
	return sentHas(ti, ti.ws[h.from].sent, f)
}

// interviewish reports whether the calendar event or new text is about a job
// interview rather than a practice session, an event or a personal meeting.
func (d *doc) interviewish() bool {
	if d.subject.has(famPractice) || d.cal.has(famPractice) || d.newT.has(famPractice) {
		return false
	}
	if d.subject.has(famInterview) || d.cal.has(famInterview) || d.newT.has(famInterview) {
		return true
	}
	// "Lakeline - Jordan Lee / Backend Developer": an event named after the
	// candidate and a job title is an interview even without the word
	if d.ev != nil && d.summaryNamesCandidate() && roleSegment(d.cal) != "" {
		return true
	}
	// "let's do coffee Wednesday ... for the Founding Engineer role": a
	// meeting about a named job
	return (d.subject.has(famCall) || d.cal.has(famCall) || d.newT.has(famCall) && d.role() != "") && d.jobContext()
}

// summaryNamesCandidate reports whether the calendar event's title holds the
// owner's name.
func (d *doc) summaryNamesCandidate() bool {
	f := fold(d.ev.Summary)
	for n := range d.selfNames() {
		if strings.Contains(n, " ") && strings.Contains(f, n) {
			return true
		}
	}
	return false
}

// jobContext reports whether the message is about an application: a role, a
// reference, or interview and application words anywhere in the thread.
func (d *doc) jobContext() bool {
	for _, ti := range []*textInfo{d.subject, d.newT, d.quoted, d.cal} {
		if ti.has(famInterview) || ti.has(famAck) {
			return true
		}
	}
	return d.role() != "" || d.reference() != ""
}

// decide returns the kind and a confidence, recording the reasons: the
// structural rules first, then the rule table and its learned weights.
func (d *doc) decide() (Kind, float64) {
	if k, conf, done := d.structural(); done {
		return k, conf
	}
	return d.weigh()
}

// structural decides what the message's structure settles before its words
// are weighed: the owner's own mail, automatic replies, calendar methods,
// bulk mail and newsletters.
func (d *doc) structural() (Kind, float64, bool) {
	if d.self[strings.ToLower(d.from.Email)] && d.from.Email != "" {
		d.nonJob = true
		d.reason("sent by the owner")
		return Other, 0.9, true
	}
	// an automatic reply is an out-of-office, unless it acknowledges an
	// application sent by mail ("we have received your application"), in
	// its text or its subject ("Merci pour votre candidature")
	if d.autoReply && (d.newT.has(famOOO) || d.subject.has(famOOO) || !d.newT.hasLive(famAck) && !d.subject.hasLive(famAck)) {
		d.reason("automatic reply (Auto-Submitted/X-Autoreply or subject)")
		return Other, 0.95, true
	}
	if d.subject.has(famOOO) && !d.newT.has(famConfirm) {
		d.reason("out-of-office subject")
		return Other, 0.9, true
	}
	if e := d.ev; e != nil {
		cancelled := e.Method == "CANCEL" || strings.EqualFold(e.Status, "CANCELLED")
		switch {
		case cancelled && d.aboutCandidate(d.rejections()):
			// "I'm cancelling Thursday because we've decided not to move
			// forward": the decision ends the application. A role closed
			// or frozen is no verdict on the candidate: the interview is
			// cancelled
			d.reason("calendar CANCEL with a rejection")
			return Rejection, 0.9, true
		case cancelled && d.interviewish() && !d.foreignContext():
			// a podcast's "guest interview" called off is no job's
			d.reason("calendar CANCEL for an interview")
			return InterviewCancelled, 0.95, true
		case cancelled:
			d.reason("calendar CANCEL, not an interview")
			return Other, 0.7, true
		case d.interviewish() && len(d.rejections()) == 0 && !d.foreignContext() && !d.othersCandidacy():
			d.reason("calendar " + orDefault(e.Method, "event") + " for an interview")
			return InterviewScheduled, 0.95, true
		case !d.interviewish() || d.foreignContext() || d.othersCandidacy():
			// a club's, a school's or a podcast's "interview" is none
			d.nonJob = true
			if d.subject.has(famPractice) || d.cal.has(famPractice) || d.newT.has(famPractice) {
				d.reason("calendar invitation for practice, coaching or an event")
			} else {
				d.reason("calendar invitation that is not an interview")
			}
			return Other, 0.85, true
		}
	}
	newT := d.newT
	// bulk and list mail is a newsletter or an alert, unless it decides about
	// this candidate's application (some hiring systems mark every
	// notification as bulk)
	personal := d.addressesApplication()
	if d.bulk && !personal {
		d.nonJob = true
		d.reason("bulk or list mail (Precedence/List-Id)")
		return Other, 0.9, true
	}
	// newsletters and job alerts: list headers with alert wording, or plenty of it
	if bulkHits := countFam(newT, famBulk); (d.listUnsub && bulkHits >= 2 || bulkHits >= 3) && !personal {
		d.nonJob = true
		d.reason("newsletter or job alert wording")
		return Other, 0.8, true
	}
	return "", 0, false
}

// fromPlatform reports whether the sender's address is a hiring platform's.
func (d *doc) fromPlatform() bool {
	at := strings.LastIndexByte(d.from.Email, '@')
	return at >= 0 && platformDomain(d.from.Email[at+1:])
}

// titledSignature reports whether the new text is signed with a job title or
// a department ("Recruitment Coordinator, Harbourline Bank"): an employer's
// mail, not a friend's.
func (d *doc) titledSignature() bool { return signedWithTitle(d.newT.text) }

// signedWithTitle reports whether one of a text's last lines holds a job
// title or a department.
func signedWithTitle(text string) bool {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-6; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" && len(l) < 90 && lineHasTitle(l) {
			return true
		}
	}
	return false
}

// confirmsFutureInterview reports whether the new text confirms an interview
// at a time after the message was sent.
func (d *doc) confirmsFutureInterview() bool {
	if !(d.newT.has(famInterview) || d.subject.has(famInterview) || d.newT.has(famCall) && d.jobContext()) {
		return false
	}
	best, ok := d.bestTime()
	return ok && best.reg == regNew && best.start.After(d.ref) && d.confirmsTime(best)
}

// cancelHits returns cancellation phrases that speak of an interview, a call
// or a meeting in the same sentence (or an interview subject).
func (d *doc) cancelHits() []hit {
	out := d.textCancelHits()
	if d.subject.has(famCancel) && d.subject.has(famInterview) {
		out = append(out, *d.subject.first(famCancel))
	}
	return out
}

// textCancelHits returns the cancellations of cancelHits that the new text
// states.
func (d *doc) textCancelHits() []hit {
	var out []hit
	// "Canceled: Jordan Lee and Ben Carter" over "... has canceled the
	// following event: 30 Minute Screening"
	subj := d.subject.has(famInterview) || d.subject.has(famCall) || d.subject.has(famCancel) && d.newT.has(famInterview)
	for _, h := range d.newT.live(famCancel) {
		if d.newT.linkLabel(h) {
			continue // "Cancel or reschedule: https://..." in a booking confirmation
		}
		// "need to cancel our 1pm today for the Analyst role": a meeting at
		// a time, in a job application's context
		// ... or "... l'entretien prévu ce vendredi. Je suis au regret de
		// devoir l'annuler": the interview named in one of the two
		// sentences before
		sent := d.newT.ws[h.from].sent
		if subj || d.newT.sentHas(h, famInterview) || d.newT.sentHas(h, famCall) || d.newT.aboutTime(h) && d.applicationContext() ||
			sent >= 1 && sentHas(d.newT, sent-1, famInterview) || sent >= 2 && sentHas(d.newT, sent-2, famInterview) {
			out = append(out, h)
		}
	}
	// "tomorrow's interview won't be going ahead": a meeting that will not
	// go on is called off
	for _, h := range d.newT.live(famProgress) {
		if d.newT.negated(h) && d.newT.meetingSubject(h) {
			out = append(out, h)
		}
	}
	return out
}

// offerHits returns offer phrases not negated in their sentence: "we won't
// be extending an offer" is none.
func (d *doc) offerHits() []hit {
	var out []hit
	for _, ti := range []*textInfo{d.newT, d.subject} {
		for _, h := range ti.live(famOffer) {
			if ti.sentHas(h, famOfferNeg) || ti.negated(h) {
				continue
			}
			out = append(out, h)
		}
	}
	return out
}

// aboutCandidate reports whether one of the frames is a decision about the
// candidate (a refusal, a negated progression, another candidate chosen)
// rather than about the position (filled, closed, frozen).
func (d *doc) aboutCandidate(fr []frameHit) bool {
	for _, f := range fr {
		if f.kind != frameFilled {
			return true
		}
	}
	return false
}

// sentHas reports whether sentence sent of ti holds a phrase of family f.
func sentHas(ti *textInfo, sent int, f family) bool {
	for _, h := range ti.hits {
		if h.fam == f && ti.ws[h.from].sent == sent {
			return true
		}
	}
	return false
}

// lineHas reports whether line line of ti holds a phrase of family f.
func lineHas(ti *textInfo, line int, f family) bool {
	for _, h := range ti.hits {
		if h.fam == f && ti.ws[h.from].line == line {
			return true
		}
	}
	return false
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// isReplySubject reports whether a subject carries a reply prefix.
func isReplySubject(s string) bool {
	return foldedHasPrefixAny(strings.TrimSpace(s), []string{"re:", "re :", "aw:", "sv:", "rv:", "ref:"})
}

// confirmsTime reports whether the new text confirms this very time: a
// confirmation in the sentence that states it, or, for a time from the quoted
// thread, a reply naming its weekday ("Friday works").
func (d *doc) confirmsTime(c candidate) bool {
	ti := d.newT
	if wd := c.start.Weekday(); wd == 0 || wd == 6 {
		return false // interviews fall on weekdays; a Saturday plan is personal
	}
	if c.reg == regNew {
		sent := ti.toks[c.tok].sent
		for _, h := range ti.live(famConfirm) {
			if ti.ws[h.from].sent == sent && !socialSentence(ti, sent) {
				return true
			}
		}
		return false
	}
	if c.reg != regQuoted {
		return false
	}
	// a short reply ("Perfect, see you then!") confirms the time under discussion
	if len(strings.TrimSpace(ti.text)) < 300 && !ti.hasLive(famAvail) && len(d.confirmHits()) > 0 {
		return true
	}
	for i := range ti.toks {
		t := &ti.toks[i]
		if wd, ok := weekdayWords[t.s]; ok && wd == c.start.Weekday() {
			for _, h := range ti.live(famConfirm) {
				if ti.ws[h.from].sent == t.sent {
					return true
				}
			}
			_ = i
		}
	}
	return false
}

func socialSentence(ti *textInfo, sent int) bool {
	return sentWord(ti, sent, socialWords)
}

// sentWord reports whether sentence sent of ti holds a word of words.
func sentWord(ti *textInfo, sent int, words map[string]bool) bool {
	for _, w := range ti.ws {
		if w.sent == sent && words[w.s] {
			return true
		}
	}
	return false
}

// countFam counts the hits of a family.
func countFam(ti *textInfo, f family) int {
	n := 0
	for _, h := range ti.hits {
		if h.fam == f {
			n++
		}
	}
	return n
}

// linkLabel reports whether hit h labels a link or a button ("Cancel:",
// "Cancel or reschedule", "cancel/reschedule") rather than saying something.
func (ti *textInfo) linkLabel(h hit) bool {
	from, to := ti.hitTok(h)
	if to < len(ti.toks) {
		switch ti.toks[to].s {
		case "/", "or", "|", ")":
			return true
		case ":":
			// a label opens its line ("Cancel or reschedule: https://...");
			// "Je suis au regret de devoir l'annuler :" ends a sentence
			if from == 0 || ti.toks[from].nl || to+1 < len(ti.toks) && ti.toks[to+1].line == ti.toks[to].line && (ti.toks[to+1].s == "http" || ti.toks[to+1].s == "https") {
				return true
			}
		}
	}
	sent := ti.ws[h.from].sent
	for i := ti.wsTok[h.from]; i < len(ti.toks) && ti.toks[i].sent == sent; i++ {
		if ti.toks[i].s == "http" || ti.toks[i].s == "https" {
			return true
		}
	}
	return false
}

// confirmHits returns confirmation phrases that state a fact, not a request:
// "please confirm your availability" or "confirm which slot" ask instead.
func (d *doc) confirmHits() []hit {
	if !d.confirmDone {
		d.confirmCache, d.confirmDone = d.findConfirmHits(), true
	}
	return d.confirmCache
}

func (d *doc) findConfirmHits() []hit {
	ti := d.newT
	var out []hit
	for _, h := range ti.live(famConfirm) {
		sent := ti.ws[h.from].sent
		if questionSent(ti, sent) {
			continue // "Could we confirm Friday instead?" asks
		}
		// "This confirms that we received your application" confirms the
		// receipt; "I'll send you a confirmation" confirms nothing yet
		if sentHas(ti, sent, famAck) || ti.overlaps(h, famConfirmLater) {
			continue
		}
		// "Please (also) confirm ...", "confirm which slot", "confirm your
		// availability" ask ([confirm_ask])
		if ti.overlaps(h, famConfirmAsk) {
			continue
		}
		out = append(out, h)
	}
	// "we've moved your interview to Friday at 2pm" states the time too;
	// "Could we move your interview to Friday at 11am instead?" asks
	for _, h := range ti.live(famNewTime) {
		if !questionSent(ti, ti.ws[h.from].sent) {
			out = append(out, h)
		}
	}
	return out
}

// questionSent reports whether sentence sent of ti ends in a question mark.
func questionSent(ti *textInfo, sent int) bool {
	for ix := range ti.toks {
		t := &ti.toks[ix]
		if t.sent == sent && t.s == "?" {
			return true
		}
		if t.sent > sent {
			break
		}
	}
	return false
}

// availHits returns the requests for availability in the new text. "Kindly
// confirm your availability" after one stated time asks for a yes, not for
// times: it counts only when the text also offers several slots.
func (d *doc) availHits() []hit {
	ti := d.newT
	var out []hit
	slots := -1
	for _, h := range ti.live(famAvail) {
		// "confirm that this slot suits you", "vous prie de me confirmer que
		// ce nouveau créneau vous convient": a confirmation asked of the
		// time set, no request for times
		if h.from > 0 && confirmWord(ti.ws[h.from-1].s) || h.from > 1 && confirmWord(ti.ws[h.from-2].s) || confirmAskBefore(ti, h) {
			if slots < 0 {
				slots = 0
				if d.slotList() {
					slots = 1
				}
			}
			if slots == 0 {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// confirmAskBefore reports whether a confirmation asked of the reader
// ([confirm_ask]) opens the sentence of hit h before it.
func confirmAskBefore(ti *textInfo, h hit) bool {
	sent := ti.ws[h.from].sent
	for _, c := range ti.hits {
		if c.fam == famConfirmAsk && c.to <= h.from && ti.ws[c.from].sent == sent {
			return true
		}
	}
	return false
}

// confirmWord reports whether a folded word is a form of "confirm".
func confirmWord(w string) bool {
	for _, p := range []string{"confirm", "bestatig", "bevestig", "conferm", "confirmar"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// slotList reports whether the new text offers several different times to
// choose from, as an invitation does.
//
// Times that make one sitting are no choice: a session that starts when the
// one before ends or within it ("14:00-14:45 ... 14:45-15:30"), an end said
// apart ("till about 4:30"), or the end of a range read apart on the same
// line ("dalle ore 10:30 alle ore 12:00") with no "or" between them.
func (d *doc) slotList() bool {
	if !d.slotsDone {
		d.slotsV, d.slotsDone = d.findSlotList(), true
	}
	return d.slotsV
}

func (d *doc) findSlotList() bool {
	// the Date header's own offset: time.Parse may have given it the
	// machine's zone, whose daylight saving would move unzoned times
	_, off := d.ref.Zone()
	wc := &whenCtx{ref: d.ref.In(time.FixedZone("", off))}
	cs := candidates(d.newT, wc, globalZone(d.newT))
	var slots []candidate
	for _, c := range cs {
		// a clock in the small hours ("reserve about 1h15") offers no slot
		if c.score <= 0 || c.agenda || c.start.Hour() < 6 || d.newT.converted(c) || d.newT.noSlotAt(c.tok) {
			continue
		}
		joined := false
		for _, s := range slots {
			if c.start.Equal(s.start) || d.sameSitting(s, c) {
				joined = true
				break
			}
		}
		if !joined {
			slots = append(slots, c)
		}
	}
	return len(slots) >= 2
}

// noSlotAt reports whether the time at token tok is none a candidate could
// take: the old time of a move ("Was:", "moved from Monday at 10 to ..."),
// one an old-time marker names, a deadline's ("slides by 5pm on Friday"),
// or one called off in its sentence ("unseren Termin am Dienstag um 10:00
// absagen").
func (ti *textInfo) noSlotAt(tok int) bool {
	if ti.movedAway(tok) || oldLabelAbove(ti.toks, tok) || oldLabelLead(ti.toks, tok) || ti.oldMarked(tok) || ti.deadlineBefore(tok) {
		return true
	}
	sent := ti.toks[tok].sent
	return sentHas(ti, sent, famCancel) && !sentHas(ti, sent, famNewTime)
}

// sameSitting reports whether time b continues the sitting that starts at
// time a (see slotList).
func (d *doc) sameSitting(a, b candidate) bool {
	if b.start.Before(a.start) || !sameDay(a.start, b.start) {
		return false
	}
	if a.hasEnd {
		return !b.start.After(a.end)
	}
	if b.start.Sub(a.start) > 4*time.Hour {
		return false
	}
	// "Block out till about 4:30": an end said apart
	for k := b.tok - 1; k >= 0 && k >= b.tok-3; k-- {
		if untilWords[d.newT.toks[k].s] {
			return true
		}
	}
	if b.line != a.line {
		return false
	}
	for k := a.tok; k < b.tok && k < len(d.newT.toks); k++ {
		if orWords[d.newT.toks[k].s] {
			return false
		}
	}
	return true
}

// otherTimeIn reports whether sentence sent of the new text states a time
// other than c ("the interview on Tuesday at 10am or Wednesday at 2pm").
func (d *doc) otherTimeIn(c candidate, sent int) bool {
	wc := &whenCtx{ref: d.ref, sender: d.senderZone}
	for _, o := range candidates(d.newT, wc, globalZone(d.newT)) {
		if o.score > 0 && !o.agenda && d.newT.toks[o.tok].sent == sent && !o.start.Equal(c.start) {
			return true
		}
	}
	return false
}

// addressesApplication reports whether the new text decides about,
// acknowledges or confirms an interview of this reader's application: a
// rejection, offer, acknowledgement or interview confirmation (or fixed
// time) together with a role, a reference or a hiring platform's sender.
func (d *doc) addressesApplication() bool {
	interview := (d.newT.has(famInterview) || d.subject.has(famInterview)) && (len(d.confirmHits()) > 0 || d.statesFixedTime())
	// an invitation that asks this candidate for times ("we'd like to move
	// you forward ... send us your availability")
	invited := d.newT.hasLive(famInvite) && len(d.availHits()) > 0
	if len(d.rejections()) == 0 && len(d.offerHits()) == 0 && !d.newT.hasLive(famAck) && !d.subject.hasLive(famAck) && !interview && !invited {
		return false
	}
	return d.role() != "" || d.reference() != "" || d.fromPlatform()
}

// statesFixedTime reports whether the new text states the interview's time
// as fixed ("Interview Details ... Date: 20-Apr-2026, Time: 16:00 IST").
func (d *doc) statesFixedTime() bool {
	best, ok := d.bestTime()
	return ok && d.statesInterviewTime(best)
}

// confirmsSomething reports whether a confirmation in the new text is about
// something other than a social plan ("I booked the table for 7:30").
func (d *doc) confirmsSomething() bool {
	for _, h := range d.confirmHits() {
		if !socialSentence(d.newT, d.newT.ws[h.from].sent) {
			return true
		}
	}
	return false
}

// statesInterviewTime reports whether the new text states one interview time
// as a fact without confirmation words: "You are invited to an interview on
// Tuesday, June 9 at 10:00", or "Date: ... / Time: ..." lines. A question, a
// request for availability or a list of slots is not a fixed time.
func (d *doc) statesInterviewTime(c candidate) bool {
	ti := d.newT
	if c.reg != regNew || c.date.rel && !c.zoneSaid || !d.ref.IsZero() && !c.start.After(d.ref) {
		return false
	}
	sent := ti.toks[c.tok].sent
	inSent := func(f family) bool { return sentHas(ti, sent, f) }
	if inSent(famCond) || len(d.availHits()) > 0 {
		return false
	}
	for k := c.rangeEnd; k < len(ti.toks) && ti.toks[k].sent == sent; k++ {
		if ti.toks[k].s == "?" {
			return false
		}
	}
	// an agenda of timed sessions in a message about an interview is its
	// schedule: "11:00 AM - 11:45 AM  Esperanza Villalobos, Director"
	if c.agenda && (ti.has(famInterview) || d.subject.has(famInterview)) {
		return true
	}
	// several times offered to choose from are no fixed time, unless the
	// interview's own sentence states one ("Your interview is on Wednesday
	// at 14:00"; a tech check at 13:50 elsewhere is no alternative)
	if d.slotList() && (!inSent(famInterview) || d.otherTimeIn(c, sent)) {
		return false
	}
	if inSent(famInterview) {
		return true
	}
	// a date line of its own right after the sentence about the interview:
	// "... want you in for the final panel.\nFriday May 1st, 10:00 AM Eastern"
	if first := lineFirst(ti, c.tok); dateLine(ti, c) && first > 0 {
		prev := ti.toks[first-1]
		for _, h := range ti.hits {
			// an invitation announces it with a colon: "We'd love to meet
			// you at our office:\nThursday 3 December, 10:00-11:00 EAT"
			about := h.fam == famInterview || h.fam == famPanel || h.fam == famInvite && prev.s == ":"
			if about && ti.ws[h.from].sent == prev.sent && prev.line >= ti.toks[c.tok].line-2 {
				return true
			}
		}
	}
	// a labelled line: "Time: 9:00 AM", "Hora: 10:30", "Uhrzeit | 14:00"
	line := ti.toks[c.tok].line
	k := c.tok
	for k > 0 && ti.toks[k-1].line == line {
		k--
	}
	if timeLabel(ti.toks[k].s) {
		return true
	}
	// or a line under a short heading of its own: "■ Date and time"
	if k == 0 || ti.toks[k-1].line != line-1 {
		return false
	}
	h := k - 1
	for h > 0 && ti.toks[h-1].line == line-1 {
		h--
	}
	if k-h > 5 {
		return false
	}
	for j := h; j < k; j++ {
		if ti.toks[j].kind == tokWord {
			return timeLabel(ti.toks[j].s)
		}
	}
	return false
}

// dateLine reports whether the candidate's line opens with its date or its
// time: "Friday May 1st, 10:00 AM Eastern".
func dateLine(ti *textInfo, c candidate) bool {
	line := ti.toks[c.tok].line
	k := lineFirst(ti, c.tok)
	return k == c.tok || c.date.line == line && c.date.from >= k && c.date.from-k <= 2
}

// lineFirst returns the first token of token k's line.
func lineFirst(ti *textInfo, k int) int {
	line := ti.toks[k].line
	for k > 0 && ti.toks[k-1].line == line {
		k--
	}
	return k
}

// timeLabel reports whether a folded word labels a date or time: "Time:",
// "Fecha:", "Uhrzeit".
func timeLabel(w string) bool { return timeLabels[w] }

// overlaps reports whether hit h shares a word with a phrase of family f.
func (ti *textInfo) overlaps(h hit, f family) bool {
	for _, o := range ti.hits {
		if o.fam == f && o.from < h.to && h.from < o.to {
			return true
		}
	}
	return false
}
