package engine

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/classify"
	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/mail/message"
	"github.com/followupd/followupd/internal/mail/reply"
	"github.com/followupd/followupd/internal/schedule"
	"github.com/followupd/followupd/internal/store"
)

// approvalPrefix starts the Message-ID of every approval request (see
// reply.MessageID); a reply referencing such an id is read as an answer.
const approvalPrefix = "fu."

// queueOwnerMail queues a message to the owner.
func (e *Engine) queueOwnerMail(tx *store.Tx, fid int64, purpose, msgID, subject, body string, now time.Time) error {
	return tx.QueueOwnerMail(&store.OwnerMail{FollowupID: fid, Purpose: purpose, MessageID: msgID, Subject: subject, Body: body}, now)
}

// queueNotice tells the owner something that needs no answer. A notice
// about a follow-up is threaded under its newest approval request, like a
// confirmation: the owner who answers the notice ("Not understood", "Did
// it go out?" answered "yes") with "cancel" or "send" is obeyed, since the
// answer carries the request's token; it is never dropped as plain mail.
func (e *Engine) queueNotice(tx *store.Tx, fid int64, subject, text string, now time.Time) error {
	s, b := e.notice(subject, text)
	req := ""
	if fid != 0 {
		var err error
		if req, err = tx.LatestApprovalRequest(fid); err != nil {
			return err
		}
	}
	return tx.QueueOwnerMail(&store.OwnerMail{FollowupID: fid, Purpose: "notice", MessageID: e.newMessageID("notice"), InReplyTo: req, Subject: s, Body: b}, now)
}

// notice renders a notice to the owner. When the notice template fails,
// the notice goes out as plain text all the same: what it says (often
// that something failed) must never be lost to a template problem, nor
// block the decision it belongs to.
func (e *Engine) notice(subject, text string) (string, string) {
	s, b, err := e.templates().Notice(e.owner(), subject, text)
	if err == nil {
		return s, b
	}
	e.Logger.Error("notice template failed: sending the notice as plain text", "err", err)
	return plainNotice(subject, text, err)
}

func plainNotice(subject, text string, err error) (string, string) {
	return "[followupd] " + strings.Join(strings.Fields(subject), " "),
		strings.TrimSpace(text) + "\n\n-- \nfollowupd (this message is plain text because a template failed: " + truncate(err.Error(), 300) + ")\n"
}

// queueConfirmation confirms a decision about a follow-up. A draft or a
// confirmation template that cannot be rendered does not stop it: the
// confirmation then shows the stored letter, or is sent as plain text, so
// that the decision it confirms (a letter just sent) is always recorded.
func (e *Engine) queueConfirmation(tx *store.Tx, f *followup.Followup, what string, now time.Time) error {
	d, err := e.draft(tx, f)
	if isRenderError(err) {
		d, err = storedDraft(f), nil
	}
	if err != nil {
		return err
	}
	s, b, err := e.templates().Confirmation(e.owner(), what, d)
	if err != nil {
		e.Logger.Error("confirmation template failed: sending the confirmation as plain text", "followup", f.ID, "err", err)
		s, b = plainNotice(what+": "+f.Subject, what+": the "+string(f.Kind)+" to "+recipientText(f)+", subject \""+oneLine(f.Subject)+"\".", err)
	}
	// Threaded under the approval request, so that an answer to the
	// confirmation ("cancel") carries the request's token too.
	req, err := tx.LatestApprovalRequest(f.ID)
	if err != nil {
		return err
	}
	return tx.QueueOwnerMail(&store.OwnerMail{FollowupID: f.ID, Purpose: "confirmation", MessageID: e.newMessageID("confirm"), InReplyTo: req, Subject: s, Body: b}, now)
}

// renderError is a draft or a message to the owner that the templates
// could not render: retrying at once cannot help, only a fixed template.
type renderError struct{ err error }

func (r *renderError) Error() string { return r.err.Error() }
func (r *renderError) Unwrap() error { return r.err }

// rendering marks err (if any) as a rendering failure.
func rendering(err error) error {
	if err == nil {
		return nil
	}
	return &renderError{err}
}

