package classify

import (
	"strings"

	"github.com/followupd/followupd/internal/mail/message"
)

// Glance is a cheap first look at m, for long scans of an inbox: it reads
// the headers, the subject and the new text only (not the quoted text, the
// calendar, nor what the rules weigh after the message's structure), and
// settles list and bulk mail that cannot matter to an application. When
// settled is true, r is what Classify returns for m, kind and confidence
// included; otherwise Classify must read it.
//
// It never settles a message that carries a calendar part (text/calendar
// or an .ics file), that answers or forwards another (a reply in a thread
// may be one of the owner's applications), that the owner sent, nor one
// whose new text or subject holds a word of a decision (a rejection, an
// offer, an acknowledgement, a confirmation). Whether the sender is an
// employer already known is the caller's to check: Glance has no store.
func Glance(m *message.Message, opt Options) (r Result, settled bool) {
	if !glanceable(m) {
		return Result{}, false
	}
	// the same preparation as Classify's, but for the quoted text
	glance := *m
	glance.Quoted = ""
	d := prepare(&glance, opt)
	defer d.release()
	return d.glance()
}

// Scan is Classify for long scans of an inbox: it takes Glance's first look
// and reads in full only what that does not settle, preparing a message
// once when it quotes nothing (the first look then reads what Classify
// reads). r is always what Classify returns for m; glanced reports that
// the first look settled it.
func Scan(m *message.Message, opt Options) (r Result, glanced bool) {
	if !glanceable(m) {
		return Classify(m, opt), false
	}
	if m.Quoted != "" {
		if r, ok := Glance(m, opt); ok {
			return r, true
		}
		return Classify(m, opt), false
	}
	d := prepare(m, opt)
	defer d.release()
	if r, ok := d.glance(); ok {
		return r, true
	}
	return d.classify(), false
}

// glanceable reports whether m may be settled by a first look at all: list
// mail, told by its headers before any text is read (the same headers
// prepare reads), with no calendar part, that answers or forwards nothing.
func glanceable(m *message.Message) bool {
	if len(m.Events) > 0 || len(m.InReplyTo) > 0 || len(m.References) > 0 || isForwardSubject(m.Subject) ||
		strings.TrimSpace(m.Text) == "" {
		return false
	}
	for _, a := range m.Attachments {
		if strings.EqualFold(a.ContentType, "text/calendar") || strings.HasSuffix(strings.ToLower(a.Filename), ".ics") {
			return false
		}
	}
	h := func(k string) string { return strings.ToLower(strings.TrimSpace(m.Get(k))) }
	prec := h("Precedence")
	return prec == "bulk" || prec == "list" || prec == "junk" || h("List-Id") != "" || h("List-Unsubscribe") != ""
}

// glance is Glance's look at a prepared message. It leaves d as it found
// it, so that Classify's rules may read d afterwards.
func (d *doc) glance() (r Result, settled bool) {
	if !d.bulk && !d.listUnsub {
		return Result{}, false
	}
	if len(d.newT.rejectFrames())+len(d.subject.rejectFrames()) > 0 || len(d.offerHits()) > 0 ||
		d.newT.hasLive(famAck) || len(d.confirmHits()) > 0 {
		return Result{}, false
	}
	reasons, nonJob := len(d.reasons), d.nonJob
	kind, conf, done := d.structural()
	if !done || !d.nonJob || kind != Other {
		d.reasons, d.nonJob = d.reasons[:reasons], nonJob
		return Result{}, false
	}
	// as Classify fills a Result for mail it finds no job in
	return Result{Kind: kind, Confidence: conf, Automated: d.automated, ReplyTo: d.replyTo(), Language: d.language(), Reasons: d.reasons}, true
}
