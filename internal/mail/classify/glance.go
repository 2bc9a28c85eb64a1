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
	if len(m.Events) > 0 || len(m.InReplyTo) > 0 || len(m.References) > 0 || isForwardSubject(m.Subject) ||
		strings.TrimSpace(m.Text) == "" {
		return Result{}, false
	}
	for _, a := range m.Attachments {
		if strings.EqualFold(a.ContentType, "text/calendar") || strings.HasSuffix(strings.ToLower(a.Filename), ".ics") {
			return Result{}, false
		}
	}
	// list mail only, told by its headers before any text is read (the
	// same headers prepare reads)
	h := func(k string) string { return strings.ToLower(strings.TrimSpace(m.Get(k))) }
	if prec := h("Precedence"); prec != "bulk" && prec != "list" && prec != "junk" && h("List-Id") == "" && h("List-Unsubscribe") == "" {
		return Result{}, false
	}
	// the same preparation as Classify's, but for the quoted text
	glance := *m
	glance.Quoted = ""
	d := prepare(&glance, opt)
	if !d.bulk && !d.listUnsub {
		return Result{}, false
	}
	if len(d.newT.rejectFrames())+len(d.subject.rejectFrames()) > 0 || len(d.offerHits()) > 0 ||
		len(d.newT.live(famAck)) > 0 || len(d.confirmHits()) > 0 {
		return Result{}, false
	}
	kind, conf, done := d.structural()
	if !done || !d.nonJob || kind != Other {
		return Result{}, false
	}
	// as Classify fills a Result for mail it finds no job in
	return Result{Kind: kind, Confidence: conf, Automated: d.automated, ReplyTo: d.replyTo(), Language: d.language(), Reasons: d.reasons}, true
}