func isRenderError(err error) bool {
	var r *renderError
	return errors.As(err, &r)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// storedDraft is a follow-up's letter as stored, when it cannot be
// rendered: its recipient, text and thread (as compose.Feedback threads a
// reply: In-Reply-To the message answered, References its References then
// its Message-ID).
func storedDraft(f *followup.Followup) compose.Draft {
	d := compose.Draft{Subject: f.Subject, Body: f.Body}
	if f.Recipient.Email != "" {
		d.To = []compose.Person{f.Recipient}
	}
	bare := func(id string) string {
		return strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(id), "<"), ">"))
	}
	if id := bare(f.InReplyTo); id != "" {
		d.InReplyTo = id
		for _, ref := range f.References {
			for _, r := range strings.Fields(ref) {
				if b := bare(r); b != "" && b != id && !slices.Contains(d.References, b) {
					d.References = append(d.References, b)
				}
			}
		}
		d.References = append(d.References, id)
	}
	return d
}

// draft renders a follow-up's letter as it would be sent now. A template
// failure is a renderError.
func (e *Engine) draft(tx *store.Tx, f *followup.Followup) (compose.Draft, error) {
	to := []compose.Person{}
	if f.Recipient.Email != "" {
		to = append(to, f.Recipient)
	}
	if f.Edited {
		return compose.Draft{To: to, Subject: f.Subject, Body: f.Body, InReplyTo: f.InReplyTo, References: f.References, Lang: f.Language}, nil
	}
	app, err := tx.Application(f.ApplicationID)
	if err != nil {
		return compose.Draft{}, err
	}
	switch f.Kind {
	case followup.Feedback:
		interviewed, err := tx.Interviewed(app.ID, f.EventAt)
		if err != nil {
			return compose.Draft{}, err
		}
		d, err := e.templates().Feedback(e.owner(), compose.Rejection{Company: app.Company, Role: app.Role, Reference: app.Reference,
			Contact: f.Recipient, Subject: f.Subject, MessageID: f.InReplyTo, References: f.References, Notes: f.Notes,
			Interviewed: interviewed, Lang: f.Language})
		return d, rendering(err)
	case followup.StatusCheck:
		loc, _, _ := e.zoneAndCountry(f.Zone)
		d, err := e.templates().StatusCheck(e.owner(), compose.StatusCheck{Company: app.Company, Role: app.Role, Reference: app.Reference,
			Contact: f.Recipient, Subject: f.Subject, MessageID: f.InReplyTo, References: f.References, Wrote: f.EventAt.In(loc),
			Stated: app.StatedBy, Notes: f.Notes, Lang: f.Language})
		return d, rendering(err)
	}
	iv, err := tx.Interview(f.InterviewID)
	if err != nil {
		return compose.Draft{}, err
	}
	loc, _, _ := e.zoneAndCountry(iv.Zone)
	civ := compose.Interview{Company: app.Company, Role: app.Role, Reference: app.Reference, Start: iv.Start.In(loc), End: iv.End.In(loc), Zone: loc,
		Arranger: iv.Arranger, Notes: f.Notes, Interviewers: slices.Clone(iv.People), Lang: f.Language}
	person, personal := e.personOf(iv, f)
	if !personal {
		// The group letter: no interviewer address is known, or too many
		// for a letter each. A big panel is not named one by one: the
		// arranger is asked to pass the thanks on to everyone.
		var named []compose.Person
		for _, p := range civ.Interviewers {
			if !e.bigPanel(iv) {
				named = append(named, compose.Person{Name: p.Name})
			}
		}
		civ.Interviewers, civ.Arranger = named, f.Recipient
	} else {
		// One letter per interviewer: the letter's person is written to at
		// the letter's address (none yet, or the one the owner gave), and
		// a no-reply address is nobody's.
		for i, p := range civ.Interviewers {
			if classify.IsNoReply(p.Email) {
				p.Email = ""
			}
			if (person.Email != "" && strings.EqualFold(p.Email, person.Email)) || (person.Email == "" && p.Email == "" && message.SameName(p.Name, person.Name)) {
				p.Email = f.Recipient.Email
			}
			civ.Interviewers[i] = p
		}
	}
	drafts, err := e.templates().ThankYous(e.owner(), civ)
	if err != nil {
		return compose.Draft{}, rendering(err)
	}
	for _, d := range drafts {
		switch {
		case !personal:
			if len(d.To) == 0 && f.Recipient.Email != "" {
				d.To = to
			}
			return d, nil
		case f.Recipient.Email != "" && len(d.To) > 0 && strings.EqualFold(d.To[0].Email, f.Recipient.Email),
			f.Recipient.Email == "" && len(d.To) == 0 && message.SameName(d.For.Name, person.Name):
			return d, nil
		}
	}
	who := f.Recipient.Email
	if who == "" {
		who = person.Name
	}
	return compose.Draft{}, rendering(fmt.Errorf("the thank-you templates wrote no letter for %s", who))
}

func hasInterviewer(iv followup.Interview, email string) bool {
	for _, p := range iv.People {
		if strings.EqualFold(p.Email, email) {
			return true
		}
	}
	return false
}

// plan says when a follow-up would leave if approved at approved (zero:
// not yet approved).
func (e *Engine) plan(f *followup.Followup, approved time.Time) (schedule.Slot, *time.Location, error) {
	loc, _, _ := e.zoneAndCountry(f.Zone)
	kind, event := schedule.ThankYou, f.EventAt
	switch f.Kind {
	case followup.Feedback:
		kind = schedule.Feedback
	case followup.StatusCheck:
		kind, event = schedule.StatusCheck, f.RequestAt // planned from when it became due
	}
	slot, err := schedule.Plan(schedule.Request{Kind: kind, Event: event, Zone: loc, Country: f.Country, Approved: approved}, e.Config().Policy())
	return slot, loc, err
}

// queueApproval sends the owner the approval request for the follow-up's
// current version, showing the letter d and when it would leave (f's
// DueAt, planned as if approved now). A template failure is a renderError,
// returned before anything is written.
func (e *Engine) queueApproval(tx *store.Tx, f *followup.Followup, d compose.Draft, ask followup.AskOwner, now time.Time) error {
	loc, _, _ := e.zoneAndCountry(f.Zone)
	mode := "reply"
	if ask.Auto {
		mode = "auto"
	}
	auto := e.Config().Approval.Mode == "auto"
	var warnings []string
	if f.SourceAutomated && auto {
		warnings = append(warnings, "the message this answers was sent automatically, so this one needs your explicit \"send\"")
	}
	if f.NeedsReply && auto {
		warnings = append(warnings, "I am not sure I read the employer's message right, so this one needs your explicit \"send\"")
	}
	if f.Kind == followup.ThankYou {
		iv, err := tx.Interview(f.InterviewID)
		if err != nil {
			return err
		}
		if n := len(e.addressed(iv)); n > maxPersonalThankYous {
			warnings = append(warnings, fmt.Sprintf("the invitation lists %d interviewers with an address (more than %d), so this is one letter to the person who arranged it, asking them to pass your thanks on, instead of one letter each", n, maxPersonalThankYous))
		}
		if p, ok := e.personOf(iv, f); ok && len(d.To) == 0 && d.For.Name == "" {
			d.For = compose.Person{Name: p.Name} // an edited letter: still theirs, and their address is asked for
		}
	}
	if (ask.ByOwner || f.OwnerMade()) && auto {
		warnings = append(warnings, "this version was made from your answer, so it is not sent until you answer \"send\" (your words to followupd never leave by themselves)")
	}
	warnings = append(warnings, e.proofread(tx, f, d)...)
	recipientZone := loc
	if f.Zone == "" {
		recipientZone = nil // planned on the owner's clock: the request says theirs is unknown
	}
	a := compose.Approval{Draft: d, Kind: string(f.Kind), Version: f.Version, SendAt: f.DueAt, Deadline: f.Deadline,
		RecipientZone: recipientZone, OwnerZone: e.Config().OwnerLocation(), Late: f.Late || (!f.Deadline.IsZero() && now.After(f.Deadline)), Mode: mode,
		AskNotes: f.Kind == followup.ThankYou && f.Notes == "" && !f.Edited, NoRecipient: f.Recipient.Email == "", Warnings: warnings,
		NotesLang: NotesLanguage(f.Notes)}
	subject, body, err := e.templates().ApprovalRequest(e.owner(), a)
	if err != nil {
		return rendering(err)
	}
	id := reply.MessageID(e.Secret, f.ID, f.Version, e.idDomain())
	return e.queueOwnerMail(tx, f.ID, "approval-request", strings.Trim(id, "<>"), subject, body, now)
}

// onOwnerReply acts on an answer to an approval request. Only a reply
// from the owner (or an alias), referencing a genuine request for the
// follow-up's current version, is obeyed (a cancel, for any version);
// anything else is refused and reported to the owner, except automatic
// replies, which are recorded and otherwise ignored.
func (h *handling) onOwnerReply() error {
	e, m := h.e, h.msg
	if h.class.Automated {
		// RFC 3834: an automatic reply (a vacation responder answering a
		// request or a notice) is no answer, and is never answered: a
		// notice about it would start a mail loop with the responder.
		h.rec.Note = "automatic reply to followupd's mail: ignored"
		h.log.Info("automatic reply to an approval request ignored")
		return nil
	}
	fid, version, ok := reply.FindToken(e.Secret, m.InReplyTo, m.References)
	if refused, err := h.refuseAnswer(ok, approvalAnswer, fid); refused || err != nil {
		return err
	}
	f, err := h.tx.Followup(fid)
	if errors.Is(err, store.ErrNotFound) {
		return e.queueNotice(h.tx, 0, "Refused: unknown follow-up", "Your answer refers to a follow-up that no longer exists. Nothing was done.", h.now)
	}
	if err != nil {
		return err
	}
	cmd := reply.FromMessage(m)
	if edit, ok := reply.EditedDraft(m.Body, f.Body, compose.DraftBegin, compose.DraftEnd); ok {
		cmd = edit
	}
	h.rec.Note = "owner answered: " + string(cmd.Action)
	h.log.Info("owner answered", "followup", f.ID, "action", cmd.Action, "version", version)
	_, err = e.decide(h.tx, &f, followup.Answer{Version: version, Command: command(cmd)}, h.now, about{})
	if !isRenderError(err) {
		return err
	}
	// The version the owner's answer made cannot be drafted: nothing
	// changes and the owner is told why, instead of the answer failing
	// (and being read again) forever.
	h.rec.Note = "owner's answer not applied: the draft could not be written"
	h.log.Error("draft cannot be rendered: the owner's answer was not applied", "followup", f.ID, "err", err)
	return e.queueNotice(h.tx, f.ID, "Not done: the draft could not be written",
		fmt.Sprintf("Your answer about the %s to %s was not applied: the new draft could not be written because a template failed:\n\n    %s\n\nNothing changed. Fix the template, reload followupd (systemctl reload followupd), then answer again.",
			f.Kind, recipientText(&f), truncate(err.Error(), 300)), h.now)
}

// command is the owner's answer as package reply read it, in the terms of
// followup.Step.
func command(c reply.Command) followup.Command {
	actions := map[reply.Action]followup.Action{reply.Approve: followup.Approve, reply.Cancel: followup.Discard, reply.Notes: followup.AddNotes,
		reply.Edit: followup.Edit, reply.Recipient: followup.Readdress}
	a, ok := actions[c.Action]
	if !ok {
		a = followup.Unclear
	}
	return followup.Command{Action: a, Notes: c.Notes, Body: c.Body, Subject: c.Subject, To: followup.Person{Name: c.ToName, Email: c.To},
		Read: c.Read, SaysSent: c.SaysSent, YesNo: c.YesNo}
}

// stateInWords says where a follow-up stands, for a notice: "is still
// waiting for your answer (planned Mon 23 Nov 09:00 EST)".
func (e *Engine) stateInWords(f *followup.Followup) string {
	loc, _, _ := e.zoneAndCountry(f.Zone)
	switch f.State {
	case followup.Scheduled:
		return "is still scheduled for " + e.bothClocks(f.DueAt, loc)
	case followup.AwaitingApproval, followup.Drafted:
		if f.DueAt.IsZero() {
			return "is still waiting for your answer"
		}
		return "is still waiting for your answer (planned " + e.bothClocks(f.DueAt, loc) + ")"
	case followup.Unknown:
		return "may or may not have gone out: answer send, sent or cancel"
	}
	return "is " + strings.ReplaceAll(string(f.State), "_", " ")
}

// bothClocks writes a time on the recipient's clock and, when the owner's
// reads differently, on the owner's too, with the day when it differs:
// "Sat 21 Nov 21:58 PST (Sun 22 Nov 06:58 CET your time)".
func (e *Engine) bothClocks(t time.Time, recipient *time.Location) string {
	theirs := t.In(recipient)
	mine := t.In(e.Config().OwnerLocation())
	s := theirs.Format("Mon 2 Jan 15:04 MST")
	switch {
	case mine.Format("15:04 MST") == theirs.Format("15:04 MST"):
	case mine.Format("2006-01-02") == theirs.Format("2006-01-02"):
		s += " (" + mine.Format("15:04 MST") + " your time)"
	default:
		s += " (" + mine.Format("Mon 2 Jan 15:04 MST") + " your time)"
	}
	return s
}

// NotesLanguage is the language the owner's notes are written in (ISO
// 639-1), as classify reads a message's language; "" when the notes are
// empty or too short to tell. The "discussed:" and "promised:" labels are
// left out: they are the same in every language.
func NotesLanguage(notes string) string {
	n := compose.ParseNotes(notes)
	if n.Empty() {
		return ""
	}
	text := strings.Join(slices.Concat(n.Discussed, n.Promised, n.Paragraphs), "\n")
	return classify.Classify(&message.Message{Text: text, Body: text}, classify.Options{}).Language
}

// answerTo words a refused answer to one kind of followupd's mail.
type answerTo struct {
	mail, token, log string // "an approval request", "approval", "approval reply"
	// ownMail names the mail in the stranger's notice: "followupd's question"
	ownMail                  string
	forgedNote, strangerNote string
	verb                     string // what only the owner may do: "approve"
	noticeAbout              bool   // the stranger's notice is threaded under the follow-up
}

var (
	approvalAnswer = answerTo{mail: "an approval request", ownMail: "an approval request", token: "approval", log: "approval reply",
		forgedNote: "answer with a forged or unknown approval token: refused", strangerNote: "answer from someone other than the owner: refused",
		verb: "approve", noticeAbout: true}
	questionAnswer = answerTo{mail: "a question", ownMail: "followupd's question", token: "question", log: "question answer",
		forgedNote: "answer with a forged or unknown question token: refused", strangerNote: "answer to a question from someone other than the owner: refused",
		verb: "answer"}
)

// refuseAnswer refuses an answer to followupd's mail whose token does not
// verify (ok false) or that does not come from the owner: it records why,
// warns in the log, tells the owner, and reports that it refused. fid is
// the follow-up the token names, when it names one.
func (h *handling) refuseAnswer(ok bool, a answerTo, fid int64) (bool, error) {
	e, m := h.e, h.msg
	sender := ""
	if len(m.From) > 0 {
		sender = m.From[0].Email
	}
	if !ok {
		h.rec.Note = a.forgedNote
		h.log.Warn(a.log+" refused: token not genuine", "from", sender)
		return true, e.queueNotice(h.tx, 0, "Refused: a reply with an invalid "+a.token+" token",
			fmt.Sprintf("A message from %s, subject %q, answered %s that followupd did not send (the token does not verify). Nothing was done.", sender, m.Subject, a.mail), h.now)
	}
	if !e.isOwner(sender) {
		h.rec.Note = a.strangerNote
		about, attrs := int64(0), []any{"from", sender}
		if a.noticeAbout {
			about, attrs = fid, append(attrs, "followup", fid)
		}
		h.log.Warn(a.log+" refused: not from the owner", attrs...)
		return true, e.queueNotice(h.tx, about, "Refused: an answer from "+sender,
			fmt.Sprintf("%s answered %s, but only your own address (or an alias in owner.aliases) may %s. Nothing was done.", sender, a.ownMail, a.verb), h.now)
	}
	return false, nil
}
